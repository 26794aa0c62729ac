package dev.codexstudio.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codexstudio.core.export.ExportAction;
import dev.codexstudio.core.export.ExportPlan;
import dev.codexstudio.core.export.ExportPlanner;
import dev.codexstudio.core.export.ExportResult;
import dev.codexstudio.core.export.ExportTargets;
import dev.codexstudio.core.export.ExportWriter;
import dev.codexstudio.core.export.PlannedExport;
import dev.codexstudio.core.export.SecretScanner;
import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.core.export.StackDrafts;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.support.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bundled sample, exported with its Codex home into a fresh machine (a new repository and Codex home, trusted
 * the way Codex's own prompt records it): the real Codex lists the same hooks and skills, builds the same AGENTS.md
 * instructions and accepts the config in the exported stack as in the source, from every directory that matters.
 */
class ExportConformanceTest {

    @Test
    void codexSeesTheExportedStackAsTheSource(@TempDir Path tempDir) throws Exception {
        CodexOracle codex = CodexOracle.require();
        Path tmp = ConformanceReport.workDir("export", tempDir);
        List<Path> samples;
        try (Stream<Path> s = Files.list(TestPaths.samples())) {
            samples = s.filter(p -> Files.isDirectory(p.resolve("repo"))).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        List<String> disagreements = new ArrayList<>();
        int cases = 0;
        for (Path sample : samples) {
            String name = sample.getFileName().toString();
            World source = World.create(tmp.resolve(name + "-source"));
            source.copyIntoCodexHome(sample.resolve("codex-home"));
            Path sourceRepo = source.copyRepo("repo", sample.resolve("repo"));
            source.trust(sourceRepo, true);
            source.writeTrust();

            World target = World.create(tmp.resolve(name + "-export"));
            Path exportRepo = target.newRepo("repo");
            Stack stack = StackScanner.scan(sourceRepo, source.environment());
            StackDraft draft = StackDrafts.fromStack(stack);
            ExportPlan plan = ExportPlanner.plan(draft, ExportTargets.repositoryOnly(exportRepo)
                    .withCodexHome(target.codexHome()), SecretScanner.forUserHome("/nonexistent-home"));
            assertThat(plan.files()).extracting(PlannedExport::action).containsOnly(ExportAction.CREATE);
            ExportResult result = ExportWriter.apply(plan, Set.of(), false);
            assertThat(result.failed()).isEmpty();
            assertThat(Files.readString(target.codexHome().resolve("config.toml")))
                    .as("the source machine's trust is not exported").doesNotContain(sourceRepo.toString());
            target.trust(exportRepo, true);
            target.writeTrust();

            List<Path> relatives = new ArrayList<>();
            for (CwdView v : stack.views()) {
                relatives.add(sourceRepo.relativize(v.cwd()));
            }
            Path[] sourceCwds = relatives.stream().map(sourceRepo::resolve).toArray(Path[]::new);
            Path[] exportCwds = relatives.stream().map(exportRepo::resolve).toArray(Path[]::new);
            JsonNode[] sourceLists = lists(codex, source, sourceCwds);
            JsonNode[] exportLists = lists(codex, target, exportCwds);
            for (int i = 0; i < relatives.size(); i++) {
                String where = name + ":" + (relatives.get(i).toString().isEmpty() ? "." : relatives.get(i));
                String sSkills = normal(SkillsListing.ofCodex(sourceLists[0].get(i)), source, sourceRepo);
                String eSkills = normal(SkillsListing.ofCodex(exportLists[0].get(i)), target, exportRepo);
                cases++;
                if (!sSkills.equals(eSkills)) {
                    disagreements.add(where + " skills/list differs\n--- source\n" + sSkills + "--- export\n" + eSkills);
                }
                String sHooks = normal(HooksListing.ofCodex(sourceLists[1].get(i)), source, sourceRepo);
                String eHooks = normal(HooksListing.ofCodex(exportLists[1].get(i)), target, exportRepo);
                cases++;
                if (!sHooks.equals(eHooks)) {
                    disagreements.add(where + " hooks/list differs\n--- source\n" + sHooks + "--- export\n" + eHooks);
                }
                CodexOracle.Result sPrompt = codex.promptInput(source.codexHome(), source.home(), sourceCwds[i]);
                CodexOracle.Result ePrompt = codex.promptInput(target.codexHome(), target.home(), exportCwds[i]);
                cases++;
                if (sPrompt.exitCode() != 0 || ePrompt.exitCode() != 0) {
                    disagreements.add(where + " config not accepted: source exit " + sPrompt.exitCode() + ", export exit "
                            + ePrompt.exitCode() + ": " + ePrompt.stderr().strip());
                    continue;
                }
                String sAgents = normal(CodexOracle.agentsInstructions(sPrompt).orElse(""), source, sourceRepo);
                String eAgents = normal(CodexOracle.agentsInstructions(ePrompt).orElse(""), target, exportRepo);
                cases++;
                if (!sAgents.equals(eAgents)) {
                    disagreements.add(where + " AGENTS.md instructions differ");
                }
            }
            JsonNode hooks = exportLists[1].get(0).path("hooks");
            assertThat(hooks.size()).as(name + ": the exported hooks are listed").isGreaterThan(0);
            assertThat(exportLists[0].get(0).path("skills").size()).as(name + ": skills listed").isGreaterThan(0);
        }
        ConformanceReport.record("export", cases, cases - disagreements.size());
        assertThat(disagreements).isEmpty();
        assertThat(cases).isGreaterThanOrEqualTo(samples.size() * 4);
    }

    /** skills/list and hooks/list answers for the directories, from one app-server session. */
    private static JsonNode[] lists(CodexOracle codex, World world, Path[] cwds) throws Exception {
        try (CodexOracle.AppServer server = codex.appServer(world.codexHome(), world.home(), world.dir())) {
            return new JsonNode[] {server.skillsList(cwds).path("data"), server.hooksList(cwds).path("data")};
        }
    }

    /** The listing with the machine's folders replaced by names, so two machines can be compared. */
    private static String normal(String s, World world, Path repo) {
        return s.replace(repo.toString(), "<REPO>").replace(world.codexHome().toString(), "<CODEX_HOME>")
                .replace(world.home().toString(), "<HOME>").replace(world.dir().toString(), "<WORLD>");
    }
}
