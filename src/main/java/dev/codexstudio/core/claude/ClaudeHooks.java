package dev.codexstudio.core.claude;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.claude.Jsonc.Arr;
import dev.codexstudio.core.claude.Jsonc.Bool;
import dev.codexstudio.core.claude.Jsonc.Num;
import dev.codexstudio.core.claude.Jsonc.Obj;
import dev.codexstudio.core.claude.Jsonc.Str;
import dev.codexstudio.core.claude.Jsonc.Value;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookMatcher;
import dev.codexstudio.core.hooks.MatcherTarget;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Converts the {@code hooks} of Claude Code settings files into Codex's {@code hooks.json} groups. Events, matchers
 * and handler fields follow Codex 0.169 (see {@link HookEvent}, {@link HookMatcher}): Claude's file-editing tools
 * become {@code apply_patch}, {@code Bash} stays {@code Bash}, {@code mcp__…} names are kept, and every event, tool,
 * matcher filter or field Codex lacks becomes a warning at its line instead of being dropped silently.
 */
public final class ClaudeHooks {

    /** Claude Code's tools that Codex hooks see as {@code apply_patch}. */
    static final Set<String> EDIT_TOOLS = Set.of("Write", "Edit", "MultiEdit", "NotebookEdit");
    /** Claude Code's sub-agent tool (renamed from Task to Agent); Codex's is {@code spawn_agent}. */
    static final Set<String> AGENT_TOOLS = Set.of("Task", "Agent");
    /** Tool names of Codex's own that a Claude file may already use. */
    static final Set<String> CODEX_TOOLS = Set.of("apply_patch", "spawn_agent");
    /** Claude Code's built-in tools that Codex has no hookable counterpart for, with why. */
    static final Map<String, String> UNSUPPORTED_TOOLS = unsupportedTools();
    /** Claude Code's hook events that Codex 0.169 does not have. */
    static final Map<String, String> CLAUDE_ONLY_EVENTS = claudeOnlyEvents();

    static final Pattern PROJECT_DIR = Pattern.compile("\\$\\{CLAUDE_PROJECT_DIR(:-[^}]*)?}|\\$CLAUDE_PROJECT_DIR\\b");
    static final Pattern CLAUDE_VAR = Pattern.compile("\\$\\{?(CLAUDE_[A-Z0-9_]+)");
    static final Pattern ABSOLUTE_CLAUDE_PATH = Pattern.compile("(?<![\\w.}$])(?:/[^\\s\"'/]+)+/\\.claude/");
    static final Pattern CLAUDE_INPUT_FIELDS = Pattern.compile("\\b(file_path|old_string|new_string|notebook_path)\\b");
    private static final Pattern RULE_FORM = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\((.*)\\)");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final Set<String> HANDLER_FIELDS = Set.of("type", "command", "timeout", "async", "statusMessage");

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Map<HookEvent, ArrayNode> events = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final String projectDirExpression;
    private int handlers;

    /**
     * @param projectDirExpression the shell expression that gives the project folder in Codex (replaces
     *                             {@code $CLAUDE_PROJECT_DIR}), e.g. {@code $(git rev-parse --show-toplevel)}
     */
    public ClaudeHooks(String projectDirExpression) {
        this.projectDirExpression = projectDirExpression;
    }

