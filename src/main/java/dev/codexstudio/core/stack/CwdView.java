package dev.codexstudio.core.stack;

import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.config.ConfigStack;
import java.nio.file.Path;

/**
 * The stack exactly as Codex sees it from one working directory: its config layers and the AGENTS.md
 * instructions it builds there.
 */
public record CwdView(Path cwd, ConfigStack config, EffectiveInstructions instructions) {
}
