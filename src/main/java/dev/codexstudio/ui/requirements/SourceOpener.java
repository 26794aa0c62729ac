package dev.codexstudio.ui.requirements;

import java.nio.file.Path;

/** Opens a file in the studio at a 1-based line and column (the window's editor area). */
@FunctionalInterface
public interface SourceOpener {
    void open(Path file, int line, int column);
}
