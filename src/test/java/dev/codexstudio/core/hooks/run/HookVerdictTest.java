package dev.codexstudio.core.hooks.run;

import static dev.codexstudio.core.hooks.HookEvent.PERMISSION_REQUEST;
import static dev.codexstudio.core.hooks.HookEvent.POST_COMPACT;
import static dev.codexstudio.core.hooks.HookEvent.POST_TOOL_USE;
import static dev.codexstudio.core.hooks.HookEvent.PRE_COMPACT;
import static dev.codexstudio.core.hooks.HookEvent.PRE_TOOL_USE;
import static dev.codexstudio.core.hooks.HookEvent.SESSION_END;
import static dev.codexstudio.core.hooks.HookEvent.SESSION_START;
import static dev.codexstudio.core.hooks.HookEvent.STOP;
import static dev.codexstudio.core.hooks.HookEvent.SUBAGENT_START;
import static dev.codexstudio.core.hooks.HookEvent.SUBAGENT_STOP;
import static dev.codexstudio.core.hooks.HookEvent.USER_PROMPT_SUBMIT;
import static dev.codexstudio.core.hooks.run.HookVerdict.Outcome.ALLOWED;
import static dev.codexstudio.core.hooks.run.HookVerdict.Outcome.APPROVED;
import static dev.codexstudio.core.hooks.run.HookVerdict.Outcome.BLOCKED;
import static dev.codexstudio.core.hooks.run.HookVerdict.Outcome.CONTEXT_ADDED;
import static dev.codexstudio.core.hooks.run.HookVerdict.Outcome.DENIED;
import static dev.codexstudio.core.hooks.run.HookVerdict.Outcome.FAILED;
import static dev.codexstudio.core.hooks.run.HookVerdict.Outcome.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.run.HookVerdict.Outcome;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The verdict interpreter, event × exit code × output, against the rules of codex-formats.md §2. */
class HookVerdictTest {

    private static final String DENY = "{\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\",\"permissionDecision\":"
            + "\"deny\",\"permissionDecisionReason\":\"no releases from a laptop\"}}";

