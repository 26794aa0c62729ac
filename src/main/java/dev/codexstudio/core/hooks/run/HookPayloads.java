package dev.codexstudio.core.hooks.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookMatcher;
import dev.codexstudio.core.hooks.MatcherTarget;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The stdin JSON Codex sends a command hook, per event (fields of Codex's {@code *.command.input.schema.json}), with
 * realistic defaults the user edits before a dry run: a {@code Bash} command for PreToolUse and PermissionRequest, an
 * {@code apply_patch} for PostToolUse, a prompt for UserPromptSubmit, …
 */
public final class HookPayloads {

    /** The session id of every default payload (Codex sends a UUID). */
    public static final String SESSION_ID = "0199a0c3-5f1e-7c52-9d3b-2f6e8a41b7d0";
    /** The turn id of every default payload. */
    public static final String TURN_ID = "0199a0c3-6a20-7e11-8c4f-5b9d2e7a1c36";
    /** The model of a default payload when the configuration names none. */
    public static final String DEFAULT_MODEL = "gpt-5-codex";
    /** A small patch in Codex's apply_patch format. */
    public static final String SAMPLE_PATCH = "*** Begin Patch\n*** Update File: README.md\n@@\n-Old line\n+New line\n"
            + "*** End Patch\n";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HookPayloads() {
    }

    /**
     * The default payload for {@code event} run from {@code cwd}.
     *
     * @param toolName for tool events, the tool (default {@code Bash}, PostToolUse {@code apply_patch}); ignored
     *                 otherwise
     * @param model    the configured model, or {@code null} for {@link #DEFAULT_MODEL}
     */
    public static ObjectNode defaultPayload(HookEvent event, Path cwd, String toolName, String model) {
        ObjectNode o = JSON.createObjectNode();
        String m = model == null || model.isBlank() ? DEFAULT_MODEL : model;
        o.put("session_id", SESSION_ID);
        if (event == HookEvent.SESSION_END) {
            o.put("transcript_path", transcript(cwd));
            o.put("cwd", cwd.toString());
            o.put("hook_event_name", event.tomlName());
            o.put("reason", "other");
            return o;
        }
        if (event != HookEvent.SESSION_START) {
            o.put("turn_id", TURN_ID);
        }
        if (event.isSubagentBranch()) {
            o.put("agent_id", "agent-1");
            o.put("agent_type", "default");
        }
        o.put("transcript_path", transcript(cwd));
        o.put("cwd", cwd.toString());
        o.put("hook_event_name", event.tomlName());
        o.put("model", m);
        o.put("permission_mode", "default");
        switch (event) {
            case PRE_TOOL_USE -> tool(o, toolName == null ? "Bash" : toolName, false);
            case PERMISSION_REQUEST -> {
                String t = toolName == null ? "Bash" : toolName;
                o.put("tool_name", t);
                ObjectNode in = o.putObject("tool_input");
                if (isShell(t)) {
                    in.put("command", "cargo test --workspace");
                    in.put("description", "Run the test suite outside the sandbox");
                }
            }
            case POST_TOOL_USE -> {
                String t = toolName == null ? "apply_patch" : toolName;
                tool(o, t, true);
            }
            case USER_PROMPT_SUBMIT -> o.put("prompt", "Add a unit test for the date parser and run the tests.");
            case SESSION_START -> o.put("source", "startup");
            case PRE_COMPACT, POST_COMPACT -> o.put("trigger", "manual");
            case STOP, SUBAGENT_STOP -> {
                o.put("stop_hook_active", false);
                o.put("last_assistant_message", "I added the test and all tests pass.");
                if (event == HookEvent.SUBAGENT_STOP) {
                    o.put("agent_transcript_path", cwd.resolve(".codex-transcripts/agent-1.jsonl").toString());
                }
            }
            default -> {
            }
        }
        return o;
    }

    private static String transcript(Path cwd) {
        return Path.of(System.getProperty("user.home", "/tmp"), ".codex", "sessions", "2026", "12", "03",
                "rollout-2026-12-03T10-00-00-" + SESSION_ID + ".jsonl").toString();
    }

    private static boolean isShell(String tool) {
        return HookMatcher.hookToolNames(tool).contains("Bash");
    }

    private static void tool(ObjectNode o, String toolName, boolean post) {
        o.put("tool_name", toolName);
        ObjectNode in = o.putObject("tool_input");
        if (isShell(toolName)) {
            in.put("command", post ? "cargo test --workspace" : "git status --short");
        } else if (toolName.equals("apply_patch")) {
            in.put("command", SAMPLE_PATCH);
        }
        if (post) {
            if (toolName.equals("apply_patch")) {
                o.put("tool_response", "Success. Updated the following files:\nM README.md\n");
            } else if (isShell(toolName)) {
                o.put("tool_response", "test result: ok. 42 passed; 0 failed\n");
            } else {
                o.putObject("tool_response");
            }
        }
        o.put("tool_use_id", "call_7Qm2v8XyZ1");
    }

    /** Pretty JSON (two-space indentation, a final newline), as saved in sample files. */
    public static String render(JsonNode node) {
        try {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(pp).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload text the user edited, parsed: must be one JSON object. */
    public static ObjectNode parse(String text) throws InvalidPayloadException {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject()) {
                throw new InvalidPayloadException("the payload must be a JSON object");
            }
            return (ObjectNode) n;
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            var loc = e.getLocation();
            throw new InvalidPayloadException(loc == null ? msg
                    : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + msg);
        }
    }

    /** Payload text that is not a JSON object. */
    public static final class InvalidPayloadException extends Exception {
        public InvalidPayloadException(String message) {
            super(message);
        }
    }

    /**
     * The value Codex tests the event's matchers against, read from the payload: {@code tool_name}, {@code source},
     * {@code trigger}, {@code agent_type} or {@code reason}; empty when the event ignores matchers or the field is
     * missing.
     */
    public static Optional<String> matcherValue(HookEvent event, JsonNode payload) {
        String field = switch (event.matcherTarget()) {
            case TOOL_NAME -> "tool_name";
            case SOURCE -> "source";
            case TRIGGER -> "trigger";
            case AGENT_TYPE -> "agent_type";
            case REASON -> "reason";
            case NONE -> null;
        };
        if (field == null) {
            return Optional.empty();
        }
        JsonNode v = payload.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** Whether {@code event}'s matchers test tool names. */
    public static boolean matchesTools(HookEvent event) {
        return event.matcherTarget() == MatcherTarget.TOOL_NAME;
    }
}
