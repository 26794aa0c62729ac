package dev.codexstudio.core.skills;

import dev.codexstudio.core.skills.yaml.YamlMark;

/**
 * What Codex 0.169 makes of a {@code SKILL.md}: the skill it loads, or the error it reports.
 *
 * @param name             the skill name (the folder name when the front matter has none), or null on error
 * @param description      the description with whitespace collapsed, or null on error
 * @param shortDescription {@code metadata.short-description} with whitespace collapsed, or null
 * @param repaired         the YAML parsed only after Codex quoted unquoted values containing {@code ": "}
 * @param yaml             the front matter text Codex parsed last (repaired or not), or null when it found none
 * @param error            Codex's message when it does not load the skill, else null
 * @param errorMark        for a YAML error, where it is in the front matter Codex parsed (else null)
 * @param errorOffset      for a YAML reader error (a control character), its byte offset in that text
 */
public record CodexReading(String name, String description, String shortDescription, boolean repaired,
        String yaml, String error, YamlMark errorMark, int errorOffset) {

    /** Whether Codex loads the skill. */
    public boolean ok() {
        return error == null;
    }

    static CodexReading failure(String message, String yaml) {
        return new CodexReading(null, null, null, false, yaml, message, null, 0);
    }
}
