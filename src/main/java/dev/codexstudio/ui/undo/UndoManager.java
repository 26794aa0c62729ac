package dev.codexstudio.ui.undo;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * A stack of {@link UndoableEdit}s with a position and a saved mark. A document is dirty exactly when the
 * position is away from the saved mark, so undoing back to what was saved makes it clean again.
 */
public final class UndoManager {

    private final List<UndoableEdit> edits = new ArrayList<>();
    private final IntegerProperty position = new SimpleIntegerProperty(0);
    private final IntegerProperty savedAt = new SimpleIntegerProperty(0);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private boolean mergeable = true;

    public UndoManager() {
        dirty.bind(position.isNotEqualTo(savedAt));
    }

    /** Applies an edit and records it (merging with the previous one when both agree). */
    public void perform(UndoableEdit edit) {
        edit.apply();
        record(edit);
    }

    /** Records an edit that has already been applied (for example typing in a text area). */
    public void record(UndoableEdit edit) {
        int pos = position.get();
        if (pos < edits.size()) {
            edits.subList(pos, edits.size()).clear();
            if (savedAt.get() > pos) {
                savedAt.set(-1);
            }
        }
        if (mergeable && pos > 0 && pos != savedAt.get() && edits.get(pos - 1).mergeWith(edit)) {
            position.set(pos);
            return;
        }
        edits.add(edit);
        position.set(pos + 1);
        mergeable = true;
    }

    /** Stops the next edit from merging into the previous one (after a pause, a caret move, a save). */
    public void breakMerge() {
        mergeable = false;
    }

    public boolean canUndo() {
        return position.get() > 0;
    }

    public boolean canRedo() {
        return position.get() < edits.size();
    }

    public void undo() {
        if (canUndo()) {
            int pos = position.get() - 1;
            edits.get(pos).revert();
            position.set(pos);
            mergeable = false;
        }
    }

    public void redo() {
        if (canRedo()) {
            int pos = position.get();
            edits.get(pos).apply();
            position.set(pos + 1);
            mergeable = false;
        }
    }

    /** Marks the current position as saved. */
    public void markSaved() {
        savedAt.set(position.get());
        mergeable = false;
    }

    /** Forgets all history (after a reload); the current state counts as saved. */
    public void clear() {
        edits.clear();
        position.set(0);
        savedAt.set(0);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public BooleanBinding canUndoBinding() {
        return position.greaterThan(0);
    }

    public BooleanBinding canRedoBinding() {
        return Bindings.createBooleanBinding(() -> position.get() < edits.size(), position);
    }

    public StringBinding undoDescription() {
        return Bindings.createStringBinding(() -> canUndo() ? "Undo " + edits.get(position.get() - 1).description()
                : "Undo", position);
    }

    public StringBinding redoDescription() {
        return Bindings.createStringBinding(() -> canRedo() ? "Redo " + edits.get(position.get()).description()
                : "Redo", position);
    }
}
