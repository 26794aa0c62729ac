package dev.codexstudio.ui.editors;

import dev.codexstudio.core.validate.LiveValidator;
import java.util.Optional;
import javafx.scene.Node;

/**
 * A section that one capability adds to another capability's form editor: for example the hooks editor adds
 * the inline {@code [[hooks.<Event>]]} of a {@code config.toml} to the configuration form, and the managed
 * hooks to the requirements form. A form editor asks every extension registered for its kind of file and adds
 * the sections they return, in registration order.
 */
public interface FormExtension {

    /** Whether this extension has something for files of this kind. */
    boolean handles(LiveValidator.FileKind kind);

    /** The section for this document, or empty when there is nothing to show for it. */
    Optional<Node> create(EditorContext context, FormEditorPane pane);
}
