package dev.codexstudio.core.finetune;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the checklist writes: the repository, the user's Codex home (profile files) and the managed folder
 * for {@code requirements.toml}, which is a separate target (by default not {@code /etc/codex} itself, but a
 * folder the administrator installs from).
 */
public record MigrationTargets(Path repo, Path codexHome, Path managedDir) {

    public MigrationTargets {
        repo = Objects.requireNonNull(repo, "repo").toAbsolutePath().normalize();
        codexHome = Objects.requireNonNull(codexHome, "codexHome").toAbsolutePath().normalize();
        managedDir = Objects.requireNonNull(managedDir, "managedDir").toAbsolutePath().normalize();
    }

    /**
     * The default managed target: {@code <codex home>/managed}, outside the repository (it is never committed)
     * and not {@code /etc/codex} itself; an administrator installs it from there.
     */
    public static MigrationTargets of(Path repo, Path codexHome) {
        return new MigrationTargets(repo, codexHome, codexHome.toAbsolutePath().resolve("managed"));
    }

    public Path schemaFile() {
        return repo.resolve(FineTuneChecklist.SCHEMA_PATH);
    }

    public Path fastProfile() {
        return codexHome.resolve("fast.config.toml");
    }

    public Path requirementsFile() {
        return managedDir.resolve("requirements.toml");
    }

    public Path skillsDir() {
        return repo.resolve(".agents").resolve("skills");
    }
}
