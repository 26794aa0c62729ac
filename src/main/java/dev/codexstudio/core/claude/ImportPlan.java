package dev.codexstudio.core.claude;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What importing a Claude Code setup would do: the files it writes (with diffs) and every warning about what
 * Codex cannot express, each at the line of the Claude file it comes from.
 *
 * @param source      the repository with the Claude Code setup
 * @param target      where the Codex stack is written (the same folder for an in-place import)
 * @param files       the files, in a stable order
 * @param diagnostics warnings and notes, in position order
 */
public record ImportPlan(Path source, Path target, List<PlannedFile> files, List<Diagnostic> diagnostics) {

    public ImportPlan {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The files that would change on disk. */
    public List<PlannedFile> changes() {
        return files.stream().filter(f -> f.action() != PlannedFile.Action.UNCHANGED).toList();
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether the source had nothing Claude Code reads. */
    public boolean isEmpty() {
        return files.isEmpty();
    }
}
