package dev.codexstudio.core.migrate;

import dev.codexstudio.core.io.FileSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One file-level change of a migration plan.
 *
 * @param kind     modify an existing file, create a new one, or move a file or folder
 * @param path     the file changed or created; for a move, the source
 * @param target   for a move, where it goes; otherwise {@code null}
 * @param after    the new bytes (modify, create); {@code null} for a move
 * @param diff     unified diff (modify, create) or a one-line rename description (move)
 * @param before   what was on disk when the plan was made (the write refuses a file changed since)
 * @param forms    the legacy forms this change migrates
 * @param titles   the fix titles it carries out, in order
 */
public record FileChange(Kind kind, Path path, Path target, byte[] after, String diff, FileSnapshot before,
                         List<LegacyForm> forms, List<String> titles) {

    public enum Kind { MODIFY, CREATE, MOVE }

    public FileChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        forms = List.copyOf(forms);
        titles = List.copyOf(titles);
    }
}
