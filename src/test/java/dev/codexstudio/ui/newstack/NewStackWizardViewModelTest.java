package dev.codexstudio.ui.newstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.export.ExportAction;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import dev.codexstudio.core.newstack.NewStackSpec.ProfilePreset;
import dev.codexstudio.core.newstack.NewStackSpec.SkillChoice;
import dev.codexstudio.core.samples.BundledSamples;
import dev.codexstudio.support.TestPaths;
import dev.codexstudio.ui.export.ExportReviewViewModel;
import dev.codexstudio.ui.newstack.NewStackWizardViewModel.Page;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's state and validation, without a display, on the real core catalogue and builder. */
class NewStackWizardViewModelTest {

    @TempDir
    Path tmp;

    private NewStackWizardViewModel vm;
    private ExportReviewViewModel review;

    @BeforeEach
    void setUp() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path codexHome = Files.createDirectories(tmp.resolve("codex-home"));
        Files.createDirectories(home.resolve(".agents/skills/my-notes"));
        Files.writeString(home.resolve(".agents/skills/my-notes/SKILL.md"),
                "---\nname: my-notes\ndescription: Keep my notes tidy\n---\nBody.\n");
        CodexEnvironment env = CodexEnvironment.detect(Map.of("HOME", home.toString()), codexHome);
        review = new ExportReviewViewModel(TaskExecutor.direct());
        vm = new NewStackWizardViewModel(new CoreNewStackChoices(BundledSamples.fromDirectory(TestPaths.samples()), env), review);
    }

    @Test
    void templatesListEmptyAndTheSamplesWithWhatTheyTeach() {
        assertThat(vm.templates()).extracting(t -> t.sample().orElse("empty"))
                .contains("empty", "java-service", "python-library");
        assertThat(vm.templates()).allSatisfy(t -> assertThat(t.teaches()).isNotBlank());
        assertThat(vm.templateProperty().get().sample()).isEmpty();
        assertThat(vm.canNextProperty().get()).isTrue();
    }

    @Test
    void theProjectPageNeedsANameAndThePresetPrefillsEditableConventions() {
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.PROJECT);
        assertThat(vm.canNextProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Give the project a name.");
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.PROJECT);

        vm.languageProperty().set(vm.languages().stream().filter(l -> l.name().equals("python")).findFirst().orElseThrow());
        assertThat(vm.languageNameProperty().get()).isEqualTo("Python 3");
        assertThat(vm.testCommandProperty().get()).isNotBlank();
        vm.testCommandProperty().set("make check");
        vm.projectNameProperty().set("  payments  ");
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.spec().projectName()).isEqualTo("payments");
        assertThat(vm.spec().conventions().testCommand()).isEqualTo("make check");

        vm.languageNameProperty().set(" ");
        assertThat(vm.problemProperty().get()).isEqualTo("Say which language the project uses.");
    }

    @Test
    void skillNamesAreValidatedLiveAndUserSkillsAreOffered() {
        vm.projectNameProperty().set("p");
        vm.next();
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.SKILLS);
        assertThat(vm.skills()).anyMatch(r -> r.offer().choice().source() == SkillChoice.Source.USER
                && r.offer().choice().name().equals("my-notes") && r.offer().description().equals("Keep my notes tidy"));
        var first = vm.skills().get(0);
        assertThat(first.offer().choice().source()).isEqualTo(SkillChoice.Source.TEMPLATE);
        first.includedProperty().set(true);
        assertThat(vm.canNextProperty().get()).isTrue();
        first.nameProperty().set("Bad Name");
        assertThat(vm.canNextProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).startsWith("Skill \"Bad Name\": Use lowercase letters");
        var second = vm.skills().get(1);
        first.nameProperty().set(second.nameProperty().get());
        second.includedProperty().set(true);
        assertThat(vm.problemProperty().get()).contains("Two skills are named");
        first.includedProperty().set(false);
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.spec().skills()).extracting(SkillChoice::name).containsExactly(second.nameProperty().get());
    }

    @Test
    void aRepositoryFolderAddsItsSkills() throws Exception {
        Path other = tmp.resolve("other");
        Files.createDirectories(other.resolve(".git"));
        Files.createDirectories(other.resolve(".agents/skills/deploy"));
        Files.writeString(other.resolve(".agents/skills/deploy/SKILL.md"),
                "---\nname: deploy\ndescription: Deploy the service\n---\nSteps.\n");
        int before = vm.skills().size();
        vm.addRepositorySkills(other);
        assertThat(vm.skills()).hasSize(before + 1);
        assertThat(vm.skills().get(before).offer().choice().source()).isEqualTo(SkillChoice.Source.REPOSITORY);
        assertThat(vm.skillsNoteProperty().get()).startsWith("Added 1 skill from");
        vm.addRepositorySkills(tmp.resolve("nothing-here"));
        assertThat(vm.skillsNoteProperty().get()).startsWith("No skills found");
    }

    @Test
    void hookScriptsAndProfilesArePreviewedFromTheCore() {
        vm.projectNameProperty().set("p");
        String script = vm.hookPreview(HookPreset.BLOCK_DANGEROUS_SHELL);
        assertThat(script).startsWith("#!");
        assertThat(vm.profilePreview(ProfilePreset.FAST)).contains("model_reasoning_effort");
    }

    @Test
    void theStopHookNeedsATestCommand() {
        vm.next();
        vm.projectNameProperty().set("p");
        vm.hooks().stream().filter(h -> h.offer().preset() == HookPreset.STOP_RUNS_TESTS).findFirst().orElseThrow()
                .includedProperty().set(true);
        vm.testCommandProperty().set("");
        assertThat(vm.problemProperty().get()).contains("needs a test command");
    }

    @Test
    void reachingTheReviewBuildsTheDraftAndFinishWritesIt() throws Exception {
        vm.templateProperty().set(vm.templates().stream().filter(t -> t.sample().isEmpty()).findFirst().orElseThrow());
        vm.next();
        vm.projectNameProperty().set("demo");
        vm.next();
        vm.next();
        vm.hooks().forEach(h -> h.includedProperty().set(true));
        vm.next();
        vm.profiles().forEach(p -> p.includedProperty().set(true));
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.REVIEW);
        assertThat(vm.problemProperty().get()).isEqualTo("Choose the folder to export into.");
        assertThat(review.rows()).anyMatch(r -> r.file().path().equals("AGENTS.md"));

        Path target = tmp.resolve("new-repo");
        review.targetProperty().set(target);
        assertThat(vm.canNextProperty().get()).isTrue();
        assertThat(review.rows()).filteredOn(r -> r.scope() == FileScope.REPOSITORY)
                .allSatisfy(r -> assertThat(r.action()).contains(ExportAction.CREATE));
        assertThat(review.rows()).filteredOn(r -> r.scope() == FileScope.USER_HOME).hasSize(3)
                .allSatisfy(r -> assertThat(r.action()).isEmpty());
        review.write();
        assertThat(review.resultProperty().get().isSuccess()).isTrue();
        assertThat(target.resolve("AGENTS.md")).exists();
        assertThat(target.resolve(".codex/hooks.json")).exists();
        assertThat(Files.readString(target.resolve("AGENTS.md"))).contains("demo");
        assertThat(vm.canNextProperty().get()).isFalse();
    }
}
