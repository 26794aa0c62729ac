package dev.codexstudio.core.hooks.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.hooks.HookEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What Codex does with one hook run, by the exit-code and JSON-output rules of Codex 0.169 (see
 * {@code docs/decisions/0010-hook-dry-run.md}): exit 0 with empty output goes on; exit 0 with a JSON object is read
 * against the event's output shape (unknown or unsupported fields make the run a failure); exit 0 with other text is
 * added context for SessionStart, SubagentStart and UserPromptSubmit, a failure for synchronous Stop/SubagentStop and
 * ignored elsewhere; text that looks like JSON but does not parse is a failure; exit 2 with stderr blocks where the
 * event can block (empty stderr is a failure); any other code, a timeout or a start failure is a failure that does
 * not block. Async hooks cannot block.
 *
 * @param outcome           the decision
 * @param summary           one sentence: what Codex would do
 * @param reason            the block / deny reason the model or the user sees, or {@code null}
 * @param additionalContext context added for the model, or {@code null}
 * @param systemMessage     a warning Codex shows the user, or {@code null}
 * @param stopReason        the {@code stopReason} with {@code continue:false}, or {@code null}
 * @param updatedInput      the rewritten tool input (JSON text) of a PreToolUse {@code allow}, or {@code null}
 * @param failure           Codex's error for a failed run, or {@code null}
 * @param notes             further explanations (ignored output, truncation, async)
 */
