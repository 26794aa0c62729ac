package dev.codexstudio.ui.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.migrate.LegacyForm;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Migrate to Current Codex…" view model, without a display. */
class MigrateViewModelTest {

    static final String LEGACY_CONFIG = """
            # my settings
            reasoning_effort = "high" # keep it thorough
            approval_policy = "on-failure"

            [hooks.Stop]
            # notify when done
            [[hooks.Stop.hooks]]
            type = "command"
            command = "notify-send done"
            timeoutSec = 5
            """;
    static final String LEGACY_HOOKS = "{\n  \"PreToolUse\": [\n    {\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"command\", \"command\": \"./lint.sh\"}]}\n  ]\n}\n";

    @TempDir
    Path workspace;
    Path repo;
    Path codexHome;
    StudioViewModel studio;
    final Set<Path> unsaved = new HashSet<>();
    final List<Path> notified = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        repo = workspace.resolve("repo");
        codexHome = workspace.resolve("codex-home");
        StudioTestFixture.copySample("java-service", repo, codexHome);
        Files.writeString(codexHome.resolve("config.toml"), LEGACY_CONFIG);
        Files.writeString(codexHome.resolve("hooks.json"), LEGACY_HOOKS);
        studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", workspace.toString(), "CODEX_HOME", codexHome.toString()));
        assertThat(studio.open(repo)).isTrue();
    }

    private MigrateViewModel model() {
        MigrateViewModel vm = new MigrateViewModel(studio, unsaved::contains, notified::add);
        vm.load();
        return vm;
    }

    @Test
    void listsEveryLegacyFormWithWhereWhatAndWhy() {
        MigrateViewModel vm = model();
        assertThat(vm.findings()).extracting(MigrateViewModel.Finding::was).contains("`reasoning_effort`",
                "single-table `[hooks.X]`", "`approval_policy = \"on-failure\"`", "hooks.json events at the top level");
        MigrateViewModel.Finding effort = vm.findings().stream().filter(f -> f.was().equals("`reasoning_effort`")).findFirst().orElseThrow();
        assertThat(effort.display()).isEqualTo("$CODEX_HOME/config.toml:2");
        assertThat(effort.becomes()).isEqualTo("`model_reasoning_effort`");
        assertThat(effort.why()).isNotBlank();
        assertThat(vm.canApply()).isTrue();
        // every round is planned: timeoutSec only shows once [hooks.Stop] is an array of tables
        assertThat(vm.planProperty().get().changes()).flatExtracting(c -> c.forms()).contains(LegacyForm.TIMEOUT_SEC);
        assertThat(vm.diffProperty().get()).contains("+model_reasoning_effort = \"high\" # keep it thorough", "+[[hooks.Stop]]",
                "+timeout = 5", "+  \"hooks\": {");
    }

    @Test
    void applyAllWritesWhatTheDiffShowsNotifiesEditorsAndLeavesNothing() throws Exception {
        MigrateViewModel vm = model();
        assertThat(vm.applyAll()).isTrue();
        String config = Files.readString(codexHome.resolve("config.toml"));
        assertThat(config).contains("# my settings", "# notify when done", "model_reasoning_effort = \"high\" # keep it thorough",
                "approval_policy = \"on-request\"", "[[hooks.Stop]]", "timeout = 5").doesNotContain("timeoutSec");
        assertThat(Files.readString(codexHome.resolve("hooks.json"))).isEqualTo(
                "{\n  \"hooks\": {\n    \"PreToolUse\": [\n      {\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"command\", \"command\": \"./lint.sh\"}]}\n    ]\n  }\n}\n");
        assertThat(notified).contains(codexHome.resolve("config.toml"), codexHome.resolve("hooks.json"));
        assertThat(studio.problems()).noneMatch(d -> LegacyForm.of(d).isPresent());
        assertThat(vm.findings()).isEmpty();
        assertThat(vm.canApply()).isFalse();
        MigrateViewModel again = model();
        assertThat(again.findings()).isEmpty();
        assertThat(again.messageProperty().get()).startsWith("Nothing to migrate");
    }

    @Test
    void aFileChangedBehindTheStudiosBackIsRefusedAndNothingIsWritten() throws Exception {
        MigrateViewModel vm = model();
        Files.writeString(codexHome.resolve("hooks.json"), LEGACY_HOOKS.replace("lint", "check"));
        assertThat(vm.applyAll()).isFalse();
        assertThat(vm.messageProperty().get()).contains("hooks.json changed on disk").contains("Nothing was written");
        assertThat(codexHome.resolve("config.toml")).hasContent(LEGACY_CONFIG);
        assertThat(notified).isEmpty();
        // the plan was made again, against the new file
        assertThat(vm.diffProperty().get()).contains("./check.sh");
    }

    @Test
    void aFileWithUnsavedEditsIsNotMigratedUnderThem() throws Exception {
        MigrateViewModel vm = model();
        unsaved.add(codexHome.resolve("config.toml"));
        assertThat(vm.applyAll()).isFalse();
        assertThat(vm.messageProperty().get()).contains("config.toml has unsaved edits");
        assertThat(codexHome.resolve("config.toml")).hasContent(LEGACY_CONFIG);
        assertThat(codexHome.resolve("hooks.json")).hasContent(LEGACY_HOOKS);
    }

    @Test
    void aCurrentStackShowsAnExplicitEmptyState() throws Exception {
        Files.writeString(codexHome.resolve("config.toml"), "model_reasoning_effort = \"high\"\n");
        Files.delete(codexHome.resolve("hooks.json"));
        studio.rescan();
        MigrateViewModel vm = model();
        assertThat(vm.findings()).isEmpty();
        assertThat(vm.canApply()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Nothing to migrate: this stack uses only forms Codex 0.169 reads.");
        assertThat(MigrateDialog.kind("+a")).isEqualTo("diff-add");
        assertThat(MigrateDialog.kind("-a")).isEqualTo("diff-del");
        assertThat(MigrateDialog.kind("+++ b/x")).isEqualTo("diff-file");
        assertThat(MigrateDialog.kind("@@ -1 +1 @@")).isEqualTo("diff-hunk");
    }
}
