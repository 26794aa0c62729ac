package dev.codexstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-claude}: dry run, JSON output, writing into --out, exit codes. */
class ImportClaudeCommandTest {

    @TempDir
    Path tmp;
    Path home;
    Path repo;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(tmp.resolve("codex-home"));
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".claude"));
        Files.writeString(repo.resolve("CLAUDE.md"), "Use pnpm.\n");
        Files.writeString(repo.resolve(".claude/settings.json"), """
                {"hooks": {"PreToolUse": [{"matcher": "Bash(git commit*)", "hooks": [{"type": "command", "command": "x.sh"}]}],
                           "Notification": [{"hooks": [{"type": "command", "command": "n.sh"}]}]}}
                """);
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--codex-home";
        all[args.length + 1] = home.toString();
        int code = StudioCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void dryRunPrintsFilesDiffsAndWarningsAndWritesNothing() {
        String[] r = run("import-claude", repo.toString(), "--dry-run");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("  create    .codex/hooks.json  (from .claude/settings.json)")
                .contains("  create    AGENTS.md  (from CLAUDE.md)")
                .contains("--- /dev/null\n+++ b/AGENTS.md\n@@ -0,0 +1 @@\n+Use pnpm.\n")
                .contains(".claude/settings.json:1:28: warning [claude/matcher-argument-filter]")
                .contains("warning [claude/event-unsupported] Codex has no `Notification` hook event")
                .contains("dry run: nothing written (2 files would change)");
        assertThat(repo.resolve("AGENTS.md")).doesNotExist();
        assertThat(repo.resolve(".codex")).doesNotExist();
    }

    @Test
    void writesIntoOutAndReportsJson() throws Exception {
        Path out = tmp.resolve("out");
        String[] r = run("import-claude", repo.toString(), "--out", out.toString(), "--format", "json");
        assertThat(r[0]).isEqualTo("0");
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertThat(json.path("dryRun").asBoolean()).isFalse();
        assertThat(json.path("files")).hasSize(2);
        assertThat(json.path("files").get(1).path("path").asText()).isEqualTo("AGENTS.md");
        assertThat(json.path("files").get(1).path("written").asBoolean()).isTrue();
        assertThat(json.path("diagnostics").findValuesAsText("rule")).contains("claude/matcher-argument-filter");
        assertThat(json.path("diagnostics").get(0).path("file").asText()).doesNotStartWith("/");
        assertThat(json.path("validation")).isEmpty();
        assertThat(Files.readString(out.resolve("AGENTS.md"))).isEqualTo("Use pnpm.\n");
        assertThat(out.resolve(".codex/hooks.json")).exists();
        assertThat(repo.resolve("AGENTS.md")).doesNotExist();

        String[] again = run("import-claude", repo.toString(), "--out", out.toString());
        assertThat(again[1]).contains("  unchanged .codex/hooks.json").contains("0 files written");
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        assertThat(run("import-claude", tmp.resolve("missing").toString())[0]).isEqualTo("2");
        Path file = Files.writeString(tmp.resolve("f"), "x");
        assertThat(run("import-claude", repo.toString(), "--out", file.toString())[0]).isEqualTo("2");
        assertThat(run("import-claude", repo.toString(), "--format", "sarif")[0]).isEqualTo("2");
    }
}