    /** The converted groups by Codex event, in the order they were first seen. */
    public Map<HookEvent, ArrayNode> events() {
        return events;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Number of handlers converted. */
    public int handlerCount() {
        return handlers;
    }

    /** Converts the {@code hooks} object of one settings file. */
    public void convert(Obj hooksObject) {
        for (Map.Entry<String, Value> e : hooksObject.members().entrySet()) {
            String name = e.getKey();
            SourcePosition at = hooksObject.keyPosition(name);
            var event = HookEvent.fromTomlName(name);
            if (event.isEmpty()) {
                String why = CLAUDE_ONLY_EVENTS.get(name);
                if (why != null) {
                    diagnostics.add(Diagnostic.warning("claude/event-unsupported", at,
                            "Codex has no `" + name + "` hook event; " + count(e.getValue()) + " not imported.")
                            .withHint(why));
                } else {
                    diagnostics.add(Diagnostic.warning("claude/event-unknown", at,
                            "`" + name + "` is not a hook event of Claude Code or Codex; it was not imported.")
                            .withHint("Codex's events: " + String.join(", ", HookEvent.inLifecycleOrder().stream()
                                    .map(HookEvent::tomlName).toList()) + "."));
                }
                continue;
            }
            if (!(e.getValue() instanceof Arr groups)) {
                diagnostics.add(Diagnostic.warning("claude/hooks-shape", e.getValue().position(),
                        "`" + name + "` must be a list of matcher groups, found " + Jsonc.typeName(e.getValue())
                                + "; it was not imported."));
                continue;
            }
            for (Value g : groups.items()) {
                convertGroup(event.get(), g);
            }
        }
    }

    private static String count(Value v) {
        if (v instanceof Arr a) {
            int n = 0;
            for (Value g : a.items()) {
                if (g instanceof Obj o && o.get("hooks").orElse(null) instanceof Arr h) {
                    n += h.items().size();
                }
            }
            return n == 1 ? "its hook was" : "its " + n + " hooks were";
        }
        return "its hooks were";
    }

    private void convertGroup(HookEvent event, Value g) {
        if (!(g instanceof Obj group)) {
            diagnostics.add(Diagnostic.warning("claude/hooks-shape", g.position(),
                    "A matcher group must be an object, found " + Jsonc.typeName(g) + "; it was not imported."));
            return;
        }
        String matcher = null;
        boolean hasMatcher = false;
        Value mv = group.members().get("matcher");
        if (mv != null && !(mv instanceof Jsonc.Null)) {
            if (!(mv instanceof Str s)) {
                diagnostics.add(Diagnostic.warning("claude/hooks-shape", mv.position(),
                        "`matcher` must be a string, found " + Jsonc.typeName(mv) + "; the group was not imported."));
                return;
            }
            matcher = s.value();
            hasMatcher = true;
        }
        for (String key : group.members().keySet()) {
            if (!key.equals("matcher") && !key.equals("hooks")) {
                diagnostics.add(Diagnostic.warning("claude/field-unsupported", group.keyPosition(key),
                        "Codex matcher groups have no `" + key + "` field; it was not imported."));
            }
        }
        SourcePosition matcherAt = hasMatcher ? group.keyPosition("matcher") : group.position();
        String codexMatcher;
        if (event.ignoresMatcher()) {
            if (hasMatcher && !HookMatcher.of(matcher).kind().equals(HookMatcher.Kind.ALL)) {
                diagnostics.add(Diagnostic.info("claude/matcher-ignored", matcherAt,
                        "Codex ignores matchers on " + event.tomlName() + " (as Claude Code does); `" + matcher
                                + "` was left out."));
            }
            codexMatcher = null;
        } else if (event.matcherTarget() == MatcherTarget.TOOL_NAME) {
            MatcherMapping m = mapToolMatcher(hasMatcher ? matcher : null, matcherAt, group);
            if (m == null) {
                return;
            }
            codexMatcher = m.matcher;
        } else {
            codexMatcher = hasMatcher ? matcher : null;
            checkValueMatcher(event, codexMatcher, matcherAt);
            if (codexMatcher != null && HookMatcher.of(codexMatcher).kind() == HookMatcher.Kind.INVALID) {
                diagnostics.add(Diagnostic.warning("claude/matcher-invalid", matcherAt,
                        "Codex cannot compile the matcher `" + codexMatcher + "` ("
                                + HookMatcher.of(codexMatcher).error() + "); the group was not imported."));
                return;
            }
        }
        Value hv = group.members().get("hooks");
        if (!(hv instanceof Arr list)) {
            diagnostics.add(Diagnostic.warning("claude/hooks-shape", hv == null ? group.position() : hv.position(),
                    "The matcher group has no `hooks` list; it was not imported."));
            return;
        }
        ArrayNode converted = nodes.arrayNode();
        for (Value h : list.items()) {
            ObjectNode handler = convertHandler(event, h, codexMatcher);
            if (handler != null) {
                converted.add(handler);
            }
        }
        if (converted.isEmpty()) {
            if (!list.items().isEmpty()) {
                diagnostics.add(Diagnostic.warning("claude/group-empty", group.position(),
                        "No handler of this " + event.tomlName() + " group can run in Codex; the group was not imported."));
            }
            return;
        }
        ObjectNode out = nodes.objectNode();
        if (codexMatcher != null) {
            out.put("matcher", codexMatcher);
        }
        out.set("hooks", converted);
        events.computeIfAbsent(event, k -> nodes.arrayNode()).add(out);
        handlers += converted.size();
    }

    /** SessionStart, PreCompact/PostCompact, SessionEnd, SubagentStart/Stop: values Codex matches against. */
    private void checkValueMatcher(HookEvent event, String matcher, SourcePosition at) {
        if (matcher == null || HookMatcher.of(matcher).kind() == HookMatcher.Kind.ALL) {
            return;
        }
        List<String> values = switch (event.matcherTarget()) {
            case SOURCE -> List.of("startup", "resume", "clear", "compact");
            case TRIGGER -> List.of("manual", "auto");
            case REASON -> List.of("other");
            default -> List.of();
        };
        if (event.matcherTarget() == MatcherTarget.AGENT_TYPE) {
            diagnostics.add(Diagnostic.warning("claude/matcher-agent-type", at,
                    "The matcher `" + matcher + "` names Claude Code agent types; Codex matches it against its own "
                            + "sub-agents' `agent_type`, which has different names.")
                    .withHint("Check the agent types your Codex setup spawns, or remove the matcher."));
            return;
        }
        HookMatcher m = HookMatcher.of(matcher);
        boolean any = values.stream().anyMatch(m::matches);
        if (!any) {
            String what = event == HookEvent.SESSION_END
                    ? "Codex always reports the reason `other` for SessionEnd"
                    : "Codex tests this " + event.tomlName() + " matcher against " + String.join(", ", values);
            diagnostics.add(Diagnostic.warning("claude/matcher-never-matches", at,
                    "The matcher `" + matcher + "` never matches in Codex: " + what + ".")
                    .withHint("Use `*` (or remove the matcher) to run the hook every time."));
        }
    }

    private record MatcherMapping(String matcher) {
    }

    /** Maps a tool matcher; {@code null} when nothing of it is left (the group is dropped, with a warning). */
    private MatcherMapping mapToolMatcher(String matcher, SourcePosition at, Obj group) {
        if (matcher == null || HookMatcher.of(matcher).kind() == HookMatcher.Kind.ALL) {
            return new MatcherMapping(matcher);
        }
        List<String> alternatives = splitAlternatives(matcher);
        Set<String> names = new LinkedHashSet<>();
        List<String> regexes = new ArrayList<>();
        Set<String> unsupported = new LinkedHashSet<>();
        List<String> mapped = new ArrayList<>();
        for (String alt : alternatives) {
            String a = alt.trim();
            Matcher rule = RULE_FORM.matcher(a);
            if (rule.matches() && !a.startsWith("mcp__")) {
                String tool = rule.group(1);
                String codex = mapName(tool, at, unsupported, mapped);
                diagnostics.add(Diagnostic.warning("claude/matcher-argument-filter", at,
                        "`" + a + "` filters by the tool's arguments (`" + rule.group(2) + "`), which Codex matchers "
                                + "cannot express: they test only the tool name."
                                + (codex == null ? "" : " It was imported as `" + codex + "`, so the hook now runs for "
                                        + "every " + codex + " call."))
                        .withHint("Make the script check `tool_input` (the JSON on stdin) and exit 0 when the call "
                                + "does not concern it, or remove the group."));
                if (codex != null) {
                    names.add(codex);
                }
                continue;
            }
            if (PLAIN_NAME.matcher(a).matches()) {
                String codex = mapName(a, at, unsupported, mapped);
                if (codex != null) {
                    names.add(codex);
                }
                continue;
            }
            if (a.contains("mcp__")) {
                regexes.add(a);
                continue;
            }
            Pattern p;
            try {
                p = Pattern.compile(a);
            } catch (PatternSyntaxException ex) {
                diagnostics.add(Diagnostic.warning("claude/matcher-invalid", at,
                        "`" + a + "` is not a valid regular expression; it was left out of the matcher."));
                continue;
            }
            List<String> hits = claudeTools().stream().filter(t -> p.matcher(t).find()).toList();
            if (hits.size() == claudeTools().size()) {
                diagnostics.add(Diagnostic.info("claude/tool-mapped", at,
                        "`" + a + "` matches every tool; imported as `*`."));
                return new MatcherMapping("*");
            }
            if (hits.isEmpty()) {
                diagnostics.add(Diagnostic.warning("claude/tool-unknown", at,
                        "`" + a + "` matches no Claude Code tool; it was left out of the matcher."));
                continue;
            }
            for (String t : hits) {
                String codex = mapName(t, at, unsupported, mapped);
                if (codex != null) {
                    names.add(codex);
                }
            }
        }
        if (!unsupported.isEmpty()) {
            List<String> why = unsupported.stream().map(UNSUPPORTED_TOOLS::get).distinct().toList();
            diagnostics.add(Diagnostic.warning("claude/tool-unsupported", at,
                    "Codex has no hookable tool for Claude Code's " + String.join(", ", unsupported)
                            + "; left out of the matcher `" + matcher + "`.")
                    .withHint(String.join(" ", why)));
        }
        String result = joinMatcher(names, regexes);
        if (result == null) {
            diagnostics.add(Diagnostic.warning("claude/matcher-empty", at,
                    "Nothing of the matcher `" + matcher + "` exists in Codex, so the group would never run; it was "
                            + "not imported.")
                    .withHint("Codex hooks see shell commands as `Bash`, file edits as `apply_patch` and MCP tools "
                            + "as `mcp__<server>__<tool>`."));
            return null;
        }
        if (HookMatcher.of(result).kind() == HookMatcher.Kind.INVALID) {
            diagnostics.add(Diagnostic.warning("claude/matcher-invalid", at,
                    "Codex cannot compile the matcher `" + result + "` (" + HookMatcher.of(result).error()
                            + "); the group was not imported.")
                    .withHint("Codex uses Rust regular expressions: no look-around or back-references."));
            return null;
        }
        if (!result.equals(matcher)) {
            diagnostics.add(Diagnostic.info("claude/tool-mapped", at,
                    "Matcher `" + matcher + "` imported as `" + result + "`"
                            + (mapped.isEmpty() ? "" : " (" + String.join(", ", mapped) + ")") + "."));
        }
        if (names.contains("apply_patch")) {
            for (Value h : group.get("hooks").filter(Arr.class::isInstance).map(Arr.class::cast).map(Arr::items)
                    .orElse(List.of())) {
                if (h instanceof Obj o && o.get("command").orElse(null) instanceof Str c
                        && CLAUDE_INPUT_FIELDS.matcher(c.value()).find()) {
                    Matcher fm = CLAUDE_INPUT_FIELDS.matcher(c.value());
                    fm.find();
                    diagnostics.add(Diagnostic.warning("claude/tool-input", c.position(),
                            "The command reads `" + fm.group(1) + "` from Claude's Write/Edit input; Codex sends "
                                    + "apply_patch's own input (a patch), which has no such field.")
                            .withHint("Read the file names from the patch, or run the check on `git diff --name-only`."));
                }
            }
        }
        return new MatcherMapping(result);
    }

    /** The Codex name of a Claude tool, or {@code null} when Codex has none (added to {@code unsupported}). */
    private String mapName(String tool, SourcePosition at, Set<String> unsupported, List<String> mapped) {
        if (tool.equals("Bash") || CODEX_TOOLS.contains(tool) || tool.startsWith("mcp__")) {
            return tool;
        }
        if (EDIT_TOOLS.contains(tool)) {
            mapped.add(tool + " → apply_patch");
            return "apply_patch";
        }
        if (AGENT_TOOLS.contains(tool)) {
            mapped.add(tool + " → spawn_agent");
            diagnostics.add(Diagnostic.warning("claude/tool-agent", at,
                    "Claude Code's `" + tool + "` tool became Codex's `spawn_agent`; its input differs (Claude's "
                            + "`subagent_type`, `prompt` and `description` do not exist there).")
                    .withHint("Check what the hook reads from `tool_input`."));
            return "spawn_agent";
        }
        if (UNSUPPORTED_TOOLS.containsKey(tool)) {
            unsupported.add(tool);
            return null;
        }
        diagnostics.add(Diagnostic.warning("claude/tool-unknown", at,
                "`" + tool + "` is not a Claude Code tool the studio knows; it was kept as written, and Codex runs the "
                        + "hook only for a tool of exactly that name."));
        return tool;
    }

    private static String joinMatcher(Set<String> names, List<String> regexes) {
        if (names.isEmpty() && regexes.isEmpty()) {
            return null;
        }
        boolean plain = names.stream().allMatch(n -> PLAIN_NAME.matcher(n).matches());
        if (regexes.isEmpty() && plain) {
            return String.join("|", names);
        }
        List<String> pieces = new ArrayList<>();
        if (!names.isEmpty()) {
            pieces.add("^(?:" + String.join("|", names.stream().map(ClaudeHooks::escape).toList()) + ")$");
        }
        if (pieces.isEmpty() && regexes.size() == 1) {
            return regexes.get(0);
        }
        for (String r : regexes) {
            pieces.add("(?:" + r + ")");
        }
        return String.join("|", pieces);
    }

    private static String escape(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            if ("\\.+*?()|[]{}^$#&-~".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Splits a matcher at {@code |} outside parentheses and brackets. */
    static List<String> splitAlternatives(String matcher) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < matcher.length(); i++) {
            char c = matcher.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '|' && depth == 0) {
                out.add(matcher.substring(start, i));
                start = i + 1;
            }
        }
        out.add(matcher.substring(start));
        return out.stream().filter(s -> !s.isBlank()).toList();
    }

