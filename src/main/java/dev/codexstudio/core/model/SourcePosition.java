package dev.codexstudio.core.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something is: a file and a 1-based line and column. Columns count UTF-16 code units (as Java
 * strings and text editors do). Line 0 means "the file as a whole".
 */
public record SourcePosition(Path file, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /** The file as a whole (no particular line). */
    public static SourcePosition ofFile(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(Path file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    public boolean isWholeFile() {
        return line == 0;
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return isWholeFile() ? file.toString() : file + ":" + line + ":" + column;
    }
}
