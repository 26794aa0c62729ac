package dev.codexstudio.ui.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.requirements.RequirementsConflict;
import dev.codexstudio.support.TestPaths;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The requirements form's model and the config forms' conflicts section, on a copy of samples/python-library. */
class RequirementsEditorViewModelTest {

    @TempDir
    Path workspace;

    private Path repo;
    private Path codexHome;
    private Path system;
    private Path requirements;
    private StudioViewModel studio;

    @BeforeEach
    void copySample() throws IOException {
        repo = workspace.resolve("repo");
        codexHome = workspace.resolve("codex-home");
        system = Files.createDirectories(workspace.resolve("etc-codex"));
        dev.codexstudio.ui.StudioTestFixture.copySample("python-library", repo, codexHome);
        requirements = system.resolve("requirements.toml");
        Files.copy(TestPaths.samples().resolve("python-library/managed/requirements.toml"), requirements);
        Files.writeString(codexHome.resolve("config.toml"), Files.readString(codexHome.resolve("config.toml"))
                + "\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
    }

    private void open() {
        studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(), Map.of("HOME", workspace.toString(),
                "CODEX_HOME", codexHome.toString(), StudioViewModel.SYSTEM_DIR_VARIABLE, system.toString()));
        assertThat(studio.open(repo)).isTrue();
    }

    private Path projectConfig() {
        return repo.resolve(".codex/config.toml");
    }

    private void forbidNeverInProjectConfig() throws IOException {
        Files.writeString(projectConfig(), Files.readString(projectConfig())
                .replace("approval_policy = \"on-request\"", "approval_policy = \"never\""));
        Files.writeString(requirements, Files.readString(requirements)
                .replace("allowed_approval_policies = [\"on-request\", \"never\"]", "allowed_approval_policies = [\"on-request\"]"));
    }

    @Test
    void theSampleIsConsistentAndInstalledRequirementsSaySo() throws IOException {
        open();
        RequirementsEditorViewModel vm = new RequirementsEditorViewModel(studio, DocumentViewModel.open(requirements));
        assertThat(vm.installed()).isTrue();
        assertThat(vm.subtitle()).startsWith("Managed requirements Codex enforces on this machine: ");
        assertThat(vm.conflicts()).isEmpty();
        assertThat(vm.findings()).noneMatch(Diagnostic::isError);
        assertThat(vm.values().approvals()).containsExactly("on-request", "never");
        assertThat(vm.values().denyRead()).hasSize(6);
    }

    @Test
    void allowingTheForbiddenPolicyIsOneUndoableEditThatClearsTheConflict() throws IOException {
        forbidNeverInProjectConfig();
        open();
        DocumentViewModel doc = DocumentViewModel.open(requirements);
        String original = doc.text();
        RequirementsEditorViewModel vm = new RequirementsEditorViewModel(studio, doc);
        List<RequirementsConflict> before = vm.conflicts();
        assertThat(before).singleElement().satisfies(c -> {
            assertThat(c.position().file()).isEqualTo(projectConfig());
            assertThat(c.position().line()).isEqualTo(13);
            assertThat(c.inEffect()).isTrue();
            assertThat(c.forbiddenBy().file()).isEqualTo(requirements);
        });

        assertThat(vm.setApproval("never", true)).isTrue();
        assertThat(vm.conflicts()).isEmpty();
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.text()).isEqualTo(original.replace("allowed_approval_policies = [\"on-request\"]",
                "allowed_approval_policies = [\"on-request\", \"never\"]"));
        assertThat(Files.readString(requirements)).isEqualTo(original);

