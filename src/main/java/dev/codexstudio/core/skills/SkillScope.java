package dev.codexstudio.core.skills;

/** Where a skill comes from, as Codex's app-server reports it ({@code skills/list} {@code scope}). */
public enum SkillScope {
    /** A repository skill: {@code .agents/skills} or a project {@code .codex/skills}. */
    REPO("repo", 0),
    /** A user skill: {@code ~/.agents/skills} or the deprecated {@code $CODEX_HOME/skills}. */
    USER("user", 1),
    /** A skill bundled with Codex and written to {@code $CODEX_HOME/skills/.system}. */
    SYSTEM("system", 2),
    /** An administrator's skill in {@code /etc/codex/skills}. */
    ADMIN("admin", 3);

    private final String label;
    private final int rank;

    SkillScope(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    /** Codex's app-server string: {@code repo}, {@code user}, {@code system} or {@code admin}. */
    public String label() {
        return label;
    }

    /** Codex's sort rank (repo first, admin last). */
    public int rank() {
        return rank;
    }
}
