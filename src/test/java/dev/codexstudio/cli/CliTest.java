package dev.codexstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.support.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: output shapes, exit codes, and no stack trace for bad input. */
class CliTest {

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
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (all.size() > 0 && !all.contains("--codex-home") && !all.get(0).startsWith("-")) {
            all.add(1, "--codex-home");
            all.add(2, home.toString());
        }
        int code = StudioCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateReportsErrorsAsJsonWithRelativePathsAndExitsOne() throws Exception {
        Files.createDirectories(repo.resolve(".codex"));
        Files.writeString(repo.resolve(".codex/config.toml"), "sandbox_mode = \"bogus\"\nreasoning_effort = \"high\"\n");
        Run r = run("validate", repo.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode d = r.json().get("diagnostics");
        assertThat(d).isNotEmpty();
        JsonNode bogus = null;
        JsonNode unknown = null;
        for (JsonNode n : d) {
            if (n.get("rule").asText().equals("config/invalid-value")) {
                bogus = n;
            }
            if (n.get("rule").asText().equals("config/unknown-key")) {
                unknown = n;
            }
        }
        assertThat(bogus).isNotNull();
        assertThat(bogus.get("file").asText()).isEqualTo(".codex/config.toml");
        assertThat(bogus.get("line").asInt()).isEqualTo(1);
        assertThat(bogus.get("severity").asText()).isEqualTo("error");
        assertThat(unknown.get("severity").asText()).isEqualTo("warning");
        assertThat(unknown.get("fix").get("edits").get(0).get("text").asText()).isEqualTo("model_reasoning_effort");
    }

    @Test
    void validateExitsZeroOnEverySampleAndSarifIsWellFormed() throws Exception {
        try (var samples = Files.list(TestPaths.samples())) {
            for (Path sample : samples.filter(p -> Files.isDirectory(p.resolve("repo"))).toList()) {
                Run r = run("validate", sample.resolve("repo").toString(), "--codex-home",
                        sample.resolve("codex-home").toString(), "--format", "sarif");
                assertThat(r.code()).as(sample + "\n" + r.out()).isZero();
                JsonNode sarif = r.json();
                assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
                assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("name").asText())
                        .isEqualTo("Codex Stack Studio");
            }
        }
    }

