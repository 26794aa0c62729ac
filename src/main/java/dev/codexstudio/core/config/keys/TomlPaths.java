package dev.codexstudio.core.config.keys;

import java.util.List;
import java.util.Optional;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/** Navigation in parsed TOML by key path, where numeric segments index arrays; never throws on a type mismatch. */
public final class TomlPaths {

    private TomlPaths() {
    }

    /** The value at {@code path} below {@code root}, or empty when the path does not exist. */
    public static Optional<Object> get(TomlTable root, List<String> path) {
        Object node = root;
        for (String seg : path) {
            if (node instanceof TomlTable t) {
                if (!t.contains(List.of(seg))) {
                    return Optional.empty();
                }
                node = t.get(List.of(seg));
            } else if (node instanceof TomlArray a && !seg.isEmpty() && seg.chars().allMatch(Character::isDigit)
                    && seg.length() < 10) {
                int i = Integer.parseInt(seg);
                if (i >= a.size()) {
                    return Optional.empty();
                }
                node = a.get(i);
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(node);
    }
}
