package dev.codexstudio.core.skills;

import dev.codexstudio.core.model.SourcePosition;
import java.util.Objects;

/**
 * A value read from a file, with where it was written.
 *
 * @param value    the value
 * @param position where it is
 */
public record Located<T>(T value, SourcePosition position) {

    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(position, "position");
    }
}