    private ObjectNode convertHandler(HookEvent event, Value h, String matcher) {
        if (!(h instanceof Obj o)) {
            diagnostics.add(Diagnostic.warning("claude/hooks-shape", h.position(),
                    "A hook handler must be an object, found " + Jsonc.typeName(h) + "; it was not imported."));
            return null;
        }
        String type = o.get("type").filter(Str.class::isInstance).map(v -> ((Str) v).value()).orElse(null);
        if (type == null) {
            diagnostics.add(Diagnostic.warning("claude/hooks-shape", o.position(),
                    "The hook handler has no `type`; it was not imported."));
            return null;
        }
        if (!type.equals("command")) {
            String why = switch (type) {
                case "prompt", "agent" -> "Codex parses `" + type + "` hooks but skips them (\"" + type
                        + " hooks are not supported yet\").";
                case "http" -> "Codex has no HTTP hooks; call the endpoint from a command hook (e.g. with curl).";
                default -> "Codex knows only `command` and `mcp_tool` hooks.";
            };
            diagnostics.add(Diagnostic.warning("claude/handler-type-unsupported", o.keyPosition("type"),
                    "A `" + type + "` hook cannot run in Codex; it was not imported.").withHint(why));
            return null;
        }
        Value cv = o.members().get("command");
        if (!(cv instanceof Str commandValue) || commandValue.value().isEmpty()) {
            diagnostics.add(Diagnostic.warning("claude/hooks-shape", o.position(),
                    "The command hook has no `command` string; it was not imported."));
            return null;
        }
        ObjectNode out = nodes.objectNode();
        out.put("type", "command");
        out.put("command", command(commandValue));
        for (Map.Entry<String, Value> f : o.members().entrySet()) {
            String key = f.getKey();
            Value v = f.getValue();
            SourcePosition at = o.keyPosition(key);
            switch (key) {
                case "type", "command" -> {
                }
                case "timeout" -> timeout(event, v, at, out);
                case "async" -> {
                    if (v instanceof Bool b) {
                        if (b.value()) {
                            if (event.runsAsyncSynchronously()) {
                                diagnostics.add(Diagnostic.warning("claude/handler-async", at,
                                        "Codex runs " + event.tomlName() + " hooks synchronously; `async` is ignored."));
                            }
                            out.put("async", true);
                        }
                    } else {
                        diagnostics.add(Diagnostic.warning("claude/hooks-shape", at,
                                "`async` must be true or false; it was not imported."));
                    }
                }
                case "statusMessage" -> {
                    if (v instanceof Str s) {
                        out.put("statusMessage", s.value());
                    } else {
                        diagnostics.add(Diagnostic.warning("claude/hooks-shape", at,
                                "`statusMessage` must be a string; it was not imported."));
                    }
                }
                case "if" -> diagnostics.add(Diagnostic.warning("claude/handler-if", at,
                        "Codex hooks have no `if` condition" + (v instanceof Str s ? " (`" + s.value() + "`)" : "")
                                + "; the hook now runs for every " + (matcher == null ? event.tomlName() : "`" + matcher
                                        + "`") + " call.")
                        .withHint("Make the script check `tool_input` (the JSON on stdin) and exit 0 when the call "
                                + "does not concern it."));
                case "once" -> diagnostics.add(Diagnostic.warning("claude/field-unsupported", at,
                        "Codex hooks have no `once` field; the hook runs every time its event fires."));
                default -> diagnostics.add(Diagnostic.warning("claude/field-unsupported", at,
                        "Codex hooks have no `" + key + "` field; it was not imported."));
            }
        }
        if (event.hasShortTimeout() && !out.has("timeout")) {
            diagnostics.add(Diagnostic.info("claude/timeout-short-event", o.position(),
                    "Codex gives " + event.tomlName() + " hooks 1 s by default (at most 3 s)."));
        }
        return out;
    }

