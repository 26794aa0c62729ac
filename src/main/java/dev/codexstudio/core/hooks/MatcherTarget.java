package dev.codexstudio.core.hooks;

/** What a hook event's {@code matcher} is tested against. */
public enum MatcherTarget {
    /** The tool name ({@code Bash}, {@code apply_patch}, {@code mcp__server__tool}, …). */
    TOOL_NAME("tool name"),
    /** How the session started: {@code startup}, {@code resume}, {@code clear} or {@code compact}. */
    SOURCE("source"),
    /** What triggered compaction: {@code manual} or {@code auto}. */
    TRIGGER("trigger"),
    /** The sub-agent's {@code agent_type}. */
    AGENT_TYPE("agent_type"),
    /** Why the session ended (Codex always reports {@code other}). */
    REASON("reason"),
    /** Nothing: the matcher is ignored for this event. */
    NONE("nothing");

    private final String label;

    MatcherTarget(String label) {
        this.label = label;
    }

    /** Words for messages: "tool name", "source", …, "nothing". */
    public String label() {
        return label;
    }
}
