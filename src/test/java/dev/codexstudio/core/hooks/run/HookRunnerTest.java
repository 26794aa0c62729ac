package dev.codexstudio.core.hooks.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.hooks.HookEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Runs real small shell scripts the way Codex runs hooks. */
@DisabledOnOs(OS.WINDOWS)
class HookRunnerTest {

    @TempDir
    Path tmp;

    private final HookRunner runner = new HookRunner(new HookShell(false, Map.of("SHELL", "/bin/sh")), 4096, Map.of());

    private Path script(String name, String body) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, "#!/bin/sh\n" + body);
        f.toFile().setExecutable(true);
        return f;
    }

    @Test
    void buildsTheShellCommandLineAsCodex() {
        assertThat(new HookShell(false, Map.of("SHELL", "/bin/zsh")).argv("echo hi", "echo win"))
                .containsExactly("/bin/zsh", "-lc", "echo hi");
        assertThat(new HookShell(false, Map.of()).argv("echo hi", null)).containsExactly("/bin/sh", "-lc", "echo hi");
        assertThat(new HookShell(false, Map.of("SHELL", "")).argv("echo hi", null)).containsExactly("/bin/sh", "-lc", "echo hi");
        assertThat(new HookShell(true, Map.of("COMSPEC", "C:\\Windows\\system32\\cmd.exe")).argv("echo hi", "echo win"))
                .containsExactly("C:\\Windows\\system32\\cmd.exe", "/C", "echo win");
        assertThat(new HookShell(true, Map.of()).argv("echo hi", null)).containsExactly("cmd.exe", "/C", "echo hi");
    }

    @Test
    void exitZeroWithJsonReadsStdinInTheCwd() throws Exception {
        Path s = script("deny.sh", "payload=$(cat)\ncase \"$payload\" in *'rm -rf'*) ;; *) exit 0;; esac\n"
                + "printf '{\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\",\"permissionDecision\":\"deny\","
                + "\"permissionDecisionReason\":\"no rm -rf in %s\"}}' \"$(basename \"$PWD\")\"\n");
        Path cwd = Files.createDirectories(tmp.resolve("my-repo"));
        HookRunResult r = runner.run(s.toString(), null, cwd,
                "{\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"rm -rf /\"}}", 10);
        assertThat(r.exitCode()).isZero();
        assertThat(r.error()).isNull();
        HookVerdict v = HookVerdict.interpret(HookEvent.PRE_TOOL_USE, false, r);
        assertThat(v.outcome()).isEqualTo(HookVerdict.Outcome.BLOCKED);
        assertThat(v.reason()).isEqualTo("no rm -rf in my-repo");
        assertThat(r.duration()).isPositive();
    }

    @Test
    void exitTwoWithStderrBlocks() throws Exception {
        Path s = script("block.sh", "cat >/dev/null\necho 'tests are red' >&2\nexit 2\n");
        HookRunResult r = runner.run(s.toString(), null, tmp, "{}", 10);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("tests are red\n");
        HookVerdict v = HookVerdict.interpret(HookEvent.STOP, false, r);
        assertThat(v.outcome()).isEqualTo(HookVerdict.Outcome.BLOCKED);
        assertThat(v.reason()).isEqualTo("tests are red");
    }

    @Test
    void aTimeoutKillsTheWholeProcessTreeIncludingAGrandchild() throws Exception {
        Path pidFile = tmp.resolve("grandchild.pid");
        // The shell starts a child shell, which starts `sleep` (the grandchild) and records its pid.
        Path s = script("slow.sh", "sh -c 'sleep 300 & echo $! > \"" + pidFile + "\"; wait'\n");
        long start = System.nanoTime();
        HookRunResult r = runner.run(s.toString(), null, tmp, "{}", 1);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(r.timedOut()).isTrue();
        assertThat(r.exitCode()).isNull();
        assertThat(r.error()).isEqualTo("hook timed out after 1s");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("grandchild sleep " + pid).isFalse();
        assertThat(HookVerdict.interpret(HookEvent.PRE_TOOL_USE, false, r).outcome()).isEqualTo(HookVerdict.Outcome.FAILED);
    }

    @Test
    void hugeOutputIsCappedAndTheCommandStillFinishes() throws Exception {
        Path s = script("huge.sh", "cat >/dev/null\nyes 'spam spam spam' | head -c 3000000\nyes err | head -c 100000 >&2\n");
        HookRunResult r = runner.run(s.toString(), null, tmp, "{}", 30);
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).hasSize(4096);
        assertThat(r.stdoutTruncated()).isTrue();
        assertThat(r.stderrTruncated()).isTrue();
        assertThat(r.stderr()).hasSize(4096);
        HookVerdict v = HookVerdict.interpret(HookEvent.SESSION_START, false, r);
        assertThat(v.notes()).anySatisfy(n -> assertThat(n).contains("stdout was longer than the cap"));
    }

    @Test
    void aCommandThatDoesNotReadStdinAndOtherExitCodes() throws Exception {
        HookRunResult r = runner.run("exit 7", null, tmp, "x".repeat(1_000_000), 10);
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(HookVerdict.interpret(HookEvent.PRE_TOOL_USE, false, r).failure()).isEqualTo("hook exited with code 7");
    }

    @Test
    void aMissingShellIsAStartFailure() throws Exception {
        HookRunner bad = new HookRunner(new HookShell(false, Map.of("SHELL", tmp.resolve("no-such-shell").toString())),
                1024, Map.of());
        HookRunResult r = bad.run("true", null, tmp, "{}", 5);
        assertThat(r.exitCode()).isNull();
        assertThat(r.error()).startsWith("failed to start hook");
        assertThat(List.of(HookVerdict.interpret(HookEvent.STOP, false, r).outcome())).containsExactly(HookVerdict.Outcome.FAILED);
    }
}
