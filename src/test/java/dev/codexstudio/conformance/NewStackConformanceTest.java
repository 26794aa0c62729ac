package dev.codexstudio.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.export.DraftFile;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.newstack.NewStack;
import dev.codexstudio.core.newstack.NewStackCatalog;
import dev.codexstudio.core.newstack.NewStackFixtures;
import dev.codexstudio.core.newstack.NewStackFixtures.Variant;
import dev.codexstudio.core.newstack.NewStackSpec;
import dev.codexstudio.core.samples.BundledSamples;
import dev.codexstudio.core.skills.SkillDiscovery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every template × (empty, default, all presets), written the way {@code new} writes it, is loaded by the real Codex
 * 0.169.0: it lists every hook (the presets included, no warnings) and every skill (no errors) exactly as the studio
 * reads them, accepts the config and each profile ({@code --profile}), and its AGENTS.md text has the conventions.
 */
class NewStackConformanceTest {

    @Test
    void codexLoadsEveryNewStack(@TempDir Path tempDir) throws Exception {
        CodexOracle codex = CodexOracle.require();
        Path tmp = ConformanceReport.workDir("new-stack", tempDir);
        BundledSamples samples = NewStackFixtures.samples();
        List<String> problems = new ArrayList<>();
        int cases = 0;
        for (NewStackCatalog.Template template : NewStackCatalog.templates(samples)) {
            for (Variant variant : Variant.values()) {
                String label = template.name() + "/" + variant;
                NewStackSpec spec = NewStackFixtures.spec(template, variant);
                StackDraft draft = NewStack.build(spec, samples);
                World world = World.create(tmp.resolve(template.name() + "-" + variant));
                Path repo = world.newRepo("repo");
                NewStackFixtures.write(draft, repo, world.codexHome(), world.dir().resolve("managed"));
                world.trust(repo, true);
                world.writeTrust();
                cases++;

                CodexOracle.Result features = codex.run(world.codexHome(), world.home(), repo, "features", "list");
                if (features.exitCode() != 0) {
                    problems.add(label + ": codex features list failed: " + features.stderr());
                }
                for (DraftFile f : draft.inScope(FileScope.USER_HOME)) {
                    if (f.path().endsWith(".config.toml") && !f.path().contains("/")) {
                        String profile = f.path().substring(0, f.path().length() - ".config.toml".length());
                        for (String[] args : List.of(new String[] {"--profile", profile, "mcp", "list", "--json"},
                                new String[] {"--profile", profile, "debug", "prompt-input", "hi"})) {
                            CodexOracle.Result r = codex.run(world.codexHome(), world.home(), repo, args);
                            if (r.exitCode() != 0) {
                                problems.add(label + ": codex " + String.join(" ", args) + " failed: " + r.stderr());
                            }
                        }
                    }
                }

                String conventions = NewStack.conventionsText(spec.conventions(), spec.hooks(),
                        NewStackCatalog.language(spec.conventions().language()));
                String agents = codex.agentsInstructions(world.codexHome(), world.home(), repo).orElse("");
                if (!agents.contains("# " + spec.projectName() + "\n") || !agents.contains(conventions)) {
                    problems.add(label + ": Codex's AGENTS.md text lacks the name or conventions:\n" + agents);
                }

                JsonNode hooks;
                JsonNode skills;
                try (CodexOracle.AppServer server = codex.appServer(world.codexHome(), world.home(), repo)) {
                    hooks = server.hooksList(repo).path("data").get(0);
                    skills = server.skillsList(repo).path("data").get(0);
                }
                if (hooks.path("warnings").size() > 0) {
                    problems.add(label + ": hooks/list warnings " + hooks.path("warnings"));
                }
                String codexHooks = HooksListing.ofCodex(hooks);
                String studioHooks = HooksListing.ofStudio(HookDiscovery.discover(
                        ConfigStackLoader.load(world.environment(), repo)));
                if (!codexHooks.equals(studioHooks)) {
                    problems.add(label + ": hooks/list differs\n--- codex\n" + codexHooks + "--- studio\n" + studioHooks);
                }
                for (NewStackSpec.HookPreset preset : spec.hooks()) {
                    String script = NewStackCatalog.hookPreset(preset).script();
                    if (!codexHooks.contains(script)) {
                        problems.add(label + ": Codex does not list the " + script + " hook:\n" + codexHooks);
                    }
                }
                if (skills.path("errors").size() > 0) {
                    problems.add(label + ": skills/list errors " + skills.path("errors"));
                }
                String codexSkills = SkillsListing.ofCodex(skills);
                String studioSkills = SkillsListing.ofStudio(SkillDiscovery.discover(
                        ConfigStackLoader.load(world.environment(), repo)));
                if (!codexSkills.equals(studioSkills)) {
                    problems.add(label + ": skills/list differs\n--- codex\n" + codexSkills + "--- studio\n" + studioSkills);
                }
                for (NewStackSpec.SkillChoice s : spec.skills()) {
                    boolean listed = false;
                    for (JsonNode skill : skills.path("skills")) {
                        listed |= skill.path("name").asText().equals(s.name()) && skill.path("scope").asText().equals("repo");
                    }
                    if (!listed) {
                        problems.add(label + ": Codex does not list the skill " + s.name());
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(12);
        assertThat(problems).isEmpty();
        ConformanceReport.record("new-stack", cases, cases);
    }
}
