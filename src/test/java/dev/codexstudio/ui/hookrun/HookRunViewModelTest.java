package dev.codexstudio.ui.hookrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.run.HookRunner;
import dev.codexstudio.core.hooks.run.HookShell;
import dev.codexstudio.core.hooks.run.HookVerdict;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The dry-run dialog's view model, without a display: payloads, samples, matching, consent and the run. */
@DisabledOnOs(OS.WINDOWS)
class HookRunViewModelTest {

    @TempDir
    Path tmp;
    Path repo;
    Path home;
    StudioViewModel studio;
    final List<String> asked = new ArrayList<>();
    boolean answer = true;
    final HookRunner runner = new HookRunner(new HookShell(false, Map.of("SHELL", "/bin/sh")), 1 << 20, Map.of());

    @BeforeEach
    void setUp() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        home = Files.createDirectories(tmp.resolve("codex-home"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(repo.resolve(".codex"));
        Files.writeString(repo.resolve(".codex/hooks.json"), "{\"hooks\":{\"PreToolUse\":["
                + "{\"matcher\":\"Bash\",\"hooks\":[{\"type\":\"command\",\"command\":\"cat >/dev/null; echo 'no shell today' >&2; exit 2\",\"timeout\":5}]},"
                + "{\"matcher\":\"Edit|Write\",\"hooks\":[{\"type\":\"command\",\"command\":\"exit 0\"}]}],"
                + "\"Stop\":[{\"hooks\":[{\"type\":\"command\",\"command\":\"echo not json\"}]}]}}");
        Files.writeString(home.resolve("config.toml"), "model = \"o3\"\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", tmp.toString(), "CODEX_HOME", home.toString()));
        assertThat(studio.open(repo)).isTrue();
    }

    private HookRunViewModel model() {
        List<HookEntry> hooks = HookRunViewModel.loadedHooks(studio);
        return new HookRunViewModel(studio, RunConsent.of(studio), (h, m) -> {
            asked.add(h + "\n" + m);
            return answer;
        }, runner, hooks, HookRunViewModel.firstEvent(hooks), false);
    }

    @Test
    void prefillsARealisticPayloadThatMatchesTheFirstGroup() {
        HookRunViewModel m = model();
        assertThat(m.eventProperty().get()).isEqualTo(HookEvent.PRE_TOOL_USE);
        assertThat(m.payloadProperty().get()).contains("\"tool_name\" : \"Bash\"").contains("\"model\" : \"o3\"")
                .contains("\"cwd\" : \"" + repo + "\"");
        assertThat(m.payloadErrorProperty().get()).isEmpty();
        assertThat(m.matchSummary()).isEqualTo("1 of 2 handlers match tool name Bash.");
        m.payloadProperty().set(m.payloadProperty().get().replace("\"Bash\"", "\"apply_patch\""));
        assertThat(m.matching()).extracting(HookEntry::command).containsExactly("exit 0");
        m.payloadProperty().set("{ nope");
        assertThat(m.payloadErrorProperty().get()).startsWith("Not a JSON object: line 1");
        assertThat(m.run()).isFalse();
        assertThat(asked).isEmpty();
        m.eventProperty().set(HookEvent.STOP);
        assertThat(m.payloadProperty().get()).contains("\"stop_hook_active\" : false");
        assertThat(m.payloadErrorProperty().get()).isEmpty();
        assertThat(m.matchSummary()).isEqualTo("1 handler runs (Stop ignores matchers).");
        assertThat(m.events().subList(0, 2)).containsExactly(HookEvent.PRE_TOOL_USE, HookEvent.STOP);
    }

    @Test
    void asksOnceNamingTheCommandThenRunsAndReportsTheVerdict() {
        HookRunViewModel m = model();
        answer = false;
        assertThat(m.run()).isFalse();
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).startsWith("Run this command on your computer?")
                .contains("cat >/dev/null; echo 'no shell today' >&2; exit 2").contains("in " + repo).contains("after 5 s");
        assertThat(m.reportProperty().get()).isNull();
        assertThat(m.statusProperty().get()).isEqualTo("Not run.");

        answer = true;
        assertThat(m.run()).isTrue();
        assertThat(asked).hasSize(2);
        var report = m.reportProperty().get();
        assertThat(report.runs()).hasSize(1);
        assertThat(report.runs().get(0).result().exitCode()).isEqualTo(2);
        assertThat(report.runs().get(0).result().stderr()).isEqualTo("no shell today\n");
        assertThat(report.combined().outcome()).isEqualTo(HookVerdict.Outcome.BLOCKED);
        assertThat(m.runningProperty().get()).isFalse();
        assertThat(m.statusProperty().get()).startsWith("Ran 1 hook in ");

        assertThat(m.run()).isTrue();
        assertThat(asked).as("asked once per command and session").hasSize(2);
        HookRunViewModel again = model();
        again.eventProperty().set(HookEvent.STOP);
        assertThat(again.run()).isTrue();
        assertThat(asked).hasSize(3);
        assertThat(again.reportProperty().get().runs().get(0).verdict().failure()).isEqualTo("invalid stop hook JSON output");
    }

    @Test
    void savesTheEditedPayloadAsTheProjectSampleAndStartsFromIt() throws Exception {
        HookRunViewModel m = model();
        assertThat(m.hasSample()).isFalse();
        m.payloadProperty().set(m.payloadProperty().get().replace("git status --short", "git push --force"));
        Path saved = m.saveSample().orElseThrow();
        assertThat(saved).isEqualTo(repo.resolve(".codex/hook-payloads/PreToolUse.json"));
        assertThat(Files.readString(saved)).contains("git push --force");
        assertThat(m.statusProperty().get()).startsWith("Saved " + saved);
        HookRunViewModel fresh = model();
        assertThat(fresh.hasSample()).isTrue();
        assertThat(fresh.payloadProperty().get()).contains("git push --force");
        assertThat(fresh.statusProperty().get()).isEqualTo("Payload from " + saved + ".");
        fresh.payloadProperty().set("[]");
        assertThat(fresh.saveSample()).isEmpty();
        assertThat(fresh.statusProperty().get()).startsWith("Not saved:");
        assertThat(Files.readString(saved)).contains("git push --force");
    }

    @Test
    void aToolForAMatcher() {
        assertThat(HookRunViewModel.toolFor("Bash")).isEqualTo("Bash");
        assertThat(HookRunViewModel.toolFor("Edit|Write")).isEqualTo("apply_patch");
        assertThat(HookRunViewModel.toolFor("mcp__github__.*")).isNull();
        assertThat(HookRunViewModel.toolFor("Read|Grep")).isEqualTo("Read");
    }
}
