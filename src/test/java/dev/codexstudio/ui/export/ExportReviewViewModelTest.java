package dev.codexstudio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.export.DraftFile;
import dev.codexstudio.core.export.ExportAction;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export review: actions per file, conflicts kept unless ticked, personal files only into a chosen home. */
class ExportReviewViewModelTest {

    @TempDir
    Path tmp;

    private static StackDraft draft() {
        return new StackDraft("demo", List.of(
                DraftFile.text("AGENTS.md", "# Demo\n\nRun `make test`.\n", FileScope.REPOSITORY, false, "guidance"),
                DraftFile.text(".codex/hooks/check.sh", "#!/bin/sh\nexit 0\n", FileScope.REPOSITORY, true, "a hook script"),
                DraftFile.text("README.md", "same\n", FileScope.REPOSITORY, false, ""),
                DraftFile.text("fast.config.toml", "model_reasoning_effort = \"low\"\n", FileScope.USER_HOME, false, "profile")));
    }

    private ExportReviewViewModel vm(Path target) {
        ExportReviewViewModel vm = new ExportReviewViewModel(TaskExecutor.direct());
        vm.setDraft(draft());
        vm.targetProperty().set(target);
        return vm;
    }

    @Test
    void withoutATargetNothingCanBeWritten() {
        ExportReviewViewModel vm = new ExportReviewViewModel(TaskExecutor.direct());
        vm.setDraft(draft());
        assertThat(vm.problemProperty().get()).isEqualTo("Choose the folder to export into.");
        assertThat(vm.rows()).hasSize(4).allSatisfy(r -> assertThat(r.action()).isEmpty());
        assertThat(vm.scopes()).containsExactly(FileScope.REPOSITORY, FileScope.USER_HOME);
    }

    @Test
    void aConflictIsUntickedByDefaultAndKeptUnlessTicked() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("t"));
        Files.writeString(target.resolve("AGENTS.md"), "mine\n");
        Files.writeString(target.resolve("README.md"), "same\n");
        ExportReviewViewModel vm = vm(target);
        ExportReviewViewModel.Row agents = row(vm, "AGENTS.md");
        assertThat(agents.action()).contains(ExportAction.CONFLICT);
        assertThat(agents.overwriteProperty().get()).isFalse();
        assertThat(row(vm, "README.md").action()).contains(ExportAction.IDENTICAL);
        assertThat(vm.preview(agents)).contains("-mine").contains("+# Demo");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 new · 1 identical · 1 conflict (0 to overwrite) · 0 blocked · 1 left out");
        assertThat(row(vm, "fast.config.toml").reason()).contains("$CODEX_HOME");

        vm.write();
        assertThat(vm.resultProperty().get().isSuccess()).isTrue();
        assertThat(Files.readString(target.resolve("AGENTS.md"))).isEqualTo("mine\n");
        assertThat(target.resolve(".codex/hooks/check.sh")).exists().isExecutable();
        assertThat(vm.statusProperty().get()).startsWith("Wrote 1 file");

        vm.replan();
        agents = row(vm, "AGENTS.md");
        agents.overwriteProperty().set(true);
        assertThat(vm.overwriteChoices()).containsExactly("AGENTS.md");
        assertThat(vm.summaryProperty().get()).contains("(1 to overwrite)");
        vm.write();
        assertThat(Files.readString(target.resolve("AGENTS.md"))).startsWith("# Demo");
    }

    @Test
    void personalFilesGoOnlyIntoAChosenCodexHome() throws Exception {
        Path target = tmp.resolve("t");
        ExportReviewViewModel vm = vm(target);
        vm.writeCodexHomeProperty().set(true);
        assertThat(vm.problemProperty().get()).startsWith("Choose the Codex home folder");
        Path home = tmp.resolve("home");
        vm.codexHomeProperty().set(home);
        assertThat(row(vm, "fast.config.toml").action()).as(row(vm, "fast.config.toml").reason()).contains(ExportAction.CREATE);
        vm.write();
        assertThat(home.resolve("fast.config.toml")).exists();
        assertThat(target.resolve("fast.config.toml")).doesNotExist();
    }

    @Test
    void aSecretIsBlockedWithItsReason() {
        ExportReviewViewModel vm = new ExportReviewViewModel(TaskExecutor.direct());
        vm.setDraft(draft().with(DraftFile.text(".codex/config.toml",
                "[mcp_servers.x.env]\nOPENAI_API_KEY = \"sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD\"\n",
                FileScope.REPOSITORY, false, "config")));
        vm.targetProperty().set(tmp.resolve("t"));
        ExportReviewViewModel.Row config = row(vm, ".codex/config.toml");
        assertThat(config.action()).contains(ExportAction.BLOCKED);
        assertThat(config.reason()).isNotBlank();
        assertThat(config.willWrite()).isFalse();
    }

    private static ExportReviewViewModel.Row row(ExportReviewViewModel vm, String path) {
        return vm.rows().stream().filter(r -> r.file().path().equals(path)).findFirst().orElseThrow();
    }
}
