package dev.codexstudio.core.model;

import java.util.Locale;

/**
 * How serious a finding is.
 *
 * <p>The contract: {@link #ERROR} exactly when Codex 0.169 would refuse or skip the file or entry
 * (config fails to load, a hooks file or matcher group is skipped, a skill is not loaded). What Codex
 * accepts but is wrong, stale, silently ignored or not portable is a {@link #WARNING} or {@link #INFO}.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Lower-case name used in text, JSON and SARIF output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
