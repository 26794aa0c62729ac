package dev.codexstudio.ui.agents;

import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.EditorFactory;
import javafx.scene.Node;

/** The form editor for AGENTS.md files (and overrides and fallbacks). */
public final class GuidanceEditorFactory implements EditorFactory {

    @Override
    public boolean handles(LiveValidator.FileKind kind) {
        return kind == LiveValidator.FileKind.GUIDANCE;
    }

    @Override
    public Node create(EditorContext context) {
        return new GuidanceEditor(context);
    }
}
