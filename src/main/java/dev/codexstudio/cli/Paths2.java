package dev.codexstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resolving directory arguments. */
final class Paths2 {

    private Paths2() {
    }

    /** An existing directory, absolute and normalised; {@code null} means the current directory. */
    static Path directory(Path given, String what) {
        Path p = (given == null ? Path.of("") : given).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new UsageException(what + " does not exist: " + p);
        }
        if (!Files.isDirectory(p)) {
            throw new UsageException(what + " is not a directory: " + p);
        }
        return p;
    }
}
