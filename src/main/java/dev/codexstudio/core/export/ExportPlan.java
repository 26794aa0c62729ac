package dev.codexstudio.core.export;

import dev.codexstudio.core.model.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What exporting a {@link StackDraft} to {@link ExportTargets} would do: per file its scope, target, action and,
 * for a conflict, the diff; and every file that is not written, with the reason.
 *
 * @param draft      the stack that is exported
 * @param targets    where each scope goes
 * @param files      the files of the scopes that have a target folder, in draft order
 * @param notWritten the files of scopes without a target folder, with the reason
 */
public record ExportPlan(StackDraft draft, ExportTargets targets, List<PlannedExport> files, List<NotWritten> notWritten) {

    public ExportPlan {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(targets, "targets");
        files = List.copyOf(files);
        notWritten = List.copyOf(notWritten);
    }

    /**
     * A file that the export leaves out.
     *
     * @param file   the draft file
     * @param reason why, in plain words
     */
    public record NotWritten(DraftFile file, String reason) {
        public NotWritten {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The files with an action. */
    public List<PlannedExport> withAction(ExportAction action) {
        return files.stream().filter(f -> f.action() == action).toList();
    }

    /** The planned file at a target-relative path (in any written scope, the repository first). */
    public Optional<PlannedExport> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** The planned file at a target-relative path in one scope. */
    public Optional<PlannedExport> file(FileScope scope, String path) {
        return files.stream().filter(f -> f.scope() == scope && f.path().equals(path)).findFirst();
    }

    /** Every diagnostic of every blocked file. */
    public List<Diagnostic> diagnostics() {
        return files.stream().flatMap(f -> f.diagnostics().stream()).toList();
    }

    /** Whether any file is blocked. */
    public boolean hasBlocked() {
        return files.stream().anyMatch(f -> f.action() == ExportAction.BLOCKED);
    }

    /** The conflicts not listed in {@code overwriteChoices}: they stay as they are. */
    public List<PlannedExport> unresolvedConflicts(java.util.Set<String> overwriteChoices) {
        return withAction(ExportAction.CONFLICT).stream().filter(f -> !overwriteChoices.contains(f.path())).toList();
    }

    /** The paths in {@code overwriteChoices} that name no conflict of this plan. */
    public List<String> unknownChoices(java.util.Set<String> overwriteChoices) {
        return overwriteChoices.stream().sorted()
                .filter(c -> withAction(ExportAction.CONFLICT).stream().noneMatch(f -> f.path().equals(c))).toList();
    }
}
