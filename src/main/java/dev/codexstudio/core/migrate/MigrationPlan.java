package dev.codexstudio.core.migrate;

import dev.codexstudio.core.model.Diagnostic;
import java.util.List;

/**
 * "Migrate all": every file-level change that moves the stack off legacy forms, and the legacy findings that
 * have no mechanical fix (left for the user, with the validator's hint).
 */
public record MigrationPlan(List<FileChange> changes, List<Diagnostic> manual) {

    public MigrationPlan {
        changes = List.copyOf(changes);
        manual = List.copyOf(manual);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The combined diff of all changes, in plan order. */
    public String combinedDiff() {
        StringBuilder sb = new StringBuilder();
        for (FileChange c : changes) {
            sb.append(c.diff());
            if (!c.diff().endsWith("\n")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
