package dev.codexstudio.core.export;

/**
 * Where a file of a stack belongs. Only {@link #REPOSITORY} files are written into an exported repository;
 * the others are shown with their explanation and written to their own place only on request.
 */
public enum FileScope {
    /** Committed with the project: {@code AGENTS.md}, {@code .agents/skills}, {@code .codex/hooks.json}, {@code .codex/config.toml}, hook scripts. */
    REPOSITORY("repository", "committed with the project; everyone who clones it gets it"),
    /** The user's Codex home: profile files ({@code <name>.config.toml}), personal config, trust state. */
    USER_HOME("user home", "personal: goes in each developer's $CODEX_HOME (~/.codex), never in the repository"),
    /** Managed policy: {@code requirements.toml}, installed by an administrator. */
    MANAGED("managed policy", "installed by an administrator in the system folder (/etc/codex); Codex enforces it");

    private final String label;
    private final String explanation;

    FileScope(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** One line a newcomer can read: who owns files of this scope and where they live. */
    public String explanation() {
        return explanation;
    }
}