public record HookVerdict(Outcome outcome, String summary, String reason, String additionalContext,
        String systemMessage, String stopReason, String updatedInput, String failure, List<String> notes) {

    /** What Codex does, from the strongest decision to none. */
    public enum Outcome {
        /** {@code continue:false}: Codex stops processing (the turn ends). */
        STOPPED("stopped"),
        /** The tool call, the prompt or the stop is blocked (PostToolUse: the reason goes to the model). */
        BLOCKED("blocked"),
        /** A PermissionRequest is denied. */
        DENIED("denied"),
        /** A PermissionRequest is approved without asking the user. */
        APPROVED("approved"),
        /** Text is added to the model's context. */
        CONTEXT_ADDED("context added"),
        /** Nothing to act on: Codex goes on as if the hook were not there (a PreToolUse may rewrite the input). */
        ALLOWED("allowed"),
        /** The hook failed: Codex reports the error and goes on (a failure never blocks). */
        FAILED("failure");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** Words for the user ({@code context added}, {@code failure}, …). */
        public String label() {
            return label;
        }
    }

    public HookVerdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
        notes = List.copyOf(notes);
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> UNIVERSAL = Set.of("continue", "stopReason", "suppressOutput", "systemMessage");

    /** The events where exit code 2 (with stderr) blocks or denies. */
    public static boolean exitTwoBlocks(HookEvent event) {
        return switch (event) {
            case PRE_TOOL_USE, PERMISSION_REQUEST, POST_TOOL_USE, USER_PROMPT_SUBMIT, STOP, SUBAGENT_STOP -> true;
            default -> false;
        };
    }

    /** The events where plain-text stdout becomes added context. */
    public static boolean plainTextIsContext(HookEvent event) {
        return event == HookEvent.SESSION_START || event == HookEvent.SUBAGENT_START
                || event == HookEvent.USER_PROMPT_SUBMIT;
    }

    /** Interprets one run of a handler of {@code event}; {@code async} as Codex applies it for the event. */
    public static HookVerdict interpret(HookEvent event, boolean async, HookRunResult run) {
        Builder b = new Builder(event);
        if (run.stdoutTruncated()) {
            b.note("stdout was longer than the cap and was cut: Codex would have read all of it");
        }
        if (run.stderrTruncated()) {
            b.note("stderr was longer than the cap and was cut");
        }
        HookVerdict v = synchronous(event, run, b, async);
        if (async) {
            v = asAsync(v);
        }
        return v;
    }

    private static HookVerdict synchronous(HookEvent event, HookRunResult run, Builder b, boolean async) {
        if (run.error() != null) {
            return b.failed(run.error());
        }
        if (run.exitCode() == null) {
            return b.failed("hook exited without a status code");
        }
        int code = run.exitCode();
        if (code == 0) {
            return exitZero(event, run.stdout(), b, async);
        }
        if (code == 2 && exitTwoBlocks(event) && !async) {
            String reason = run.stderr().strip();
            if (reason.isEmpty()) {
                return b.failed(event.tomlName() + " hook exited with code 2 but did not write a blocking reason to stderr");
            }
            return b.block(reason);
        }
        return b.failed("hook exited with code " + code);
    }

    private static HookVerdict exitZero(HookEvent event, String stdout, Builder b, boolean async) {
        String trimmed = stdout.strip();
        if (trimmed.isEmpty()) {
            return b.allowed("No output: Codex goes on.");
        }
        JsonNode node = parseObject(trimmed);
        if (node != null) {
            try {
                return json(event, (ObjectNode) node, b);
            } catch (Invalid e) {
                return b.failed(e.getMessage());
            }
        }
        if (looksLikeJson(stdout)) {
            return b.failed("hook returned invalid " + kebab(event) + " JSON output");
        }
        if (plainTextIsContext(event)) {
            b.context = trimmed;
            return b.build(Outcome.CONTEXT_ADDED, "Codex adds the output to the model's context.");
        }
        if ((event == HookEvent.STOP || event == HookEvent.SUBAGENT_STOP) && !async) {
            return b.failed("invalid stop hook JSON output");
        }
        b.note("plain-text stdout is ignored for " + event.tomlName() + " hooks");
        return b.allowed("Codex ignores the text and goes on.");
    }

    /** Codex tries JSON when the output starts with {@code {} or {@code [} (after leading whitespace). */
    public static boolean looksLikeJson(String stdout) {
        String t = stdout.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    private static JsonNode parseObject(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            return n != null && n.isObject() ? n : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A JSON output that does not fit the event's shape, or that Codex refuses: the run is a failure. */
    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static HookVerdict json(HookEvent event, ObjectNode o, Builder b) throws Invalid {
        String invalidShape = "hook returned invalid " + kebab(event) + " JSON output";
        Set<String> allowed = new java.util.HashSet<>(UNIVERSAL);
        allowed.addAll(topLevelFields(event));
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            if (!allowed.contains(it.next())) {
                throw new Invalid(invalidShape);
            }
        }
        boolean cont = bool(o, "continue", true, invalidShape);
        String stopReason = string(o, "stopReason", invalidShape);
        boolean suppress = bool(o, "suppressOutput", false, invalidShape);
        b.systemMessage = string(o, "systemMessage", invalidShape);
        String decision = string(o, "decision", invalidShape);
        String reason = string(o, "reason", invalidShape);
        ObjectNode specific = specific(event, o, invalidShape);
        if (suppress) {
            b.note("suppressOutput: Codex hides the hook's output from the transcript");
        }
        return switch (event) {
            case PRE_TOOL_USE -> preToolUse(b, cont, stopReason, suppress, decision, reason, specific, invalidShape);
            case PERMISSION_REQUEST -> permissionRequest(b, cont, stopReason, suppress, specific, invalidShape);
            case POST_TOOL_USE -> postToolUse(b, cont, stopReason, suppress, decision, reason, specific, invalidShape);
            case USER_PROMPT_SUBMIT, STOP, SUBAGENT_STOP -> blockDecision(event, b, cont, stopReason, decision, reason,
                    specific, invalidShape);
            case SESSION_START, SUBAGENT_START -> {
                b.context = specific == null ? null : string(specific, "additionalContext", invalidShape);
                yield universal(b, cont, stopReason);
            }
            default -> universal(b, cont, stopReason);
        };
    }

    private static Set<String> topLevelFields(HookEvent event) {
        return switch (event) {
            case PRE_TOOL_USE, POST_TOOL_USE, USER_PROMPT_SUBMIT -> Set.of("decision", "reason", "hookSpecificOutput");
            case STOP, SUBAGENT_STOP -> Set.of("decision", "reason");
            case PERMISSION_REQUEST, SESSION_START, SUBAGENT_START -> Set.of("hookSpecificOutput");
            default -> Set.of();
        };
    }

    private static Set<String> specificFields(HookEvent event) {
        return switch (event) {
            case PRE_TOOL_USE -> Set.of("hookEventName", "permissionDecision", "permissionDecisionReason", "updatedInput",
                    "additionalContext");
            case PERMISSION_REQUEST -> Set.of("hookEventName", "decision");
            case POST_TOOL_USE -> Set.of("hookEventName", "additionalContext", "updatedMCPToolOutput");
            default -> Set.of("hookEventName", "additionalContext");
        };
    }

    private static ObjectNode specific(HookEvent event, ObjectNode o, String invalid) throws Invalid {
        JsonNode s = o.get("hookSpecificOutput");
        if (s == null || s.isNull()) {
            return null;
        }
        if (!s.isObject()) {
            throw new Invalid(invalid);
        }
        Set<String> allowed = specificFields(event);
        for (Iterator<String> it = s.fieldNames(); it.hasNext();) {
            if (!allowed.contains(it.next())) {
                throw new Invalid(invalid);
            }
        }
        JsonNode name = s.get("hookEventName");
        if (name == null || !name.isTextual() || HookEvent.fromTomlName(name.asText()).isEmpty()) {
            throw new Invalid(invalid);
        }
        return (ObjectNode) s;
    }

    private static HookVerdict universal(Builder b, boolean cont, String stopReason) {
        if (!cont) {
            b.stopReason = stopReason;
            return b.build(Outcome.STOPPED, "continue:false: Codex stops processing"
                    + (stopReason == null ? "." : ": " + stopReason));
        }
        if (b.context != null) {
            return b.build(Outcome.CONTEXT_ADDED, "Codex adds the additionalContext to the model's context.");
        }
        return b.allowed("Codex goes on.");
    }

    private static HookVerdict preToolUse(Builder b, boolean cont, String stopReason, boolean suppress, String decision,
            String reason, ObjectNode specific, String invalid) throws Invalid {
        if (!cont) {
            throw new Invalid("PreToolUse hook returned unsupported continue:false");
        }
        if (stopReason != null) {
            throw new Invalid("PreToolUse hook returned unsupported stopReason");
        }
        if (suppress) {
            throw new Invalid("PreToolUse hook returned unsupported suppressOutput");
        }
        String permission = specific == null ? null : enumValue(specific, "permissionDecision",
                Set.of("allow", "deny", "ask"), invalid);
        String permissionReason = specific == null ? null : string(specific, "permissionDecisionReason", invalid);
        JsonNode updated = specific == null ? null : nonNull(specific.get("updatedInput"));
        b.context = specific == null ? null : string(specific, "additionalContext", invalid);
        String legacy = decision == null ? null : checkEnum(decision, Set.of("approve", "block"), invalid);
        boolean useSpecific = permission != null || permissionReason != null || updated != null;
        if (useSpecific) {
            if (updated != null && !"allow".equals(permission)) {
                throw new Invalid("PreToolUse hook returned updatedInput without permissionDecision:allow");
            }
            if ("allow".equals(permission)) {
                if (updated == null) {
                    throw new Invalid("PreToolUse hook returned unsupported permissionDecision:allow");
                }
                b.updatedInput = updated.toString();
                return b.build(Outcome.ALLOWED, "Codex runs the tool with the rewritten input.");
            }
            if ("ask".equals(permission)) {
                throw new Invalid("PreToolUse hook returned unsupported permissionDecision:ask");
            }
            if ("deny".equals(permission)) {
                String r = trimmed(permissionReason);
                if (r == null) {
                    throw new Invalid("PreToolUse hook returned permissionDecision:deny without a non-empty "
                            + "permissionDecisionReason");
                }
                return b.block(r);
            }
            throw new Invalid("PreToolUse hook returned permissionDecisionReason without permissionDecision");
        }
        if ("approve".equals(legacy)) {
            throw new Invalid("PreToolUse hook returned unsupported decision:approve");
        }
        if ("block".equals(legacy)) {
            String r = trimmed(reason);
            if (r == null) {
                throw new Invalid("PreToolUse hook returned decision:block without a non-empty reason");
            }
            return b.block(r);
        }
        if (reason != null) {
            throw new Invalid("PreToolUse hook returned reason without decision");
        }
        return universal(b, true, null);
    }

    private static HookVerdict permissionRequest(Builder b, boolean cont, String stopReason, boolean suppress,
            ObjectNode specific, String invalid) throws Invalid {
        if (!cont) {
            throw new Invalid("PermissionRequest hook returned unsupported continue:false");
        }
        if (stopReason != null) {
            throw new Invalid("PermissionRequest hook returned unsupported stopReason");
        }
        if (suppress) {
            throw new Invalid("PermissionRequest hook returned unsupported suppressOutput");
        }
        JsonNode d = specific == null ? null : nonNull(specific.get("decision"));
        if (d == null) {
            return b.allowed("No decision: Codex asks you as usual.");
        }
        if (!d.isObject()) {
            throw new Invalid(invalid);
        }
        ObjectNode decision = (ObjectNode) d;
        for (Iterator<String> it = decision.fieldNames(); it.hasNext();) {
            if (!Set.of("behavior", "updatedInput", "updatedPermissions", "message", "interrupt").contains(it.next())) {
                throw new Invalid(invalid);
            }
        }
        JsonNode behaviorNode = decision.get("behavior");
        if (behaviorNode == null || !behaviorNode.isTextual()) {
            throw new Invalid(invalid);
        }
        String behavior = checkEnum(behaviorNode.asText(), Set.of("allow", "deny"), invalid);
        String message = string(decision, "message", invalid);
        boolean interrupt = bool(decision, "interrupt", false, invalid);
        if (nonNull(decision.get("updatedInput")) != null) {
            throw new Invalid("PermissionRequest hook returned unsupported updatedInput");
        }
        if (nonNull(decision.get("updatedPermissions")) != null) {
            throw new Invalid("PermissionRequest hook returned unsupported updatedPermissions");
        }
        if (interrupt) {
            throw new Invalid("PermissionRequest hook returned unsupported interrupt:true");
        }
        if (behavior.equals("allow")) {
            return b.build(Outcome.APPROVED, "Codex approves the request without asking you.");
        }
        String m = trimmed(message);
        return b.block(m == null ? "PermissionRequest hook denied approval" : m);
    }

    private static HookVerdict postToolUse(Builder b, boolean cont, String stopReason, boolean suppress, String decision,
            String reason, ObjectNode specific, String invalid) throws Invalid {
        if (suppress) {
            throw new Invalid("PostToolUse hook returned unsupported suppressOutput");
        }
        if (decision != null) {
            checkEnum(decision, Set.of("block"), invalid);
        }
        if (specific != null && nonNull(specific.get("updatedMCPToolOutput")) != null) {
            throw new Invalid("PostToolUse hook returned unsupported updatedMCPToolOutput");
        }
        b.context = specific == null ? null : string(specific, "additionalContext", invalid);
        boolean block = "block".equals(decision);
        if (block && trimmed(reason) == null) {
            throw new Invalid("PostToolUse hook returned decision:block without a non-empty reason");
        }
        if (!block && cont && reason != null) {
            throw new Invalid("PostToolUse hook returned reason without decision");
        }
        if (!cont) {
            return universal(b, false, stopReason);
        }
        if (block) {
            return b.block(reason.strip());
        }
        return universal(b, true, null);
    }

    private static HookVerdict blockDecision(HookEvent event, Builder b, boolean cont, String stopReason, String decision,
            String reason, ObjectNode specific, String invalid) throws Invalid {
        if (decision != null) {
            checkEnum(decision, Set.of("block"), invalid);
        }
        if (specific != null) {
            b.context = string(specific, "additionalContext", invalid);
        }
        if (!cont) {
            return universal(b, false, stopReason);
        }
        if ("block".equals(decision)) {
            String r = trimmed(reason);
            if (r == null) {
                throw new Invalid(event.tomlName() + " hook returned decision:block without a non-empty reason");
            }
            return b.block(r);
        }
        return universal(b, true, null);
    }

    /** An async hook cannot block: Codex does not wait for it, so a decision in its output is not applied. */
    private static HookVerdict asAsync(HookVerdict v) {
        List<String> notes = new ArrayList<>(v.notes());
        switch (v.outcome()) {
            case STOPPED, BLOCKED, DENIED, APPROVED -> {
                notes.add("async hooks cannot block: Codex does not wait for this one and ignores its "
                        + v.outcome().label() + " decision");
                return new HookVerdict(Outcome.ALLOWED, "Async hook: Codex goes on without waiting.", v.reason(), null,
                        v.systemMessage(), v.stopReason(), null, null, notes);
            }
            case CONTEXT_ADDED -> notes.add("async hook: the context arrives when the hook finishes, not before this step");
            case ALLOWED -> {
                if (v.updatedInput() != null) {
                    notes.add("async hooks cannot rewrite the tool input: Codex ran the tool as it was");
                    return new HookVerdict(Outcome.ALLOWED, "Async hook: Codex goes on without waiting.", null,
                            v.additionalContext(), v.systemMessage(), null, null, null, notes);
                }
                notes.add("async hook: Codex goes on without waiting for it");
            }
            case FAILED -> notes.add("async hook: the failure is reported when it finishes");
            default -> {
            }
        }
        return new HookVerdict(v.outcome(), v.summary(), v.reason(), v.additionalContext(), v.systemMessage(),
                v.stopReason(), v.updatedInput(), v.failure(), notes);
    }

    private static JsonNode nonNull(JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }

    private static String string(JsonNode o, String field, String invalid) throws Invalid {
        JsonNode n = nonNull(o.get(field));
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            throw new Invalid(invalid);
        }
        return n.asText();
    }

    private static boolean bool(JsonNode o, String field, boolean dflt, String invalid) throws Invalid {
        JsonNode n = o.get(field);
        if (n == null) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw new Invalid(invalid);
        }
        return n.asBoolean();
    }

    private static String enumValue(JsonNode o, String field, Set<String> values, String invalid) throws Invalid {
        String s = string(o, field, invalid);
        return s == null ? null : checkEnum(s, values, invalid);
    }

    private static String checkEnum(String s, Set<String> values, String invalid) throws Invalid {
        if (!values.contains(s)) {
            throw new Invalid(invalid);
        }
        return s;
    }

    private static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** {@code pre-tool-use}, as in Codex's "hook returned invalid pre-tool-use JSON output". */
    static String kebab(HookEvent event) {
        return event.label().replace('_', '-');
    }

    private static final class Builder {
        final HookEvent event;
        final List<String> notes = new ArrayList<>();
        String context;
        String systemMessage;
        String stopReason;
        String updatedInput;

        Builder(HookEvent event) {
            this.event = event;
        }

        void note(String n) {
            notes.add(n);
        }

        HookVerdict build(Outcome outcome, String summary) {
            return new HookVerdict(outcome, summary, null, context, systemMessage, stopReason, updatedInput, null, notes);
        }

        HookVerdict allowed(String summary) {
            if (context != null) {
                return build(Outcome.CONTEXT_ADDED, "Codex adds the additionalContext to the model's context.");
            }
            return build(Outcome.ALLOWED, summary);
        }

        HookVerdict failed(String error) {
            return new HookVerdict(Outcome.FAILED, "The hook failed: Codex reports the error and goes on (not blocking).",
                    null, null, systemMessage, null, null, error, notes);
        }

        HookVerdict block(String reason) {
            Outcome o = event == HookEvent.PERMISSION_REQUEST ? Outcome.DENIED : Outcome.BLOCKED;
            String summary = switch (event) {
                case PRE_TOOL_USE -> "Codex blocks the tool call; the model is told why.";
                case PERMISSION_REQUEST -> "Codex denies the request without asking you.";
                case POST_TOOL_USE -> "The tool already ran; Codex gives the reason to the model as feedback.";
                case USER_PROMPT_SUBMIT -> "Codex blocks the prompt: it is not sent to the model.";
                case STOP, SUBAGENT_STOP -> "Codex does not stop: it goes on with the reason as the next prompt.";
                default -> "Codex blocks.";
            };
            return new HookVerdict(o, summary, reason, context, systemMessage, null, null, null, notes);
        }
    }
}
