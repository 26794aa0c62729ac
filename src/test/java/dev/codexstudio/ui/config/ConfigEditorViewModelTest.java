package dev.codexstudio.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.config.ConfigFields;
import dev.codexstudio.core.config.ConfigOrigins;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.ProfileComparison;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration form's model on a writable copy of samples/java-service, no display. */
class ConfigEditorViewModelTest {

    @TempDir
    Path workspace;

    private Path repo;
    private Path codexHome;
    private StudioViewModel studio;

    @BeforeEach
    void copySample() throws IOException {
        repo = workspace.resolve("repo");
        codexHome = workspace.resolve("codex-home");
        dev.codexstudio.ui.StudioTestFixture.copySample("java-service", repo, codexHome);
    }

    private void open() {
        studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", workspace.toString(), "CODEX_HOME", codexHome.toString()));
        assertThat(studio.open(repo)).isTrue();
    }

    private void trust() throws IOException {
        Files.writeString(codexHome.resolve("config.toml"), Files.readString(codexHome.resolve("config.toml"))
                + "\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
    }

    private ConfigEditorViewModel vm(Path file) throws IOException {
        return new ConfigEditorViewModel(studio, DocumentViewModel.open(file));
    }

    private static ConfigFields.Field field(ConfigEditorViewModel vm, String key) {
        return vm.fields().field(key).orElseThrow();
    }

    @Test
    void fieldsAreTypedFromTheCatalogue() {
        ConfigFields fields = ConfigFields.bundled();
        assertThat(fields.field("sandbox_mode").orElseThrow().values())
                .containsExactly("read-only", "workspace-write", "danger-full-access");
        assertThat(fields.field("model_verbosity").orElseThrow().values()).containsExactly("low", "medium", "high");
        assertThat(fields.field("model_reasoning_summary").orElseThrow().values())
                .containsExactly("auto", "concise", "detailed", "none");
        // untrusted makes Codex refuse to start, on-failure is only an alias: neither is offered
        assertThat(fields.field("approval_policy").orElseThrow().values()).containsExactly("on-request", "never");
        ConfigFields.Field effort = fields.field("model_reasoning_effort").orElseThrow();
        assertThat(effort.type()).isEqualTo(ConfigFields.Type.SUGGEST);
        assertThat(effort.values()).contains("minimal", "xhigh", "max", "ultra");
        assertThat(ConfigFields.parse(effort, "turbo").value()).contains("turbo");
        ConfigFields.Field budget = fields.field("project_doc_max_bytes").orElseThrow();
        assertThat(ConfigFields.parse(budget, "-1").error()).contains("must be at least 0");
        assertThat(ConfigFields.parse(budget, "12k").error()).contains("`12k` is not a whole number");
        assertThat(ConfigFields.parse(budget, "65_536").value()).contains(65536L);
        assertThat(ConfigFields.parse(fields.field("sandbox_mode").orElseThrow(), "bogus").error()).isPresent();
        assertThat(ConfigFields.parse(budget, "  ").isRemove()).isTrue();
    }

    @Test
    void aFieldEditChangesOnlyThatValueAndIsOneUndoStep() throws IOException {
        open();
        Path user = codexHome.resolve("config.toml");
        ConfigEditorViewModel vm = vm(user);
        String before = vm.document().text();
        assertThat(vm.text(field(vm, "model"))).isEqualTo("gpt-5.5");

        assertThat(vm.commit(field(vm, "model"), "gpt-5.4")).isEmpty();
        String after = vm.document().text();
        assertThat(after).isEqualTo(before.replace("model = \"gpt-5.5\"", "model = \"gpt-5.4\""));
        assertThat(vm.document().isDirty()).isTrue();

        // invalid input is refused and leaves the text alone
        assertThat(vm.commit(field(vm, "model_verbosity"), "loud")).isPresent();
        assertThat(vm.document().text()).isEqualTo(after);

        vm.document().undoManager().undo();
        assertThat(vm.document().text()).isEqualTo(before);
        assertThat(vm.document().isDirty()).isFalse();
        vm.document().undoManager().redo();
        assertThat(vm.document().text()).isEqualTo(after);
    }

    @Test
    void clearingAFieldRemovesTheKeyAndKeepsComments() throws IOException {
        open();
        ConfigEditorViewModel vm = vm(codexHome.resolve("config.toml"));
        String before = vm.document().text();
        assertThat(vm.commit(field(vm, "model_reasoning_effort"), "")).isEmpty();
        assertThat(vm.document().text()).isEqualTo(before.replace("model_reasoning_effort = \"medium\"\n", ""))
                .contains("# Used in repositories whose own .codex/config.toml does not pin a model.");
        // a new nested key goes into its table, and a list is written as a TOML array
        assertThat(vm.commit(field(vm, "sandbox_workspace_write.network_access"), "true")).isEmpty();
        assertThat(vm.commit(field(vm, "project_doc_fallback_filenames"), "TEAM.md, README.md")).isEmpty();
        assertThat(vm.document().text()).contains("project_doc_fallback_filenames = [\"TEAM.md\", \"README.md\"]")
                .contains("network_access = true");
        assertThat(vm.text(field(vm, "project_doc_fallback_filenames"))).isEqualTo("TEAM.md, README.md");
    }

    @Test
    void originsSayWhichLayerWinsAndWhenAProjectLayerIsNotTrusted() throws IOException {
        open();
        Path project = repo.resolve(".codex/config.toml");
        ConfigEditorViewModel untrusted = vm(project);
        assertThat(untrusted.layerKind()).isEqualTo(LayerKind.PROJECT);
        assertThat(untrusted.notApplied()).get().asString().contains("as a trusted project");
        ConfigOrigins.Standing s = untrusted.standing(List.of("model")).orElseThrow();
        assertThat(s.hereIsShadowed()).isTrue();
        assertThat(s.sentence()).startsWith("Set here, but Codex does not load this file")
                .contains("from user ~/codex-home/config.toml");

        trust();
        open();
        ConfigEditorViewModel trusted = vm(project);
        assertThat(trusted.notApplied()).isEmpty();
        assertThat(trusted.standing(List.of("model")).orElseThrow().sentence())
                .isEqualTo("Applies: project .codex/config.toml overrides user ~/codex-home/config.toml (\"gpt-5.5\").");

        ConfigEditorViewModel user = vm(codexHome.resolve("config.toml"));
        ConfigOrigins.Standing m = user.standing(List.of("model")).orElseThrow();
        assertThat(m.hereIsShadowed()).isTrue();
        assertThat(m.sentence()).startsWith("Set here, but project .codex/config.toml overrides it with \"gpt-5.5\" (line ");
        // an edit in the form is seen at once, before saving
        user.commit(field(user, "personality"), "friendly");
        assertThat(user.standing(List.of("personality")).orElseThrow().sentence())
                .startsWith("Applies: user ~/codex-home/config.toml overrides no other layer");
        assertThat(user.standing(List.of("review_model")).orElseThrow().sentence())
                .isEqualTo("Not set in any layer: Codex's default applies.");
    }

    @Test
    void featuresListKnownFlagsWithDefaultsAndToggleAsOneStep() throws IOException {
        trust();
        open();
        ConfigEditorViewModel vm = vm(repo.resolve(".codex/config.toml"));
        List<ConfigEditorViewModel.FeatureRow> rows = vm.features("");
        assertThat(rows.get(0).key()).isEqualTo("image_generation");
        assertThat(rows.get(0).here()).contains(false);
        assertThat(rows).noneMatch(r -> r.stage().equals("removed"));
        ConfigEditorViewModel.FeatureRow hooks = vm.features("hooks").stream().filter(r -> r.key().equals("hooks"))
                .findFirst().orElseThrow();
        assertThat(hooks.defaultOn()).isTrue();
        assertThat(hooks.effective()).isTrue();
        assertThat(hooks.standing()).isEqualTo("Not set in any layer: on by default.");

        String before = vm.document().text();
        assertThat(vm.setFeature("hooks", false)).isEmpty();
        assertThat(vm.document().text()).isEqualTo(before.replace("image_generation = false\n",
                "image_generation = false\nhooks = false\n"));
        assertThat(vm.features("hooks").stream().filter(r -> r.key().equals("hooks")).findFirst().orElseThrow()
                .effective()).isFalse();
        vm.setFeature("hooks", null);
        assertThat(vm.document().text()).isEqualTo(before);
    }

    @Test
    void articleEraKeysAreFlaggedWithTheCoresFix() throws IOException {
        Path user = codexHome.resolve("config.toml");
        Files.writeString(user, Files.readString(user).replace("model_reasoning_effort = \"medium\"",
                "reasoning_effort = \"high\""));
        open();
        ConfigEditorViewModel vm = vm(user);
        Diagnostic legacy = vm.findings().stream().filter(d -> d.message().contains("reasoning_effort")
                && d.fix() != null).findFirst().orElseThrow();
        assertThat(vm.applyFix(legacy)).isEmpty();
        assertThat(vm.document().text()).contains("model_reasoning_effort = \"high\"")
                .doesNotContain("\nreasoning_effort");
        assertThat(vm.findings()).noneMatch(d -> d.message().contains("`reasoning_effort`"));
        vm.document().undoManager().undo();
        assertThat(vm.document().text()).contains("\nreasoning_effort = \"high\"");
    }

    @Test
    void profilesAreListedCreatedWithoutOverwritingAndComparedWithTheBase() throws IOException {
        trust();
        open();
        ConfigEditorViewModel user = vm(codexHome.resolve("config.toml"));
        assertThat(user.profiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("fast.config.toml", "thorough.config.toml");
        assertThat(user.profileNameProblem("fast")).get().asString().contains("already exists");
        assertThat(user.profileNameProblem("my profile")).get().asString().contains("invalid --profile value");
        assertThat(user.profileNameProblem("work")).isEmpty();

        Path work = user.createProfile("work", true);
        assertThat(work).isEqualTo(codexHome.resolve("work.config.toml"));
        String text = Files.readString(work);
        assertThat(text).startsWith("# codex --profile work\n").contains("model = \"gpt-5.5\"")
                .doesNotContain("[projects.");
        assertThatThrownBy(() -> user.createProfile("work", false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(work)).isEqualTo(text);
        Path empty = user.createProfile("scratch", false);
        assertThat(Files.readString(empty)).doesNotContain("model =");
        assertThat(studio.stack().orElseThrow().configFiles()).anyMatch(l -> l.file().equals(empty));

        ConfigEditorViewModel fast = vm(codexHome.resolve("fast.config.toml"));
        assertThat(fast.isProfile()).isTrue();
        assertThat(fast.layerKind()).isEqualTo(LayerKind.PROFILE);
        assertThat(fast.subtitle()).contains("applies only with codex --profile fast");
        List<ProfileComparison.Row> rows = fast.comparison();
        ProfileComparison.Row verbosity = rows.stream().filter(r -> r.key().equals("model_verbosity")).findFirst()
                .orElseThrow();
        assertThat(verbosity.base()).isEmpty();
        assertThat(verbosity.profile()).contains("\"low\"");
        assertThat(verbosity.effective()).contains("\"low\"");
        assertThat(verbosity.from()).isEqualTo("profile fast (~/codex-home/fast.config.toml)");
        assertThat(verbosity.differs()).isTrue();
        ProfileComparison.Row summary = rows.stream().filter(r -> r.key().equals("model_reasoning_summary"))
                .findFirst().orElseThrow();
        assertThat(summary.base()).contains("\"concise\"");
        assertThat(summary.profile()).contains("\"none\"");
        ProfileComparison.Row model = rows.stream().filter(r -> r.key().equals("model")).findFirst().orElseThrow();
        assertThat(model.profile()).isEmpty();
        assertThat(model.differs()).isFalse();
        assertThat(model.from()).isEqualTo("project .codex/config.toml");

        // a profile value a trusted project pins is shown as overridden
        fast.commit(field(fast, "model"), "gpt-5.4-mini");
        ProfileComparison.Row pinned = fast.comparison().stream().filter(r -> r.key().equals("model")).findFirst()
                .orElseThrow();
        assertThat(pinned.differs()).isTrue();
        assertThat(pinned.shadowed()).isTrue();
        assertThat(pinned.effective()).contains("\"gpt-5.5\"");
    }

    @Test
    void aLegacyProfileTableInTheBaseMakesThatProfileFailToStart() throws IOException {
        Path user = codexHome.resolve("config.toml");
        Files.writeString(user, Files.readString(user) + "\n[profiles.fast]\nmodel = \"o3\"\n");
        open();
        ConfigEditorViewModel fast = vm(codexHome.resolve("fast.config.toml"));
        assertThat(fast.loadFailures()).singleElement().asString().contains("--profile `fast` cannot be used");
        assertThat(vm(codexHome.resolve("thorough.config.toml")).loadFailures()).isEmpty();
        assertThat(vm(user).findings()).anyMatch(d -> d.message().contains("[profiles.fast"));
    }

    @Test
    void aSyntaxErrorDisablesTheFormWithItsPosition() throws IOException {
        open();
        DocumentViewModel doc = DocumentViewModel.open(codexHome.resolve("config.toml"));
        ConfigEditorViewModel vm = new ConfigEditorViewModel(studio, doc);
        doc.replace(0, 0, "model = \n", "Typing");
        assertThat(vm.syntaxProblem()).get().asString().startsWith("Line 1, column ");
        String text = doc.text();
        assertThat(vm.commit(field(vm, "model"), "x")).isPresent();
        assertThat(doc.text()).isEqualTo(text);
    }
}
