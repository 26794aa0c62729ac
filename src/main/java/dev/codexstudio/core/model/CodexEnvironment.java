package dev.codexstudio.core.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The places outside the repository that Codex reads: the Codex home ({@code $CODEX_HOME}, default
 * {@code ~/.codex}), the user's home (for {@code ~/.agents/skills}), the system folder
 * ({@code /etc/codex}) and the selected profile, if any ({@code --profile NAME} layers
 * {@code $CODEX_HOME/NAME.config.toml}).
 */
public record CodexEnvironment(Path codexHome, Path userHome, Path systemDir, String profile) {

    /** Profile names Codex accepts: {@code [A-Za-z0-9_-]+}. */
    public static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    /** Codex's system folder on Unix. */
    public static final Path DEFAULT_SYSTEM_DIR = Path.of("/etc/codex");

    public CodexEnvironment {
        Objects.requireNonNull(codexHome, "codexHome");
        Objects.requireNonNull(userHome, "userHome");
        Objects.requireNonNull(systemDir, "systemDir");
        codexHome = codexHome.toAbsolutePath().normalize();
        userHome = userHome.toAbsolutePath().normalize();
        systemDir = systemDir.toAbsolutePath().normalize();
        if (profile != null && !PROFILE_NAME.matcher(profile).matches()) {
            throw new IllegalArgumentException("invalid --profile value `" + profile + "`; pass a plain name such as `work`");
        }
    }

    /**
     * The environment as Codex would see it: {@code CODEX_HOME} (or {@code ~/.codex}), {@code HOME}.
     *
     * @param codexHomeOverride a {@code --codex-home} value, or {@code null}
     */
    public static CodexEnvironment detect(Map<String, String> env, Path codexHomeOverride) {
        Path home = Optional.ofNullable(env.get("HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home")));
        Path codexHome = codexHomeOverride != null ? codexHomeOverride
                : Optional.ofNullable(env.get("CODEX_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                        .orElse(home.resolve(".codex"));
        return new CodexEnvironment(codexHome, home, DEFAULT_SYSTEM_DIR, null);
    }

    public CodexEnvironment withProfile(String name) {
        return new CodexEnvironment(codexHome, userHome, systemDir, name);
    }

    public CodexEnvironment withSystemDir(Path dir) {
        return new CodexEnvironment(codexHome, userHome, dir, profile);
    }

    public Optional<String> profileName() {
        return Optional.ofNullable(profile);
    }

    public Path userConfigFile() {
        return codexHome.resolve("config.toml");
    }

    /** {@code $CODEX_HOME/<name>.config.toml}. */
    public Path profileFile(String name) {
        return codexHome.resolve(name + ".config.toml");
    }

    public Path systemConfigFile() {
        return systemDir.resolve("config.toml");
    }

    public Path systemRequirementsFile() {
        return systemDir.resolve("requirements.toml");
    }

    /** Legacy {@code managed_config.toml}, reinterpreted by Codex as requirements. */
    public Path legacyManagedConfigFile() {
        return systemDir.resolve("managed_config.toml");
    }
}
