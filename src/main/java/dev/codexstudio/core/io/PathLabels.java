package dev.codexstudio.core.io;

import java.nio.file.Path;

/** How the studio names a file to the user. */
public final class PathLabels {

    private PathLabels() {
    }

    /**
     * A file as the user knows it: relative to the repository, {@code $CODEX_HOME/…} inside the Codex home, else
     * absolute; always with {@code /} separators. {@code repository} and {@code codexHome} may be {@code null}.
     */
    public static String of(Path file, Path repository, Path codexHome) {
        Path abs = file.toAbsolutePath().normalize();
        if (repository != null) {
            Path root = repository.toAbsolutePath().normalize();
            if (abs.startsWith(root)) {
                return slashes(root.relativize(abs));
            }
        }
        if (codexHome != null) {
            Path home = codexHome.toAbsolutePath().normalize();
            if (abs.startsWith(home)) {
                return "$CODEX_HOME/" + slashes(home.relativize(abs));
            }
        }
        return slashes(abs);
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
