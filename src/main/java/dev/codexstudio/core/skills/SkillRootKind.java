package dev.codexstudio.core.skills;

/** Which of Codex's rules produced a skill root. */
public enum SkillRootKind {
    /** {@code <dir>/.agents/skills} for a directory between the project root and cwd. */
    AGENTS_DIRECTORY(SkillScope.REPO, "<dir>/.agents/skills", false),
    /** {@code <dir>/.codex/skills} for a project config folder (trusted or not). */
    PROJECT_CODEX_FOLDER(SkillScope.REPO, "<dir>/.codex/skills", false),
    /** {@code ~/.agents/skills}. */
    USER_AGENTS(SkillScope.USER, "~/.agents/skills", false),
    /** {@code $CODEX_HOME/skills}, deprecated, kept by Codex for backward compatibility. */
    CODEX_HOME_SKILLS(SkillScope.USER, "$CODEX_HOME/skills", true),
    /** {@code $CODEX_HOME/skills/.system}, where Codex writes its bundled skills. */
    CODEX_HOME_SYSTEM(SkillScope.SYSTEM, "$CODEX_HOME/skills/.system", false),
    /** {@code /etc/codex/skills}, the system config folder's skills. */
    ADMIN(SkillScope.ADMIN, "/etc/codex/skills", false);

    private final SkillScope scope;
    private final String pattern;
    private final boolean deprecated;

    SkillRootKind(SkillScope scope, String pattern, boolean deprecated) {
        this.scope = scope;
        this.pattern = pattern;
        this.deprecated = deprecated;
    }

    /** The scope Codex gives skills found under such a root. */
    public SkillScope scope() {
        return scope;
    }

    /** The rule as a path pattern, for display. */
    public String pattern() {
        return pattern;
    }

    /** Whether Codex calls this location deprecated. */
    public boolean deprecated() {
        return deprecated;
    }
}
