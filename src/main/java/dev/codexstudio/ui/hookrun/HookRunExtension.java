package dev.codexstudio.ui.hookrun;

import dev.codexstudio.core.hooks.HookTrustWriter;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.FormEditorPane;
import dev.codexstudio.ui.editors.FormExtension;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Run and trust" section of a hooks.json form (and of a config.toml form with inline hooks): each handler with
 * its trust state (trusted / untrusted / modified / managed), Trust / Untrust (after showing the diff of the user
 * config), and "Dry run…".
 */
public final class HookRunExtension implements FormExtension {

    private final Dialogs dialogs;
    private final Consumer<HookRunViewModel> showDialog;

    public HookRunExtension(Dialogs dialogs) {
        this(dialogs, HookRunDialog::show);
    }

    /** With another way to show the dry run (tests show it in their own stage). */
    public HookRunExtension(Dialogs dialogs, Consumer<HookRunViewModel> showDialog) {
        this.dialogs = dialogs;
        this.showDialog = showDialog;
    }

    @Override
    public boolean handles(LiveValidator.FileKind kind) {
        return kind == LiveValidator.FileKind.HOOKS_JSON || kind == LiveValidator.FileKind.CONFIG;
    }

    @Override
    public Optional<Node> create(EditorContext context, FormEditorPane pane) {
        HookTrustViewModel model = new HookTrustViewModel(context.studio(), context.document(), context.kind());
        if (context.kind() == LiveValidator.FileKind.CONFIG && model.rows().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(section(model));
    }

    /** The section for a document (public for tests that show it without a form editor). */
    public VBox section(HookTrustViewModel model) {
        Label heading = new Label("Run and trust");
        heading.getStyleClass().addAll("title-4", "form-section-title");
        Label note = FormEditorPane.note("");
        note.setId("hookrun-trust-note");
        GridPane grid = new GridPane();
        grid.setId("hookrun-handlers");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getStyleClass().add("hookrun-handlers");
        VBox box = new VBox(8, heading, note, grid);
        box.setId("hookrun-section");
        box.getStyleClass().addAll("form-section", "hookrun-section");
        box.getStylesheets().add(HookRunPane.stylesheet());
        Runnable refresh = () -> fill(model, grid, note);
        model.document().textProperty().addListener((o, a, b) -> refresh.run());
        model.document().dirtyProperty().addListener((o, a, b) -> refresh.run());
        model.studio().stackProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        return box;
    }

    private void fill(HookTrustViewModel model, GridPane grid, Label note) {
        grid.getChildren().clear();
        note.setText(model.note());
        List<HookTrustViewModel.Row> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            HookTrustViewModel.Row row = rows.get(i);
            Label title = new Label(row.title());
            title.getStyleClass().add("hookrun-row-title");
            title.setMinWidth(Region.USE_PREF_SIZE);
            Label command = new Label(row.command());
            command.getStyleClass().addAll("hookrun-mono", "hookrun-row-command");
            command.setMinWidth(0);
            command.setMaxWidth(Double.MAX_VALUE);
            command.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            command.setTooltip(new javafx.scene.control.Tooltip(row.command()));
            VBox text = new VBox(2, title, command);
            text.setMinWidth(0);
            GridPane.setHgrow(text, Priority.ALWAYS);
            Label state = new Label(row.state());
            state.setId("hookrun-state-" + i);
            state.getStyleClass().addAll("hookrun-badge", "trust-" + row.entry().trustStatus().label());
            state.setMinWidth(84);
            state.setAlignment(Pos.CENTER);
            Button trust = new Button(row.canUntrust() && !row.canTrust() ? "Untrust" : "Trust");
            trust.setId("hookrun-trust-" + i);
            boolean untrust = row.canUntrust() && !row.canTrust();
            trust.setDisable(!model.trustEnabled() || row.entry().isManaged());
            trust.setOnAction(e -> changeTrust(model, row, !untrust));
            trust.setMinWidth(76);
            Button dry = new Button("Dry run…");
            dry.setId("hookrun-dryrun-" + i);
            dry.setDisable(!row.canRun());
            dry.setMinWidth(Region.USE_PREF_SIZE);
            dry.setOnAction(e -> showDialog.accept(HookRunDialog.model(model.studio(), dialogs, List.of(row.entry()),
                    row.entry().event(), true)));
            HBox buttons = new HBox(6, state, trust, dry);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            buttons.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(text, 0, i);
            grid.add(buttons, 1, i);
        }
    }

    private void changeTrust(HookTrustViewModel model, HookTrustViewModel.Row row, boolean trust) {
        try {
            HookTrustWriter.Change change = model.plan(row, trust);
            if (change.isNoop()) {
                return;
            }
            if (dialogs.confirmSave(change.file(), change.diff())) {
                model.apply(change);
            }
        } catch (IOException e) {
            dialogs.showError(e.getMessage());
        }
    }
}
