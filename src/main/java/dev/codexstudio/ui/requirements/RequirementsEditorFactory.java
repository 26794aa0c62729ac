package dev.codexstudio.ui.requirements;

import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.EditorFactory;
import javafx.scene.Node;

/** The form editor for {@code requirements.toml} (and the legacy {@code managed_config.toml}). */
public final class RequirementsEditorFactory implements EditorFactory {

    private final SourceOpener opener;

    /** @param opener opens a config file at the line of a forbidden value */
    public RequirementsEditorFactory(SourceOpener opener) {
        this.opener = opener;
    }

    @Override
    public boolean handles(LiveValidator.FileKind kind) {
        return kind == LiveValidator.FileKind.REQUIREMENTS;
    }

    @Override
    public Node create(EditorContext context) {
        return new RequirementsEditor(context, opener);
    }
}
