package dev.codexstudio.core.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the project is and whether Codex trusts it, for one working directory.
 *
 * @param cwd          the working directory
 * @param projectRoot  nearest ancestor containing a {@code project_root_markers} entry (else cwd)
 * @param checkoutRoot nearest ancestor with {@code .git}
 * @param repoRoot     repository root used for trust (main checkout of a worktree)
 * @param projects     {@code [projects."<key>"] trust_level} from the non-project layers
 * @param userConfigFile the user config file named in Codex's messages
 */
public record ProjectContext(
        Path cwd,
        Path projectRoot,
        Optional<Path> checkoutRoot,
        Optional<Path> repoRoot,
        Map<String, TrustLevel> projects,
        Path userConfigFile) {

    public ProjectContext {
        projects = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(projects));
    }

    /** The trust decision for a directory holding a {@code .codex} folder. */
    public record Decision(TrustLevel level, String key) {
        public boolean isTrusted() {
            return level == TrustLevel.TRUSTED;
        }
    }

    /** As Codex: the directory itself, then the project root, then the repository root. */
    public Decision decisionFor(Path dir) {
        for (String k : lookupKeys(dir)) {
            TrustLevel t = projects.get(k);
            if (t != null) {
                return new Decision(t, k);
            }
        }
        for (String k : lookupKeys(projectRoot)) {
            TrustLevel t = projects.get(k);
            if (t != null) {
                return new Decision(t, k);
            }
        }
        if (repoRoot.isPresent()) {
            for (String k : lookupKeys(repoRoot.get())) {
                TrustLevel t = projects.get(k);
                if (t != null) {
                    return new Decision(t, k);
                }
            }
        }
        String key = repoRoot.map(p -> lookupKeys(p).get(0)).orElse(lookupKeys(projectRoot).get(0));
        return new Decision(TrustLevel.UNKNOWN, key);
    }

    /** Trust of the working directory's project (the decision for the project root). */
    public Decision projectDecision() {
        return decisionFor(projectRoot);
    }

    /** Codex's reason for disabling a project layer, or empty when it is trusted. */
    public Optional<String> disabledReason(Decision d) {
        if (d.isTrusted()) {
            return Optional.empty();
        }
        String gated = "project-local config, hooks, and exec policies";
        if (d.level() == TrustLevel.UNTRUSTED) {
            return Optional.of(d.key() + " is marked as untrusted in " + userConfigFile
                    + ". To load " + gated + ", mark it trusted.");
        }
        return Optional.of("To load " + gated + ", add " + d.key() + " as a trusted project in " + userConfigFile + ".");
    }

    /** The canonical path first, then the path as given when they differ. */
    static List<String> lookupKeys(Path path) {
        String raw = path.toString();
        String canonical;
        try {
            canonical = path.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            canonical = raw;
        }
        List<String> keys = new ArrayList<>(2);
        keys.add(canonical);
        if (!canonical.equals(raw)) {
            keys.add(raw);
        }
        return keys;
    }
}
