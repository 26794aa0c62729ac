package dev.codexstudio.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.finetune.Behaviour;
import dev.codexstudio.core.finetune.FineTuneChecklist;
import dev.codexstudio.core.finetune.ItemPlan;
import dev.codexstudio.core.finetune.ItemStatus;
import dev.codexstudio.core.finetune.MigrationInput;
import dev.codexstudio.core.finetune.MigrationTargets;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.skills.SkillDiscovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fine-tuning checklist creates is what the real Codex 0.169.0 loads: the coding standards and glossary
 * are in its AGENTS.md text, the glossary and workflow skills are listed (no errors), the linter hook is listed
 * (no warnings), the fast profile is accepted with {@code --profile fast}, and the studio reads the same skills
 * and hooks as Codex.
 */
class FineTuneConformanceTest {

    @Test
    void codexLoadsWhatTheChecklistCreates(@TempDir Path tempDir) throws Exception {
        CodexOracle codex = CodexOracle.require();
        World world = World.create(ConformanceReport.workDir("finetune", tempDir));
        Path repo = world.newRepo("repo");
        Files.writeString(repo.resolve("AGENTS.md"), "# Ledger service\n\nRun `make test` before you finish.\n");
        world.trust(repo, true);
        world.writeTrust();
        MigrationTargets targets = MigrationTargets.of(repo, world.codexHome());

        List<MigrationInput> inputs = List.of(
                new MigrationInput.Style("Use tabs for indentation.\nName tests after the behaviour they check.", "make lint"),
                new MigrationInput.Glossary("Ledger: the book of record\nPosting: one line of a journal entry"),
                new MigrationInput.Workflow("month-end-close", "Close the books at month end: post accruals and reconcile.",
                        "Post the accruals\nReconcile the bank accounts\nLock the period", "#!/bin/sh\necho closing\n"),
                new MigrationInput.Latency("", "low"));
        for (MigrationInput input : inputs) {
            ItemPlan plan = FineTuneChecklist.plan(targets, input);
            assertThat(plan.canApply()).as(input.behaviour() + ": " + plan.inputProblems() + plan.conflicts()).isTrue();
            FineTuneChecklist.apply(plan);
        }
        Map<Behaviour, ItemStatus> status = FineTuneChecklist.status(targets, world.environment());
        for (MigrationInput input : inputs) {
            assertThat(status.get(input.behaviour()).done()).as(input.behaviour() + " ticked").isTrue();
        }

        List<String> problems = new ArrayList<>();
        for (String[] args : List.of(new String[] {"--profile", "fast", "mcp", "list", "--json"},
                new String[] {"--profile", "fast", "debug", "prompt-input", "hi"})) {
            CodexOracle.Result r = codex.run(world.codexHome(), world.home(), repo, args);
            if (r.exitCode() != 0) {
                problems.add("codex " + String.join(" ", args) + " failed: " + r.stderr());
            }
        }
        String agents = codex.agentsInstructions(world.codexHome(), world.home(), repo).orElse("");
        for (String expected : List.of("## Coding Standards", "Use tabs for indentation.", "## Glossary", "Ledger",
                "the book of record")) {
            if (!agents.contains(expected)) {
                problems.add("Codex's AGENTS.md text lacks '" + expected + "':\n" + agents);
            }
        }
        JsonNode hooks;
        JsonNode skills;
        try (CodexOracle.AppServer server = codex.appServer(world.codexHome(), world.home(), repo)) {
            hooks = server.hooksList(repo).path("data").get(0);
            skills = server.skillsList(repo).path("data").get(0);
        }
        if (hooks.path("warnings").size() > 0) {
            problems.add("hooks/list warnings " + hooks.path("warnings"));
        }
        String codexHooks = HooksListing.ofCodex(hooks);
        if (!codexHooks.contains("make lint")) {
            problems.add("Codex does not list the linter hook:\n" + codexHooks);
        }
        String studioHooks = HooksListing.ofStudio(HookDiscovery.discover(ConfigStackLoader.load(world.environment(), repo)));
        if (!codexHooks.equals(studioHooks)) {
            problems.add("hooks/list differs\n--- codex\n" + codexHooks + "--- studio\n" + studioHooks);
        }
        if (skills.path("errors").size() > 0) {
            problems.add("skills/list errors " + skills.path("errors"));
        }
        for (String name : List.of("domain-glossary", "month-end-close")) {
            boolean listed = false;
            for (JsonNode skill : skills.path("skills")) {
                listed |= skill.path("name").asText().equals(name) && skill.path("scope").asText().equals("repo");
            }
            if (!listed) {
                problems.add("Codex does not list the skill " + name + ": " + skills);
            }
        }
        String codexSkills = SkillsListing.ofCodex(skills);
        String studioSkills = SkillsListing.ofStudio(SkillDiscovery.discover(ConfigStackLoader.load(world.environment(), repo)));
        if (!codexSkills.equals(studioSkills)) {
            problems.add("skills/list differs\n--- codex\n" + codexSkills + "--- studio\n" + studioSkills);
        }
        assertThat(problems).isEmpty();
        ConformanceReport.record("finetune", 1, 1);
    }
}
