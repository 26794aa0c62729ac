package dev.codexstudio.core.requirements;

import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.model.SourcePosition;
import java.util.Objects;

/**
 * One value in a config file that the managed requirements forbid.
 *
 * @param kind        what kind of value
 * @param position    where the value is written (config file, line, column)
 * @param layer       the config layer the file is
 * @param key         the config key as written ({@code approval_policy}, {@code features.hooks}, {@code hooks})
 * @param value       the value as written ({@code "never"}, {@code true}, or a summary of the hooks)
 * @param inEffect    whether Codex would use this value from the opened directory: its layer is enabled and no
 *                    higher layer overrides it (a value that is not in effect is still forbidden, for when it is)
 * @param note        why the value is not in effect, or "" when it is
 * @param requirement the requirements key that forbids it ({@code allowed_approval_policies}, …)
 * @param forbiddenBy where that requirement is written, or {@code null} when no file sets it
 * @param message     one sentence saying what Codex does with the value
 */
public record RequirementsConflict(Kind kind, SourcePosition position, LayerKind layer, String key, String value,
        boolean inEffect, String note, String requirement, SourcePosition forbiddenBy, String message) {

    /** The kinds of forbidden values. */
    public enum Kind {
        /** {@code approval_policy} outside {@code allowed_approval_policies}. */
        APPROVAL_POLICY,
        /** {@code sandbox_mode} outside {@code allowed_sandbox_modes}. */
        SANDBOX_MODE,
        /** A {@code [features]} value against a requirements pin. */
        FEATURE_PIN,
        /** User or project hooks while {@code allow_managed_hooks_only = true}. */
        UNMANAGED_HOOKS
    }

    public RequirementsConflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(message, "message");
    }
}
