package dev.codexstudio.ui.editors;

import dev.codexstudio.core.validate.LiveValidator;
import javafx.scene.Node;

/** Makes the editor for one kind of stack file (a form over the file, with its source beside it). */
public interface EditorFactory {

    /** Whether this factory edits files of this kind. */
    boolean handles(LiveValidator.FileKind kind);

    /** The editor's content for a document. */
    Node create(EditorContext context);
}
