package dev.codexstudio.ui.undo;

/** One small change that knows how to apply and revert itself (Scene Builder's model). */
public interface UndoableEdit {

    void apply();

    void revert();

    /** A short description for the Undo/Redo menu items ("Typing", "Set model", …). */
    String description();

    /**
     * Tries to absorb a following edit into this one (consecutive typing becomes one undo step).
     *
     * @return true when {@code next} was merged and must not be pushed separately
     */
    default boolean mergeWith(UndoableEdit next) {
        return false;
    }
}
