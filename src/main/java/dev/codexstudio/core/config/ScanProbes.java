package dev.codexstudio.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * File-system questions the views of one scan ask again and again ({@code .git} and {@code .codex} in every
 * ancestor, canonical forms of the same folders): inside {@link TomlFiles#readOnce} each is answered once, so the
 * views see one snapshot and the kernel is asked once; outside it, every call asks the file system.
 */
public final class ScanProbes {

    private ScanProbes() {
    }

    private record IsDirectory(Path path) {
    }

    private record Exists(Path path) {
    }

    private record IsRegularFile(Path path) {
    }

    private record RealPath(Path path) {
    }

    /** {@link Files#isDirectory} (links followed). */
    public static boolean isDirectory(Path p) {
        return TomlFiles.memo(new IsDirectory(p), () -> Files.isDirectory(p));
    }

    /** {@link Files#exists} (links followed). */
    public static boolean exists(Path p) {
        return TomlFiles.memo(new Exists(p), () -> Files.exists(p));
    }

    /** {@link Files#isRegularFile} (links followed). */
    public static boolean isRegularFile(Path p) {
        return TomlFiles.memo(new IsRegularFile(p), () -> Files.isRegularFile(p));
    }

    /** {@link Path#toRealPath}, or empty when the path does not resolve. */
    public static Optional<Path> realPath(Path p) {
        return TomlFiles.memo(new RealPath(p), () -> {
            try {
                return Optional.of(p.toRealPath());
            } catch (IOException | RuntimeException e) {
                return Optional.<Path>empty();
            }
        });
    }
}
