package dev.codexstudio.core.config;

/** {@code [projects."<path>"] trust_level}, or {@link #UNKNOWN} when the project has no entry. */
public enum TrustLevel {
    TRUSTED,
    UNTRUSTED,
    UNKNOWN
}
