package dev.codexstudio.core.stack;

import dev.codexstudio.core.agents.GuidanceFile;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.model.CodexEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything in one repository's Codex stack, plus the user-level and managed files that apply to it.
 *
 * @param root         the opened directory
 * @param environment  Codex home, user home, system folder, profile
 * @param views        Codex's view from each directory that matters (the root first, then every directory that
 *                     holds guidance, a {@code .codex} or an {@code .agents} folder)
 * @param configFiles  every config file of the stack, once each: system, user, every profile file in the Codex
 *                     home, every project {@code .codex/config.toml}, legacy managed config
 * @param guidance     every guidance document: the Codex home's and every one in the repository
 * @param scanTruncated true when the repository walk stopped at its limits
 */
public record Stack(
        Path root,
        CodexEnvironment environment,
        List<CwdView> views,
        List<ConfigLayer> configFiles,
        List<GuidanceFile> guidance,
        boolean scanTruncated) {

    public Stack {
        views = List.copyOf(views);
        configFiles = List.copyOf(configFiles);
        guidance = List.copyOf(guidance);
    }

    /** Codex's view from the opened directory itself. */
    public CwdView rootView() {
        return views.get(0);
    }

    public Optional<CwdView> view(Path cwd) {
        return views.stream().filter(v -> v.cwd().equals(cwd)).findFirst();
    }
}
