package dev.codexstudio.core.config.rules;

import dev.codexstudio.core.config.keys.KeyCatalogue;
import java.util.Optional;
import java.util.Set;

/** Hints for unknown keys that are known somewhere else: hook events outside [hooks], feature flags outside [features]. */
final class UnknownKeyHints {

    /** Hook event names Codex 0.169 knows. */
    static final Set<String> HOOK_EVENTS = Set.of("PreToolUse", "PermissionRequest", "PostToolUse", "PreCompact",
            "PostCompact", "SessionStart", "SessionEnd", "UserPromptSubmit", "SubagentStart", "SubagentStop", "Stop",
            "Interrupt", "PreModelRequest", "PostModelRequest");

    private UnknownKeyHints() {
    }

    /**
     * Where an unknown top-level key belongs, if it is a hook event or a feature flag.
     *
     * @param catalogue for feature names, or {@code null} to check hook events only
     */
    static Optional<String> placement(String key, boolean topLevel, KeyCatalogue catalogue) {
        if (!topLevel) {
            return Optional.empty();
        }
        if (HOOK_EVENTS.contains(key)) {
            return Optional.of("Hook events belong under [hooks]: write `[[hooks." + key + "]]` (and `[[hooks." + key
                    + ".hooks]]` for its handlers).");
        }
        if (catalogue != null && (catalogue.overlay().features().containsKey(key)
                || catalogue.overlay().featureAliases().containsKey(key))) {
            return Optional.of("`" + key + "` is a feature flag: move it under [features].");
        }
        return Optional.empty();
    }
}
