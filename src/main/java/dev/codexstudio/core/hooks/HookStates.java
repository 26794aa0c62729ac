package dev.codexstudio.core.hooks;

import dev.codexstudio.core.config.keys.TomlPaths;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.model.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.TomlTable;

/**
 * The trust state Codex keeps per hook in the user config: {@code [hooks.state."<key>"]} with
 * {@code trusted_hash} and {@code enabled}. Codex reads it only from the user {@code config.toml}.
 *
 * @param states key → state, in file order
 */
public record HookStates(Map<String, State> states) {

    public HookStates {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    /**
     * One {@code [hooks.state."<key>"]} table.
     *
     * @param enabled     {@code enabled}, or {@code null} when absent
     * @param trustedHash {@code trusted_hash}, or {@code null} when absent
     * @param position    where the table is
     */
    public record State(String key, Boolean enabled, String trustedHash, SourcePosition position) {
    }

    public static HookStates empty() {
        return new HookStates(Map.of());
    }

    public Optional<State> get(String key) {
        return Optional.ofNullable(states.get(key));
    }

    /** Reads the state tables of a user config (tables with wrong types are left out). */
    public static HookStates read(TomlDocument userConfig) {
        Map<String, State> out = new LinkedHashMap<>();
        try {
            if (userConfig == null || userConfig.hasSyntaxErrors()) {
                return empty();
            }
            Object state = TomlPaths.get(userConfig.table(), List.of("hooks", "state")).orElse(null);
            if (!(state instanceof TomlTable t)) {
                return empty();
            }
            for (String key : t.keySet()) {
                Object v = t.get(List.of(key));
                if (!(v instanceof TomlTable entry)) {
                    continue;
                }
                Object enabled = entry.get(List.of("enabled"));
                Object hash = entry.get(List.of("trusted_hash"));
                out.put(key, new State(key, enabled instanceof Boolean b ? b : null, hash instanceof String s ? s : null,
                        userConfig.locate(List.of("hooks", "state", key))));
            }
        } catch (RuntimeException e) {
            return new HookStates(out);
        }
        return new HookStates(out);
    }

    /** Codex's type check of {@code hooks.state} (a wrong type fails the whole config). */
    static void check(Object v, List<String> path) throws InlineHooksReader.TypeError {
        if (!(v instanceof TomlTable t)) {
            throw InlineHooksReader.typeError(SerdeJson.invalidType(InlineHooksReader.unexpected(v), "a map").getMessage(),
                    path);
        }
        for (String key : t.keySet()) {
            List<String> kp = InlineHooksReader.append(path, key);
            Object entry = t.get(List.of(key));
            if (!(entry instanceof TomlTable e)) {
                throw InlineHooksReader.typeError(SerdeJson.invalidType(InlineHooksReader.unexpected(entry),
                        "struct HookStateToml").getMessage(), kp);
            }
            Object enabled = e.get(List.of("enabled"));
            if (enabled != null && !(enabled instanceof Boolean)) {
                throw InlineHooksReader.typeError(SerdeJson.invalidType(InlineHooksReader.unexpected(enabled),
                        "a boolean").getMessage(), InlineHooksReader.append(kp, "enabled"));
            }
            Object hash = e.get(List.of("trusted_hash"));
            if (hash != null && !(hash instanceof String)) {
                throw InlineHooksReader.typeError(SerdeJson.invalidType(InlineHooksReader.unexpected(hash),
                        "a string").getMessage(), InlineHooksReader.append(kp, "trusted_hash"));
            }
        }
    }
}
