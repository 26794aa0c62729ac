package dev.codexstudio.core.stack;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.skills.SkillDiscovery;

/**
 * The parses the studio keeps by content between scans (the decoded texts of the files read, TOML texts and the config merges made of them, SKILL.md files), so that a scan again after a
 * change parses only what changed. Bounded; a changed file never finds a stale parse.
 */
public final class ParseCaches {

    private ParseCaches() {
    }

    /** Forgets every kept parse: the next scan parses every file, as the first scan does (the load benchmark). */
    public static void forget() {
        TomlDocument.forgetSharedParses();
        dev.codexstudio.core.config.EffectiveConfig.forgetMerges();
        dev.codexstudio.core.io.SourceText.forgetDecodings();
        SkillDiscovery.forgetParses();
    }
}
