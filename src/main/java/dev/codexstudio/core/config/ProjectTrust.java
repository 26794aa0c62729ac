package dev.codexstudio.core.config;

import java.util.List;

/**
 * Writes a project's trust decision into the user config, as Codex's own trust prompt does:
 * {@code [projects."<path>"] trust_level = "trusted"} (or {@code "untrusted"}), touching only those lines.
 */
public final class ProjectTrust {

    private ProjectTrust() {
    }

    /**
     * The user config with {@code key} (an absolute project path, as Codex looks it up) set to {@code level}.
     * {@link TrustLevel#UNKNOWN} removes the entry's {@code trust_level}.
     */
    public static TomlDocument withTrust(TomlDocument userConfig, String key, TrustLevel level) {
        TomlDocument doc = TomlDocument.parse(userConfig.source());
        List<String> path = List.of("projects", key, "trust_level");
        if (level == TrustLevel.UNKNOWN) {
            doc.remove(path);
            Object table = doc.table().get(List.of("projects", key));
            if (table instanceof org.tomlj.TomlTable t && t.isEmpty()) {
                doc.remove(List.of("projects", key));
                Object projects = doc.table().get(List.of("projects"));
                if (projects instanceof org.tomlj.TomlTable p && p.isEmpty()) {
                    doc.remove(List.of("projects"));
                }
            }
        } else {
            doc.set(path, level == TrustLevel.TRUSTED ? "trusted" : "untrusted");
        }
        return doc;
    }

    /** The key Codex would use for the working directory's project: the repository root, else the project root. */
    public static String keyFor(ProjectContext project) {
        return project.repoRoot().orElse(project.projectRoot()).toString();
    }
}
