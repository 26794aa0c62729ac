package dev.codexstudio.core.hooks.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.model.CodexEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Selecting handlers by matcher, running them and combining their verdicts, on a real user hooks.json. */
@DisabledOnOs(OS.WINDOWS)
class HookDryRunTest {

    @TempDir
    Path tmp;
    Path home;
    Path project;
    final HookRunner runner = new HookRunner(new HookShell(false, Map.of("SHELL", "/bin/sh")), 1 << 16, Map.of());

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(tmp.resolve("codex-home"));
        project = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    private HookCatalog catalog(String hooksJson) throws Exception {
        Files.writeString(home.resolve("hooks.json"), hooksJson);
        return HookDiscovery.discover(ConfigStackLoader.load(new CodexEnvironment(home, tmp.resolve("user"),
                tmp.resolve("no-etc"), null), project));
    }

    private static String group(String matcher, String... commands) {
        StringBuilder sb = new StringBuilder("{");
        if (matcher != null) {
            sb.append("\"matcher\":\"").append(matcher).append("\",");
        }
        sb.append("\"hooks\":[");
        for (int i = 0; i < commands.length; i++) {
            sb.append(i > 0 ? "," : "").append("{\"type\":\"command\",\"command\":\"").append(commands[i])
                    .append("\",\"timeout\":5}");
        }
        return sb.append("]}").toString();
    }

    @Test
    void onlyGroupsWhoseMatcherSelectsTheToolRunAndTheStrongestDecisionWins() throws Exception {
        HookCatalog c = catalog("{\"hooks\":{\"PreToolUse\":[" + group("Bash", "echo shell >&2; exit 2") + ","
                + group("Edit|Write", "echo edit >&2; exit 2") + "," + group(null, "exit 0") + ","
                + group("^mcp__", "exit 1") + "]}}");
        ObjectNode bash = HookPayloads.defaultPayload(HookEvent.PRE_TOOL_USE, project, "Bash", null);
        HookDryRun.Report r = HookDryRun.run(runner, c.entries(), HookEvent.PRE_TOOL_USE, bash, project);
        assertThat(r.matcherValue()).isEqualTo("Bash");
        assertThat(r.runs()).extracting(x -> x.entry().command()).containsExactly("echo shell >&2; exit 2", "exit 0");
        assertThat(r.combined().outcome()).isEqualTo(HookVerdict.Outcome.BLOCKED);
        assertThat(r.combined().reason()).isEqualTo("shell");
        assertThat(r.runs().get(0).codexWouldSkip()).hasValueSatisfying(s -> assertThat(s).startsWith("untrusted"));

        ObjectNode patch = HookPayloads.defaultPayload(HookEvent.PRE_TOOL_USE, project, "apply_patch", null);
        HookDryRun.Report p = HookDryRun.run(runner, c.entries(), HookEvent.PRE_TOOL_USE, patch, project);
        assertThat(p.runs()).extracting(x -> x.entry().command()).containsExactly("echo edit >&2; exit 2", "exit 0");
        assertThat(p.combined().reason()).isEqualTo("edit");

        ObjectNode mcp = HookPayloads.defaultPayload(HookEvent.PRE_TOOL_USE, project, "mcp__github__create_issue", null);
        HookDryRun.Report m = HookDryRun.run(runner, c.entries(), HookEvent.PRE_TOOL_USE, mcp, project);
        assertThat(m.runs()).extracting(x -> x.entry().command()).containsExactly("exit 0", "exit 1");
        assertThat(m.combined().outcome()).isEqualTo(HookVerdict.Outcome.ALLOWED);
        assertThat(m.combined().failures()).isEqualTo(1);
        assertThat(m.combined().summary()).contains("1 hook failed (not blocking)");
    }

