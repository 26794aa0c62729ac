package dev.codexstudio.core.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which paths Codex may read while it collects project AGENTS.md files. Codex reads them through its
 * sandboxed file system, so a user-defined permission profile ({@code default_permissions = "name"} with
 * {@code [permissions.name] filesystem = {…}}) limits what it finds: a file is seen only when its folder is
 * readable, and a selected file that is itself denied makes Codex fail to start the session.
 *
 * <p>Modelled: the {@code :root} and {@code :project_roots} entries and absolute paths, with the longest
 * matching entry deciding; {@code read} and {@code write} allow reading, {@code none} and {@code deny} do not;
 * {@code extends} of a built-in profile (names starting with {@code :}) allows everything not denied. Without a
 * user-defined profile everything is readable.
 */
public final class ReadAccess {

    private static final ReadAccess ALL = new ReadAccess(Map.of(), true);

    private final Map<Path, Boolean> entries;
    private final boolean defaultReadable;

    private ReadAccess(Map<Path, Boolean> entries, boolean defaultReadable) {
        this.entries = entries;
        this.defaultReadable = defaultReadable;
    }

    public static ReadAccess unrestricted() {
        return ALL;
    }

    /** The read access of the effective config's default permission profile, for a working directory. */
    public static ReadAccess of(EffectiveConfig config, Path cwd) {
        Optional<String> name = config.getString("default_permissions");
        if (name.isEmpty() || name.get().startsWith(":")) {
            return ALL;
        }
        Map<Path, Boolean> entries = new LinkedHashMap<>();
        boolean base = false;
        String current = name.get();
        for (int depth = 0; depth < 16 && current != null; depth++) {
            Optional<Object> profile = config.get(List.of("permissions", current));
            if (profile.isEmpty() || !(profile.get() instanceof Map<?, ?> p)) {
                return ALL;
            }
            if (p.get("filesystem") instanceof Map<?, ?> fs) {
                for (Map.Entry<?, ?> e : fs.entrySet()) {
                    Boolean readable = access(e.getValue());
                    Path path = target(String.valueOf(e.getKey()), cwd);
                    if (readable != null && path != null) {
                        entries.putIfAbsent(path, readable);
                    }
                }
            }
            Object ext = p.get("extends");
            current = null;
            if (ext instanceof String s) {
                if (s.startsWith(":")) {
                    base = true;
                } else {
                    current = s;
                }
            }
        }
        return new ReadAccess(Map.copyOf(entries), base);
    }

    private static Boolean access(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        return switch (s) {
            case "read", "write" -> Boolean.TRUE;
            case "none", "deny" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Path target(String key, Path cwd) {
        if (key.equals(":root")) {
            return Path.of("/");
        }
        if (key.equals(":project_roots")) {
            return cwd;
        }
        if (key.startsWith("/")) {
            return Path.of(key).normalize();
        }
        return null;
    }

    /** Whether the content of {@code path} may be read. */
    public boolean canRead(Path path) {
        Path best = null;
        for (Path p : entries.keySet()) {
            if (path.startsWith(p) && (best == null || p.getNameCount() > best.getNameCount())) {
                best = p;
            }
        }
        return best == null ? defaultReadable : entries.get(best);
    }

    /** Whether Codex can see that {@code path} exists: its folder must be readable. */
    public boolean canSee(Path path) {
        Path parent = path.getParent();
        return parent == null || canRead(parent);
    }

    public boolean isUnrestricted() {
        return this == ALL;
    }
}
