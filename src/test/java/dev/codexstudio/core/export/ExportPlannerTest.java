package dev.codexstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPlannerTest {

    @TempDir
    Path tmp;

    private final SecretScanner scanner = SecretScanner.forUserHome("/nonexistent-home");

    private static StackDraft draft(DraftFile... files) {
        return new StackDraft("demo", List.of(files));
    }

    @Test
    void eachFileGetsItsActionScopeAndExplanation() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("AGENTS.md"), "# Same\n");
        Files.createDirectories(out.resolve(".codex"));
        Files.writeString(out.resolve(".codex/config.toml"), "model = \"a\"\n");
        StackDraft d = draft(
                DraftFile.text("AGENTS.md", "# Same\n", FileScope.REPOSITORY, false, "guidance"),
                DraftFile.text(".codex/config.toml", "model = \"b\"\n", FileScope.REPOSITORY, false, "config"),
                DraftFile.text(".codex/hooks.json", "{}\n", FileScope.REPOSITORY, false, "hooks"),
                DraftFile.text("fast.config.toml", "model = \"c\"\n", FileScope.USER_HOME, false, "profile"),
                DraftFile.text("requirements.toml", "", FileScope.MANAGED, false, "policy"));

        ExportPlan plan = ExportPlanner.plan(d, ExportTargets.repositoryOnly(out), scanner);

        assertThat(plan.file("AGENTS.md")).get().extracting(PlannedExport::action).isEqualTo(ExportAction.IDENTICAL);
        PlannedExport config = plan.file(".codex/config.toml").orElseThrow();
        assertThat(config.action()).isEqualTo(ExportAction.CONFLICT);
        assertThat(config.diff()).contains("-model = \"a\"").contains("+model = \"b\"").startsWith("--- a/.codex/config.toml");
        assertThat(plan.file(".codex/hooks.json")).get().extracting(PlannedExport::action).isEqualTo(ExportAction.CREATE);
        assertThat(plan.files()).allSatisfy(f -> assertThat(f.scopeExplanation()).isEqualTo(FileScope.REPOSITORY.explanation()));
        assertThat(plan.notWritten()).extracting(n -> n.file().path()).containsExactly("fast.config.toml", "requirements.toml");
        assertThat(plan.notWritten().get(0).reason()).contains("--codex-home-out");
        assertThat(plan.notWritten().get(1).reason()).contains("--managed-out");
        assertThat(plan.unresolvedConflicts(java.util.Set.of())).extracting(PlannedExport::path).containsExactly(".codex/config.toml");
        assertThat(Files.exists(out.resolve(".codex/hooks.json"))).as("planning writes nothing").isFalse();
    }

    @Test
    void userHomeAndManagedFilesGoToTheirOwnFoldersWithoutTheSecretScan() {
        StackDraft d = draft(
                DraftFile.text("config.toml", "[model_providers.x]\nexperimental_bearer_token = \"abcd1234efgh5678\"\n",
                        FileScope.USER_HOME, false, "personal"),
                DraftFile.text("requirements.toml", "allowed_sandbox_modes = [\"read-only\"]\n", FileScope.MANAGED, false, "p"));
        ExportTargets targets = ExportTargets.repositoryOnly(tmp.resolve("repo")).withCodexHome(tmp.resolve("home"))
                .withManaged(tmp.resolve("etc"));
        ExportPlan plan = ExportPlanner.plan(d, targets, scanner);
        assertThat(plan.files()).extracting(PlannedExport::action).containsOnly(ExportAction.CREATE);
        assertThat(plan.file(FileScope.USER_HOME, "config.toml").orElseThrow().target()).isEqualTo(tmp.resolve("home/config.toml"));
        assertThat(plan.file(FileScope.MANAGED, "requirements.toml").orElseThrow().target())
                .isEqualTo(tmp.resolve("etc/requirements.toml"));
        assertThat(plan.notWritten()).isEmpty();
    }

    @Test
    void aRepositoryFileWithASecretIsBlockedWithItsPosition() {
        StackDraft d = draft(DraftFile.text(".codex/config.toml",
                "model = \"gpt-5.5\"\n[model_providers.corp]\nexperimental_bearer_token = \"sk-proj-Ab3dE5gH7jK9mN1pQ3sT5vX7zB\"\n",
                FileScope.REPOSITORY, false, "config"));
        ExportPlan plan = ExportPlanner.plan(d, ExportTargets.repositoryOnly(tmp.resolve("out")), scanner);
        PlannedExport f = plan.file(".codex/config.toml").orElseThrow();
        assertThat(f.action()).isEqualTo(ExportAction.BLOCKED);
        assertThat(f.diagnostics()).isNotEmpty().allSatisfy(x -> assertThat(x.rule()).isEqualTo(SecretScanner.SECRET));
        assertThat(f.diagnostics().get(0).position().line()).isEqualTo(3);
        assertThat(f.diagnostics().get(0).position().toString()).isEqualTo(".codex/config.toml:3:30");
        assertThat(f.diagnostics().get(0).message()).doesNotContain("Ab3dE5gH7jK9mN1pQ3sT5vX7zB");
        assertThat(plan.hasBlocked()).isTrue();
    }

    @Test
    void twoScopesPointingAtTheSameFileAreBlocked() {
        Path same = tmp.resolve("same");
        StackDraft d = draft(DraftFile.text("config.toml", "a = 1\n", FileScope.REPOSITORY, false, ""),
                DraftFile.text("config.toml", "b = 1\n", FileScope.USER_HOME, false, ""));
        ExportPlan plan = ExportPlanner.plan(d, ExportTargets.repositoryOnly(same).withCodexHome(same), scanner);
        assertThat(plan.file(FileScope.REPOSITORY, "config.toml").orElseThrow().action()).isEqualTo(ExportAction.CREATE);
        PlannedExport second = plan.file(FileScope.USER_HOME, "config.toml").orElseThrow();
        assertThat(second.action()).isEqualTo(ExportAction.BLOCKED);
        assertThat(second.diagnostics().get(0).rule()).isEqualTo(ExportPlanner.SAME_TARGET);
    }

    @Test
    void unsafeTargetsAreBlockedNotThrown() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve(".agents"), Files.createDirectories(tmp.resolve("outside")));
        Files.createDirectories(out.resolve("AGENTS.md"));
        StackDraft d = draft(DraftFile.text(".agents/skills/a/SKILL.md", "x", FileScope.REPOSITORY, false, ""),
                DraftFile.text("AGENTS.md", "x", FileScope.REPOSITORY, false, ""));
        ExportPlan plan = ExportPlanner.plan(d, ExportTargets.repositoryOnly(out), scanner);
        assertThat(plan.files()).extracting(PlannedExport::action).containsOnly(ExportAction.BLOCKED);
        assertThat(plan.diagnostics()).extracting(x -> x.rule())
                .containsExactlyInAnyOrder(TargetPaths.OUTSIDE, TargetPaths.FOLDER_IN_THE_WAY);
    }
}
