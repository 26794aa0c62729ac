package dev.codexstudio.ui.editors;

import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.ui.undo.UndoManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One file open in the studio: its text, undo history (typing and form edits alike are small undoable
 * changes), dirty flag bound to the history's saved mark, and a safe save: atomic, byte-order mark and
 * untouched bytes kept, and refused when the file changed on disk since it was read (the user decides).
 */
public final class DocumentViewModel {

    private final Path path;
    private SourceText original;
    private FileSnapshot snapshot;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final UndoManager undo = new UndoManager();
    private final List<Consumer<Change>> listeners = new ArrayList<>();
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");

    /** A change of the text, for views that mirror it. */
    public record Change(int start, int end, String inserted) {
    }

    private DocumentViewModel(Path path, SourceText original, FileSnapshot snapshot) {
        this.path = path;
        this.original = original;
        this.snapshot = snapshot;
        this.text.set(original.text());
    }

    /** Opens a file (a missing file opens empty and is created on save). */
    public static DocumentViewModel open(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            return new DocumentViewModel(abs, SourceText.ofString(abs, ""), FileSnapshot.absent(abs));
        }
        SourceText src = FileReads.readText(abs);
        return new DocumentViewModel(abs, src, FileSnapshot.of(abs, src.bytes(), Files.getLastModifiedTime(abs).toMillis()));
    }

    /** A document for text that is not on disk yet (tests, new files). */
    public static DocumentViewModel of(Path path, String initialText) {
        return new DocumentViewModel(path, SourceText.ofString(path, initialText), FileSnapshot.absent(path));
    }

    public Path path() {
        return path;
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public UndoManager undoManager() {
        return undo;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return undo.dirtyProperty();
    }

    public boolean isDirty() {
        return undo.isDirty();
    }

    /** The last save or reload error, or "". */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** The current text as it would be written (byte-order mark of the original kept). */
    public SourceText currentSource() {
        return original.withText(text.get());
    }

    /** Listens to every change of the text (typing, undo, redo, form edits, reload). */
    public void addChangeListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** An edit made by the user typing: record it (it is already in the view that reported it). */
    public void typed(int start, int end, String inserted) {
        String removed = text.get().substring(start, end);
        TextChange change = new TextChange(this, start, removed, inserted, "Typing");
        undo.record(change);
        setText(start, end, inserted, false);
    }

    /** Replaces a range as one undoable step. */
    public void replace(int start, int end, String inserted, String description) {
        String removed = text.get().substring(start, end);
        if (removed.equals(inserted)) {
            return;
        }
        undo.breakMerge();
        undo.perform(new TextChange(this, start, removed, inserted, description));
        undo.breakMerge();
    }

    /**
     * Replaces the whole text with {@code newText} as one undoable step, touching only the part that differs
     * (so the caret, the scroll position and the undo step stay small).
     */
    public void replaceAll(String newText, String description) {
        String old = text.get();
        int prefix = 0;
        int max = Math.min(old.length(), newText.length());
        while (prefix < max && old.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        replace(prefix, old.length() - suffix, newText.substring(prefix, newText.length() - suffix), description);
    }

    /** Used by {@link TextChange}: change the text and tell the views. */
    void applyRaw(int start, int end, String inserted) {
        setText(start, end, inserted, true);
    }

    private void setText(int start, int end, String inserted, boolean notify) {
        String t = text.get();
        text.set(t.substring(0, start) + inserted + t.substring(end));
        Change c = new Change(start, end, inserted);
        if (notify) {
            listeners.forEach(l -> l.accept(c));
        } else {
            listeners.stream().filter(l -> !(l instanceof ViewMirror)).forEach(l -> l.accept(c));
        }
    }

    /** Marker for listeners that mirror the text in a view (they already have typed changes). */
    public interface ViewMirror extends Consumer<Change> {
    }

    /**
     * Saves atomically. When the file changed on disk since it was read, asks {@code conflicts}: overwrite,
     * reload (drops the edits) or cancel. Failures (read-only folder, full disk) keep the edits in memory and
     * are reported through {@link #lastErrorProperty()}.
     *
     * @return true when the file on disk now holds this document's text
     */
    public boolean save(SaveConflict conflicts) {
        Objects.requireNonNull(conflicts, "conflicts");
        byte[] bytes = currentSource().bytes();
        try {
            snapshot = AtomicFiles.write(path, bytes, snapshot);
        } catch (ExternalChangeException e) {
            switch (conflicts.resolve(path)) {
                case OVERWRITE -> {
                    try {
                        snapshot = AtomicFiles.write(path, bytes, null);
                    } catch (IOException again) {
                        lastError.set("Could not save " + path + ": " + again.getMessage());
                        return false;
                    }
                }
                case RELOAD -> {
                    reload();
                    return false;
                }
                default -> {
                    return false;
                }
            }
        } catch (IOException e) {
            lastError.set("Could not save " + path + ": " + e.getMessage() + ". Your edits are kept in the studio.");
            return false;
        }
        original = SourceText.of(path, bytes);
        lastError.set("");
        undo.markSaved();
        return true;
    }

    /**
     * The file on disk already holds this document's bytes ({@code disk}): take them as the saved state without
     * writing anything (an untouched file is never rewritten).
     */
    public void markSavedAsOnDisk(byte[] disk) {
        try {
            snapshot = FileSnapshot.of(path, disk, Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            snapshot = FileSnapshot.of(path, disk, -1);
        }
        original = SourceText.of(path, disk);
        lastError.set("");
        undo.markSaved();
    }

    /** True when the file on disk no longer has the bytes this document was read from or saved as. */
    public boolean changedOnDisk() {
        try {
            return !snapshot.matchesDisk();
        } catch (IOException e) {
            return true;
        }
    }

    /** Reloads the file from disk, dropping edits and history. */
    public void reload() {
        try {
            SourceText src = Files.exists(path) ? FileReads.readText(path) : SourceText.ofString(path, "");
            FileSnapshot snap = Files.exists(path)
                    ? FileSnapshot.of(path, src.bytes(), Files.getLastModifiedTime(path).toMillis())
                    : FileSnapshot.absent(path);
            String old = text.get();
            original = src;
            snapshot = snap;
            setText(0, old.length(), src.text(), true);
            undo.clear();
            lastError.set("");
        } catch (IOException e) {
            lastError.set("Could not reload " + path + ": " + e.getMessage());
        }
    }
}
