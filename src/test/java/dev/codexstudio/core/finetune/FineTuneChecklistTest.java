package dev.codexstudio.core.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.model.CodexEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FineTuneChecklistTest {

    @TempDir
    Path tmp;

    private Path repo;
    private Path home;
    private MigrationTargets targets;
    private CodexEnvironment env;

    @BeforeEach
    void setUp() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        home = Files.createDirectories(tmp.resolve("home/.codex"));
        targets = MigrationTargets.of(repo, home);
        env = new CodexEnvironment(home, tmp.resolve("home"), tmp.resolve("etc"), null);
    }

    private Map<Behaviour, ItemStatus> status() {
        return FineTuneChecklist.status(targets, env);
    }

    @Test
    void nothingIsDoneInAnEmptyRepository() {
        assertThat(status().values()).allSatisfy(s -> {
            assertThat(s.done()).isFalse();
            assertThat(s.summary()).isEqualTo("Not created yet");
        });
    }

    @Test
    void styleAppendsASectionToTheExistingAgentsMdKeepingItsBytesAndAddsTheLinterHook() throws Exception {
        String original = "# Project\n\nBe brief.";
        Files.writeString(repo.resolve("AGENTS.md"), original);
        ItemPlan plan = FineTuneChecklist.plan(targets, new MigrationInput.Style("- Use British English\nPrefer const\n\n", "npm run lint"));
        assertThat(plan.canApply()).isTrue();
        assertThat(plan.changes()).extracting(PlannedChange::kind)
                .containsExactly(PlannedChange.Kind.APPEND, PlannedChange.Kind.CREATE);
        assertThat(plan.changes().get(0).diff(repo)).contains("+## Coding Standards").contains("+- Use British English");
        FineTuneChecklist.apply(plan);
        String agents = Files.readString(repo.resolve("AGENTS.md"));
        assertThat(agents).startsWith(original + "\n\n## Coding Standards\n\n- Use British English\n- Prefer const\n");
        String hooks = Files.readString(repo.resolve(".codex/hooks.json"));
        assertThat(hooks).contains("\"PostToolUse\"").contains("\"npm run lint\"").contains("^(Edit|Write)$");
        ItemStatus s = status().get(Behaviour.CODE_STYLE);
        assertThat(s.done()).as(s.findings().toString()).isTrue();
        assertThat(s.artefacts()).contains(repo.resolve("AGENTS.md"), repo.resolve(".codex/hooks.json"));
        // a second attempt is a conflict, never a duplicate section
        ItemPlan again = FineTuneChecklist.plan(targets, new MigrationInput.Style("x", ""));
        assertThat(again.canApply()).isFalse();
        assertThat(again.conflicts()).hasSize(1);
        assertThatThrownBy(() -> FineTuneChecklist.apply(again)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSectionGoesToTheOverrideWhenCodexReadsTheOverride() throws Exception {
        Files.writeString(repo.resolve("AGENTS.md"), "# ignored by Codex\n");
        Files.writeString(repo.resolve("AGENTS.override.md"), "# Override\n");
        FineTuneChecklist.apply(FineTuneChecklist.plan(targets, new MigrationInput.Style("Tabs", "")));
        assertThat(Files.readString(repo.resolve("AGENTS.md"))).isEqualTo("# ignored by Codex\n");
        assertThat(Files.readString(repo.resolve("AGENTS.override.md"))).isEqualTo("# Override\n\n## Coding Standards\n\n- Tabs\n");
        assertThat(status().get(Behaviour.CODE_STYLE).done()).isTrue();
    }

    @Test
    void aLinterHookIsAddedToAnExistingHooksJsonWithoutLosingItsHandlers() throws Exception {
        Files.createDirectories(repo.resolve(".codex"));
        String existing = "{\n  \"hooks\": {\n    \"SessionStart\": [ { \"hooks\": [ { \"type\": \"command\", \"command\": \"echo hi\" } ] } ]\n  }\n}\n";
        Files.writeString(repo.resolve(".codex/hooks.json"), existing);
        ItemPlan plan = FineTuneChecklist.plan(targets, new MigrationInput.Style("Tabs", "ruff check ."));
        assertThat(plan.changes().get(1).kind()).isEqualTo(PlannedChange.Kind.EDIT);
        FineTuneChecklist.apply(plan);
        String after = Files.readString(repo.resolve(".codex/hooks.json"));
        assertThat(after).contains("echo hi").contains("ruff check .").contains("PostToolUse");
    }

    @Test
    void glossaryCreatesTheSectionTheSkillAndItsReference() throws Exception {
        ItemPlan bad = FineTuneChecklist.plan(targets, new MigrationInput.Glossary("ledger: the book\nno colon here"));
        assertThat(bad.canApply()).isFalse();
        assertThat(bad.inputProblems()).singleElement().asString().startsWith("Line 2:");
        ItemPlan plan = FineTuneChecklist.plan(targets, new MigrationInput.Glossary("Ledger: the book of record\n- Posting: one line | of a ledger"));
        FineTuneChecklist.apply(plan);
        assertThat(Files.readString(repo.resolve("AGENTS.md"))).contains("## Glossary").contains("- **Ledger**: the book of record");
        Path skill = repo.resolve(".agents/skills/domain-glossary");
        assertThat(Files.readString(skill.resolve("SKILL.md"))).startsWith("---\nname: domain-glossary\ndescription: ");
        assertThat(Files.readString(skill.resolve("references/glossary.md"))).contains("| Posting | one line \\| of a ledger |");
        ItemStatus s = status().get(Behaviour.TERMINOLOGY);
        assertThat(s.done()).as(s.findings().toString()).isTrue();
        assertThat(FineTuneChecklist.workflowSkills(targets)).isEmpty();
    }

    @Test
    void anExistingGlossarySkillIsAConflictAndNotOverwritten() throws Exception {
        Path skill = Files.createDirectories(repo.resolve(".agents/skills/domain-glossary"));
        Files.writeString(skill.resolve("SKILL.md"), "mine");
        ItemPlan plan = FineTuneChecklist.plan(targets, new MigrationInput.Glossary("a: b"));
        assertThat(plan.canApply()).isFalse();
        assertThat(plan.conflicts()).hasSize(2);
        assertThat(Files.readString(skill.resolve("SKILL.md"))).isEqualTo("mine");
    }

    @Test
    void outputSchemaIsCheckedAndWrittenWithItsUsage() throws Exception {
        ItemPlan bad = FineTuneChecklist.plan(targets, new MigrationInput.OutputSchema("{ \"type\": "));
        assertThat(bad.inputProblems()).singleElement().asString().startsWith("Not valid JSON at line 1").doesNotContain("Source").endsWith("commas there.");
        ItemPlan plan = FineTuneChecklist.plan(targets, new MigrationInput.OutputSchema(
                "{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"string\"}},\"required\":[\"summary\"],\"additionalProperties\":false}"));
        assertThat(plan.usage()).startsWith("codex exec --output-schema schemas/codex-output.schema.json");
        FineTuneChecklist.apply(plan);
        assertThat(status().get(Behaviour.OUTPUT_FORMAT).done()).isTrue();
        Files.writeString(targets.schemaFile(), "[1]");
        ItemStatus broken = status().get(Behaviour.OUTPUT_FORMAT);
        assertThat(broken.done()).isFalse();
        assertThat(broken.findings()).singleElement().satisfies(d -> assertThat(d.message()).contains("JSON object"));
    }

    @Test
    void workflowBecomesASkillWithAnExecutableScript() throws Exception {
        assertThat(FineTuneChecklist.plan(targets, new MigrationInput.Workflow("API Review", "x", "a", "")).inputProblems())
                .singleElement().asString().contains("lowercase");
        ItemPlan plan = FineTuneChecklist.plan(targets, new MigrationInput.Workflow("api-review",
                "Review API changes for breaking changes: use before merging.", "1. Diff the OpenAPI file\n2. Run the script", "git diff --stat"));
        FineTuneChecklist.apply(plan);
        Path dir = repo.resolve(".agents/skills/api-review");
        String md = Files.readString(dir.resolve("SKILL.md"));
        assertThat(md).contains("description: \"Review API changes for breaking changes: use before merging.\"")
                .contains("1. Diff the OpenAPI file\n2. Run the script\n").contains("scripts/api-review.sh");
        assertThat(Files.isExecutable(dir.resolve("scripts/api-review.sh"))).isTrue();
        assertThat(Files.readString(dir.resolve("scripts/api-review.sh"))).startsWith("#!/bin/sh\n");
        ItemStatus s = status().get(Behaviour.WORKFLOW);
        assertThat(s.done()).as(s.findings().toString()).isTrue();
        assertThat(s.artefacts()).containsExactly(dir.resolve("SKILL.md"));
    }

    @Test
    void complianceWritesManagedRequirementsWithRealKeysOnly() throws Exception {
        ItemPlan bad = FineTuneChecklist.plan(targets, new MigrationInput.Compliance(List.of("workspace-write"), List.of("untrusted"), "secrets/**"));
        assertThat(bad.inputProblems()).hasSize(2);
        ItemPlan plan = FineTuneChecklist.plan(targets, new MigrationInput.Compliance(
                List.of("read-only", "workspace-write"), List.of("on-request"), "./secrets/**\n/etc/ssl/private"));
        assertThat(plan.changes()).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo(home.resolve("managed/requirements.toml"));
            assertThat(c.after()).contains("allowed_sandbox_modes = [\"read-only\", \"workspace-write\"]")
                    .contains("[permissions.filesystem]\ndeny_read = [\"./secrets/**\", \"/etc/ssl/private\"]")
                    .doesNotContain("deny_write");
        });
        FineTuneChecklist.apply(plan);
        ItemStatus s = status().get(Behaviour.COMPLIANCE);
        assertThat(s.done()).as(s.findings().toString()).isTrue();
    }

    @Test
    void latencyWritesTheFastProfileAndAnInvalidOneIsNotTicked() throws Exception {
        ItemPlan plan = FineTuneChecklist.plan(targets, new MigrationInput.Latency("gpt-5.3-codex-spark", "low"));
        FineTuneChecklist.apply(plan);
        assertThat(Files.readString(home.resolve("fast.config.toml")))
                .contains("model = \"gpt-5.3-codex-spark\"\nmodel_reasoning_effort = \"low\"\n");
        assertThat(status().get(Behaviour.LATENCY).done()).isTrue();
        Files.writeString(home.resolve("fast.config.toml"), "approval_policy = \"untrusted\"\n");
        ItemStatus s = status().get(Behaviour.LATENCY);
        assertThat(s.findings()).anyMatch(d -> d.isError());
        assertThat(s.done()).isFalse();
        assertThat(FineTuneChecklist.plan(targets, new MigrationInput.Latency("m", "low")).conflicts()).hasSize(1);
    }

    @Test
    void aLegacyFastProfileTableBlocksTheProfile() throws Exception {
        Files.writeString(home.resolve("config.toml"), "[profiles.fast]\nmodel = \"x\"\n");
        assertThat(FineTuneChecklist.plan(targets, new MigrationInput.Latency("m", "low")).inputProblems())
                .singleElement().asString().contains("[profiles.fast]");
    }

    @Test
    void applyRefusesWhenTheFileChangedSinceThePlan() throws Exception {
        Files.writeString(repo.resolve("AGENTS.md"), "# A\n");
        ItemPlan plan = FineTuneChecklist.plan(targets, new MigrationInput.Style("Tabs", ""));
        Files.writeString(repo.resolve("AGENTS.md"), "# B\n");
        assertThatThrownBy(() -> FineTuneChecklist.apply(plan)).isInstanceOf(ExternalChangeException.class);
        assertThat(Files.readString(repo.resolve("AGENTS.md"))).isEqualTo("# B\n");
    }
}
