package dev.codexstudio.ui.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.claude.ClaudeImporter.Guidance;
import dev.codexstudio.core.claude.PlannedFile;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import preview's state, without a display. */
class ClaudeImportViewModelTest {

    @TempDir
    Path tmp;

    private Path claudeRepo() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(repo.resolve("CLAUDE.md"), "Run the tests before committing.\n");
        Files.createDirectories(repo.resolve(".claude"));
        Files.writeString(repo.resolve(".claude/settings.json"), """
                {"hooks": {"PreToolUse": [{"matcher": "Bash(git commit*)",
                  "hooks": [{"type": "command", "command": "./check.sh"}]}]}}
                """);
        return repo;
    }

    @Test
    void previewListsFilesDiffsAndWarningsThenImportWritesAndRescans() throws Exception {
        Path repo = claudeRepo();
        AtomicInteger rescans = new AtomicInteger();
        ClaudeImportViewModel vm = new ClaudeImportViewModel(TaskExecutor.direct(), repo, rescans::incrementAndGet);
        assertThat(vm.canImportProperty().get()).isFalse();
        vm.preview();
        assertThat(vm.files()).extracting(PlannedFile::path).containsExactly(".codex/hooks.json", "AGENTS.md");
        assertThat(vm.selectedProperty().get().path()).isEqualTo(".codex/hooks.json");
        assertThat(vm.diffProperty().get()).startsWith("--- /dev/null\n+++ b/.codex/hooks.json\n")
                .contains("\"matcher\": \"Bash\"");
        vm.selectedProperty().set(vm.files().get(1));
        assertThat(vm.diffProperty().get()).contains("+Run the tests before committing.");
        Diagnostic filter = vm.diagnostics().stream().filter(d -> d.rule().equals("claude/matcher-argument-filter"))
                .findFirst().orElseThrow();
        assertThat(vm.location(filter)).isEqualTo(".claude/settings.json:1:28");
        assertThat(vm.summaryProperty().get()).startsWith("2 new, 0 changed, 0 unchanged · ").contains("warning");
        assertThat(vm.canImportProperty().get()).isTrue();

        vm.importFiles();
        assertThat(Files.readString(repo.resolve("AGENTS.md"))).isEqualTo("Run the tests before committing.\n");
        assertThat(repo.resolve(".codex/hooks.json")).exists();
        assertThat(rescans).hasValue(1);
        assertThat(vm.writtenProperty().get()).isTrue();
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Wrote 2 files");

        vm.preview();
        assertThat(vm.files()).allMatch(f -> f.action() == PlannedFile.Action.UNCHANGED);
        assertThat(vm.diffProperty().get()).isEmpty();
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Everything is already imported.");
    }

    @Test
    void changingTheTargetOrTheGuidanceModePlansAgain() throws Exception {
        Path repo = claudeRepo();
        ClaudeImportViewModel vm = new ClaudeImportViewModel(TaskExecutor.direct(), repo, () -> { });
        vm.preview();
        Path out = tmp.resolve("out");
        vm.targetProperty().set(out);
        assertThat(vm.planProperty().get().target()).isEqualTo(out);
        assertThat(vm.files()).allMatch(f -> f.target().startsWith(out));
        vm.guidanceProperty().set(Guidance.FALLBACK);
        assertThat(vm.files()).extracting(PlannedFile::path).containsExactly(".codex/config.toml", ".codex/hooks.json");
        vm.importFiles();
        assertThat(Files.readString(out.resolve(".codex/config.toml"))).contains("project_doc_fallback_filenames");
        assertThat(repo.resolve(".codex")).doesNotExist();
    }

    @Test
    void anUnreadableSourceIsReportedNotThrown() {
        ClaudeImportViewModel vm = new ClaudeImportViewModel(TaskExecutor.direct(), tmp.resolve("missing"), () -> { });
        vm.preview();
        assertThat(vm.planProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).startsWith("Cannot read the Claude Code setup");
        assertThat(vm.canImportProperty().get()).isFalse();
        vm.importFiles();
        assertThat(vm.writtenProperty().get()).isFalse();
    }
}
