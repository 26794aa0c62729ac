package dev.codexstudio.ui.editors;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The common layout of every form editor: a header (title, a muted subtitle such as the file's scope, and
 * actions on the right), the form on the left in a scroll pane, and the file's source editor on the right, so
 * a form edit is seen in the text at once and typing in the text refreshes the form. Form editors build their
 * fields with {@link #section} and {@link #grid}/{@link #row} so all of them look alike.
 */
public class FormEditorPane extends BorderPane {

    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final HBox actions = new HBox(6);
    private final VBox form = new VBox(14);
    private final SplitPane split;

    public FormEditorPane(String titleText, SourceEditor source) {
        getStyleClass().add("form-editor");
        title.setText(titleText);
        title.getStyleClass().addAll("title-3", "form-title");
        title.setId("form-title");
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        VBox titles = new VBox(2, title, subtitle);
        HBox.setHgrow(titles, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox header = new HBox(10, titles, actions);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 14, 10, 14));
        header.getStyleClass().add("form-header");
        setTop(header);

        form.setPadding(new Insets(14));
        form.getStyleClass().add("form-body");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        scroll.setId("form-scroll");
        split = new SplitPane(scroll, source);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        setCenter(split);
    }

    public Label title() {
        return title;
    }

    public Label subtitle() {
        return subtitle;
    }

    /** The header's right-hand side, for buttons. */
    public HBox actions() {
        return actions;
    }

    /** The form's column of sections. */
    public VBox form() {
        return form;
    }

    public SplitPane split() {
        return split;
    }

    /** Adds a titled section to the form and returns its content box. */
    public VBox section(String heading, Node... content) {
        Label h = new Label(heading);
        h.getStyleClass().addAll("title-4", "form-section-title");
        VBox box = new VBox(8, h);
        box.getChildren().addAll(content);
        box.getStyleClass().add("form-section");
        form.getChildren().add(box);
        return box;
    }

    /** A two-column grid: labels on the left (right-aligned, never truncated), fields growing on the right. */
    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        g.getStyleClass().add("form-grid");
        return g;
    }

    /** Adds a labelled row to a {@link #grid()}; {@code help} (may be null) goes under the field, muted. */
    public static void row(GridPane grid, String label, Node field, String help) {
        int r = grid.getRowCount();
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(l, 0, r);
        if (help == null || help.isEmpty()) {
            grid.add(field, 1, r);
        } else {
            Label h = new Label(help);
            h.getStyleClass().addAll("text-muted", "form-help");
            h.setWrapText(true);
            grid.add(new VBox(3, field, h), 1, r);
        }
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    /** A muted explanatory paragraph. */
    public static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll("text-muted", "form-note");
        return l;
    }
}
