package dev.codexstudio.ui.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.io.RustText;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AGENTS.md editor's model on a writable copy of samples/java-service. */
class GuidanceEditorViewModelTest {

    @TempDir
    Path workspace;

    private Path repo;
    private Path codexHome;
    private StudioViewModel studio;
    private Path api;

    @BeforeEach
    void copySample() throws IOException {
        repo = workspace.resolve("repo");
        codexHome = workspace.resolve("codex-home");
        dev.codexstudio.ui.StudioTestFixture.copySample("java-service", repo, codexHome);
        api = repo.resolve("src/main/java/com/acme/invoicing/api");
    }

    private void open() {
        studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", workspace.toString(), "CODEX_HOME", codexHome.toString()));
        assertThat(studio.open(repo)).isTrue();
        assertThat(studio.stack()).isPresent();
    }

    private void trustWithBudget(long budget) throws IOException {
        Files.writeString(codexHome.resolve("config.toml"), Files.readString(codexHome.resolve("config.toml"))
                + "\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        Path cfg = repo.resolve(".codex/config.toml");
        Files.writeString(cfg, Files.readString(cfg).replace("project_doc_max_bytes = 16384",
                "project_doc_max_bytes = " + budget));
    }

    @Test
    void previewForANestedCwdIsTheCoresEffectiveText() throws IOException {
        open();
        Path rootAgents = repo.resolve("AGENTS.md");
        GuidanceEditorViewModel vm = new GuidanceEditorViewModel(studio, rootAgents);
        assertThat(vm.directories()).contains(repo, api);
        assertThat(vm.defaultDirectory()).contains(repo);

        var r = vm.compute(api, Files.readString(rootAgents)).orElseThrow();
        EffectiveInstructions cli = AgentsInstructions.compute(ConfigStackLoader.load(studio.environment(), api));
        assertThat(r.preview()).isEqualTo(cli.text());
        assertThat(r.preview()).contains(EffectiveInstructions.PROJECT_DOC_SEPARATOR)
                .contains(Files.readString(api.resolve("AGENTS.md")).strip());
        assertThat(r.segments()).extracting(GuidanceEditorViewModel.Segment::thisFile).containsExactly(true, false);
        assertThat(r.thisFileBytes()).isEqualTo(Files.size(rootAgents));
        assertThat(r.cut()).isEmpty();
        assertThat(r.standing()).startsWith("Read whole");
        // the api AGENTS.md's own view defaults to its directory
        assertThat(new GuidanceEditorViewModel(studio, api.resolve("AGENTS.md")).defaultDirectory()).contains(api);
    }

    @Test
    void editingInMemoryChangesShareAndPreviewWithoutTouchingDisk() throws IOException {
        open();
        Path rootAgents = repo.resolve("AGENTS.md");
        String onDisk = Files.readString(rootAgents);
        GuidanceEditorViewModel vm = new GuidanceEditorViewModel(studio, rootAgents);
        var before = vm.compute(repo, onDisk).orElseThrow();
        String edited = "# Ünïcode added\n" + onDisk;
        var after = vm.compute(repo, edited).orElseThrow();

        long added = "# Ünïcode added\n".getBytes(StandardCharsets.UTF_8).length;
        assertThat(after.thisFileBytes()).isEqualTo(before.thisFileBytes() + added);
        assertThat(after.used()).isEqualTo(before.used() + added);
        assertThat(after.gauge()).isNotEqualTo(before.gauge()).contains(String.format("%,d", after.used()));
        assertThat(after.preview()).contains("# Ünïcode added").isNotEqualTo(before.preview());
        assertThat(Files.readString(rootAgents)).isEqualTo(onDisk);
    }

    @Test
    void aTinyBudgetReportsTheCutInTheRightFileAtTheRightByte() throws IOException {
        trustWithBudget(40);
        open();
        Path rootAgents = repo.resolve("AGENTS.md");
        byte[] bytes = Files.readAllBytes(rootAgents);
        GuidanceEditorViewModel vm = new GuidanceEditorViewModel(studio, rootAgents);
        var r = vm.compute(api, bytes).orElseThrow();
        assertThat(r.budget()).isEqualTo(40);
        assertThat(r.exceeded()).isTrue();
        assertThat(r.thisFileBytes()).isEqualTo(40);
        String prefix = RustText.fromUtf8Lossy(bytes, 40);
        String[] lines = prefix.split("\n", -1);
        assertThat(r.cut()).startsWith("Cut after byte 40 of this file: line " + lines.length + ", column "
                + (lines[lines.length - 1].length() + 1));
        assertThat(r.preview()).endsWith(prefix).doesNotContain(Files.readString(api.resolve("AGENTS.md")).strip());

        // from the api file's point of view: it is not read at all
        GuidanceEditorViewModel apiVm = new GuidanceEditorViewModel(studio, api.resolve("AGENTS.md"));
        var a = apiVm.compute(api, Files.readAllBytes(api.resolve("AGENTS.md"))).orElseThrow();
        assertThat(a.cut()).isEqualTo("This file is not read at all: the budget is used up before it "
                + "(cut after byte 40 of AGENTS.md).");
        assertThat(a.thisFileBytes()).isZero();

        // a shorter root document in memory leaves room: the cut moves into the api file
        var shorter = vm.compute(api, "# Short\n").orElseThrow();
        assertThat(shorter.cut()).isEqualTo("Cut after byte 32 of src/main/java/com/acme/invoicing/api/AGENTS.md.");
    }

    @Test
    void anOverrideShadowsAgentsMdInItsDirectory() throws IOException {
        open();
        Path migration = repo.resolve("src/main/resources/db/migration");
        GuidanceEditorViewModel vm = new GuidanceEditorViewModel(studio, migration.resolve("AGENTS.md"));
        assertThat(vm.defaultDirectory()).contains(migration);
        var r = vm.compute(migration, "# Edited but shadowed\n").orElseThrow();
        assertThat(r.standing()).startsWith("Shadowed: AGENTS.override.md wins in its directory");
        assertThat(r.preview()).doesNotContain("Edited but shadowed")
                .contains(Files.readString(migration.resolve("AGENTS.override.md")).strip());
        assertThat(r.parts()).filteredOn(GuidanceEditorViewModel.PartRow::thisFile).singleElement()
                .satisfies(p -> assertThat(p.outcome()).startsWith("shadowed by AGENTS.override.md"));
        // and from the root, a nested file is not on the path at all
        assertThat(vm.compute(repo, "x").orElseThrow().standing()).contains("not on the path");
    }
}
