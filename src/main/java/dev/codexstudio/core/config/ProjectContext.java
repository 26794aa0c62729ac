package dev.codexstudio.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the project is and whether Codex trusts it, for one working directory.
 *
 * @param cwd            the working directory
 * @param projectRoot    root of the config layers: nearest ancestor with a {@code project_root_markers} entry,
 *                       where {@code .git} must be a valid git entry (else cwd)
 * @param docsRoot       root of AGENTS.md and skill discovery: the same walk, but any {@code .git} entry counts
 * @param checkoutRoot   nearest ancestor with a valid {@code .git}
 * @param repoRoot       repository root used for trust (the main checkout of a linked worktree)
 * @param projects       {@code [projects."<key>"] trust_level} from the non-project layers
 * @param userConfigFile the user config file named in Codex's messages
 */
public record ProjectContext(
        Path cwd,
        Path projectRoot,
        Path docsRoot,
        Optional<Path> checkoutRoot,
        Optional<Path> repoRoot,
        Map<String, TrustLevel> projects,
        Path userConfigFile) {

    public ProjectContext {
        projects = frozen(projects);
    }

    /**
     * {@code projects} as this record keeps it: an unmodifiable copy in the same order. A map this method returned
     * is returned as it is, so the views of one scan, which share one {@code [projects]} table, share one copy.
     */
    public static Map<String, TrustLevel> frozen(Map<String, TrustLevel> projects) {
        return projects instanceof Frozen ? projects : new Frozen(projects);
    }

    /** An unmodifiable, ordered copy that nobody else holds. */
    private static final class Frozen extends java.util.AbstractMap<String, TrustLevel> {
        private final Map<String, TrustLevel> entries;

        Frozen(Map<String, TrustLevel> from) {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(from));
        }

        @Override
        public java.util.Set<Map.Entry<String, TrustLevel>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public TrustLevel get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    /** A trust decision and the {@code [projects]} key it came from (or would be written under). */
    public record Decision(TrustLevel level, String key) {
        public boolean isTrusted() {
            return level == TrustLevel.TRUSTED;
        }
    }

    /** Trust of a project layer folder's directory: the directory, then the project root, then the repository root. */
    public Decision decisionFor(Path dir) {
        List<Path> candidates = new ArrayList<>(List.of(dir, projectRoot));
        repoRoot.ifPresent(candidates::add);
        return decisionAmong(candidates);
    }

    /**
     * Trust that governs project AGENTS.md: an entry for the working directory itself, else for the
     * repository root. (Entries for the marker-based project root or for directories in between do not
     * count here, unlike for config layers.)
     */
    public Decision cwdDecision() {
        List<Path> candidates = new ArrayList<>(List.of(cwd));
        repoRoot.ifPresent(candidates::add);
        return decisionAmong(candidates);
    }

    private Decision decisionAmong(List<Path> candidates) {
        for (Path candidate : candidates) {
            for (String k : lookupKeys(candidate)) {
                TrustLevel t = projects.get(k);
                if (t != null) {
                    return new Decision(t, k);
                }
            }
        }
        return new Decision(TrustLevel.UNKNOWN, repoRoot.orElse(projectRoot).toString());
    }

    /** Codex's reason for disabling a project layer, or empty when it is trusted. */
    public Optional<String> disabledReason(Decision d) {
        String gated = "project-local config, hooks, and exec policies";
        return switch (d.level()) {
            case TRUSTED -> Optional.empty();
            case UNTRUSTED -> Optional.of(d.key() + " is marked as untrusted in the effective configuration. To load "
                    + gated + ", update its trust setting. If that setting is managed by your organization, contact "
                    + "your administrator.");
            case UNKNOWN -> Optional.of("To load " + gated + ", add " + d.key() + " as a trusted project in "
                    + userConfigFile + ".");
        };
    }

    /** The path as given (lexical), then its canonical form when that differs. */
    static List<String> lookupKeys(Path path) {
        String raw = path.toString();
        List<String> keys = new ArrayList<>(2);
        keys.add(raw);
        // a path that does not exist has only its lexical form
        ScanProbes.realPath(path).map(Path::toString).filter(c -> !c.equals(raw)).ifPresent(keys::add);
        return keys;
    }
}
