package dev.codexstudio.ui.hooks;

import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.EditorFactory;
import javafx.scene.Node;

/** The form editor for {@code hooks.json} files (user, project and managed). */
public final class HookEditorFactory implements EditorFactory {

    private final Dialogs dialogs;

    /** {@code dialogs} confirms edits of the user config (enable/disable) with their diff. */
    public HookEditorFactory(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public boolean handles(LiveValidator.FileKind kind) {
        return kind == LiveValidator.FileKind.HOOKS_JSON;
    }

    @Override
    public Node create(EditorContext context) {
        return new HookEditor(context, dialogs);
    }
}
