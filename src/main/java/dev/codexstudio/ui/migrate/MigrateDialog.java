package dev.codexstudio.ui.migrate;

import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/**
 * The "Migrate to Current Codex…" window: the legacy forms found, one combined diff (coloured per line), "Apply
 * all". Thin: the state is in {@link MigrateViewModel}.
 */
public final class MigrateDialog extends VBox {

    private final MigrateViewModel model;

    public MigrateDialog(MigrateViewModel model, Runnable close) {
        this.model = model;
        setId("migrate-dialog");
        getStyleClass().add("migrate");
        getStylesheets().add(stylesheet());
        setPadding(new Insets(14));
        setSpacing(10);

        Label title = new Label("Migrate to current Codex");
        title.getStyleClass().add("migrate-title");
        Label message = new Label();
        message.setId("migrate-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        TableView<MigrateViewModel.Finding> table = new TableView<>(model.findings());
        table.setId("migrate-findings");
        table.getColumns().add(column("Where", 190, f -> f.display()));
        table.getColumns().add(column("Legacy form", 200, f -> f.was()));
        table.getColumns().add(column("Becomes", 220, f -> f.becomes()));
        TableColumn<MigrateViewModel.Finding, String> why = column("Why", 420, f -> f.why());
        table.getColumns().add(why);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(MigrateViewModel.Finding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().remove("migrate-manual");
                setTooltip(empty || f == null ? null : new Tooltip(f.why()));
                if (!empty && f != null && f.manual()) {
                    getStyleClass().add("migrate-manual");
                }
            }
        });
        Label noFindings = new Label("No legacy forms: nothing to migrate.");
        noFindings.setId("migrate-empty");
        noFindings.getStyleClass().add("migrate-empty");
        table.setPlaceholder(noFindings);

        ListView<String> diff = new ListView<>();
        diff.setId("migrate-diff");
        diff.getStyleClass().add("migrate-diff");
        model.diffProperty().addListener((o, a, b) -> diff.getItems().setAll(b.isEmpty() ? java.util.List.of() : java.util.List.of(b.split("\n", -1))));
        diff.getItems().setAll(model.diffProperty().get().isEmpty() ? java.util.List.of() : java.util.List.of(model.diffProperty().get().split("\n", -1)));
        diff.setCellFactory(lv -> new DiffCell());
        diff.setFixedCellSize(22);
        Label noDiff = new Label("No file changes.");
        noDiff.getStyleClass().add("migrate-empty");
        diff.setPlaceholder(noDiff);

        Label findingsHeader = new Label("Legacy forms");
        findingsHeader.getStyleClass().add("migrate-section");
        Label diffHeader = new Label("Changes (one diff, every file)");
        diffHeader.getStyleClass().add("migrate-section");
        VBox top = new VBox(6, findingsHeader, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox bottom = new VBox(6, diffHeader, diff);
        VBox.setVgrow(diff, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);

        Button apply = new Button("Apply all");
        apply.setId("migrate-apply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canApply(), model.planProperty(),
                model.busyProperty()));
        apply.setOnAction(e -> model.applyAll());
        Button closeButton = new Button("Close");
        closeButton.setId("migrate-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, grow, apply, closeButton);

        getChildren().setAll(title, message, split, buttons);
    }

    public MigrateViewModel model() {
        return model;
    }

    private static TableColumn<MigrateViewModel.Finding, String> column(String name, double width,
            java.util.function.Function<MigrateViewModel.Finding, String> value) {
        TableColumn<MigrateViewModel.Finding, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    /** A diff line, styled by its kind: file header, hunk, added, removed, context. */
    static final class DiffCell extends ListCell<String> {
        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("diff-add", "diff-del", "diff-hunk", "diff-file", "diff-context");
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line);
            getStyleClass().add(kind(line));
        }
    }

    /** The style class of a unified-diff line. */
    static String kind(String line) {
        if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("rename ") || line.startsWith("diff ")) {
            return "diff-file";
        }
        if (line.startsWith("@@")) {
            return "diff-hunk";
        }
        if (line.startsWith("+")) {
            return "diff-add";
        }
        if (line.startsWith("-")) {
            return "diff-del";
        }
        return "diff-context";
    }

    static String stylesheet() {
        return MigrateDialog.class.getResource("/dev/codexstudio/ui/migrate.css").toExternalForm();
    }

    /** Opens the window, owned by the main window, and plans the migration of the open project. */
    public static Stage open(MainWindow window, StudioViewModel studio) {
        MigrateViewModel vm = new MigrateViewModel(studio, f -> unsaved(window, f), p -> window.editors().externalChange(p));
        Stage stage = new Stage();
        stage.setTitle("Migrate to Current Codex");
        Scene owner = window.scene();
        if (owner.getWindow() != null) {
            stage.initOwner(owner.getWindow());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        MigrateDialog view = new MigrateDialog(vm, stage::close);
        Scene scene = new Scene(new StackPane(view), 1100, 720);
        scene.getStylesheets().setAll(owner.getStylesheets());
        scene.getRoot().getStyleClass().addAll(owner.getRoot().getStyleClass().filtered(c -> c.startsWith("theme-")));
        stage.setScene(scene);
        vm.load();
        stage.show();
        return stage;
    }

    /** Stack → "Migrate to Current Codex…" (id {@code migrate-all}), available once a repository is open. */
    public static Action action(MainWindow window, StudioViewModel studio) {
        return new Action("migrate-all", "Migrate to Current Codex…", Feather.REFRESH_CW, null,
                () -> open(window, studio), studio.projectProperty().isNull());
    }

    /** Whether a file is open with unsaved edits in one of the window's editors. */
    static boolean unsaved(MainWindow window, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return window.editors().editorTabs().stream()
                .anyMatch(t -> t.document().path().equals(abs) && t.document().isDirty());
    }
}
