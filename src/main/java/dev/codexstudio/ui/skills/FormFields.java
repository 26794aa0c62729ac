package dev.codexstudio.ui.skills;

import dev.codexstudio.ui.undo.UndoManager;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Shared behaviour of form fields that edit a document. */
final class FormFields {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private FormFields() {
    }

    /**
     * Undo and redo typed in a field go to the document's history (which holds the field's edits as text
     * edits), not to the field's own, so one history covers the form and the source.
     */
    static void routeUndo(TextInputControl control, UndoManager undo, Runnable beforeUndo) {
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REDO.match(e) || REDO_Y.match(e)) {
                beforeUndo.run();
                if (undo.canRedo()) {
                    undo.redo();
                }
                e.consume();
            } else if (UNDO.match(e)) {
                beforeUndo.run();
                if (undo.canUndo()) {
                    undo.undo();
                }
                e.consume();
            }
        });
    }
}
