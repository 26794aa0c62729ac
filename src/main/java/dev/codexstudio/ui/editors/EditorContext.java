package dev.codexstudio.ui.editors;

import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.util.List;
import javafx.scene.Node;

/**
 * What an editor gets: the document (its text, history and save), the studio (stack, findings, executor), the
 * kind of file, a ready source editor on the document that form editors show beside their form, and the form
 * extensions other capabilities registered (see {@link #addExtensions}).
 */
public record EditorContext(DocumentViewModel document, StudioViewModel studio, LiveValidator.FileKind kind,
        SourceEditor source, List<FormExtension> extensions) {

    public EditorContext {
        extensions = List.copyOf(extensions);
    }

    /** Adds the sections of every extension for this file's kind to {@code pane}'s form. */
    public void addExtensions(FormEditorPane pane) {
        for (FormExtension e : extensions) {
            if (e.handles(kind)) {
                e.create(this, pane).ifPresent((Node n) -> pane.form().getChildren().add(n));
            }
        }
    }
}
