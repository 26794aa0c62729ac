package dev.codexstudio.ui.editors;

import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.studio.StudioViewModel;

/**
 * What an editor gets: the document (its text, history and save), the studio (stack, findings, executor), the
 * kind of file, and a ready source editor on the document that form editors can show beside their form.
 */
public record EditorContext(DocumentViewModel document, StudioViewModel studio, LiveValidator.FileKind kind,
        SourceEditor source) {
}