    private void timeout(HookEvent event, Value v, SourcePosition at, ObjectNode out) {
        if (!(v instanceof Num n)) {
            diagnostics.add(Diagnostic.warning("claude/hooks-shape", at,
                    "`timeout` must be a number of seconds, found " + Jsonc.typeName(v) + "; it was not imported."));
            return;
        }
        BigDecimal seconds = n.value();
        long value;
        if (seconds.signum() <= 0) {
            diagnostics.add(Diagnostic.warning("claude/timeout", at,
                    "A timeout of " + n.text() + " s is below Codex's minimum of 1 s; imported as 1."));
            value = 1;
        } else {
            BigDecimal up = seconds.setScale(0, RoundingMode.CEILING);
            if (up.compareTo(seconds) != 0) {
                diagnostics.add(Diagnostic.warning("claude/timeout", at,
                        "Codex timeouts are whole seconds; " + n.text() + " was rounded up to " + up.toPlainString() + "."));
            }
            value = up.min(BigDecimal.valueOf(Long.MAX_VALUE)).longValueExact();
        }
        if (value >= 1000 && value % 1000 == 0) {
            diagnostics.add(Diagnostic.warning("claude/timeout-milliseconds", at,
                    "The timeout " + value + " looks like milliseconds, but Claude Code and Codex both read seconds ("
                            + (value / 60) + " minutes).")
                    .withHint("If you meant " + (value / 1000) + " s, write `\"timeout\": " + (value / 1000) + "`."));
        }
        if (event.hasShortTimeout() && value > HookEvent.SHORT_EVENT_TIMEOUT_CAP) {
            diagnostics.add(Diagnostic.warning("claude/timeout-short-event", at,
                    "Codex caps " + event.tomlName() + " hooks at " + HookEvent.SHORT_EVENT_TIMEOUT_CAP + " s; the "
                            + "timeout of " + value + " s was imported as " + HookEvent.SHORT_EVENT_TIMEOUT_CAP + " s."));
            value = HookEvent.SHORT_EVENT_TIMEOUT_CAP;
        }
        out.put("timeout", value);
    }

