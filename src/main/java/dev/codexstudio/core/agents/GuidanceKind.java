package dev.codexstudio.core.agents;

/** Which candidate name a guidance document has, in Codex's order of preference within a directory. */
public enum GuidanceKind {
    /** {@code AGENTS.override.md}: wins over AGENTS.md in its directory (even when empty). */
    OVERRIDE,
    /** {@code AGENTS.md}. */
    AGENTS,
    /** A {@code project_doc_fallback_filenames} entry, used only when neither of the above exists. */
    FALLBACK
}
