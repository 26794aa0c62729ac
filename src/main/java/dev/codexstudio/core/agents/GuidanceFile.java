package dev.codexstudio.core.agents;

import java.nio.file.Path;
import java.util.Objects;

/** One guidance file on disk. */
public record GuidanceFile(Path file, GuidanceScope scope, GuidanceKind kind) {

    public static final String OVERRIDE_NAME = "AGENTS.override.md";
    public static final String DEFAULT_NAME = "AGENTS.md";

    public GuidanceFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
    }

    public Path directory() {
        return file.getParent();
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
