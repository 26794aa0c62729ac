package dev.codexstudio.ui.config;

import dev.codexstudio.core.config.ProfileComparison;
import dev.codexstudio.ui.editors.FormEditorPane;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A profile beside the base config: one row per key either file sets, with the base value, the profile's value
 * and the value Codex uses with {@code --profile NAME} (and the layer it comes from). Keys the profile changes
 * are highlighted; a profile value that a project layer overrides is marked.
 */
public final class ProfileCompareView extends VBox {

    private final Label title = new Label();
    private final Label summary = new Label();
    private final CheckBox differencesOnly = new CheckBox("Only keys the profile changes");
    private final GridPane grid = new GridPane();
    private String name = "";
    private List<ProfileComparison.Row> rows = List.of();

    public ProfileCompareView() {
        setId("profile-compare");
        getStyleClass().add("profile-compare");
        setSpacing(8);
        setPadding(new Insets(14));
        title.getStyleClass().addAll("title-4", "form-section-title");
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        summary.setId("profile-compare-summary");
        differencesOnly.setId("compare-differences-only");
        differencesOnly.selectedProperty().addListener((o, a, b) -> render());
        grid.setId("profile-compare-grid");
        grid.getStyleClass().add("compare-grid");
        grid.setHgap(0);
        grid.setVgap(0);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(i == 0 ? 30 : i == 3 ? 30 : 20);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("compare-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label footnote = FormEditorPane.note("Effective: what Codex uses with --profile, from the opened folder (system, user, "
                        + "profile and project layers merged). Edit the profile in the text beside this table, or go "
                        + "back to the form.");
        footnote.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, summary, differencesOnly, scroll, footnote);
    }

    /** Shows the comparison of profile {@code profileName}. */
    public void show(String profileName, List<ProfileComparison.Row> newRows) {
        this.name = profileName;
        this.rows = List.copyOf(newRows);
        render();
    }

    /** The rows shown (for tests). */
    public List<ProfileComparison.Row> rows() {
        return rows;
    }

    private void render() {
        title.setText("config.toml and " + name + ".config.toml side by side");
        long changed = rows.stream().filter(ProfileComparison.Row::differs).count();
        long shadowed = rows.stream().filter(ProfileComparison.Row::shadowed).count();
        summary.setText(rows.size() + " keys; the profile changes " + changed + (changed == 1 ? " of them" : "")
                + (shadowed > 0 ? "; " + shadowed + (shadowed == 1 ? " is" : " are")
                        + " overridden by a higher layer, so the profile's value has no effect" : "") + ".");
        grid.getChildren().clear();
        header(0, "Key");
        header(1, "config.toml");
        header(2, name + " (profile)");
        header(3, "Effective with --profile " + name);
        int r = 1;
        // the keys the profile changes first, then the rest, each in file order
        List<ProfileComparison.Row> ordered = new java.util.ArrayList<>(rows.stream().filter(ProfileComparison.Row::differs)
                .toList());
        rows.stream().filter(x -> !x.differs()).forEach(ordered::add);
        for (ProfileComparison.Row row : ordered) {
            if (differencesOnly.isSelected() && !row.differs()) {
                continue;
            }
            String kind = row.differs() ? "differs" : row.profile().isPresent() ? "same" : "base-only";
            Label key = cell(row.key(), kind, "compare-key");
            Label base = cell(row.base().orElse("—"), kind, row.base().isPresent() ? "compare-value" : "compare-absent");
            Label profile = cell(row.profile().orElse("—"), kind,
                    row.profile().isPresent() ? "compare-value" : "compare-absent");
            if (row.differs()) {
                profile.getStyleClass().add("compare-changed");
            }
            String eff = row.effective().orElse("(default)") + (row.from().isEmpty() ? "" : "\nfrom " + row.from());
            Label effective = cell(eff, kind, "compare-effective");
            if (row.shadowed()) {
                effective.getStyleClass().add("compare-shadowed");
                effective.setTooltip(new Tooltip("The profile sets " + row.profile().orElse("") + ", but "
                        + row.from() + " overrides it"));
            }
            key.setId("compare-row-" + row.key());
            grid.addRow(r++, key, base, profile, effective);
        }
        if (r == 1) {
            Label none = cell(differencesOnly.isSelected() ? "The profile changes nothing." : "Neither file sets a key.",
                    "same", "compare-absent");
            grid.add(none, 0, 1, 4, 1);
        }
    }

    private void header(int col, String text) {
        Label l = cell(text, "header", "compare-header");
        grid.add(l, col, 0);
    }

    private static Label cell(String text, String rowKind, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll("compare-cell", "row-" + rowKind, style);
        GridPane.setValignment(l, VPos.TOP);
        GridPane.setFillHeight(l, true);
        GridPane.setFillWidth(l, true);
        return l;
    }
}
