package dev.codexstudio.core.skills;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Every skill Codex 0.169 would offer in one working directory.
 *
 * @param cwd      the working directory
 * @param roots    the roots Codex scans, in its order (duplicates removed)
 * @param skills   loaded skills in Codex's order (scope, then name, then path)
 * @param errors   skill files Codex reports as not loaded, in scan order (repeated when two roots reach them)
 * @param findings what the scan noticed that Codex passes over silently
 * @param config   the {@code [[skills.config]]} rules and bundled-skills switch that applied
 */
public record SkillCatalog(Path cwd, List<SkillRoot> roots, List<Skill> skills, List<SkillLoadError> errors,
        List<SkillScanFinding> findings, SkillConfigRules config) {

    public SkillCatalog {
        Objects.requireNonNull(cwd, "cwd");
        roots = List.copyOf(roots);
        skills = List.copyOf(skills);
        errors = List.copyOf(errors);
        findings = List.copyOf(findings);
        Objects.requireNonNull(config, "config");
    }

    /** Skills with this name (several roots can hold skills with the same name). */
    public List<Skill> named(String name) {
        return skills.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** Enabled skills only. */
    public List<Skill> enabledSkills() {
        return skills.stream().filter(Skill::enabled).toList();
    }
}
