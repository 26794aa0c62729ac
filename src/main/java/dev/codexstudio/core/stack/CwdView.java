package dev.codexstudio.core.stack;

import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.skills.SkillCatalog;
import java.nio.file.Path;

/**
 * The stack exactly as Codex sees it from one working directory: its config layers, the AGENTS.md
 * instructions it builds there, and the skills and hooks it lists.
 */
public record CwdView(Path cwd, ConfigStack config, EffectiveInstructions instructions, SkillCatalog skills,
        HookCatalog hooks) {
}