    /** The command for Codex: {@code $CLAUDE_PROJECT_DIR} defined from git, other Claude variables flagged. */
    private String command(Str value) {
        String cmd = value.value();
        SourcePosition at = value.position();
        String out = cmd;
        if (PROJECT_DIR.matcher(cmd).find()) {
            out = "export CLAUDE_PROJECT_DIR=\"" + projectDirExpression + "\"; " + cmd;
            diagnostics.add(Diagnostic.warning("claude/project-dir", at,
                    "Codex does not set $CLAUDE_PROJECT_DIR; the command now defines it first as `"
                            + projectDirExpression + "` (Codex runs hooks in the session's working directory).")
                    .withHint("Scripts that read other Claude Code variables need the same treatment."));
        }
        Set<String> others = new LinkedHashSet<>();
        Matcher m = CLAUDE_VAR.matcher(cmd);
        while (m.find()) {
            if (!m.group(1).equals("CLAUDE_PROJECT_DIR")) {
                others.add(m.group(1));
            }
        }
        if (!others.isEmpty()) {
            diagnostics.add(Diagnostic.warning("claude/env-var", at,
                    "Codex does not set " + String.join(", ", others.stream().map(s -> "$" + s).toList())
                            + " for hooks; the command will see " + (others.size() == 1 ? "it" : "them") + " empty.")
                    .withHint("Read the hook input from the JSON on stdin instead (tool_name, tool_input, cwd, …)."));
        }
        Matcher abs = ABSOLUTE_CLAUDE_PATH.matcher(cmd);
        if (abs.find()) {
            diagnostics.add(Diagnostic.warning("claude/absolute-path", at,
                    "The command uses the absolute path `" + abs.group() + "`, which exists only on the machine the "
                            + "setup was written on.")
                    .withHint("Use a path relative to the repository, e.g. \"$(git rev-parse --show-toplevel)/.claude/…\"."));
        }
        return out;
    }

