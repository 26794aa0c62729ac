package dev.codexstudio.core.config;

import java.util.Locale;

/** The config layers Codex reads, in increasing precedence. */
public enum LayerKind {
    /** {@code /etc/codex/config.toml} (managed by the administrator). */
    SYSTEM,
    /** {@code $CODEX_HOME/config.toml}. */
    USER,
    /** {@code $CODEX_HOME/<name>.config.toml}, when selected with {@code --profile}. */
    PROFILE,
    /** {@code <dir>/.codex/config.toml}, for each directory from the project root down to cwd. */
    PROJECT,
    /** Legacy {@code /etc/codex/managed_config.toml}, applied on top of everything else. */
    LEGACY_MANAGED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether hooks from this layer are managed (trusted without review). */
    public boolean isManaged() {
        return this == SYSTEM || this == LEGACY_MANAGED;
    }
}
