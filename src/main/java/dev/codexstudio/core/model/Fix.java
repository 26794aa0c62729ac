package dev.codexstudio.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A machine-applicable fix for a finding: a title a user can read ("Rename `reasoning_effort` to
 * `model_reasoning_effort`") and the edits that carry it out.
 */
public record Fix(String title, List<Edit> edits) {

    public Fix {
        Objects.requireNonNull(title, "title");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    public static Fix of(String title, Edit... edits) {
        return new Fix(title, List.of(edits));
    }
}
