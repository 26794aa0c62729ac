package dev.codexstudio.core.export;

import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.LineDiff;
import dev.codexstudio.core.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One file of an {@link ExportPlan}.
 *
 * @param file        the draft file (its path is relative to the scope's target folder)
 * @param target      the absolute file it goes to, or {@code null} when its name could not be placed safely
 * @param action      what writing it does
 * @param before      what was on disk when the plan was made (absent for a new file)
 * @param existing    the bytes on disk when the plan was made, or {@code null} when there was no file
 * @param diagnostics why it is blocked (secrets, personal paths, unsafe target), with file, line, column and hint
 */
public record PlannedExport(DraftFile file, Path target, ExportAction action, FileSnapshot before, byte[] existing,
        List<Diagnostic> diagnostics) {

    public PlannedExport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(action, "action");
        diagnostics = List.copyOf(diagnostics);
        existing = existing == null ? null : existing.clone();
    }

    /** The path relative to its target folder ({@code /} separators): the key for overwrite choices. */
    public String path() {
        return file.path();
    }

    public FileScope scope() {
        return file.scope();
    }

    /** Who owns files of this scope and where they live. */
    public String scopeExplanation() {
        return file.scope().explanation();
    }

    @Override
    public byte[] existing() {
        return existing == null ? null : existing.clone();
    }

    /**
     * A unified diff from what is on disk to what the export writes: for a conflict, the change an overwrite makes;
     * for a new file, every line added; "" when identical or blocked.
     */
    public String diff() {
        return switch (action) {
            case CONFLICT -> LineDiff.unified(path(), new String(existing, StandardCharsets.UTF_8), file.text());
            case CREATE -> LineDiff.unified(path(), null, file.text());
            default -> "";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlannedExport p && file.equals(p.file) && Objects.equals(target, p.target)
                && action == p.action && Objects.equals(before, p.before)
                && java.util.Arrays.equals(existing, p.existing) && diagnostics.equals(p.diagnostics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, target, action, before, java.util.Arrays.hashCode(existing), diagnostics);
    }

    @Override
    public String toString() {
        return "PlannedExport[" + action.label() + " " + file.scope() + ":" + path() + "]";
    }
}
