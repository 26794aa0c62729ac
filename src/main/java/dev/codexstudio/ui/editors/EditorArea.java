package dev.codexstudio.ui.editors;

import dev.codexstudio.core.io.FixApplier;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Fix;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.core.io.LineDiff;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.BiPredicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The editor area: one tab per open file (opened from the tree or the Problems panel), plus fixed tabs such as
 * the lifecycle diagram. Chooses the form editor for each kind of file, saves through the documents (atomic,
 * external changes detected), and applies quick fixes to open documents as undoable edits or to files on disk.
 */
public final class EditorArea {

    private final StudioViewModel studio;
    private final TabPane tabs = new TabPane();
    private final List<EditorFactory> factories = new ArrayList<>();
    private final List<FormExtension> extensions = new ArrayList<>();
    private final Function<Path, SaveConflict.Choice> conflictResolver;
    private final java.util.function.Consumer<String> errors;
    private final ReadOnlyBooleanWrapper anyDirty = new ReadOnlyBooleanWrapper(false);
    private FileWatcher watcher;

    public EditorArea(StudioViewModel studio, Function<Path, SaveConflict.Choice> conflictResolver,
            java.util.function.Consumer<String> errors) {
        this.studio = studio;
        this.conflictResolver = conflictResolver;
        this.errors = errors;
        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getTabs().addListener((ListChangeListener<Tab>) c -> {
            while (c.next()) {
                for (Tab t : c.getAddedSubList()) {
                    if (t instanceof EditorTab et) {
                        et.document().dirtyProperty().addListener((o, a, b) -> updateAnyDirty());
                    }
                }
            }
            updateAnyDirty();
        });
    }

    public TabPane tabs() {
        return tabs;
    }

    public void register(EditorFactory factory) {
        factories.add(factory);
    }

    /** Registers a section that form editors of other capabilities include (see {@link FormExtension}). */
    public void registerExtension(FormExtension extension) {
        extensions.add(extension);
    }

    /** Adds a tab that is not a document (the lifecycle diagram, the welcome page). */
    public void addFixedTab(Tab tab) {
        tab.setClosable(false);
        tabs.getTabs().add(tab);
    }

    /** Opens (or shows) the editor for a file, at a 1-based line and column when {@code line > 0}. */
    public Optional<EditorTab> open(Path file, int line, int column) {
        Path abs = file.toAbsolutePath().normalize();
        for (Tab t : tabs.getTabs()) {
            if (t instanceof EditorTab et && et.document().path().equals(abs)) {
                tabs.getSelectionModel().select(et);
                et.source().goTo(line, column);
                return Optional.of(et);
            }
        }
        DocumentViewModel doc;
        try {
            doc = DocumentViewModel.open(abs);
        } catch (IOException e) {
            errors.accept("Could not open " + abs + ": " + e.getMessage());
            return Optional.empty();
        }
        SourceEditor source = new SourceEditor(doc, studio.problems());
        LiveValidator.FileKind kind = studio.stack().map(s -> LiveValidator.kindOf(s, abs))
                .orElse(LiveValidator.FileKind.OTHER);
        EditorContext ctx = new EditorContext(doc, studio, kind, source, extensions);
        Node content = factories.stream().filter(f -> f.handles(kind)).findFirst().map(f -> f.create(ctx))
                .orElse(source);
        EditorTab tab = new EditorTab(ctx, content);
        tab.setOnCloseRequest(e -> {
            if (doc.isDirty() && !confirmDiscard(doc)) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> studio.forgetLive(abs));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        source.goTo(line, column);
        if (watcher != null) {
            watcher.watchDirectoryOf(abs);
        }
        return Optional.of(tab);
    }

    /** Asked before closing a tab with unsaved changes; the window replaces it with a dialog. */
    private java.util.function.Predicate<DocumentViewModel> discardConfirmation = d -> true;

    public void setDiscardConfirmation(java.util.function.Predicate<DocumentViewModel> confirm) {
        discardConfirmation = confirm;
    }

    private boolean confirmDiscard(DocumentViewModel doc) {
        return discardConfirmation.test(doc);
    }

    public Optional<EditorTab> selected() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t instanceof EditorTab et ? Optional.of(et) : Optional.empty();
    }

    public List<EditorTab> editorTabs() {
        List<EditorTab> out = new ArrayList<>();
        for (Tab t : tabs.getTabs()) {
            if (t instanceof EditorTab et) {
                out.add(et);
            }
        }
        return out;
    }

    public boolean hasUnsaved() {
        return editorTabs().stream().anyMatch(t -> t.document().isDirty());
    }

    /**
     * Saves one document; on success the stack is scanned again. First shows exactly what will change on disk
     * (a unified diff of the file's bytes on disk against the document) and writes only when the user agrees.
     * When nothing differs from disk the file is not rewritten: the document is just marked clean.
     */
    public boolean save(EditorTab tab) {
        return save(tab, file -> conflictResolver.apply(file));
    }

