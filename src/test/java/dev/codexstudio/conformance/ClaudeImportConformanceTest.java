package dev.codexstudio.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.core.claude.ClaudeImporter;
import dev.codexstudio.core.claude.ImportPlan;
import dev.codexstudio.core.claude.ImportWriter;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.support.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Codex stacks converted from the corpus's 17 Claude Code setups are loaded by the real Codex 0.169.0 as the
 * studio reads them: {@code hooks/list} gives every converted handler, with the same keys, matchers, commands,
 * timeouts, hashes and no parse warnings; the AGENTS.md text, skills and config agree as well.
 */
class ClaudeImportConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void codexLoadsTheConvertedStacksAsTheStudioReadsThem(@TempDir Path tempDir) throws Exception {
        CodexOracle codex = CodexOracle.require();
        Path tmp = ConformanceReport.workDir("claude-import", tempDir);
        Map<String, Path> sources = new TreeMap<>();
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (f.kind().equals("claude")) {
                sources.put(f.repo(), f.repoDir());
            }
        }
        assertThat(sources).hasSize(17);
        World world = World.create(tmp.resolve("w"));
        Map<Path, Integer> converted = new TreeMap<>();
        for (Map.Entry<String, Path> e : sources.entrySet()) {
            Path repo = world.newRepo(e.getKey().replace('/', '_'));
            ImportPlan plan = ClaudeImporter.plan(e.getValue(), repo, ClaudeImporter.Guidance.COPY);
            ImportWriter.write(plan);
            world.trust(repo, true);
            Path hooksFile = repo.resolve(".codex/hooks.json");
            int n = 0;
            if (Files.exists(hooksFile)) {
                for (JsonNode groups : JSON.readTree(hooksFile.toFile()).path("hooks")) {
                    for (JsonNode g : groups) {
                        n += g.path("hooks").size();
                    }
                }
            }
            converted.put(repo, n);
        }
        world.writeTrust();

        List<Path> repos = new ArrayList<>(converted.keySet());
        List<String> problems = new ArrayList<>();
        JsonNode data;
        try (CodexOracle.AppServer server = codex.appServer(world.codexHome(), world.home(), world.dir())) {
            data = server.hooksList(repos.toArray(Path[]::new)).path("data");
        }
        int total = 0;
        for (int i = 0; i < repos.size(); i++) {
            Path repo = repos.get(i);
            JsonNode entry = data.get(i);
            int listed = entry.path("hooks").size();
            total += listed;
            if (listed != converted.get(repo) || entry.path("warnings").size() > 0) {
                problems.add(repo.getFileName() + ": Codex lists " + listed + " of " + converted.get(repo)
                        + " converted hooks, warnings " + entry.path("warnings"));
            }
            String expected = HooksListing.ofCodex(entry);
            String actual = HooksListing.ofStudio(HookDiscovery.discover(ConfigStackLoader.load(world.environment(), repo)));
            if (!expected.equals(actual)) {
                problems.add(repo.getFileName() + ": hooks/list differs\n--- codex\n" + expected + "--- studio\n" + actual);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(total).isGreaterThan(50);

        StackComparison all = StackComparison.compare(codex, List.of(world));
        all.record("claude-import");
        assertThat(all.disagreements()).isEmpty();
    }
}
