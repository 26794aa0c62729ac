package dev.codexstudio.ui.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.skills.CodexReading;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.skills.SkillDocument;
import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The skill form's model on a writable copy of samples/java-service, without a display. */
class SkillEditorViewModelTest {

    @TempDir
    Path workspace;

    private Path repo;
    private Path codexHome;
    private StudioViewModel studio;
    private Path skillFile;

    @BeforeEach
    void copySample() throws IOException {
        repo = workspace.resolve("repo");
        codexHome = workspace.resolve("codex-home");
        dev.codexstudio.ui.StudioTestFixture.copySample("java-service", repo, codexHome);
        studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", workspace.toString(), "CODEX_HOME", codexHome.toString()));
        assertThat(studio.open(repo)).isTrue();
        skillFile = repo.resolve(".agents/skills/db-migration/SKILL.md");
    }

    private SkillEditorViewModel model(Path file) throws IOException {
        return new SkillEditorViewModel(DocumentViewModel.open(file), studio);
    }

    private static List<String> rules(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::rule).toList();
    }

    @Test
    void nameFindingsAppearAndDisappearAndTheKeystrokesAreOneUndoStep() throws IOException {
        SkillEditorViewModel vm = model(skillFile);
        String original = vm.document().text();
        assertThat(vm.state().value("name")).isEqualTo("db-migration");
        assertThat(vm.state().findings("name")).isEmpty();
        assertThat(vm.state().skill()).map(Skill::name).contains("db-migration");

        for (String typed : List.of("db-migration_", "db-migration_X")) {
            vm.setField("name", typed);
        }
        assertThat(rules(vm.state().findings("name"))).contains("skills/name-format", "skills/name-folder-mismatch");
        assertThat(studio.problems()).anyMatch(d -> d.rule().equals("skills/name-format")
                && d.position().file().equals(vm.document().path()));
        assertThat(vm.document().text()).isEqualTo(original.replace("name: db-migration\n", "name: db-migration_X\n"));

        vm.setField("name", "n".repeat(65));
        assertThat(vm.state().findings("name")).anyMatch(d -> d.rule().equals("skills/name-too-long")
                && d.severity() == Severity.ERROR);

        vm.setField("name", "db-migration");
        assertThat(vm.state().findings("name")).isEmpty();
        assertThat(studio.problems()).noneMatch(d -> d.rule().startsWith("skills/name")
                && d.position().file().equals(vm.document().path()));
        // the same text again: the merged step went back to where the edit started
        assertThat(vm.document().text()).isEqualTo(original);

        SkillEditorViewModel other = model(skillFile);
        other.dispose();
        SkillEditorViewModel.State frozen = other.state();
        other.document().replaceAll(other.document().text().replace("name: db-migration", "name: Other"), "t");
        assertThat(other.state()).isSameAs(frozen);

        vm.endEdit();
        vm.setField("name", "db-migration-x");
        vm.setField("name", "db-migration-xy");
        vm.document().undoManager().undo();
        assertThat(vm.document().text()).isEqualTo(original);
        assertThat(vm.state().value("name")).isEqualTo("db-migration");
        assertThat(vm.document().isDirty()).isFalse();
    }

    @Test
    void valuesAreQuotedSoTheYamlStaysValidAndTheRestIsUntouched() throws IOException {
        SkillEditorViewModel vm = model(skillFile);
        String original = vm.document().text();
        String description = "Write migrations: safely, with expand/contract. # not a comment";
        vm.setField("description", description);
        String text = vm.document().text();
        assertThat(text).contains("description: 'Write migrations: safely, with expand/contract. # not a comment'\n");
        int start = original.indexOf("description:");
        int end = original.indexOf('\n', start);
        assertThat(text.substring(0, start)).isEqualTo(original.substring(0, start));
        assertThat(text.substring(text.indexOf('\n', start))).isEqualTo(original.substring(end));
        CodexReading reading = SkillDocument.parse(vm.document().currentSource()).codexReading("db-migration");
        assertThat(reading.ok()).isTrue();
        assertThat(reading.repaired()).isFalse();
        assertThat(vm.state().value("description")).isEqualTo(description);
        assertThat(SkillEditorViewModel.counter(description, 1024)).isEqualTo(description.length() + " / 1,024 characters");

        vm.setField("description", "");
        assertThat(vm.state().findings("description")).anyMatch(d -> d.severity() == Severity.ERROR);
        vm.setField("description", "x".repeat(1100));
        assertThat(rules(vm.state().findings("description"))).contains("skills/description-too-long");
        assertThat(SkillEditorViewModel.over(vm.state().value("description"), 1024)).isTrue();

        vm.endEdit();
        vm.setField("license", "");
        assertThat(vm.document().text()).doesNotContain("license:");
        Map<String, String> meta = new LinkedHashMap<>(vm.state().metadata());
        assertThat(meta).containsEntry("owner", "payments-platform").containsEntry("version", "1.3");
        meta.put("short-description", "Safe migrations");
        vm.setMetadata(meta);
        assertThat(vm.document().text()).contains("metadata:\n  owner: payments-platform\n  version: \"1.3\"\n"
                + "  short-description: Safe migrations\n");
    }

    @Test
    void nestedMetadataIsNotRewrittenFromTheForm() throws IOException {
        Files.writeString(skillFile, Files.readString(skillFile).replace("  version: \"1.3\"\n",
                "  version: \"1.3\"\n  tags:\n    - db\n"));
        SkillEditorViewModel vm = model(skillFile);
        assertThat(vm.state().metadataEditable()).isFalse();
        String text = vm.document().text();
        assertThatThrownBy(() -> vm.setMetadata(Map.of("owner", "x"))).isInstanceOf(IllegalStateException.class);
        assertThat(vm.document().text()).isEqualTo(text);
        assertThat(model(repo.resolve(".agents/skills/add-endpoint/SKILL.md")).state().metadataEditable()).isTrue();
    }

    @Test
    void disablingWritesAPathRuleToTheUserConfigAndTheTreeShowsIt() throws IOException {
        SkillEditorViewModel vm = model(skillFile);
        Path cfg = codexHome.resolve("config.toml");
        String before = Files.readString(cfg);
        assertThat(vm.enabled()).isTrue();
        SkillEditorViewModel.ConfigChange off = vm.planEnabled(false);
        assertThat(off.file()).isEqualTo(cfg);
        assertThat(off.diff()).contains("+[[skills.config]]", "+path = \"" + skillFile.toRealPath() + "\"",
                "+enabled = false");
        assertThat(Files.readString(cfg)).isEqualTo(before);
        vm.apply(off);
        assertThat(Files.readString(cfg)).startsWith(before).contains("enabled = false");
        assertThat(vm.enabled()).isFalse();
        TreeNode node = studio.treeProperty().get().find(n -> n.label().equals("db-migration")).orElseThrow();
        assertThat(node.inactive()).isTrue();
        assertThat(node.detail()).contains("disabled");
        // a clean document shows the scan's findings, which include what only the catalogue knows
        assertThat(rules(vm.state().general())).contains("skills/disabled");
        assertThat(rules(model(skillFile).state().general())).contains("skills/disabled");

        SkillEditorViewModel.ConfigChange on = vm.planEnabled(true);
        assertThat(on.diff()).contains("-enabled = false", "+enabled = true");
        vm.apply(on);
        assertThat(vm.enabled()).isTrue();

        SkillEditorViewModel.ConfigChange stale = vm.planEnabled(false);
        Files.writeString(cfg, Files.readString(cfg) + "# edited elsewhere\n");
        assertThatThrownBy(() -> vm.apply(stale)).isInstanceOf(IOException.class);
    }

    @Test
    void renameMovesTheFolderButNotWithUnsavedEdits() throws IOException {
        SkillEditorViewModel vm = model(skillFile);
        vm.setField("license", "MIT");
        assertThatThrownBy(() -> vm.rename("schema-migration")).isInstanceOf(IllegalStateException.class);
        vm.document().undoManager().undo();
        assertThatThrownBy(() -> vm.rename("add-endpoint")).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        Path moved = vm.rename("schema-migration");
        assertThat(moved).isEqualTo(repo.resolve(".agents/skills/schema-migration/SKILL.md"));
        assertThat(Files.readString(moved)).contains("name: schema-migration\n");
        assertThat(moved.resolveSibling("scripts/new_migration.py")).exists();
        assertThat(skillFile.getParent()).doesNotExist();
    }

    @Test
    void folderFilesAndANewOpenAiYaml() throws IOException {
        Path file = dev.codexstudio.core.skills.SkillFolders.create(repo.resolve(".agents/skills"), "lint-fix");
        studio.rescan();
        SkillEditorViewModel vm = model(file);
        assertThat(vm.state().findings()).isEmpty();
        assertThat(vm.folderFiles()).isEmpty();
        vm.addFile("scripts/run.sh");
        vm.addFile("references/notes.md");
        assertThat(vm.folderFiles()).containsExactly(Path.of("scripts/run.sh"), Path.of("references/notes.md"));
        assertThat(Files.isExecutable(vm.skillDir().resolve("scripts/run.sh"))).isTrue();
        vm.renameFile("references/notes.md", "references/guide.md");
        vm.removeFile("scripts/run.sh");
        assertThat(vm.folderFiles()).containsExactly(Path.of("references/guide.md"));

        Path yaml = vm.createOpenAiYaml();
        assertThat(Files.readString(yaml)).startsWith("interface:\n  display_name: Lint fix\n"
                + "  short_description: Describe what lint-fix does and when Codex should use it, in one or two sentences\n");
        assertThatThrownBy(vm::createOpenAiYaml).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);

        OpenAiYamlViewModel ovm = new OpenAiYamlViewModel(DocumentViewModel.open(yaml), studio);
        String text = ovm.document().text();
        assertThat(ovm.state().value("interface.display_name")).isEqualTo("Lint fix");
        assertThat(ovm.state().implicit()).isTrue();
        ovm.setString("interface.display_name", "Lint: fix");
        ovm.setString("interface.display_name", "Lint: fixer");
        assertThat(ovm.document().text()).isEqualTo(text.replace("display_name: Lint fix", "display_name: 'Lint: fixer'"));
        ovm.setImplicitInvocation(false);
        assertThat(ovm.document().text()).contains("allow_implicit_invocation: false");
        assertThat(ovm.state().implicit()).isFalse();
        ovm.setString("interface.display_name", "x".repeat(70));
        assertThat(ovm.state().findings("interface.display_name")).isNotEmpty();
        ovm.document().undoManager().undo();
        ovm.document().undoManager().undo();
        ovm.document().undoManager().undo();
        assertThat(ovm.document().text()).isEqualTo(text);
    }
}
