package dev.codexstudio.core.finetune;

import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.io.LineDiff;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file the checklist would touch: created, appended to (existing bytes kept as they are), or a conflict
 * that is reported and never written.
 *
 * @param file    the absolute file
 * @param scope   where it belongs
 * @param kind    what happens to it
 * @param before  its current text ("" when it does not exist)
 * @param after   the text it will have (equal to {@code before} for a conflict)
 * @param purpose plain words shown in the preview
 */
public record PlannedChange(Path file, FileScope scope, Kind kind, String before, String after, boolean executable,
        String purpose) {

    public enum Kind {
        CREATE("new file"),
        APPEND("text added to an existing file"),
        EDIT("existing file edited"),
        CONFLICT("already exists; not overwritten");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PlannedChange {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        purpose = purpose == null ? "" : purpose;
    }

    /** A unified diff of the change (the whole new file for a creation, nothing for a conflict). */
    public String diff(Path base) {
        if (kind == Kind.CONFLICT) {
            return "";
        }
        String name = base != null && file.startsWith(base) ? base.relativize(file).toString() : file.toString();
        return LineDiff.unified(name, before, after);
    }
}
