package dev.codexstudio.ui.editors;

import dev.codexstudio.ui.undo.UndoableEdit;

/** Replacing {@code removed} at {@code start} with {@code inserted} in a document's text. */
final class TextChange implements UndoableEdit {

    private static final long MERGE_WINDOW_MILLIS = 1500;

    private final DocumentViewModel document;
    private final int start;
    private String removed;
    private String inserted;
    private final String description;
    private long at;

    TextChange(DocumentViewModel document, int start, String removed, String inserted, String description) {
        this.document = document;
        this.start = start;
        this.removed = removed;
        this.inserted = inserted;
        this.description = description;
        this.at = System.currentTimeMillis();
    }

    @Override
    public void apply() {
        document.applyRaw(start, start + removed.length(), inserted);
    }

    @Override
    public void revert() {
        document.applyRaw(start, start + inserted.length(), removed);
    }

    @Override
    public String description() {
        return description;
    }

    /** Consecutive typing (insertions right after this one, or backspaces right before it) merges. */
    @Override
    public boolean mergeWith(UndoableEdit next) {
        if (!(next instanceof TextChange n) || !description.equals("Typing") || !n.description.equals("Typing")
                || n.at - at > MERGE_WINDOW_MILLIS || inserted.contains("\n")) {
            return false;
        }
        if (n.removed.isEmpty() && n.start == start + inserted.length()) {
            inserted = inserted + n.inserted;
            at = n.at;
            return true;
        }
        if (n.inserted.isEmpty() && removed.isEmpty() && n.start + n.removed.length() == start + inserted.length()
                && n.removed.length() <= inserted.length()) {
            inserted = inserted.substring(0, inserted.length() - n.removed.length());
            at = n.at;
            return true;
        }
        return false;
    }
}
