package dev.codexstudio.core.agents;

/** Where a guidance document applies: the Codex home (personal, every project) or a project directory. */
public enum GuidanceScope {
    /** {@code $CODEX_HOME/AGENTS.override.md} or {@code $CODEX_HOME/AGENTS.md}. */
    GLOBAL,
    /** A file in a directory from the project root down to the working directory. */
    PROJECT
}