    /** Every Claude Code tool name the studio knows. */
    static List<String> claudeTools() {
        List<String> all = new ArrayList<>(List.of("Bash"));
        all.addAll(List.of("Write", "Edit", "MultiEdit", "NotebookEdit", "Task", "Agent"));
        all.addAll(UNSUPPORTED_TOOLS.keySet());
        return all;
    }

    private static Map<String, String> unsupportedTools() {
        Map<String, String> m = new LinkedHashMap<>();
        String files = "Codex reads and searches files with shell commands, which its hooks see as `Bash`.";
        for (String t : List.of("Read", "Glob", "Grep", "LS", "NotebookRead")) {
            m.put(t, files);
        }
        String web = "Codex's web search is not a tool its hooks can match.";
        m.put("WebFetch", web);
        m.put("WebSearch", web);
        String plan = "Codex keeps its plan with `update_plan`, whose input differs; it was not mapped.";
        m.put("TodoWrite", plan);
        m.put("TodoRead", plan);
        String shell = "Codex has no separate tools for background shells.";
        m.put("BashOutput", shell);
        m.put("KillShell", shell);
        m.put("KillBash", shell);
        String ui = "This Claude Code tool has no Codex counterpart.";
        for (String t : List.of("ExitPlanMode", "EnterPlanMode", "AskUserQuestion", "Skill", "SlashCommand",
                "ToolSearch", "LSP", "TaskCreate", "TaskUpdate", "TaskList", "TaskGet", "TaskOutput", "TaskStop",
                "EnterWorktree", "ExitWorktree", "CronCreate", "CronDelete", "CronList", "Monitor")) {
            m.put(t, ui);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> claudeOnlyEvents() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Notification", "Codex's closest feature is `notify` in the user config (~/.codex/config.toml), "
                + "which runs a program when a turn completes; Codex does not allow it in project config.");
        m.put("PostToolUseFailure", "Use PostToolUse and check the tool response in the script.");
        m.put("PermissionDenied", "Codex reports no denied permissions to hooks.");
        m.put("StopFailure", "Codex runs Stop hooks only when a turn ends normally.");
        m.put("UserPromptExpansion", "Codex has no prompt expansion event.");
        m.put("Setup", "Run the script from SessionStart with the matcher `startup` instead.");
        for (String e : List.of("TeammateIdle", "TaskCreated", "TaskCompleted", "ConfigChange", "CwdChanged",
                "FileChanged", "WorktreeCreate", "WorktreeRemove", "InstructionsLoaded", "Elicitation",
                "ElicitationResult", "PostToolBatch")) {
            m.put(e, "This Claude Code event has no Codex counterpart.");
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
