package dev.codexstudio.core.skills;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A skill Codex loads.
 *
 * @param name             the name Codex uses ({@code $name}); the folder name when the front matter has none,
 *                         prefixed with {@code <plugin>:} under a plugin manifest
 * @param description      the description, whitespace collapsed
 * @param shortDescription {@code metadata.short-description}, or null
 * @param skillFile        the {@code SKILL.md}, canonical (symlinks resolved), as Codex reports it
 * @param dir              the folder holding it (canonical)
 * @param scope            repo, user, system or admin
 * @param root             the root it was found under (the first, when several roots reach it)
 * @param enabled          false when {@code [[skills.config]]} disables it
 * @param document         the parsed {@code SKILL.md}
 * @param openAi           {@code agents/openai.yaml}, or null when there is none
 * @param files            the files in its folder
 * @param discoveredPath   the path the scan reached it by (differs from {@code skillFile} through symlinks)
 * @param reading          how Codex read the front matter (repaired or not)
 */
public record Skill(String name, String description, String shortDescription, Path skillFile, Path dir,
        SkillScope scope, SkillRoot root, boolean enabled, SkillDocument document, OpenAiYaml openAi,
        SkillFiles files, Path discoveredPath, CodexReading reading) {

    public Skill {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(skillFile, "skillFile");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(discoveredPath, "discoveredPath");
        Objects.requireNonNull(reading, "reading");
    }

    /** The same skill with another enabled flag. */
    public Skill withEnabled(boolean on) {
        return new Skill(name, description, shortDescription, skillFile, dir, scope, root, on, document, openAi,
                files, discoveredPath, reading);
    }
}