        doc.undoManager().undo();
        assertThat(doc.text()).isEqualTo(original);
        assertThat(vm.conflicts()).hasSize(1);
        doc.undoManager().redo();
        assertThat(vm.conflicts()).isEmpty();
    }

    @Test
    void everyControlEditsTheTextInPlace() throws IOException {
        open();
        DocumentViewModel doc = DocumentViewModel.open(requirements);
        String original = doc.text();
        RequirementsEditorViewModel vm = new RequirementsEditorViewModel(studio, doc);

        assertThat(vm.setSandbox("workspace-write", false)).isTrue();
        assertThat(vm.values().sandboxes()).containsExactly("read-only");
        assertThat(vm.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(RequirementsConflict.Kind.SANDBOX_MODE));

        assertThat(vm.addDenyRead("  ~/.gnupg ")).isTrue();
        assertThat(vm.values().denyRead()).endsWith("~/.gnupg");
        assertThat(vm.replaceDenyRead(0, "~/.pypirc")).isFalse();
        assertThat(vm.removeDenyRead(0)).isTrue();
        assertThat(vm.values().denyRead()).doesNotContain("~/.pypirc");
        assertThat(vm.addDenyRead("   ")).isFalse();
        assertThat(vm.lastError()).contains("absolute path");

        assertThat(vm.setPin("image_generation", true)).isTrue();
        assertThat(vm.values().featurePins()).containsEntry("image_generation", true);
        assertThat(vm.conflicts()).filteredOn(c -> c.kind() == RequirementsConflict.Kind.FEATURE_PIN).singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo("features.image_generation"));

        assertThat(vm.setManagedHooksOnly(true)).isTrue();
        assertThat(vm.conflicts()).filteredOn(c -> c.kind() == RequirementsConflict.Kind.UNMANAGED_HOOKS)
                .extracting(c -> c.position().file().getFileName().toString()).contains("hooks.json");

        // every comment of the sample is still there
        original.lines().filter(l -> l.strip().startsWith("#")).forEach(l -> assertThat(doc.text()).contains(l));
        while (doc.undoManager().canUndo()) {
            doc.undoManager().undo();
        }
        assertThat(doc.text()).isEqualTo(original);
    }

    @Test
    void findingsIncludeArticleEraKeysWithTheRealAlternative() throws IOException {
        Files.writeString(requirements, "deny_write = [\"/etc\"]\nallowed_sandbox_modez = [\"read-only\"]\n");
        open();
        RequirementsEditorViewModel vm = new RequirementsEditorViewModel(studio, DocumentViewModel.open(requirements));
        List<Diagnostic> ds = vm.findings();
        assertThat(ds).anySatisfy(d -> {
            assertThat(d.message()).contains("deny_write");
            assertThat(d.hint()).contains("deny_read");
        });
        Diagnostic typo = ds.stream().filter(d -> d.fix() != null).findFirst().orElseThrow();
        assertThat(vm.applyFix(typo)).isTrue();
        assertThat(vm.document().text()).contains("allowed_sandbox_modes = [\"read-only\"]");
    }

    @Test
    void aDraftOutsideTheSystemFolderIsCheckedAsIfInstalled() throws IOException {
        forbidNeverInProjectConfig();
        open();
        Path draft = repo.resolve("managed/requirements.toml");
        Files.createDirectories(draft.getParent());
        Files.writeString(draft, "allowed_approval_policies = [\"on-request\", \"never\"]\n");
        RequirementsEditorViewModel vm = new RequirementsEditorViewModel(studio, DocumentViewModel.open(draft));
        assertThat(vm.installed()).isFalse();
        assertThat(vm.subtitle()).startsWith("Draft: Codex reads " + requirements);
        assertThat(vm.conflicts()).isEmpty();
        vm.setApproval("never", false);
        assertThat(vm.conflicts()).singleElement().satisfies(c -> assertThat(c.forbiddenBy().file()).isEqualTo(draft));
        // unticking the last policy leaves an empty list, which stops Codex: the form says so
        vm.setApproval("on-request", false);
        assertThat(vm.findings()).anySatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).contains("cannot be empty");
        });
    }

    @Test
    void configFormSectionListsOnlyThisFilesForbiddenValuesFromItsUnsavedText() throws IOException {
        forbidNeverInProjectConfig();
        open();
        DocumentViewModel project = DocumentViewModel.open(projectConfig());
        ConfigConflictsViewModel vm = new ConfigConflictsViewModel(studio, project);
        assertThat(vm.conflicts()).singleElement().satisfies(c -> assertThat(c.position().line()).isEqualTo(13));
        assertThat(vm.summary()).contains("approval_policy: on-request", "sandbox_mode: read-only, workspace-write");
        project.replaceAll(project.text().replace("approval_policy = \"never\"", "approval_policy = \"on-request\""),
                "Typing");
        assertThat(vm.conflicts()).isEmpty();

        ConfigConflictsViewModel user = new ConfigConflictsViewModel(studio, DocumentViewModel.open(codexHome.resolve("config.toml")));
        assertThat(user.conflicts()).isEmpty();
        assertThat(user.requirements()).isPresent();
    }
}
