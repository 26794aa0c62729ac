package dev.codexstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code hook-run} and {@code hooks trust|untrust}, in-process on a throwaway Codex home and repository. */
@DisabledOnOs(OS.WINDOWS)
class HookRunCommandTest {

    @TempDir
    Path tmp;
    Path home;
    Path repo;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(tmp.resolve("codex-home"));
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(home.resolve("config.toml"), "# mine\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        Files.createDirectories(repo.resolve(".codex"));
        Files.writeString(repo.resolve(".codex/hooks.json"), "{\"hooks\":{"
                + "\"PreToolUse\":[{\"matcher\":\"Bash\",\"hooks\":[{\"type\":\"command\",\"command\":"
                + "\"grep -q 'rm -rf' && { echo 'no rm -rf' >&2; exit 2; }; exit 0\",\"timeout\":5}]},"
                + "{\"matcher\":\"Edit\",\"hooks\":[{\"type\":\"command\",\"command\":\"echo edit; exit 1\"}]}],"
                + "\"UserPromptSubmit\":[{\"hooks\":[{\"type\":\"command\",\"command\":\"echo \\\"branch: main\\\"\"}]}]}}");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--codex-home");
        all.add(home.toString());
        int code = StudioCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void runsOnlyTheMatchingGroupWithThePayloadAndPrintsTheVerdict() throws Exception {
        Path payload = tmp.resolve("rm.json");
        Files.writeString(payload, "{\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"rm -rf build\"}}");
        Run r = run("hook-run", "--event", "PreToolUse", "--payload", payload.toString(), repo.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("PreToolUse, tool name Bash: 1 matching hook (payload: " + payload + ")\n");
        assertThat(r.out()).contains("project hook, untrusted: Codex does not run it until it is trusted")
                .contains("exit 2 after").contains("      | no rm -rf\n")
                .contains("verdict: blocked: Codex blocks the tool call").contains("outcome: blocked:")
                .contains("reason: no rm -rf\n");

        Run json = run("hook-run", "--event", "PreToolUse", "--matcher-tool", "apply_patch", "--format", "json", repo.toString());
        assertThat(json.code()).isEqualTo(StudioCli.FINDINGS);
        JsonNode j = json.json();
        assertThat(j.get("matcherValue").asText()).isEqualTo("apply_patch");
        assertThat(j.get("payload").get("tool_name").asText()).isEqualTo("apply_patch");
        assertThat(j.get("payload").get("tool_input").get("command").asText()).startsWith("*** Begin Patch");
        assertThat(j.get("hooks")).hasSize(1);
        assertThat(j.get("hooks").get(0).get("exitCode").asInt()).isEqualTo(1);
        assertThat(j.get("hooks").get(0).get("verdict").get("failure").asText()).isEqualTo("hook exited with code 1");
        assertThat(j.get("outcome").get("outcome").asText()).isEqualTo("allowed");
        assertThat(j.get("outcome").get("failures").asInt()).isEqualTo(1);
    }

    @Test
    void aSavedSampleIsUsedWithTheRunDirectoryAsCwd() throws Exception {
        Files.createDirectories(repo.resolve(".codex/hook-payloads"));
        Files.writeString(repo.resolve(".codex/hook-payloads/UserPromptSubmit.json"),
                "{\"prompt\":\"ship it\",\"cwd\":\"/somewhere/else\",\"hook_event_name\":\"UserPromptSubmit\"}\n");
        Run r = run("hook-run", "--event", "UserPromptSubmit", "--format", "json", repo.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("payloadSource").asText()).endsWith(".codex/hook-payloads/UserPromptSubmit.json");
        assertThat(j.get("payload").get("prompt").asText()).isEqualTo("ship it");
        assertThat(j.get("payload").get("cwd").asText()).isEqualTo(repo.toString());
        assertThat(j.get("outcome").get("outcome").asText()).isEqualTo("context added");
        assertThat(j.get("outcome").get("contexts").get(0).asText()).isEqualTo("branch: main");
    }

    @Test
    void badUsageIsOneLineAndExitTwo() throws Exception {
        assertThat(run("hook-run", "--event", "Nope", repo.toString()).err()).startsWith("error: unknown event `Nope`");
        Run stop = run("hook-run", "--event", "Stop", "--matcher-tool", "Bash", repo.toString());
        assertThat(stop.code()).isEqualTo(StudioCli.USAGE);
        assertThat(stop.err()).contains("Stop ignores matchers");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"tool_name\": }");
        Run b = run("hook-run", "--event", "PreToolUse", "--payload", bad.toString(), repo.toString());
        assertThat(b.code()).isEqualTo(StudioCli.USAGE);
        assertThat(b.err()).startsWith("error: " + bad + ": line 1, column").doesNotContain("Exception");
    }

    @Test
    void trustAndUntrustPrintTheDiffAndEditOnlyTheStateTable() throws Exception {
        Path cfg = home.resolve("config.toml");
        String before = Files.readString(cfg);
        JsonNode hooks = new ObjectMapper().readTree(run("hooks", "--cwd", repo.toString(), "--format", "json").out());
        String key = hooks.get("hooks").get(0).get("key").asText();
        String hash = hooks.get("hooks").get(0).get("currentHash").asText();
        Run dry = run("hooks", "trust", "--dry-run", "--cwd", repo.toString(), key);
        assertThat(dry.out()).contains("+trusted_hash = \"" + hash + "\"").contains("(dry run: nothing written)");
        assertThat(Files.readString(cfg)).isEqualTo(before);
        Run t = run("hooks", "trust", "--cwd", repo.toString(), key);
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(Files.readString(cfg)).isEqualTo(before + "\n[hooks.state." + "\"" + key + "\"]\ntrusted_hash = \"" + hash + "\"\n");
        JsonNode after = new ObjectMapper().readTree(run("hooks", "--cwd", repo.toString(), "--format", "json").out());
        assertThat(after.get("hooks").get(0).get("trustStatus").asText()).isEqualTo("trusted");
        assertThat(run("hooks", "trust", "--cwd", repo.toString(), key).out()).startsWith("already trusted");
        run("hooks", "untrust", "--cwd", repo.toString(), key);
        assertThat(Files.readString(cfg)).isEqualTo(before);
        Run missing = run("hooks", "trust", "--cwd", repo.toString(), "nope:stop:0:0");
        assertThat(missing.code()).isEqualTo(StudioCli.USAGE);
        assertThat(missing.err()).contains("Codex lists no hook with key `nope:stop:0:0`");
    }
}
