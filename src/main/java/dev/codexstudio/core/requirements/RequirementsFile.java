package dev.codexstudio.core.requirements;

import dev.codexstudio.core.config.TomlDocument;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One managed requirements source: {@code /etc/codex/requirements.toml}, or the legacy
 * {@code /etc/codex/managed_config.toml} that Codex reinterprets as requirements.
 *
 * @param legacy   true for {@code managed_config.toml}
 * @param document parsed file, or {@code null} when unreadable
 */
public record RequirementsFile(Path path, boolean legacy, TomlDocument document, String readError) {
    public RequirementsFile {
        Objects.requireNonNull(path, "path");
    }
}
