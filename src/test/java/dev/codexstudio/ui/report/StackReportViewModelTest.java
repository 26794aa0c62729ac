package dev.codexstudio.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.editors.SaveConflict;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackReportViewModelTest {

    @TempDir
    Path workspace;

    final List<String> errors = new ArrayList<>();
    final List<Path> initialDirs = new ArrayList<>();
    Optional<Path> answer = Optional.empty();

    Dialogs dialogs = new Dialogs() {
        @Override
        public Optional<Path> chooseDirectory(String title, Path initial) {
            initialDirs.add(initial);
            return answer;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String initialName, String extension) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            return Optional.empty();
        }

        @Override
        public boolean confirmDiscard(Path file) {
            return false;
        }

        @Override
        public SaveConflict.Choice resolveConflict(Path file) {
            return SaveConflict.Choice.CANCEL;
        }

        @Override
        public void showError(String message) {
            errors.add(message);
        }
    };

    private StudioViewModel openSample() throws IOException {
        Path repo = workspace.resolve("repo");
        Path codexHome = workspace.resolve("codex-home");
        dev.codexstudio.ui.StudioTestFixture.copySample("java-service", repo, codexHome);
        StudioViewModel studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", workspace.toString(), "CODEX_HOME", codexHome.toString()));
        assertThat(studio.open(repo)).isTrue();
        return studio;
    }

    @Test
    void writesIntoTheChosenFolderAndSaysWhere() throws IOException {
        StudioViewModel studio = openSample();
        StackReportViewModel vm = new StackReportViewModel(studio, dialogs);
        Path out = workspace.resolve("docs");
        answer = Optional.of(out);
        vm.writeReport();
        assertThat(errors).isEmpty();
        assertThat(initialDirs).containsExactly(studio.stack().orElseThrow().root());
        assertThat(out.resolve("STACK-REPORT.md")).exists();
        assertThat(out.resolve("hook-lifecycle.png")).exists();
        assertThat(Files.readString(out.resolve("STACK-REPORT.md"))).contains("## Hooks", "## AGENTS.md guidance", "## Findings");
        assertThat(vm.writtenProperty().get().report()).isEqualTo(out.resolve("STACK-REPORT.md"));
        assertThat(studio.statusProperty().get()).contains("Stack report written to " + out.resolve("STACK-REPORT.md"));
    }

    @Test
    void cancelWritesNothingAndAFailureIsShown() throws IOException {
        StudioViewModel studio = openSample();
        StackReportViewModel vm = new StackReportViewModel(studio, dialogs);
        vm.writeReport();
        assertThat(vm.writtenProperty().get()).isNull();
        assertThat(errors).isEmpty();

        Path blocker = Files.writeString(workspace.resolve("not-a-dir"), "x");
        answer = Optional.of(blocker);
        vm.writeReport();
        assertThat(errors).singleElement().asString().contains("Could not write the stack report");
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    @Test
    void withoutAProjectItAsksToOpenOne() {
        StudioViewModel studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", workspace.toString()));
        new StackReportViewModel(studio, dialogs).writeReport();
        assertThat(errors).singleElement().asString().contains("Open a repository first");
        assertThat(initialDirs).isEmpty();
    }
}
