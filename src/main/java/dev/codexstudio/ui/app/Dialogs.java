package dev.codexstudio.ui.app;

import dev.codexstudio.ui.editors.SaveConflict;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The questions the window asks the user; tests script the answers. */
public interface Dialogs {

    Optional<Path> chooseDirectory(String title, Path initial);

    /** A file to write (an exported PNG, a new profile file…); {@code extension} like {@code "png"}. */
    Optional<Path> chooseSaveFile(String title, String initialName, String extension);

    /** A short line of text from the user (a new skill's name, a profile name…), or empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** Unsaved changes: true to discard them. */
    boolean confirmDiscard(Path file);

    SaveConflict.Choice resolveConflict(Path file);

    void showError(String message);

    /** A yes/no question about a change the user asked for (the message shows exactly what will change). */
    default boolean confirm(String header, String message) {
        return true;
    }

    /**
     * Before a save writes {@code file}: shows exactly what will change on disk ({@code unifiedDiff}, see
     * {@link dev.codexstudio.core.io.LineDiff}); true to write it.
     */
    default boolean confirmSave(Path file, String unifiedDiff) {
        return true;
    }

    /**
     * The content of the save confirmation: a header, the diff (read-only, monospaced, + green / - red) and the
     * buttons "Save" (OK_DONE) and "Cancel".
     */
    static javafx.scene.control.DialogPane confirmSavePane(Path file, String unifiedDiff) {
        javafx.scene.control.DialogPane pane = new javafx.scene.control.DialogPane();
        pane.setId("save-diff-pane");
        long added = unifiedDiff.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++ ")).count();
        long removed = unifiedDiff.lines().filter(l -> l.startsWith("-") && !l.startsWith("--- ")).count();
        pane.setHeaderText("Save " + file.getFileName() + "?  " + added + (added == 1 ? " line" : " lines")
                + " added, " + removed + (removed == 1 ? " line" : " lines") + " removed\n" + file);
        javafx.scene.Node view = dev.codexstudio.ui.editors.DiffView.create(unifiedDiff);
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(view);
        box.setPrefSize(760, 420);
        pane.setContent(box);
        pane.getButtonTypes().setAll(new ButtonType("Save", ButtonBar.ButtonData.OK_DONE),
                new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE));
        pane.getStylesheets().add(dev.codexstudio.ui.editors.DiffView.stylesheet());
        return pane;
    }

    /** Real dialogs owned by {@code owner}. */
    static Dialogs of(Window owner) {
        return new Dialogs() {
            @Override
            public Optional<Path> chooseDirectory(String title, Path initial) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                if (initial != null && initial.toFile().isDirectory()) {
                    chooser.setInitialDirectory(initial.toFile());
                }
                File f = chooser.showDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String initialName, String extension) {
                javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(initialName);
                chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                        extension.toUpperCase(java.util.Locale.ROOT) + " files", "*." + extension));
                File f = chooser.showSaveDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<String> askText(String title, String prompt, String initial) {
                javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(initial);
                d.initOwner(owner);
                d.setTitle(title);
                d.setHeaderText(null);
                d.setContentText(prompt);
                return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
            }

            @Override
            public boolean confirmDiscard(Path file) {
                ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.OK_DONE);
                Alert a = new Alert(Alert.AlertType.CONFIRMATION, file + " has unsaved changes.", discard, ButtonType.CANCEL);
                a.initOwner(owner);
                a.setHeaderText("Discard unsaved changes?");
                return a.showAndWait().filter(discard::equals).isPresent();
            }

            @Override
            public SaveConflict.Choice resolveConflict(Path file) {
                ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);
                ButtonType reload = new ButtonType("Reload from disk", ButtonBar.ButtonData.OTHER);
                Alert a = new Alert(Alert.AlertType.WARNING, file + " was changed by another program after the studio "
                        + "read it. Overwrite it with your version, reload it (your edits are lost), or cancel and keep "
                        + "editing?", overwrite, reload, ButtonType.CANCEL);
                a.initOwner(owner);
                a.setHeaderText("The file changed on disk");
                Optional<ButtonType> r = a.showAndWait();
                if (r.isPresent() && r.get() == overwrite) {
                    return SaveConflict.Choice.OVERWRITE;
                }
                if (r.isPresent() && r.get() == reload) {
                    return SaveConflict.Choice.RELOAD;
                }
                return SaveConflict.Choice.CANCEL;
            }

            @Override
            public boolean confirm(String header, String message) {
                Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
                a.initOwner(owner);
                a.setHeaderText(header);
                a.getDialogPane().setMinWidth(560);
                return a.showAndWait().filter(ButtonType.OK::equals).isPresent();
            }

            @Override
            public boolean confirmSave(Path file, String unifiedDiff) {
                javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
                d.initOwner(owner);
                d.setTitle("Save " + file.getFileName());
                d.setResizable(true);
                d.setDialogPane(confirmSavePane(file, unifiedDiff));
                return d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
            }

            @Override
            public void showError(String message) {
                Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                a.initOwner(owner);
                a.setHeaderText(null);
                a.show();
            }
        };
    }
}
