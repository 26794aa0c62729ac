package dev.codexstudio.core.export;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an export writes each scope: the repository folder (required), and optionally a Codex home folder for
 * {@link FileScope#USER_HOME} files and a managed folder for {@link FileScope#MANAGED} files. A scope without a
 * folder is not written; the plan says so.
 *
 * @param repository the folder that receives the repository files (created when missing)
 * @param codexHome  the folder that receives the user's Codex home files, or empty
 * @param managed    the folder that receives {@code requirements.toml}, or empty
 */
public record ExportTargets(Path repository, Optional<Path> codexHome, Optional<Path> managed) {

    public ExportTargets {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(codexHome, "codexHome");
        Objects.requireNonNull(managed, "managed");
        repository = repository.toAbsolutePath().normalize();
        codexHome = codexHome.map(p -> p.toAbsolutePath().normalize());
        managed = managed.map(p -> p.toAbsolutePath().normalize());
    }

    /** Only the repository folder. */
    public static ExportTargets repositoryOnly(Path repository) {
        return new ExportTargets(repository, Optional.empty(), Optional.empty());
    }

    /** A copy that also writes user-home files to {@code dir}. */
    public ExportTargets withCodexHome(Path dir) {
        return new ExportTargets(repository, Optional.of(dir), managed);
    }

    /** A copy that also writes managed files to {@code dir}. */
    public ExportTargets withManaged(Path dir) {
        return new ExportTargets(repository, codexHome, Optional.of(dir));
    }

    /** The folder of a scope, or empty when that scope is not written. */
    public Optional<Path> folder(FileScope scope) {
        return switch (scope) {
            case REPOSITORY -> Optional.of(repository);
            case USER_HOME -> codexHome;
            case MANAGED -> managed;
        };
    }
}