    @Test
    void agentsPrintsExactlyTheInstructionsText() throws Exception {
        Files.writeString(home.resolve("AGENTS.md"), "global\n");
        Files.writeString(repo.resolve("AGENTS.md"), "root ü\r\n");
        Run r = run("agents", "--cwd", repo.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("global\n\n--- project-doc ---\n\nroot ü\r\n");
    }

    @Test
    void skillsAndHooksJsonHaveCodexShapes() throws Exception {
        Path skill = Files.createDirectories(repo.resolve(".agents/skills/demo"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: demo\ndescription: Does demo things.\n---\nBody\n");
        Path broken = Files.createDirectories(repo.resolve(".agents/skills/broken"));
        Files.writeString(broken.resolve("SKILL.md"), "no front matter\n");
        Run s = run("skills", "--cwd", repo.toString(), "--format", "json");
        assertThat(s.code()).isEqualTo(1);
        JsonNode demo = s.json().get("skills").get(0);
        assertThat(demo.get("name").asText()).isEqualTo("demo");
        assertThat(demo.get("scope").asText()).isEqualTo("repo");
        assertThat(demo.get("enabled").asBoolean()).isTrue();
        assertThat(Path.of(demo.get("path").asText())).isAbsolute();
        assertThat(s.json().get("errors").get(0).get("message").asText()).isEqualTo("missing YAML frontmatter delimited by ---");

        Files.writeString(home.resolve("hooks.json"),
                "{\"hooks\":{\"PreToolUse\":[{\"matcher\":\"Bash\",\"hooks\":[{\"type\":\"command\",\"command\":\"echo hi\",\"timeout\":30}]}]}}");
        Run h = run("hooks", "--cwd", repo.toString(), "--format", "json");
        assertThat(h.code()).isZero();
        JsonNode hook = h.json().get("hooks").get(0);
        assertThat(hook.get("key").asText()).isEqualTo(home.resolve("hooks.json") + ":pre_tool_use:0:0");
        assertThat(hook.get("eventName").asText()).isEqualTo("preToolUse");
        assertThat(hook.get("timeoutSec").asInt()).isEqualTo(30);
        assertThat(hook.get("currentHash").asText())
                .isEqualTo("sha256:65f88c378f287741bd683c759c7306a773bbb410594d61f7a39b723f8ab8eb45");
        assertThat(hook.get("trustStatus").asText()).isEqualTo("untrusted");
    }

    @Test
    void configShowsOriginsAndSetUnsetEditOnlyTheirLines() throws Exception {
        Files.writeString(home.resolve("config.toml"), "# mine\nmodel = \"gpt-5\" # note\n");
        Run set = run("config", "set", "--codex-home", home.toString(), "model_reasoning_effort", "high");
        assertThat(set.code()).isZero();
        Run set2 = run("config", "set", "--codex-home", home.toString(), "model", "gpt-5.5");
        assertThat(set2.code()).isZero();
        assertThat(Files.readString(home.resolve("config.toml")))
                .isEqualTo("# mine\nmodel = \"gpt-5.5\" # note\nmodel_reasoning_effort = \"high\"\n");
        Run show = run("config", "--cwd", repo.toString(), "--format", "json");
        JsonNode model = null;
        for (JsonNode v : show.json().get("values")) {
            if (v.get("key").asText().equals("model")) {
                model = v;
            }
        }
        assertThat(model.get("value").asText()).isEqualTo("gpt-5.5");
        assertThat(model.get("line").asInt()).isEqualTo(2);
        assertThat(model.get("layer").asText()).isEqualTo("user");
        Run unset = run("config", "unset", "--codex-home", home.toString(), "model");
        assertThat(unset.code()).isZero();
        assertThat(Files.readString(home.resolve("config.toml"))).isEqualTo("# mine\nmodel_reasoning_effort = \"high\"\n");
        assertThat(run("config", "unset", "--codex-home", home.toString(), "model").code()).isEqualTo(1);
    }

    @Test
    void badInputGivesOneLineAndExitTwoNeverAStackTrace() throws Exception {
        Run missing = run("validate", tmp.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist").doesNotContain("Exception").doesNotContain("\tat ");
        Run badOption = run("validate", "--format", "yaml");
        assertThat(badOption.code()).isEqualTo(2);
        Run badProfile = run("agents", "--cwd", repo.toString(), "--profile", "../x");
        assertThat(badProfile.code()).isEqualTo(2);
        assertThat(badProfile.err()).contains("invalid --profile value");
        Files.writeString(home.resolve("config.toml"), "model = \n");
        Run broken = run("config", "set", "--codex-home", home.toString(), "model", "x");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("fix the TOML");
    }

    @Test
    void treeShowsTheFourLayers() throws Exception {
        Files.writeString(repo.resolve("AGENTS.md"), "root\n");
        Run r = run("tree", repo.toString());
        assertThat(r.out()).contains("Guidance", "Skills", "Hooks", "Configuration", "Policy", "AGENTS.md");
    }

    @Test
    void theCommandLineIsRecognisedWithoutStartingTheWindow() {
        assertThat(StudioCli.isCommandLine(new String[] {"validate"})).isTrue();
        assertThat(StudioCli.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(StudioCli.isCommandLine(new String[] {})).isFalse();
        assertThat(StudioCli.isCommandLine(new String[] {"/some/folder"})).isFalse();
    }

    @Test
    void theCommandNamesReadFromTheAnnotationsAreExactlyPicocliSubcommands() {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        assertThat(StudioCli.commandNames())
                .containsExactlyInAnyOrderElementsOf(StudioCli.newCommandLine(sink, sink).getSubcommands().keySet())
                .contains("validate", "bench", "help");
        for (String name : StudioCli.commandNames()) {
            assertThat(StudioCli.isCommandLine(new String[] {name})).as(name).isTrue();
        }
    }
}
