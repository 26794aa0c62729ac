package dev.codexstudio.core.skills;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@code SKILL.md} that Codex found but did not load, with Codex's own message (for example
 * {@code missing YAML frontmatter delimited by ---} or {@code missing field `description`}).
 *
 * @param path     the file, canonicalised as Codex reports it (for a config failure: the working directory)
 * @param message  Codex's message, verbatim
 * @param root     the root it was found under, or null for a config failure
 * @param document the parsed file, or null when it could not be read
 */
public record SkillLoadError(Path path, String message, SkillRoot root, SkillDocument document) {

    public SkillLoadError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
