package dev.codexstudio.core.claude;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.core.claude.ClaudeImporter.Guidance;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import dev.codexstudio.support.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every real Claude Code setup of the corpus ({@code claude} rows of MANIFEST.tsv) imports without a crash into a
 * trusted git checkout, and the converted stack validates with no errors; Codex-inexpressible parts are warnings.
 */
class ClaudeCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Path> claudeRepos() {
        Map<String, Path> repos = new TreeMap<>();
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (f.kind().equals("claude")) {
                repos.put(f.repo(), f.repoDir());
            }
        }
        return repos;
    }

    static Path gitRepo(Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git/refs/heads"));
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        return dir;
    }

    @Test
    void everyCorpusSetupImportsIntoAStackWithoutErrors(@TempDir Path tmp) throws Exception {
        Map<String, Path> repos = claudeRepos();
        assertThat(repos).hasSize(17);
        Path codexHome = Files.createDirectories(tmp.resolve("codex-home"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        StringBuilder trust = new StringBuilder();
        Map<String, ImportPlan> plans = new TreeMap<>();
        for (Map.Entry<String, Path> e : repos.entrySet()) {
            Path target = gitRepo(tmp.resolve("repos").resolve(e.getKey().replace('/', '_')));
            ImportPlan plan = ClaudeImporter.plan(e.getValue(), target, Guidance.COPY);
            ImportWriter.write(plan);
            plans.put(e.getKey(), plan);
            trust.append("[projects.\"").append(target).append("\"]\ntrust_level = \"trusted\"\n\n");
        }
        Files.writeString(codexHome.resolve("config.toml"), trust.toString(), StandardCharsets.UTF_8);
        CodexEnvironment env = new CodexEnvironment(codexHome, home, tmp.resolve("no-etc-codex"), null);

        List<String> problems = new ArrayList<>();
        int settingsWithHooks = 0;
        for (Map.Entry<String, ImportPlan> e : plans.entrySet()) {
            ImportPlan plan = e.getValue();
            Stack stack = StackScanner.scan(plan.target(), env);
            for (Diagnostic d : StackValidator.validate(stack)) {
                if (d.isError()) {
                    problems.add(e.getKey() + ": " + d);
                }
            }
            int claudeHandlers = 0;
            for (String n : List.of(".claude/settings.json", ".claude/settings.local.json")) {
                Path f = plan.source().resolve(n);
                if (Files.isRegularFile(f)) {
                    Jsonc.Result r = Jsonc.parse(f, Files.readString(f));
                    if (r.value() instanceof Jsonc.Obj o && o.get("hooks").orElse(null) instanceof Jsonc.Obj hooks) {
                        settingsWithHooks++;
                        claudeHandlers += handlers(hooks);
                    }
                }
            }
            Path hooksFile = plan.target().resolve(".codex/hooks.json");
            int converted = 0;
            if (Files.exists(hooksFile)) {
                for (JsonNode groups : JSON.readTree(hooksFile.toFile()).path("hooks")) {
                    for (JsonNode g : groups) {
                        converted += g.path("hooks").size();
                    }
                }
            }
            HookCatalog catalog = stack.rootView().hooks();
            if (catalog.entries().size() != converted || !catalog.warnings().isEmpty()) {
                problems.add(e.getKey() + ": Codex's view lists " + catalog.entries().size() + " hooks of " + converted
                        + " converted, warnings " + catalog.warnings());
            }
            if (converted < claudeHandlers) {
                boolean warned = plan.diagnostics().stream().anyMatch(d -> d.severity() == Severity.WARNING
                        && d.position().file().toString().contains("/.claude/settings"));
                if (!warned) {
                    problems.add(e.getKey() + ": " + (claudeHandlers - converted) + " hooks dropped without a warning");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(settingsWithHooks).isEqualTo(15);

        assertThat(plans.get("CircleCI-Public/chunk-cli").diagnostics())
                .anyMatch(d -> d.rule().equals("claude/matcher-argument-filter") && d.severity() == Severity.WARNING
                        && d.message().contains("Bash(git commit*)") && d.position().line() == 12);
        assertThat(plans.get("FeruzLatifov/hemis-back").diagnostics())
                .anyMatch(d -> d.rule().equals("claude/settings-jsonc") && d.position().line() == 4);
        assertThat(plans.get("bodymindarts/command-center").diagnostics())
                .anyMatch(d -> d.rule().equals("claude/event-unsupported") && d.message().contains("Notification"));
    }

    private static int handlers(Jsonc.Obj hooks) {
        int n = 0;
        for (Jsonc.Value groups : hooks.members().values()) {
            if (groups instanceof Jsonc.Arr a) {
                for (Jsonc.Value g : a.items()) {
                    if (g instanceof Jsonc.Obj o && o.get("hooks").orElse(null) instanceof Jsonc.Arr h) {
                        n += h.items().size();
                    }
                }
            }
        }
        return n;
    }
}
