package dev.codexstudio.core.agents;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The guidance candidates present in one directory and the one Codex selects: the first name, in the order
 * {@code AGENTS.override.md}, {@code AGENTS.md}, fallbacks, that exists as a file. The others are shadowed.
 */
public record DirectoryGuidance(Path directory, List<GuidanceFile> present, Optional<GuidanceFile> selected) {

    public DirectoryGuidance {
        present = List.copyOf(present);
    }

    /** Files present here that Codex does not read because another name wins. */
    public List<GuidanceFile> shadowed() {
        return present.stream().filter(f -> selected.map(s -> !s.equals(f)).orElse(true)).toList();
    }
}
