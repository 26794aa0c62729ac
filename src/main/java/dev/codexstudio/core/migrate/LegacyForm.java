package dev.codexstudio.core.migrate;

import dev.codexstudio.core.model.Diagnostic;
import java.util.Optional;

/** The article-era and legacy forms that {@code migrate} rewrites to what Codex 0.169 reads. */
public enum LegacyForm {
    REASONING_EFFORT("`reasoning_effort` → `model_reasoning_effort`"),
    SINGLE_TABLE_HOOKS("single-table `[hooks.X]` → `[[hooks.X]]`"),
    PROFILE_SELECTOR("`profile = \"x\"` → `--profile x`"),
    PROFILE_TABLE("`[profiles.x]` → `$CODEX_HOME/x.config.toml`"),
    CODEX_HOOKS("`[features] codex_hooks` → `hooks`"),
    TIMEOUT_SEC("`timeoutSec` → `timeout`"),
    APPROVAL_UNTRUSTED("`approval_policy = \"untrusted\"` removed"),
    APPROVAL_ON_FAILURE("`approval_policy = \"on-failure\"` → `on-request`"),
    DENY_WRITE("requirements `deny_write` (no Codex equivalent)"),
    TOP_LEVEL_EVENTS("hooks.json events at the top level → inside `\"hooks\"`"),
    SKILLS_DIR("`$CODEX_HOME/skills` → `~/.agents/skills`");

    private final String label;

    LegacyForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The legacy form a validator finding is about, if it is one. */
    public static Optional<LegacyForm> of(Diagnostic d) {
        String rule = d.rule();
        String m = d.message();
        LegacyForm f = switch (rule) {
            case "hooks/event-table-not-array" -> SINGLE_TABLE_HOOKS;
            case "hooks/codex-hooks-alias" -> CODEX_HOOKS;
            case "hooks/timeout-sec" -> TIMEOUT_SEC;
            case "hooks/events-at-top-level" -> TOP_LEVEL_EVENTS;
            case "skills/deprecated-location" -> SKILLS_DIR;
            case "config/legacy-profile" -> m.startsWith("legacy `profile") ? PROFILE_SELECTOR : PROFILE_TABLE;
            case "config/profile-conflict" -> PROFILE_TABLE;
            case "config/unsupported-value" -> m.contains("\"untrusted\"") ? APPROVAL_UNTRUSTED : null;
            case "config/deprecated-value" -> m.contains("\"on-failure\"") ? APPROVAL_ON_FAILURE : null;
            case "requirements/no-such-key" -> m.contains("`deny_write`") ? DENY_WRITE : null;
            default -> rule.endsWith("/unknown-key") && (m.contains("`reasoning_effort`")
                    || d.optionalFix().map(x -> x.title().contains("`reasoning_effort`")).orElse(false))
                    ? REASONING_EFFORT : null;
        };
        return Optional.ofNullable(f);
    }
}
