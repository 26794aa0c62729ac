package dev.codexstudio.ui.editors;

import dev.codexstudio.core.io.FixApplier;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Fix;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.io.IOException;
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

    public EditorArea(StudioViewModel studio, Function<Path, SaveConflict.Choice> conflictResolver,
            java.util.function.Consumer<String> errors) {
        this.studio = studio;
        this.conflictResolver = conflictResolver;
        this.errors = errors;
        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
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

    /** Saves one document; on success the stack is scanned again. */
    public boolean save(EditorTab tab) {
        DocumentViewModel doc = tab.document();
        boolean ok = doc.save(file -> conflictResolver.apply(file));
        if (ok) {
            studio.saved(doc.path());
        } else if (!doc.lastErrorProperty().get().isEmpty()) {
            errors.accept(doc.lastErrorProperty().get());
        }
        return ok;
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
