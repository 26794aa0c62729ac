package dev.codexstudio.ui.export;

import dev.codexstudio.core.export.ExportAction;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.editors.DiffView;
import dev.codexstudio.ui.export.ExportReviewViewModel.Row;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The review of an export (one component for the New Stack wizard's last page and the Export dialog): the target
 * folders and options on top, the files grouped by scope (with what each scope means) on the left, and the
 * selected file's content or, for a conflict, its diff on the right. Conflicts carry an "overwrite" tick box,
 * unticked by default; blocked and left-out files show why.
 */
public final class ExportReviewPane extends BorderPane {

    public static final String STYLESHEET = "/dev/codexstudio/ui/newstack.css";

    private final ExportReviewViewModel model;
    private final TreeView<Object> tree = new TreeView<>();
    private final StackPane previewBox = new StackPane();
    private final Label previewTitle = new Label();
    private final Label previewInfo = new Label();

    public ExportReviewPane(ExportReviewViewModel model, Dialogs dialogs) {
        this.model = model;
        setId("export-review");
        getStyleClass().add("export-review");
        getStylesheets().addAll(ExportReviewPane.class.getResource(STYLESHEET).toExternalForm(), DiffView.stylesheet());

        Label into = new Label("Export into");
        into.getStyleClass().add("export-field-label");
        Label target = new Label();
        target.setId("export-target");
        target.getStyleClass().add("export-path");
        target.textProperty().bind(Bindings.createStringBinding(() -> model.targetProperty().get() == null
                ? "(no folder chosen)" : model.targetProperty().get().toString(), model.targetProperty()));
        Button choose = new Button("Choose folder…");
        choose.setId("export-choose-target");
        choose.setOnAction(e -> dialogs.chooseDirectory("Export the stack into", model.targetProperty().get())
                .ifPresent(p -> model.targetProperty().set(p.toAbsolutePath().normalize())));
        HBox targetRow = row(into, target, choose);

        CheckBox home = new CheckBox("Write personal files (profiles) into the Codex home");
        home.setId("export-write-codex-home");
        home.selectedProperty().bindBidirectional(model.writeCodexHomeProperty());
        Label homePath = new Label();
        homePath.setId("export-codex-home");
        homePath.getStyleClass().add("export-path");
        homePath.textProperty().bind(Bindings.createStringBinding(() -> model.codexHomeProperty().get() == null
                ? "(none)" : model.codexHomeProperty().get().toString(), model.codexHomeProperty()));
        homePath.disableProperty().bind(home.selectedProperty().not());
        Button chooseHome = new Button("Choose…");
        chooseHome.setId("export-choose-codex-home");
        chooseHome.disableProperty().bind(home.selectedProperty().not());
        chooseHome.setOnAction(e -> dialogs.chooseDirectory("Codex home for personal files", model.codexHomeProperty().get())
                .ifPresent(p -> model.codexHomeProperty().set(p.toAbsolutePath().normalize())));
        home.setMinWidth(Region.USE_PREF_SIZE);
        chooseHome.setMinWidth(Region.USE_PREF_SIZE);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        homePath.setTooltip(new Tooltip());
        homePath.getTooltip().textProperty().bind(homePath.textProperty());
        HBox homeRow = row(home, homePath, chooseHome);

        CheckBox git = new CheckBox("Run git init in the folder (when it is not a git repository yet)");
        git.setId("export-git-init");
        git.selectedProperty().bindBidirectional(model.gitInitProperty());

        Label summary = new Label();
        summary.setId("export-summary");
        summary.getStyleClass().add("export-summary");
        summary.textProperty().bind(model.summaryProperty());
        VBox top = new VBox(6, targetRow, homeRow, git, summary);
        top.setPadding(new Insets(4, 0, 8, 0));
        setTop(top);

        tree.setId("export-files");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new FileCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() instanceof Row r) {
                model.selectedProperty().set(r);
            }
        });
        model.rows().addListener((ListChangeListener<Row>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuildTree();
            }
        });
        model.selectedProperty().addListener((o, a, r) -> showPreview(r));
        previewTitle.getStyleClass().add("export-preview-title");
        previewInfo.getStyleClass().add("export-muted");
        previewInfo.setWrapText(true);
        previewInfo.setMinHeight(Region.USE_PREF_SIZE);
        previewBox.setId("export-preview");
        VBox.setVgrow(previewBox, Priority.ALWAYS);
        VBox right = new VBox(4, previewTitle, previewInfo, previewBox);
        right.setPadding(new Insets(0, 0, 0, 8));
        SplitPane split = new SplitPane(tree, right);
        split.setDividerPositions(0.5);
        setCenter(split);
        rebuildTree();
        showPreview(model.selectedProperty().get());
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox h = new HBox(10, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void rebuildTree() {
        TreeItem<Object> root = new TreeItem<>("files");
        for (FileScope scope : model.scopes()) {
            TreeItem<Object> group = new TreeItem<>(scope);
            group.setExpanded(true);
            model.rows().stream().filter(r -> r.scope() == scope).forEach(r -> group.getChildren().add(new TreeItem<>(r)));
            root.getChildren().add(group);
        }
        tree.setRoot(root);
        Row sel = model.selectedProperty().get();
        if (sel != null) {
            root.getChildren().stream().flatMap(g -> g.getChildren().stream()).filter(i -> i.getValue() == sel)
                    .findFirst().ifPresent(i -> tree.getSelectionModel().select(i));
        }
        showPreview(sel);
    }

    private void showPreview(Row r) {
        if (r == null) {
            previewTitle.setText("");
            previewInfo.setText("");
            Label empty = new Label(model.problemProperty().get().isEmpty() ? "Select a file to preview it."
                    : model.problemProperty().get());
            empty.getStyleClass().add("export-muted");
            empty.setWrapText(true);
            previewBox.getChildren().setAll(empty);
            return;
        }
        previewTitle.setText(r.file().path() + (r.file().executable() ? "  (executable)" : ""));
        String what = r.action().map(a -> a.label() + ": " + a.description()).orElse("not written");
        String reason = r.reason().isEmpty() ? "" : "\n" + r.reason();
        previewInfo.setText((r.file().purpose().isEmpty() ? "" : r.file().purpose() + "\n") + what + reason);
        if (r.isConflict()) {
            var diff = DiffView.create(model.preview(r));
            diff.setId("export-preview-diff");
            previewBox.getChildren().setAll(diff);
        } else {
            TextArea text = new TextArea(model.preview(r));
            text.setId("export-preview-text");
            text.setEditable(false);
            text.getStyleClass().add("export-preview-text");
            previewBox.getChildren().setAll(text);
        }
    }

    /** The id of a file's overwrite tick box: {@code export-overwrite-<path with / as ->}. */
    public static String overwriteId(String path) {
        return "export-overwrite-" + path.replace('/', '-').replace('.', '_');
    }

    private final class FileCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setTooltip(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (item instanceof FileScope scope) {
                Label name = new Label(capitalised(scope.label()));
                name.getStyleClass().add("export-scope");
                Label why = new Label(scope.explanation());
                why.getStyleClass().add("export-muted");
                why.setWrapText(true);
                why.maxWidthProperty().bind(tree.widthProperty().subtract(70));
                why.setMinHeight(Region.USE_PREF_SIZE);
                setPrefWidth(0);
                setGraphic(new VBox(1, name, why));
                return;
            }
            Row r = (Row) item;
            String label = r.action().map(ExportAction::label).orElse("left out");
            Label badge = new Label(label);
            badge.getStyleClass().addAll("export-action", "export-action-" + label.replace(' ', '-'));
            badge.setMinWidth(Region.USE_PREF_SIZE);
            Label path = new Label(r.file().path());
            path.getStyleClass().add("export-path");
            HBox line = new HBox(8, badge, path);
            line.setAlignment(Pos.CENTER_LEFT);
            if (r.isConflict()) {
                CheckBox overwrite = new CheckBox("overwrite");
                overwrite.setId(overwriteId(r.file().path()));
                overwrite.selectedProperty().bindBidirectional(r.overwriteProperty());
                line.getChildren().add(overwrite);
            }
            setTooltip(new Tooltip(r.file().path() + (r.reason().isEmpty() ? "" : "\n" + r.reason())));
            setGraphic(line);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The folder the review exports into. */
    public Path target() {
        return model.targetProperty().get();
    }
}