    /**
     * event, async, exit code, stdout, stderr, expected outcome, expected text: the reason (blocked/denied), the
     * context (context added), the failure message (failure), or the stop reason (stopped); null = none.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                // exit 0, empty or plain output
                row(PRE_TOOL_USE, false, 0, "", "", ALLOWED, null),
                row(PRE_TOOL_USE, false, 0, "  \n", "noise", ALLOWED, null),
                row(PRE_TOOL_USE, false, 0, "looks fine to me\n", "", ALLOWED, null),
                row(SESSION_START, false, 0, "Python 3.12, uv 0.5\n", "", CONTEXT_ADDED, "Python 3.12, uv 0.5"),
                row(SUBAGENT_START, false, 0, "be brief", "", CONTEXT_ADDED, "be brief"),
                row(USER_PROMPT_SUBMIT, false, 0, "Today is Friday.", "", CONTEXT_ADDED, "Today is Friday."),
                row(STOP, false, 0, "all good", "", FAILED, "invalid stop hook JSON output"),
                row(SUBAGENT_STOP, false, 0, "all good", "", FAILED, "invalid stop hook JSON output"),
                row(STOP, true, 0, "all good", "", ALLOWED, null),
                row(POST_COMPACT, false, 0, "compacted", "", ALLOWED, null),
                // exit 0, malformed or mis-shaped JSON
                row(PRE_TOOL_USE, false, 0, "{\"decision\": ", "", FAILED, "hook returned invalid pre-tool-use JSON output"),
                row(PRE_TOOL_USE, false, 0, "[1, 2]", "", FAILED, "hook returned invalid pre-tool-use JSON output"),
                row(SESSION_START, false, 0, "{not json}", "", FAILED, "hook returned invalid session-start JSON output"),
                row(PRE_TOOL_USE, false, 0, "{\"decisoin\":\"block\"}", "", FAILED, "invalid pre-tool-use JSON output"),
                row(STOP, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"Stop\"}}", "", FAILED,
                        "invalid stop JSON output"),
                row(PRE_TOOL_USE, false, 0, "{\"continue\":\"no\"}", "", FAILED, "invalid pre-tool-use JSON output"),
                row(PRE_TOOL_USE, false, 0, "{} trailing", "", FAILED, "invalid pre-tool-use JSON output"),
                row(PRE_TOOL_USE, false, 0, "{\"hookSpecificOutput\":{\"permissionDecision\":\"deny\"}}", "", FAILED,
                        "invalid pre-tool-use JSON output"),
                // PreToolUse decisions
                row(PRE_TOOL_USE, false, 0, DENY, "", BLOCKED, "no releases from a laptop"),
                row(PRE_TOOL_USE, false, 0, "{\"decision\":\"block\",\"reason\":\" use the CI \"}", "", BLOCKED, "use the CI"),
                row(PRE_TOOL_USE, false, 0, "{\"decision\":\"block\"}", "", FAILED,
                        "PreToolUse hook returned decision:block without a non-empty reason"),
                row(PRE_TOOL_USE, false, 0, "{\"decision\":\"approve\"}", "", FAILED,
                        "PreToolUse hook returned unsupported decision:approve"),
                row(PRE_TOOL_USE, false, 0, "{\"reason\":\"x\"}", "", FAILED, "PreToolUse hook returned reason without decision"),
                row(PRE_TOOL_USE, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\",\"permissionDecision\":\"ask\"}}",
                        "", FAILED, "PreToolUse hook returned unsupported permissionDecision:ask"),
                row(PRE_TOOL_USE, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\",\"permissionDecision\":\"allow\"}}",
                        "", FAILED, "PreToolUse hook returned unsupported permissionDecision:allow"),
                row(PRE_TOOL_USE, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\",\"permissionDecision\":\"deny\"}}",
                        "", FAILED, "permissionDecision:deny without a non-empty permissionDecisionReason"),
                row(PRE_TOOL_USE, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\",\"updatedInput\":{\"command\":\"ls\"}}}",
                        "", FAILED, "PreToolUse hook returned updatedInput without permissionDecision:allow"),
                row(PRE_TOOL_USE, false, 0, "{\"continue\":false,\"stopReason\":\"halt\"}", "", FAILED,
                        "PreToolUse hook returned unsupported continue:false"),
                row(PRE_TOOL_USE, false, 0, "{\"stopReason\":\"halt\"}", "", FAILED, "PreToolUse hook returned unsupported stopReason"),
                row(PRE_TOOL_USE, false, 0, "{\"suppressOutput\":true}", "", FAILED,
                        "PreToolUse hook returned unsupported suppressOutput"),
                row(PRE_TOOL_USE, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\",\"additionalContext\":\"ran in CI\"}}",
                        "", CONTEXT_ADDED, "ran in CI"),
                row(PRE_TOOL_USE, false, 0, "{\"systemMessage\":\"careful\"}", "", ALLOWED, null),
                // exit 2
                row(PRE_TOOL_USE, false, 2, "", "rm -rf is not allowed\n", BLOCKED, "rm -rf is not allowed"),
                row(PRE_TOOL_USE, false, 2, DENY, "   ", FAILED,
                        "PreToolUse hook exited with code 2 but did not write a blocking reason to stderr"),
                row(PERMISSION_REQUEST, false, 2, "", "ask a maintainer", DENIED, "ask a maintainer"),
                row(POST_TOOL_USE, false, 2, "", "lint: E501 line too long", BLOCKED, "lint: E501 line too long"),
                row(USER_PROMPT_SUBMIT, false, 2, "", "the prompt contains a secret", BLOCKED, "the prompt contains a secret"),
                row(STOP, false, 2, "", "tests fail: fix them", BLOCKED, "tests fail: fix them"),
                row(SUBAGENT_STOP, false, 2, "", "not done", BLOCKED, "not done"),
                row(SESSION_START, false, 2, "", "nope", FAILED, "hook exited with code 2"),
                row(PRE_COMPACT, false, 2, "", "nope", FAILED, "hook exited with code 2"),
                row(PRE_TOOL_USE, true, 2, "", "blocked?", FAILED, "hook exited with code 2"),
                // other exit codes
                row(PRE_TOOL_USE, false, 1, DENY, "Traceback", FAILED, "hook exited with code 1"),
                row(STOP, false, 127, "", "python3: not found", FAILED, "hook exited with code 127"),
                // PermissionRequest JSON
                row(PERMISSION_REQUEST, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PermissionRequest\",\"decision\":{\"behavior\":\"allow\"}}}",
                        "", APPROVED, null),
                row(PERMISSION_REQUEST, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PermissionRequest\",\"decision\":{\"behavior\":\"deny\",\"message\":\"not on main\"}}}",
                        "", DENIED, "not on main"),
                row(PERMISSION_REQUEST, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PermissionRequest\",\"decision\":{\"behavior\":\"deny\"}}}",
                        "", DENIED, "PermissionRequest hook denied approval"),
                row(PERMISSION_REQUEST, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PermissionRequest\",\"decision\":{\"behavior\":\"allow\",\"updatedInput\":{}}}}",
                        "", FAILED, "PermissionRequest hook returned unsupported updatedInput"),
                row(PERMISSION_REQUEST, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PermissionRequest\",\"decision\":{\"behavior\":\"allow\",\"updatedPermissions\":[]}}}",
                        "", FAILED, "PermissionRequest hook returned unsupported updatedPermissions"),
                row(PERMISSION_REQUEST, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PermissionRequest\",\"decision\":{\"behavior\":\"deny\",\"interrupt\":true}}}",
                        "", FAILED, "PermissionRequest hook returned unsupported interrupt:true"),
                row(PERMISSION_REQUEST, false, 0, "{\"continue\":false}", "", FAILED,
                        "PermissionRequest hook returned unsupported continue:false"),
                row(PERMISSION_REQUEST, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PermissionRequest\",\"decision\":{\"behavior\":\"maybe\"}}}",
                        "", FAILED, "invalid permission-request JSON output"),
                // PostToolUse JSON
                row(POST_TOOL_USE, false, 0, "{\"decision\":\"block\",\"reason\":\"E501 in a.py\"}", "", BLOCKED, "E501 in a.py"),
                row(POST_TOOL_USE, false, 0, "{\"decision\":\"block\",\"reason\":\"  \"}", "", FAILED,
                        "PostToolUse hook returned decision:block without a non-empty reason"),
                row(POST_TOOL_USE, false, 0, "{\"reason\":\"x\"}", "", FAILED, "PostToolUse hook returned reason without decision"),
                row(POST_TOOL_USE, false, 0, "{\"continue\":false,\"stopReason\":\"build broken\",\"reason\":\"x\"}", "", STOPPED,
                        "build broken"),
                row(POST_TOOL_USE, false, 0, "{\"suppressOutput\":true}", "", FAILED,
                        "PostToolUse hook returned unsupported suppressOutput"),
                row(POST_TOOL_USE, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PostToolUse\",\"updatedMCPToolOutput\":{}}}",
                        "", FAILED, "PostToolUse hook returned unsupported updatedMCPToolOutput"),
                row(POST_TOOL_USE, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PostToolUse\",\"additionalContext\":\"3 warnings\"}}",
                        "", CONTEXT_ADDED, "3 warnings"),
                // UserPromptSubmit, Stop, SessionStart JSON
                row(USER_PROMPT_SUBMIT, false, 0, "{\"decision\":\"block\",\"reason\":\"contains an API key\"}", "", BLOCKED,
                        "contains an API key"),
                row(USER_PROMPT_SUBMIT, false, 0, "{\"decision\":\"block\"}", "", FAILED,
                        "UserPromptSubmit hook returned decision:block without a non-empty reason"),
                row(USER_PROMPT_SUBMIT, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"UserPromptSubmit\",\"additionalContext\":\"ticket ABC-1\"}}",
                        "", CONTEXT_ADDED, "ticket ABC-1"),
                row(USER_PROMPT_SUBMIT, false, 0, "{\"continue\":false,\"stopReason\":\"maintenance\"}", "", STOPPED, "maintenance"),
                row(STOP, false, 0, "{\"decision\":\"block\",\"reason\":\"run the tests first\"}", "", BLOCKED,
                        "run the tests first"),
                row(STOP, false, 0, "{\"decision\":\"block\",\"reason\":\"\"}", "", FAILED,
                        "Stop hook returned decision:block without a non-empty reason"),
                row(STOP, false, 0, "{\"decision\":\"allow\"}", "", FAILED, "invalid stop JSON output"),
                row(STOP, false, 0, "{}", "", ALLOWED, null),
                row(SESSION_START, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"SessionStart\",\"additionalContext\":\"on branch main\"}}",
                        "", CONTEXT_ADDED, "on branch main"),
                row(SESSION_START, false, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"Bogus\",\"additionalContext\":\"x\"}}",
                        "", FAILED, "invalid session-start JSON output"),
                row(SESSION_START, false, 0, "{\"continue\":false,\"stopReason\":\"wrong machine\"}", "", STOPPED, "wrong machine"),
                row(SESSION_END, false, 0, "{\"decision\":\"block\",\"reason\":\"x\"}", "", FAILED, "invalid session-end JSON output"),
                // async hooks cannot block
                row(PRE_TOOL_USE, true, 0, DENY, "", ALLOWED, null),
                row(STOP, true, 0, "{\"decision\":\"block\",\"reason\":\"more\"}", "", ALLOWED, null),
                row(PERMISSION_REQUEST, true, 0, "{\"hookSpecificOutput\":{\"hookEventName\":\"PermissionRequest\",\"decision\":{\"behavior\":\"allow\"}}}",
                        "", ALLOWED, null),
                row(POST_TOOL_USE, true, 1, "", "", FAILED, "hook exited with code 1"));
    }

    private static Arguments row(HookEvent event, boolean async, int exit, String stdout, String stderr, Outcome outcome,
            String text) {
        return Arguments.of(event, async, exit, stdout, stderr, outcome, text);
    }

    @ParameterizedTest(name = "{0} async={1} exit {2} stdout={3}")
    @MethodSource("cases")
    void verdict(HookEvent event, boolean async, int exit, String stdout, String stderr, Outcome outcome, String text) {
        HookVerdict v = HookVerdict.interpret(event, async, HookRunResult.exited(exit, stdout, stderr));
        assertThat(v.outcome()).as(v.toString()).isEqualTo(outcome);
        String actual = switch (outcome) {
            case BLOCKED, DENIED -> v.reason();
            case CONTEXT_ADDED -> v.additionalContext();
            case FAILED -> v.failure();
            case STOPPED -> v.stopReason();
            default -> null;
        };
        if (text == null) {
            assertThat(actual).as(v.toString()).isNull();
        } else if (outcome == FAILED) {
            assertThat(actual).as(v.toString()).contains(text);
        } else {
            assertThat(actual).as(v.toString()).isEqualTo(text);
        }
        assertThat(v.summary()).isNotBlank();
    }

    @Test
    void timeoutsAndStartFailuresAreFailuresThatDoNotBlock() {
        HookVerdict t = HookVerdict.interpret(PRE_TOOL_USE, false, HookRunResult.timedOut(5, DENY, "", Duration.ofSeconds(5)));
        assertThat(t.outcome()).isEqualTo(FAILED);
        assertThat(t.failure()).isEqualTo("hook timed out after 5s");
        HookVerdict s = HookVerdict.interpret(STOP, false, new HookRunResult(null, "", "", Duration.ZERO, false, false, false,
                "failed to start hook: No such file or directory"));
        assertThat(s.outcome()).isEqualTo(FAILED);
        assertThat(s.failure()).startsWith("failed to start hook");
    }

    @Test
    void keepsTheSystemMessageTheRewrittenInputAndNotes() {
        HookVerdict v = HookVerdict.interpret(PRE_TOOL_USE, false, HookRunResult.exited(0,
                "{\"systemMessage\":\"rewrote rm to trash\",\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\","
                        + "\"permissionDecision\":\"allow\",\"updatedInput\":{\"command\":\"trash a.txt\"}}}", ""));
        assertThat(v.outcome()).isEqualTo(ALLOWED);
        assertThat(v.updatedInput()).isEqualTo("{\"command\":\"trash a.txt\"}");
        assertThat(v.systemMessage()).isEqualTo("rewrote rm to trash");
        HookVerdict async = HookVerdict.interpret(PRE_TOOL_USE, true, HookRunResult.exited(0, DENY, ""));
        assertThat(async.notes()).anySatisfy(n -> assertThat(n).contains("async hooks cannot block"));
        HookVerdict cut = HookVerdict.interpret(PRE_TOOL_USE, false,
                new HookRunResult(0, "", "", Duration.ZERO, false, true, false, null));
        assertThat(cut.notes()).anySatisfy(n -> assertThat(n).contains("cut"));
    }
}
