package dev.codexstudio.ui.export;

import dev.codexstudio.core.export.StackDrafts;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/**
 * File → "Export Stack…": the open stack's exportable files ({@link StackDrafts#collect}) in the shared
 * {@link ExportReviewPane}, with Export / Close. Disabled while no project is open.
 */
public final class ExportDialog extends BorderPane {

    public ExportDialog(ExportReviewViewModel model, Dialogs dialogs, String name, List<String> leftOut, Runnable close) {
        setId("export-dialog");
        getStyleClass().add("export-dialog");
        getStylesheets().add(ExportDialog.class.getResource(ExportReviewPane.STYLESHEET).toExternalForm());
        Label title = new Label("Export the stack of " + name);
        title.getStyleClass().add("newstack-title");
        Label intro = new Label("Writes the stack's files into another folder: repository files into the folder, personal "
                + "files only into a Codex home you choose. Existing files are never overwritten unless you tick them.");
        intro.setWrapText(true);
        intro.getStyleClass().add("newstack-subtitle");
        VBox head = new VBox(3, title, intro);
        if (!leftOut.isEmpty()) {
            Label out = new Label("Not exported: " + String.join("; ", leftOut));
            out.setId("export-left-out");
            out.setWrapText(true);
            out.getStyleClass().add("newstack-subtitle");
            head.getChildren().add(out);
        }
        head.setPadding(new Insets(0, 0, 8, 0));
        ExportReviewPane review = new ExportReviewPane(model, dialogs);
        BorderPane center = new BorderPane(review);
        center.setTop(head);
        center.setPadding(new Insets(14, 18, 6, 18));
        setCenter(center);

        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.getStyleClass().add("newstack-problem");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.resultProperty().get() != null
                ? model.statusProperty().get() : model.problemProperty().get(), model.problemProperty(),
                model.statusProperty(), model.resultProperty()));
        model.resultProperty().addListener((o, a, r) -> {
            status.getStyleClass().remove("newstack-ok");
            if (r != null && r.isSuccess()) {
                status.getStyleClass().add("newstack-ok");
            }
        });
        HBox.setHgrow(status, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button closeButton = new Button("Close");
        closeButton.setId("export-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Button export = new Button();
        export.setId("export-apply");
        export.setDefaultButton(true);
        export.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.toWrite().size();
            return "Export " + n + (n == 1 ? " file" : " files");
        }, model.rows(), model.planProperty()));
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.problemProperty().get().isEmpty()
                || model.toWrite().isEmpty(), model.problemProperty(), model.rows()));
        export.setOnAction(e -> model.write());
        HBox buttons = new HBox(10, status, spacer, closeButton, export);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("newstack-buttons");
        buttons.setPadding(new Insets(10, 18, 12, 18));
        setBottom(buttons);
    }

    /** Adds File → "Export Stack…" (id {@code export-stack}); disabled while no project is open. */
    public static void register(MainWindow window, StudioViewModel studio, Dialogs dialogs) {
        window.addMenuAction("File", new Action("export-stack", "Export Stack…", Feather.UPLOAD, null,
                () -> studio.stack().ifPresent(s -> open(window, studio, dialogs, s)), studio.stackProperty().isNull()), false);
    }

    /** Opens the dialog for the open stack. */
    public static Stage open(MainWindow window, StudioViewModel studio, Dialogs dialogs, Stack stack) {
        StackDrafts.Collected collected = StackDrafts.collect(stack, StackDrafts.Options.defaults());
        ExportReviewViewModel model = new ExportReviewViewModel(studio.executor());
        model.codexHomeProperty().set(studio.environment().codexHome());
        model.setDraft(collected.draft());
        Stage stage = new Stage();
        ExportDialog view = new ExportDialog(model, dialogs, collected.draft().name(), collected.leftOut(), stage::close);
        stage.setTitle("Export Stack");
        show(window, stage, view);
        return stage;
    }

    /** Shows {@code view} in {@code stage}, modal to the window, with the window's theme. */
    public static void show(MainWindow window, Stage stage, javafx.scene.Parent view) {
        Scene owner = window.scene();
        if (owner.getWindow() != null) {
            stage.initOwner(owner.getWindow());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(view, 1220, 780);
        scene.getStylesheets().setAll(owner.getStylesheets());
        scene.getRoot().getStyleClass().addAll(owner.getRoot().getStyleClass().filtered(c -> c.equals("dark")));
        stage.setScene(scene);
        stage.show();
    }
}
