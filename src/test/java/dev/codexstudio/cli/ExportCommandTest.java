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

/** {@code export}: dry run, writing, conflicts and --overwrite, blocked secrets, JSON, exit codes. */
class ExportCommandTest {

    @TempDir
    Path tmp;
    Path home;
    Path repo;
    Path out;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(tmp.resolve("codex-home"));
        repo = Files.createDirectories(tmp.resolve("repo"));
        out = tmp.resolve("out");
        Files.writeString(home.resolve("config.toml"), "model = \"gpt-5.5\"\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        Files.writeString(home.resolve("fast.config.toml"), "model_reasoning_effort = \"low\"\n");
        Files.writeString(repo.resolve("AGENTS.md"), "# Rules\n");
        Files.createDirectories(repo.resolve(".codex/hooks"));
        Files.writeString(repo.resolve(".codex/hooks.json"), "{\"hooks\":{\"Stop\":[{\"hooks\":[{\"type\":\"command\","
                + "\"command\":\"bash \\\"$(git rev-parse --show-toplevel)/.codex/hooks/stop.sh\\\"\"}]}]}}\n");
        Files.writeString(repo.resolve(".codex/hooks/stop.sh"), "#!/bin/sh\nexit 0\n");
        repo.resolve(".codex/hooks/stop.sh").toFile().setExecutable(true);
    }

    private String[] run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--codex-home";
        all[args.length + 1] = home.toString();
        int code = StudioCli.run(all, new PrintWriter(o), new PrintWriter(e));
        return new String[] {Integer.toString(code), o.toString(), e.toString()};
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() {
        String[] r = run("export", repo.toString(), "--out", out.toString(), "--dry-run");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("Repository → " + out, "(committed with the project; everyone who clones it gets it)",
                "create     AGENTS.md", "create     .codex/hooks/stop.sh", "[executable]", "Not written:",
                "fast.config.toml", "--codex-home-out", "dry run: nothing written (3 to create, 0 conflicts, 0 blocked)");
        assertThat(out).doesNotExist();
    }

    @Test
    void writesAndLeavesConflictsUnlessOverwriteIsGiven() throws Exception {
        Path personal = tmp.resolve("personal");
        String[] r = run("export", repo.toString(), "--out", out.toString(), "--codex-home-out", personal.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(out.resolve(".codex/hooks/stop.sh")).hasContent("#!/bin/sh\nexit 0\n");
        assertThat(Files.isExecutable(out.resolve(".codex/hooks/stop.sh"))).isTrue();
        assertThat(personal.resolve("fast.config.toml")).hasContent("model_reasoning_effort = \"low\"\n");
        assertThat(personal.resolve("config.toml")).hasContent("model = \"gpt-5.5\"\n");

        Files.writeString(out.resolve("AGENTS.md"), "# Local edit\n");
        String[] again = run("export", repo.toString(), "--out", out.toString());
        assertThat(again[0]).isEqualTo("1");
        assertThat(again[1]).contains("conflict   AGENTS.md", "--- a/AGENTS.md", "-# Local edit", "+# Rules",
                "1 conflict left as they are: AGENTS.md");
        assertThat(out.resolve("AGENTS.md")).hasContent("# Local edit\n");

        String[] chosen = run("export", repo.toString(), "--out", out.toString(), "--overwrite", "AGENTS.md");
        assertThat(chosen[0]).isEqualTo("0");
        assertThat(chosen[1]).contains("overwrite  AGENTS.md");
        assertThat(out.resolve("AGENTS.md")).hasContent("# Rules\n");
    }

    @Test
    void aSecretBlocksTheFileAndTheExitCodeSaysSo() throws Exception {
        Files.writeString(repo.resolve(".codex/config.toml"), "[mcp_servers.docs]\nurl = \"https://x\"\n"
                + "http_headers = { Authorization = \"Bearer abcdefghijklmnopqrstuvwxyz0123\" }\n");
        String[] r = run("export", repo.toString(), "--out", out.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("blocked    .codex/config.toml", "Blocked (never written):",
                ".codex/config.toml:3:35: error [export/secret]", "hint:");
        assertThat(out.resolve(".codex/config.toml")).doesNotExist();
        assertThat(out.resolve("AGENTS.md")).exists();
    }

    @Test
    void jsonListsFilesNotWrittenAndResult() throws Exception {
        String[] r = run("export", repo.toString(), "--out", out.toString(), "--format", "json");
        assertThat(r[0]).isEqualTo("0");
        JsonNode n = new ObjectMapper().readTree(r[1]);
        assertThat(n.path("dryRun").asBoolean()).isFalse();
        assertThat(n.path("files")).hasSize(3);
        assertThat(n.path("files").get(0).path("scopeExplanation").asText()).contains("committed with the project");
        assertThat(n.path("notWritten")).hasSize(2);
        assertThat(n.path("result").path("written")).hasSize(3);
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(run("export", repo.toString())[0]).isEqualTo("2");
        String[] r = run("export", repo.toString(), "--out", out.toString(), "--overwrite", "nope.md");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--overwrite nope.md");
        assertThat(out).doesNotExist();
    }
}
