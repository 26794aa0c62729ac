package dev.codexstudio.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stack as a set of files to write, per scope: the result of the New Stack wizard, or the exportable part of
 * an open stack. Paths are unique within a scope; files are kept sorted by scope, then path.
 *
 * @param name  the project name (used for messages and the report)
 * @param files the files
 */
public record StackDraft(String name, List<DraftFile> files) {

    public StackDraft {
        Objects.requireNonNull(name, "name");
        Map<String, DraftFile> unique = new LinkedHashMap<>();
        for (DraftFile file : files) {
            String key = file.scope() + ":" + file.path();
            if (unique.putIfAbsent(key, file) != null) {
                throw new IllegalArgumentException("two files named " + file.path() + " in scope " + file.scope().label());
            }
        }
        List<DraftFile> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(DraftFile::scope).thenComparing(DraftFile::path));
        files = List.copyOf(sorted);
    }

    /** The files of one scope. */
    public List<DraftFile> inScope(FileScope scope) {
        return files.stream().filter(f -> f.scope() == scope).toList();
    }

    /** The file at a path in a scope. */
    public Optional<DraftFile> file(FileScope scope, String path) {
        return files.stream().filter(f -> f.scope() == scope && f.path().equals(path)).findFirst();
    }

    /** A copy with one file added or replaced (same scope and path). */
    public StackDraft with(DraftFile file) {
        List<DraftFile> next = new ArrayList<>(files.stream()
            .filter(f -> !(f.scope() == file.scope() && f.path().equals(file.path()))).toList());
        next.add(file);
        return new StackDraft(name, next);
    }

    /** A copy without the file at a path in a scope. */
    public StackDraft without(FileScope scope, String path) {
        return new StackDraft(name, files.stream().filter(f -> !(f.scope() == scope && f.path().equals(path))).toList());
    }
}