    @Test
    void contextsAddUpAndFailuresNeverBlock() throws Exception {
        HookCatalog c = catalog("{\"hooks\":{\"SessionStart\":[" + group("startup", "echo one", "echo two") + ","
                + group("resume", "echo resumed") + "," + group(null, "exit 3") + "]}}");
        ObjectNode start = HookPayloads.defaultPayload(HookEvent.SESSION_START, project, null, null);
        HookDryRun.Report r = HookDryRun.run(runner, c.entries(), HookEvent.SESSION_START, start, project);
        assertThat(r.matcherValue()).isEqualTo("startup");
        assertThat(r.runs()).hasSize(3);
        assertThat(r.combined().outcome()).isEqualTo(HookVerdict.Outcome.CONTEXT_ADDED);
        assertThat(r.combined().contexts()).containsExactly("one", "two");
        assertThat(r.combined().failures()).isEqualTo(1);
    }

    @Test
    void noMatchingHandlerAndEveryHandlerFailing() throws Exception {
        HookCatalog c = catalog("{\"hooks\":{\"Stop\":[" + group("ignored-for-stop", "exit 1") + "]}}");
        ObjectNode stop = HookPayloads.defaultPayload(HookEvent.STOP, project, null, null);
        HookDryRun.Report r = HookDryRun.run(runner, c.entries(), HookEvent.STOP, stop, project);
        assertThat(r.matcherValue()).isNull();
        assertThat(r.runs()).hasSize(1);
        assertThat(r.combined().summary()).startsWith("Every hook failed");
        HookDryRun.Report none = HookDryRun.run(runner, c.entries(), HookEvent.PRE_TOOL_USE,
                HookPayloads.defaultPayload(HookEvent.PRE_TOOL_USE, project, null, null), project);
        assertThat(none.runs()).isEmpty();
        assertThat(none.combined().summary()).isEqualTo("No hook ran: Codex goes on.");
    }

    @Test
    void defaultPayloadsCarryTheReferenceFields() {
        ObjectNode pre = HookPayloads.defaultPayload(HookEvent.PRE_TOOL_USE, project, null, "o3");
        assertThat(pre.properties()).extracting(Map.Entry::getKey).containsExactly("session_id", "turn_id",
                "transcript_path", "cwd", "hook_event_name", "model", "permission_mode", "tool_name", "tool_input",
                "tool_use_id");
        assertThat(pre.get("tool_name").asText()).isEqualTo("Bash");
        assertThat(pre.get("model").asText()).isEqualTo("o3");
        assertThat(pre.get("cwd").asText()).isEqualTo(project.toString());
        ObjectNode post = HookPayloads.defaultPayload(HookEvent.POST_TOOL_USE, project, null, null);
        assertThat(post.get("tool_name").asText()).isEqualTo("apply_patch");
        assertThat(post.get("tool_input").get("command").asText()).startsWith("*** Begin Patch");
        assertThat(post.has("tool_response")).isTrue();
        assertThat(HookPayloads.defaultPayload(HookEvent.USER_PROMPT_SUBMIT, project, null, null).get("prompt").asText())
                .isNotBlank();
        ObjectNode end = HookPayloads.defaultPayload(HookEvent.SESSION_END, project, null, null);
        assertThat(end.properties()).extracting(Map.Entry::getKey).containsExactly("session_id", "transcript_path",
                "cwd", "hook_event_name", "reason");
        ObjectNode subStop = HookPayloads.defaultPayload(HookEvent.SUBAGENT_STOP, project, null, null);
        assertThat(subStop.has("agent_transcript_path") && subStop.has("stop_hook_active") && subStop.has("agent_type"))
                .isTrue();
        assertThat(HookPayloads.defaultPayload(HookEvent.SESSION_START, project, null, null).has("turn_id")).isFalse();
    }

    @Test
    void samplesAreSavedPerEventInTheProject() throws Exception {
        String json = HookPayloads.render(HookPayloads.defaultPayload(HookEvent.STOP, project, null, null));
        Path f = SamplePayloads.save(project, HookEvent.STOP, json);
        assertThat(f).isEqualTo(project.resolve(".codex/hook-payloads/Stop.json"));
        assertThat(SamplePayloads.read(project, HookEvent.STOP)).hasValue(json);
        assertThat(SamplePayloads.read(project, HookEvent.PRE_TOOL_USE)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SamplePayloads.save(project, HookEvent.STOP, "[1]"))
                .isInstanceOf(HookPayloads.InvalidPayloadException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HookPayloads.parse("{\"a\": }"))
                .hasMessageContaining("line 1, column");
    }
}