    private boolean save(EditorTab tab, SaveConflict conflicts) {
        DocumentViewModel doc = tab.document();
        Path file = doc.path();
        byte[] disk;
        try {
            disk = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            disk = null;
        }
        byte[] bytes = doc.currentSource().bytes();
        if (disk != null && Arrays.equals(disk, bytes)) {
            boolean wasDirty = doc.isDirty();
            doc.markSavedAsOnDisk(disk);
            tab.hideExternalChange();
            if (wasDirty) {
                studio.saved(file);
            }
            return true;
        }
        String diff = diffAgainstDisk(doc, disk);
        if (!saveConfirmation.test(file, diff)) {
            return false;
        }
        boolean ok = doc.save(conflicts);
        if (ok) {
            tab.hideExternalChange();
            studio.saved(doc.path());
        } else if (!doc.lastErrorProperty().get().isEmpty()) {
            errors.accept(doc.lastErrorProperty().get());
        }
        return ok;
    }

    /** The unified diff from the file's bytes on disk ({@code null}: no file) to the document's text. */
    private String diffAgainstDisk(DocumentViewModel doc, byte[] disk) {
        String old = disk == null ? null : SourceText.of(doc.path(), disk).text();
        String diff = LineDiff.unified(displayPath(doc.path()), old, doc.text());
        if (diff.isEmpty()) {
            // same text, different bytes (a byte-order mark, invalid UTF-8 replaced)
            String p = displayPath(doc.path());
            diff = "--- a/" + p + "\n+++ b/" + p + "\n(the text is the same; only the encoding of the file changes)\n";
        }
        return diff;
    }

    /** The diff from the file on disk to the open document (what Compare shows); "" when equal. */
    public String diskToStudioDiff(DocumentViewModel doc) {
        byte[] disk;
        try {
            disk = Files.isRegularFile(doc.path()) ? Files.readAllBytes(doc.path()) : null;
        } catch (IOException e) {
            disk = null;
        }
        return LineDiff.unified(displayPath(doc.path()), disk == null ? null : SourceText.of(doc.path(), disk).text(),
                doc.text());
    }

    /** A path for diff headers: relative to the project when inside it. */
    private String displayPath(Path file) {
        Optional<Path> project = studio.project().map(p -> p.toAbsolutePath().normalize());
        if (project.isPresent() && file.startsWith(project.get())) {
            return project.get().relativize(file).toString().replace('\\', '/');
        }
        return file.toString().replace('\\', '/');
    }

    /** Asked before a save writes a file, with the diff of what will change (the window shows a dialog). */
    private BiPredicate<Path, String> saveConfirmation = (f, d) -> true;

    public void setSaveConfirmation(BiPredicate<Path, String> confirm) {
        saveConfirmation = confirm == null ? (f, d) -> true : confirm;
    }

    /**
     * A file changed on disk (the {@link FileWatcher} calls this; tests call it directly). Ignored unless a
     * document open on it no longer matches the bytes it was read from or saved as. A clean document is
     * reloaded silently; a dirty one gets a banner: Reload / Overwrite / Compare.
     */
    public void externalChange(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (EditorTab tab : editorTabs()) {
            DocumentViewModel doc = tab.document();
            if (!doc.path().equals(abs) || !doc.changedOnDisk()) {
                continue;
            }
            String name = abs.getFileName().toString();
            boolean deleted = !Files.exists(abs);
            if (!doc.isDirty() && !deleted) {
                doc.reload();
                tab.hideExternalChange();
                studio.statusProperty().set("Reloaded " + name + ": it changed on disk");
                continue;
            }
            tab.showExternalChange(name + (deleted ? " was deleted on disk" : " changed on disk"), () -> {
                doc.reload();
                tab.hideExternalChange();
                studio.statusProperty().set("Reloaded " + name + " from disk");
            }, () -> save(tab, f -> SaveConflict.Choice.OVERWRITE), () -> diskToStudioDiff(doc));
            studio.statusProperty().set(name + " changed on disk");
        }
    }

    /** Watches the folders of open documents and reports changes through {@code executor}'s UI thread. */
    public void startWatching(TaskExecutor executor) {
        if (watcher != null) {
            return;
        }
        watcher = new FileWatcher(executor, this::externalChange);
        editorTabs().forEach(t -> watcher.watchDirectoryOf(t.document().path()));
    }

    public void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** True while any open document has unsaved changes. */
    public ReadOnlyBooleanProperty anyDirtyProperty() {
        return anyDirty.getReadOnlyProperty();
    }

    private void updateAnyDirty() {
        anyDirty.set(hasUnsaved());
    }

    public void saveSelected() {
        selected().ifPresent(this::save);
    }

    public void saveAll() {
        editorTabs().stream().filter(t -> t.document().isDirty()).forEach(this::save);
    }

    /**
     * Applies a quick fix: to the open document as one undoable edit (saved by the user), or straight to disk
     * when the file is not open, then scans again.
     */
    public void applyFix(Diagnostic d) {
        Fix fix = d.fix();
        if (fix == null) {
            return;
        }
        Path file = d.position().file();
        for (EditorTab t : editorTabs()) {
            if (t.document().path().equals(file)) {
                try {
                    t.document().replaceAll(FixApplier.applyTo(t.document().text(), file, fix), fix.title());
                    tabs.getSelectionModel().select(t);
                } catch (IllegalArgumentException e) {
                    errors.accept(e.getMessage());
                }
                return;
            }
        }
        try {
            FixApplier.apply(fix);
            studio.rescan();
        } catch (IOException | RuntimeException e) {
            errors.accept("Could not apply the fix: " + e.getMessage());
        }
    }

    /** The stack the editors work on, if scanned. */
    public Optional<Stack> stack() {
        return studio.stack();
    }
}
