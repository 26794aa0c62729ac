package dev.codexstudio.core.claude;

import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.LineDiff;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file the import would write.
 *
 * @param path     the path relative to the target folder, with {@code /}
 * @param target   the absolute file
 * @param before   what is on disk now (snapshot taken when planning)
 * @param oldBytes the current bytes, or {@code null} when the file does not exist
 * @param newBytes the bytes the import writes
 * @param origin   what it comes from, e.g. {@code .claude/settings.json}
 */
public record PlannedFile(String path, Path target, FileSnapshot before, byte[] oldBytes, byte[] newBytes, String origin) {

    /** What writing the file does. */
    public enum Action {
        CREATE, UPDATE, UNCHANGED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PlannedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(newBytes, "newBytes");
        Objects.requireNonNull(origin, "origin");
    }

    public Action action() {
        if (oldBytes == null) {
            return Action.CREATE;
        }
        return Arrays.equals(oldBytes, newBytes) ? Action.UNCHANGED : Action.UPDATE;
    }

    /** The new content as text. */
    public String newText() {
        return new String(newBytes, StandardCharsets.UTF_8);
    }

    /** A unified diff of the change ({@code /dev/null} for a new file); "" when unchanged. */
    public String diff() {
        return LineDiff.unified(path, oldBytes == null ? null : new String(oldBytes, StandardCharsets.UTF_8), newText());
    }
}
