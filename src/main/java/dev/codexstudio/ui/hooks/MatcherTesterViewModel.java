package dev.codexstudio.ui.hooks;

import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookMatcher;
import dev.codexstudio.core.hooks.MatcherTarget;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The live matcher tester: for an event and a matcher, whether a value (a tool name such as {@code Bash},
 * {@code apply_patch} or {@code mcp__server__tool}, a session source, a compaction trigger, an agent type) is
 * selected, with Codex's rules from core {@link HookMatcher}: omitted, {@code ""} and {@code *} match everything,
 * {@code [A-Za-z0-9_|]} only is an exact name list, anything else an unanchored Rust regex; tool names also
 * match under their hook aliases; events that ignore matchers run every hook.
 */
public final class MatcherTesterViewModel {

    /** The outcome for one value. */
    public record Result(String value, boolean matches, String explanation) {
    }

    private final ObjectProperty<HookEvent> event = new SimpleObjectProperty<>(HookEvent.PRE_TOOL_USE);
    private final StringProperty matcher = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("Bash");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();

    public MatcherTesterViewModel() {
        event.addListener((o, a, b) -> update());
        matcher.addListener((o, a, b) -> update());
        value.addListener((o, a, b) -> update());
        update();
    }

    public ObjectProperty<HookEvent> eventProperty() {
        return event;
    }

    /** The matcher as written; null or "" when omitted. */
    public StringProperty matcherProperty() {
        return matcher;
    }

    /** The value to test. */
    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result result() {
        return result.get();
    }

    private void update() {
        HookEvent e = event.get();
        result.set(e == null ? new Result(value.get(), false, "Choose an event.") : test(e, matcher.get(), value.get()));
    }

    /** Which field of the hook input the event's matcher is tested against, as a sentence. */
    public static String targetText(HookEvent e) {
        return switch (e.matcherTarget()) {
            case TOOL_NAME -> "Tested against the tool name (Bash, apply_patch, mcp__<server>__<tool>, …).";
            case SOURCE -> "Tested against the session source: startup, resume, clear or compact.";
            case TRIGGER -> "Tested against the compaction trigger: manual or auto.";
            case AGENT_TYPE -> "Tested against the sub-agent's agent_type.";
            case REASON -> "Tested against the end reason (Codex always reports \"other\").";
            case NONE -> e.tomlName() + " ignores matchers: every hook of the event runs.";
        };
    }

    /** Values worth trying for an event's matcher target. */
    public static List<String> samples(HookEvent e) {
        return switch (e.matcherTarget()) {
            case TOOL_NAME -> List.of("Bash", "apply_patch", "Edit", "Write", "spawn_agent", "mcp__server__tool",
                    "web_search");
            case SOURCE -> List.of("startup", "resume", "clear", "compact");
            case TRIGGER -> List.of("manual", "auto");
            case AGENT_TYPE -> List.of("default", "worker", "explorer");
            case REASON -> List.of("other");
            case NONE -> List.of();
        };
    }

    /** Tests one value exactly as Codex selects hooks for an event. */
    public static Result test(HookEvent e, String pattern, String value) {
        String v = value == null ? "" : value;
        if (e.ignoresMatcher()) {
            return new Result(v, true, e.tomlName() + " ignores matchers: this hook runs for every " + e.tomlName() + ".");
        }
        String p = pattern == null || pattern.isEmpty() ? null : pattern;
        HookMatcher m = HookMatcher.of(p);
        if (m.kind() == HookMatcher.Kind.INVALID) {
            return new Result(v, false, "Invalid regex: Codex skips this group. " + m.error());
        }
        if (v.isEmpty()) {
            return new Result(v, false, "Type a " + e.matcherTarget().label() + " to test.");
        }
        boolean tool = e.matcherTarget() == MatcherTarget.TOOL_NAME;
        List<String> names = tool ? HookMatcher.hookToolNames(v) : List.of(v);
        String hit = names.stream().filter(m::matches).findFirst().orElse(null);
        String how = switch (m.kind()) {
            case ALL -> p == null ? "No matcher: matches every " + e.matcherTarget().label() + "."
                    : "\"" + p + "\" matches every " + e.matcherTarget().label() + ".";
            case NAMES -> "Exact names (" + String.join(", ", p.split("\\|", -1)) + "): whole names only, case-sensitive.";
            case REGEX -> "Rust regex, unanchored (use ^…$ for a whole name).";
            case INVALID -> "";
        };
        String alias = "";
        if (tool && names.size() > 1 || tool && !names.get(0).equals(v)) {
            alias = " " + v + " is matched as " + String.join(", ", names) + ".";
        }
        if (hit == null) {
            return new Result(v, false, "No match. " + how + alias);
        }
        return new Result(v, true, (hit.equals(v) ? "Matches " + v : "Matches as " + hit) + ". " + how + alias);
    }
}
