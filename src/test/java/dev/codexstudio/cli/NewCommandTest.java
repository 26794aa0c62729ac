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

/** {@code new}: dry run, writing repository and Codex-home files, never overwriting, bad names, JSON. */
class NewCommandTest {

    @TempDir
    Path tmp;
    Path home;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(tmp.resolve("codex-home"));
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
    void dryRunListsTheFilesAndWhatBelongsInTheCodexHomeAndWritesNothing() {
        Path out = tmp.resolve("billing");
        String[] r = run("new", "--template", "java-service", "--out", out.toString(), "--language", "java",
                "--hook", "block-dangerous", "--profile-preset", "review", "--skill-template", "write-tests", "--dry-run");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).startsWith("New stack \"billing\" from the java-service template\n")
                .contains("  create    AGENTS.md  root guidance from the java-service template")
                .contains("  create    .codex/hooks/block-dangerous-shell.sh (executable)  hook script")
                .contains("  create    .agents/skills/write-tests/SKILL.md  skill write-tests (built-in template)")
                .contains("Not written: belongs in your Codex home (--codex-home-out DIR writes it):\n")
                .contains("  review.config.toml  profile review: ")
                .contains("dry run: nothing written (");
        assertThat(out).doesNotExist();
    }

    @Test
    void writesTheRepositoryAndWithCodexHomeOutTheProfilesThenValidates() throws Exception {
        Path out = tmp.resolve("orbit");
        Path personal = tmp.resolve("my-codex-home");
        String[] r = run("new", "--template", "empty", "--out", out.toString(), "--name", "Orbit", "--language", "go",
                "--hook", "stop-tests", "--hook", "format", "--profile-preset", "fast", "--codex-home-out",
                personal.toString());
        assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
        assertThat(r[1]).contains("Wrote into " + out.toAbsolutePath() + " (repository):")
                .contains("Wrote into " + personal.toAbsolutePath() + " (user home):")
                .doesNotContain("Not written").contains("files written; git repository initialised");
        assertThat(Files.readString(out.resolve("AGENTS.md"))).startsWith("# Orbit\n\n## Conventions\n\nThe code is "
                + "written in Go.").contains("`go test ./...`").contains("`gofmt -w`");
        assertThat(Files.isExecutable(out.resolve(".codex/hooks/stop-run-tests.sh"))).isTrue();
        assertThat(Files.readString(out.resolve(".codex/hooks/stop-run-tests.sh"))).contains("TEST_COMMAND='go test ./...'");
        assertThat(Files.readString(personal.resolve("fast.config.toml"))).contains("model_reasoning_effort = \"low\"");
        assertThat(out.resolve(".git")).isDirectory();

        // a second run never overwrites: the changed AGENTS.md stays, nothing is written
        Files.writeString(out.resolve("AGENTS.md"), "# mine\n");
        String[] again = run("new", "--template", "empty", "--out", out.toString(), "--name", "Orbit2");
        assertThat(again[0]).isEqualTo("1");
        assertThat(again[1]).contains("  conflict  AGENTS.md").contains("Nothing written: 1 file already exist");
        assertThat(Files.readString(out.resolve("AGENTS.md"))).isEqualTo("# mine\n");
    }

    @Test
    void badNamesAreUsageErrorsListingWhatExists() {
        String[] r = run("new", "--template", "rails", "--out", tmp.resolve("x").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("no template named \"rails\"; templates: empty, java-service, typescript-webapp, python-library");
        assertThat(run("new", "--template", "empty", "--out", tmp.resolve("x").toString(), "--hook", "lint")[2])
                .contains("no hook preset \"lint\"; presets: format, block-dangerous, stop-tests, session-context");
        assertThat(run("new", "--template", "empty", "--out", tmp.resolve("x").toString(), "--language", "cobol")[2])
                .contains("presets: java, kotlin, python, typescript, go, rust");
        assertThat(run("new", "--template", "java-service", "--out", tmp.resolve("x").toString(),
                "--skill-template", "db-migration")[2]).contains("already has a skill named \"db-migration\"");
        assertThat(tmp.resolve("x")).doesNotExist();
        assertThat(run("new", "--help")[1]).contains("Templates: empty, java-service").contains("--codex-home-out");
    }

    @Test
    void jsonListsFilesAndWhatWasNotWritten() throws Exception {
        String[] r = run("new", "--template", "python-library", "--out", tmp.resolve("lib").toString(), "--dry-run",
                "--format", "json");
        assertThat(r[0]).isEqualTo("0");
        JsonNode root = new ObjectMapper().readTree(r[1]);
        assertThat(root.path("name").asText()).isEqualTo("lib");
        assertThat(root.path("files").findValuesAsText("path")).contains("AGENTS.md", ".codex/hooks.json");
        assertThat(root.path("notWritten").findValuesAsText("path")).contains("requirements.toml", "fast.config.toml");
        assertThat(root.path("written").asBoolean()).isFalse();
    }
}
