package dev.codexstudio.core.skills;

import java.nio.file.Path;
import java.util.List;

/**
 * The files in a skill's folder (relative paths, sorted), as found by a bounded walk.
 *
 * @param files     relative paths of regular files (symlinks to files included)
 * @param truncated the walk stopped at its limit, so the list is incomplete
 */
public record SkillFiles(List<Path> files, boolean truncated) {

    /** How many entries the walk of one skill folder looks at, at most. */
    public static final int MAX_ENTRIES = 5000;

    public SkillFiles {
        files = List.copyOf(files);
    }

    /** No files known. */
    public static SkillFiles empty() {
        return new SkillFiles(List.of(), false);
    }

    /** Files under a top-level folder such as {@code scripts}, {@code references} or {@code assets}. */
    public List<Path> under(String folder) {
        return files.stream().filter(p -> p.getNameCount() > 1 && p.getName(0).toString().equals(folder)).toList();
    }

    public List<Path> scripts() {
        return under("scripts");
    }

    public List<Path> references() {
        return under("references");
    }

    public List<Path> assets() {
        return under("assets");
    }

    /** Whether the folder has this file (a relative path, already normalised). */
    public boolean contains(Path relative) {
        return files.contains(relative);
    }
}
