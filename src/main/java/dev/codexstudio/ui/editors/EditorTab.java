package dev.codexstudio.ui.editors;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** A tab holding one open document: its title shows a dot while there are unsaved changes. */
public final class EditorTab extends Tab {

    private final EditorContext context;

    EditorTab(EditorContext context, javafx.scene.Node content) {
        this.context = context;
        DocumentViewModel doc = context.document();
        String name = doc.path().getFileName().toString();
        String parent = doc.path().getParent() == null || doc.path().getParent().getFileName() == null ? ""
                : doc.path().getParent().getFileName() + "/";
        textProperty().bind(Bindings.when(doc.dirtyProperty()).then("● " + parent + name).otherwise(parent + name));
        setTooltip(new Tooltip(doc.path().toString()));
        setContent(content);
        PauseTransition debounce = new PauseTransition(Duration.millis(200));
        debounce.setOnFinished(e -> context.studio().validateLive(doc.currentSource()));
        doc.textProperty().addListener((o, a, b) -> debounce.playFromStart());
    }

    public EditorContext context() {
        return context;
    }

    public DocumentViewModel document() {
        return context.document();
    }

    public SourceEditor source() {
        return context.source();
    }
}
