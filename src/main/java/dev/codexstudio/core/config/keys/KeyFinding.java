package dev.codexstudio.core.config.keys;

import dev.codexstudio.core.model.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * One thing the {@link ConfigKeyChecker} found in a TOML table.
 *
 * @param kind       what is wrong
 * @param path       the key path (array items as numeric segments)
 * @param position   where: the key for unknown keys, otherwise the value
 * @param message    one plain sentence
 * @param fatal      true when Codex 0.169 refuses to load a file with this problem
 * @param candidates for unknown keys: the keys the table knows (for "did you mean" hints); otherwise empty
 */
public record KeyFinding(Kind kind, List<String> path, SourcePosition position, String message, boolean fatal,
        List<String> candidates) {

    /** The kinds of findings. */
    public enum Kind {
        /** A key the table does not know. */
        UNKNOWN_KEY,
        /** A value of the wrong TOML type. */
        WRONG_TYPE,
        /** A string outside an enumeration. */
        INVALID_VALUE,
        /** A number outside the allowed range. */
        OUT_OF_RANGE,
        /** A required key is absent. */
        MISSING_KEY,
        /** A string that must not be empty is empty. */
        EMPTY_STRING,
        /** A string that is too long or does not match its pattern. */
        STRING_CONSTRAINT,
        /** A value that matches none of the forms a key accepts. */
        NO_MATCHING_FORM,
        /** Keys that must not be used together. */
        CONFLICTING_KEYS
    }

    public KeyFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        path = List.copyOf(path);
        candidates = List.copyOf(candidates);
    }

    /** The path as a reader would write it: {@code hooks.PreToolUse[0].matcher}. */
    public String displayPath() {
        return ConfigKeyChecker.displayPath(path);
    }
}
