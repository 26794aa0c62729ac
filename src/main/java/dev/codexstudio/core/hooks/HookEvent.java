package dev.codexstudio.core.hooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The hook events of Codex 0.169, in the order Codex discovers and lists them (the field order of its
 * {@code HookEventsToml}). Verified against the binary's {@code hooks/list}.
 */
public enum HookEvent {
    PRE_MODEL_REQUEST("PreModelRequest", MatcherTarget.NONE, 2, false),
    POST_MODEL_REQUEST("PostModelRequest", MatcherTarget.NONE, 3, false),
    PRE_TOOL_USE("PreToolUse", MatcherTarget.TOOL_NAME, 4, true),
    PERMISSION_REQUEST("PermissionRequest", MatcherTarget.TOOL_NAME, 5, false),
    POST_TOOL_USE("PostToolUse", MatcherTarget.TOOL_NAME, 6, true),
    PRE_COMPACT("PreCompact", MatcherTarget.TRIGGER, 7, false),
    POST_COMPACT("PostCompact", MatcherTarget.TRIGGER, 8, false),
    SESSION_START("SessionStart", MatcherTarget.SOURCE, 0, true),
    SESSION_END("SessionEnd", MatcherTarget.REASON, 11, false),
    USER_PROMPT_SUBMIT("UserPromptSubmit", MatcherTarget.NONE, 1, true),
    SUBAGENT_START("SubagentStart", MatcherTarget.AGENT_TYPE, 12, true),
    SUBAGENT_STOP("SubagentStop", MatcherTarget.AGENT_TYPE, 13, false),
    STOP("Stop", MatcherTarget.NONE, 9, false),
    INTERRUPT("Interrupt", MatcherTarget.NONE, 10, false);

    /** Default timeout of a command or MCP hook, in seconds. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 600;
    /** Timeout cap for {@link #SESSION_END} and {@link #INTERRUPT} hooks, in seconds. */
    public static final long SHORT_EVENT_TIMEOUT_CAP = 3;

    private final String tomlName;
    private final MatcherTarget matcherTarget;
    private final int lifecycleOrder;
    private final boolean additionalContext;

    HookEvent(String tomlName, MatcherTarget matcherTarget, int lifecycleOrder, boolean additionalContext) {
        this.tomlName = tomlName;
        this.matcherTarget = matcherTarget;
        this.lifecycleOrder = lifecycleOrder;
        this.additionalContext = additionalContext;
    }

    /** The name used in hooks.json and TOML ({@code PreToolUse}). */
    public String tomlName() {
        return tomlName;
    }

    /** The snake_case label used in hook keys and trust hashes ({@code pre_tool_use}). */
    public String label() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tomlName.length(); i++) {
            char c = tomlName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The app-server {@code eventName} ({@code preToolUse}). */
    public String eventName() {
        return Character.toLowerCase(tomlName.charAt(0)) + tomlName.substring(1);
    }

    /** What the matcher is tested against. */
    public MatcherTarget matcherTarget() {
        return matcherTarget;
    }

    /** Whether Codex ignores (and does not validate or list) a matcher on this event. */
    public boolean ignoresMatcher() {
        return matcherTarget == MatcherTarget.NONE;
    }

    /**
     * Position in a session's lifecycle: SessionStart → UserPromptSubmit → PreModelRequest →
     * PostModelRequest → PreToolUse → PermissionRequest → PostToolUse → PreCompact → PostCompact → Stop →
     * Interrupt → SessionEnd, then the sub-agent branch (SubagentStart, SubagentStop).
     */
    public int lifecycleOrder() {
        return lifecycleOrder;
    }

    /** Whether the event belongs to the sub-agent branch of the lifecycle. */
    public boolean isSubagentBranch() {
        return this == SUBAGENT_START || this == SUBAGENT_STOP;
    }

    /** Whether hooks of this event can emit {@code additionalContext} (and so honour additionalContextLimit). */
    public boolean supportsAdditionalContext() {
        return additionalContext;
    }

    /** Whether Codex caps this event's timeout at 3 s (default 1 s): SessionEnd and Interrupt. */
    public boolean hasShortTimeout() {
        return this == SESSION_END || this == INTERRUPT;
    }

    /** Whether Codex refuses {@code mcp_tool} handlers for this event. */
    public boolean rejectsMcpTool() {
        return this == SESSION_END;
    }

    /** Whether Codex runs an {@code async} hook of this event synchronously. */
    public boolean runsAsyncSynchronously() {
        return this == SESSION_END;
    }

    /** The timeout Codex applies: default 600 s (1 s for short events), at least 1, short events capped at 3. */
    public long effectiveTimeout(Long configured) {
        if (hasShortTimeout()) {
            long t = configured == null ? 1 : configured;
            return Math.min(Math.max(t, 1), SHORT_EVENT_TIMEOUT_CAP);
        }
        long t = configured == null ? DEFAULT_TIMEOUT_SECONDS : configured;
        return Math.max(t, 1);
    }

    /** The event with this hooks.json/TOML name (case-sensitive, as Codex). */
    public static Optional<HookEvent> fromTomlName(String name) {
        return Arrays.stream(values()).filter(e -> e.tomlName.equals(name)).findFirst();
    }

    /** The event with this snake_case label. */
    public static Optional<HookEvent> fromLabel(String label) {
        return Arrays.stream(values()).filter(e -> e.label().equals(label)).findFirst();
    }

    /** The event with this app-server event name. */
    public static Optional<HookEvent> fromEventName(String eventName) {
        return Arrays.stream(values()).filter(e -> e.eventName().equals(eventName)).findFirst();
    }

    /** All events in lifecycle order. */
    public static List<HookEvent> inLifecycleOrder() {
        return Arrays.stream(values()).sorted((a, b) -> Integer.compare(a.lifecycleOrder, b.lifecycleOrder)).toList();
    }
}
