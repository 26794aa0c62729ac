package dev.codexstudio.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written cases per legacy form: plan, diff, apply, and what the validator says afterwards. */
class MigratorTest {

    @TempDir
    Path tmp;
    Path home;
    Path repo;
    CodexEnvironment env;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(tmp.resolve("codex-home"));
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(tmp.resolve("user"));
        env = new CodexEnvironment(home, tmp.resolve("user"), tmp.resolve("etc"), null);
    }

    private List<Diagnostic> validate() {
        return StackValidator.validate(StackScanner.scan(repo, env));
    }

    private MigrationPlan plan() {
        return Migrator.plan(StackScanner.scan(repo, env));
    }

    private List<LegacyForm> legacyLeft() {
        return validate().stream().map(LegacyForm::of).flatMap(java.util.Optional::stream).toList();
    }

    private String migrateConfig(String config) throws Exception {
        Path file = home.resolve("config.toml");
        Files.writeString(file, config);
        MigrationPlan plan = plan();
        assertThat(plan.isEmpty()).as("plan for\n" + config).isFalse();
        assertThat(Files.readString(file)).as("the plan writes nothing").isEqualTo(config);
        Migrator.apply(plan);
        // forms that only show once the file reads (timeoutSec inside a single-table hook) take another round
        Migrator.applyAll(() -> StackScanner.scan(repo, env), 3);
        assertThat(legacyLeft()).isEmpty();
        assertThat(plan().isEmpty()).isTrue();
        assertThat(validate().stream().filter(Diagnostic::isError).toList()).isEmpty();
        return Files.readString(file);
    }

    @Test
    void reasoningEffortIsRenamedAndCommentsStay() throws Exception {
        String out = migrateConfig("# mine\nmodel = \"gpt-5\" # keep\nreasoning_effort = \"high\" # effort\n");
        assertThat(out).isEqualTo("# mine\nmodel = \"gpt-5\" # keep\nmodel_reasoning_effort = \"high\" # effort\n");
    }

    @Test
    void approvalValues() throws Exception {
        assertThat(migrateConfig("approval_policy = \"on-failure\"\n# end\n")).isEqualTo("approval_policy = \"on-request\"\n# end\n");
        assertThat(migrateConfig("model = \"o3\"\napproval_policy = \"untrusted\"\n")).isEqualTo("model = \"o3\"\n");
    }

    @Test
    void codexHooksFeature() throws Exception {
        assertThat(migrateConfig("[features]\ncodex_hooks = false # off\n")).isEqualTo("[features]\nhooks = false # off\n");
    }

    @Test
    void profileTablesBecomeProfileFilesAndTheSelectorGoes() throws Exception {
        String out = migrateConfig("""
                # base
                model = "gpt-5"
                profile = "work"

                [profiles.work]
                # work settings
                model = "o3"
                model_reasoning_effort = "high"

                [profiles.work.sandbox_workspace_write]
                network_access = true # needed

                [tui]
                theme = "dark"
                """);
        assertThat(out).isEqualTo("""
                # base
                model = "gpt-5"

                [tui]
                theme = "dark"
                """);
        assertThat(Files.readString(home.resolve("work.config.toml"))).isEqualTo("""
                # work settings
                model = "o3"
                model_reasoning_effort = "high"

                [sandbox_workspace_write]
                network_access = true # needed
                """);
    }

    @Test
    void aProfileFileThatExistsIsLeftForTheUser() throws Exception {
        Files.writeString(home.resolve("work.config.toml"), "model = \"x\"\n");
        Files.writeString(home.resolve("config.toml"), "[profiles.work]\nmodel = \"o3\"\n");
        MigrationPlan plan = plan();
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.manual()).extracting(Diagnostic::rule).containsExactly("config/legacy-profile");
    }

    @Test
    void dottedProfilesAreNotMechanical() throws Exception {
        Files.writeString(home.resolve("config.toml"), "profiles.work.model = \"o3\"\n");
        MigrationPlan plan = plan();
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.manual()).isNotEmpty();
    }

    @Test
    void singleTableHooksAndTimeoutSec() throws Exception {
        String out = migrateConfig("""
                [hooks.PostToolUse]
                matcher = "Bash"

                [[hooks.PostToolUse.hooks]]
                type = "command"
                command = "echo hi"
                timeoutSec = 5
                """);
        assertThat(out).contains("[[hooks.PostToolUse]]\nmatcher = \"Bash\"").contains("timeout = 5").doesNotContain("timeoutSec");
    }

    @Test
    void hooksJsonEventsAtTopLevelAreWrapped() throws Exception {
        Path file = home.resolve("hooks.json");
        Files.writeString(file, "{\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"echo\", \"timeoutSec\": 3}]}]}\n");
        Migrator.apply(plan());
        // the second legacy form (timeoutSec) is visible only once the file parses: a second run takes it
        Migrator.apply(plan());
        assertThat(legacyLeft()).isEmpty();
        assertThat(Files.readString(file)).contains("\"hooks\"").containsPattern("\"timeout\"\\s*:\\s*3");
        assertThat(plan().isEmpty()).isTrue();
    }

    @Test
    void userSkillsFolderIsMoved() throws Exception {
        Path skill = Files.createDirectories(home.resolve("skills/lint"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: lint\ndescription: Lints.\n---\nRun it.\n");
        MigrationPlan plan = plan();
        assertThat(plan.combinedDiff()).contains("rename from").contains(".agents/skills/lint");
        Migrator.apply(plan);
        assertThat(tmp.resolve("user/.agents/skills/lint/SKILL.md")).hasContent("---\nname: lint\ndescription: Lints.\n---\nRun it.\n");
        assertThat(skill).doesNotExist();
        assertThat(legacyLeft()).isEmpty();
    }

    @Test
    void combinedPlanHasOneChangePerFileAndADiff() throws Exception {
        Files.writeString(home.resolve("config.toml"), "reasoning_effort = \"low\"\napproval_policy = \"on-failure\"\n");
        MigrationPlan plan = plan();
        assertThat(plan.changes()).hasSize(1);
        assertThat(plan.combinedDiff()).contains("-reasoning_effort = \"low\"\n", "+model_reasoning_effort = \"low\"\n",
                "+approval_policy = \"on-request\"\n");
        assertThat(plan.changes().get(0).forms()).containsExactlyInAnyOrder(LegacyForm.REASONING_EFFORT,
                LegacyForm.APPROVAL_ON_FAILURE);
    }

    @Test
    void aFileChangedSinceThePlanIsRefusedAndNothingIsWritten() throws Exception {
        Files.writeString(home.resolve("config.toml"), "reasoning_effort = \"low\"\n");
        Files.writeString(home.resolve("hooks.json"), "{\"Stop\": []}\n");
        MigrationPlan plan = plan();
        Files.writeString(home.resolve("config.toml"), "reasoning_effort = \"medium\"\n");
        assertThatThrownBy(() -> Migrator.apply(plan)).isInstanceOf(ExternalChangeException.class);
        assertThat(home.resolve("hooks.json")).hasContent("{\"Stop\": []}\n");
    }

    @Test
    void aCurrentStackHasNothingToMigrate() throws Exception {
        Files.writeString(home.resolve("config.toml"), "model_reasoning_effort = \"high\"\n[features]\nhooks = false\n");
        assertThat(plan().isEmpty()).isTrue();
    }

    @Test
    void hooksJsonWrapKeepsTheUsersLayoutAndKeyOrder() throws Exception {
        Path file = home.resolve("hooks.json");
        String original = "{\n    \"description\": \"mine\",\n    \"Stop\": [\n        {\"hooks\": [{\"type\": \"command\", \"command\": \"b\"}]}\n    ],\n"
                + "    \"PreToolUse\": [{\"matcher\": \"Bash\", \"hooks\": [{\"command\": \"a\", \"type\": \"command\"}]}]\n}\n";
        Files.writeString(file, original);
        Migrator.apply(plan());
        assertThat(Files.readString(file)).isEqualTo("{\n    \"description\": \"mine\",\n    \"hooks\": {\n        \"Stop\": [\n"
                + "            {\"hooks\": [{\"type\": \"command\", \"command\": \"b\"}]}\n        ],\n"
                + "        \"PreToolUse\": [{\"matcher\": \"Bash\", \"hooks\": [{\"command\": \"a\", \"type\": \"command\"}]}]\n    }\n}\n");
        assertThat(legacyLeft()).isEmpty();
    }

    @Test
    void theDryRunPlansEveryRoundAndEqualsWhatIsWritten() throws Exception {
        Path file = home.resolve("hooks.json");
        String original = "{\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"echo\", \"timeoutSec\": 3}]}]}\n";
        Files.writeString(file, original);
        MigrationPlan all = Migrator.planAll(() -> StackScanner.scan(repo, env), 6);
        assertThat(Files.readString(file)).as("planning writes nothing").isEqualTo(original);
        assertThat(all.changes()).hasSize(1);
        assertThat(all.changes().get(0).forms()).contains(LegacyForm.TOP_LEVEL_EVENTS, LegacyForm.TIMEOUT_SEC);
        assertThat(all.combinedDiff()).contains("\"timeout\": 3").doesNotContain("+{\"Stop\"");
        Migrator.apply(all);
        assertThat(all.combinedDiff()).isEqualTo(dev.codexstudio.core.io.LineDiff.unified(Migrator.rel(repo, file), original,
                Files.readString(file)));
        assertThat(Files.readString(file)).isEqualTo("{\"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"echo\", \"timeout\": 3}]}]}}\n");
        assertThat(plan().isEmpty()).isTrue();
        assertThat(legacyLeft()).isEmpty();
    }
}
