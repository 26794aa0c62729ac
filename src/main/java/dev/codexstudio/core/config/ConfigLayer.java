package dev.codexstudio.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One config layer as Codex builds it.
 *
 * @param kind           which layer
 * @param file           its {@code config.toml} (may not exist)
 * @param folder         the layer folder: {@code $CODEX_HOME}, {@code /etc/codex} or {@code <dir>/.codex}; where
 *                       Codex looks for {@code hooks.json}
 * @param document       the parsed file, or {@code null} when it does not exist or could not be read
 * @param readError      why the file could not be read, or {@code null}
 * @param enabled        false for an untrusted project layer (loaded but disabled)
 * @param disabledReason Codex's message for a disabled layer, or {@code null}
 * @param ignoredKeys    top-level keys Codex strips from a project layer ({@code model_provider}, …)
 */
public record ConfigLayer(
        LayerKind kind,
        Path file,
        Path folder,
        TomlDocument document,
        String readError,
        boolean enabled,
        String disabledReason,
        List<String> ignoredKeys) {

    public ConfigLayer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(folder, "folder");
        ignoredKeys = List.copyOf(ignoredKeys);
    }

    public boolean exists() {
        return document != null || readError != null;
    }

    public Optional<TomlDocument> optionalDocument() {
        return Optional.ofNullable(document);
    }

    /** The layer parsed without syntax errors. */
    public boolean isParsed() {
        return document != null && !document.hasSyntaxErrors();
    }
}
