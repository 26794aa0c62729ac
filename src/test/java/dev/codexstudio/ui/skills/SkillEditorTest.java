package dev.codexstudio.ui.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.app.ThemeManager;
import dev.codexstudio.ui.editors.EditorTab;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The skill form editor in the studio window, headless. */
@ExtendWith(ApplicationExtension.class)
class SkillEditorTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture fixture;
    private MainWindow window;
    private Path repo;

    @Start
    void start(Stage stage) throws Exception {
        fixture = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "java-service").show(stage);
        window = fixture.window;
        repo = fixture.repo;
    }

    private void openFromTree(FxRobot robot, String skill) {
        robot.interact(() -> window.openProject(repo));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tree-filter").write(skill);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup((Node n) -> n instanceof TreeCell<?> c && c.getItem() instanceof TreeNode t
                && t.kind() == TreeNode.Kind.SKILL && t.label().equals(skill)).query();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shows(FxRobot robot, String boxId, String text) {
        VBox box = robot.lookup("#" + boxId).queryAs(VBox.class);
        return box.isVisible() && robot.from(box).lookup((Node n) -> n instanceof Label l && l.getText().contains(text))
                .tryQuery().isPresent();
    }

    @Test
    void editingTheNameShowsAndClearsTheErrorUndoesAndSavesExactBytes(FxRobot robot) throws Exception {
        Path skill = repo.resolve(".agents/skills/db-migration/SKILL.md");
        byte[] original = Files.readAllBytes(skill);
        openFromTree(robot, "db-migration");
        EditorTab tab = window.editors().selected().orElseThrow();
        assertThat(tab.document().path()).isEqualTo(skill);
        assertThat(robot.lookup("#skill-editor").tryQuery()).isPresent();
        TextField name = robot.lookup("#skill-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("db-migration");
        assertThat(robot.lookup("#skill-name-findings").queryAs(VBox.class).isVisible()).isFalse();
        assertThat(robot.lookup("#skill-description-counter").queryAs(Label.class).getText())
                .startsWith(String.format("%d / 1,024 characters", 243));
        Screenshots.save(robot, window.scene(), "skill-editor");

        // an invalid character: the portability warnings appear under the field and in the Problems panel
        robot.doubleClickOn(name);
        robot.interact(name::selectAll);
        robot.write("db_migration");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shows(robot, "skill-name-findings", "not portable")).isTrue();
        assertThat(shows(robot, "skill-name-findings", "differs from the folder name")).isTrue();
        assertThat(window.problems().table().getItems()).anyMatch(d -> d.rule().equals("skills/name-format")
                && d.position().file().equals(skill));

        // too long for Codex: an error (Codex would not load the skill)
        robot.interact(() -> name.setText("db-migration-" + "x".repeat(60)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shows(robot, "skill-name-findings", "exceeds maximum length of 64 characters")).isTrue();
        assertThat(robot.lookup("#skill-name-counter").queryAs(Label.class).getText()).startsWith("73 / 64");
        Screenshots.save(robot, window.scene(), "skill-editor-error");

        // back to a valid name: the findings disappear
        robot.interact(name::selectAll);
        robot.write("db-migration");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#skill-name-findings").queryAs(VBox.class).isVisible()).isFalse();
        assertThat(window.problems().table().getItems()).noneMatch(d -> d.rule().startsWith("skills/name")
                && d.position().file().equals(skill));

        // one edit in the form, one in the source, undone in order from the same history
        robot.interact(() -> name.setText("db-migrations"));
        robot.interact(() -> tab.source().area().insertText(tab.source().area().getLength(), "\nAppended.\n"));
        assertThat(tab.document().text()).contains("name: db-migrations\n").endsWith("\nAppended.\n");
        robot.clickOn(name);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.document().text()).contains("name: db-migrations\n").doesNotContain("Appended.");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEqualTo("db-migration");
        assertThat(tab.document().isDirty()).isFalse();

        // a real change, saved: only the license line differs on disk
        TextField license = robot.lookup("#skill-license").queryAs(TextField.class);
        robot.interact(() -> license.setText("MIT: see LICENSE"));
        robot.interact(() -> window.editors().saveSelected());
        assertThat(fixture.saveDiffs).hasSize(1);
        assertThat(fixture.saveDiffs.get(0)).contains("-license: Apache-2.0", "+license: 'MIT: see LICENSE'");
        String expected = new String(original, java.nio.charset.StandardCharsets.UTF_8)
                .replace("license: Apache-2.0\n", "license: 'MIT: see LICENSE'\n");
        assertThat(Files.readString(skill)).isEqualTo(expected);
        assertThat(tab.document().isDirty()).isFalse();

        robot.interact(() -> new ThemeManager().apply("dark", window.scene()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, window.scene(), "skill-editor-dark");
        robot.interact(() -> new ThemeManager().apply("light", window.scene()));
        Screenshots.save(robot, ((ScrollPane) robot.lookup("#form-scroll").query()).getContent(), "skill-editor-form-full");
    }

    @Test
    void newSkillDisableOpenAiYamlAndRename(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(repo));
        WaitForAsyncUtils.waitForFxEvents();
        fixture.textAnswers.add("Bad Name");
        robot.interact(() -> action("new-repo-skill").handler().run());
        assertThat(fixture.errors).anyMatch(e -> e.contains("`bad-name`"));
        fixture.textAnswers.add("db-migration");
        robot.interact(() -> action("new-repo-skill").handler().run());
        assertThat(fixture.errors).anyMatch(e -> e.contains("already exists"));

        fixture.textAnswers.add("lint-fix");
        robot.interact(() -> action("new-repo-skill").handler().run());
        WaitForAsyncUtils.waitForFxEvents();
        Path skill = repo.resolve(".agents/skills/lint-fix/SKILL.md");
        assertThat(skill).exists();
        assertThat(window.editors().selected().orElseThrow().document().path()).isEqualTo(skill);
        assertThat(window.studio().treeProperty().get().find(n -> n.label().equals("lint-fix"))).isPresent();

        // disable: the diff of the user config is shown first, then the tree marks the skill disabled
        fire(robot, "#skill-toggle-enabled");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.saveDiffs).hasSize(1);
        assertThat(fixture.saveDiffs.get(0)).contains("+[[skills.config]]", "+enabled = false");
        assertThat(Files.readString(fixture.codexHome.resolve("config.toml"))).contains("path = \"" + skill.toRealPath() + "\"");
        assertThat(robot.lookup("#skill-enabled-state").queryAs(Label.class).getText()).startsWith("Disabled");
        assertThat(window.studio().treeProperty().get().find(n -> n.label().equals("lint-fix")).orElseThrow().inactive())
                .isTrue();
        Screenshots.save(robot, window.scene(), "skill-editor-disabled");

        // a folder file, then agents/openai.yaml created and edited in its own tab
        fixture.textAnswers.add("scripts/check.sh");
        fire(robot, "#skill-file-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.isExecutable(skill.resolveSibling("scripts/check.sh"))).isTrue();
        assertThat(robot.lookup("#skill-files").queryAs(javafx.scene.control.ListView.class).getItems())
                .contains(Path.of("scripts/check.sh"));
        robot.interact(() -> robot.lookup("#skill-openai-create").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Path yaml = skill.resolveSibling("agents/openai.yaml");
        EditorTab yamlTab = window.editors().selected().orElseThrow();
        assertThat(yamlTab.document().path()).isEqualTo(yaml);
        TextField display = robot.lookup("#openai-display-name").queryAs(TextField.class);
        assertThat(display.getText()).isEqualTo("Lint fix");
        robot.interact(() -> display.setText("x".repeat(70)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shows(robot, "openai-display-name-findings", "64")).isTrue();
        robot.interact(() -> display.setText("Lint and fix"));
        robot.interact(() -> robot.lookup("#openai-implicit").queryAs(javafx.scene.control.CheckBox.class).fire());
        assertThat(yamlTab.document().text()).contains("display_name: Lint and fix\n", "allow_implicit_invocation: false");
        Screenshots.save(robot, window.scene(), "openai-yaml-editor");
        robot.interact(() -> window.editors().saveSelected());
        assertThat(Files.readString(yaml)).contains("allow_implicit_invocation: false");

        // rename the skill with its folder
        robot.interact(() -> window.editors().open(skill, 1, 1));
        fixture.textAnswers.add("../escape");
        fire(robot, "#skill-rename");
        assertThat(fixture.errors).anyMatch(e -> e.contains("../escape"));
        fixture.textAnswers.add("lint-and-fix");
        fire(robot, "#skill-rename");
        WaitForAsyncUtils.waitForFxEvents();
        Path renamed = repo.resolve(".agents/skills/lint-and-fix/SKILL.md");
        assertThat(renamed).exists();
        assertThat(skill.getParent()).doesNotExist();
        assertThat(Files.readString(renamed)).contains("name: lint-and-fix\n");
        assertThat(window.editors().selected().orElseThrow().document().path()).isEqualTo(renamed);
        assertThat(window.editors().editorTabs()).noneMatch(t -> t.document().path().startsWith(skill.getParent()));
        // it was disabled: the rule for the new path is offered (diff first) so it stays disabled
        assertThat(fixture.saveDiffs.get(fixture.saveDiffs.size() - 1)).contains("+path = \"" + renamed.toRealPath() + "\"");
        assertThat(window.studio().treeProperty().get().find(n -> n.label().equals("lint-and-fix")).orElseThrow()
                .inactive()).isTrue();
    }

    /** Presses a button that may be scrolled out of view in the form. */
    private static void fire(FxRobot robot, String query) {
        javafx.scene.control.ButtonBase b = robot.lookup(query).queryAs(javafx.scene.control.ButtonBase.class);
        assertThat(b.isDisabled()).isFalse();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private dev.codexstudio.ui.app.Action action(String id) {
        return window.actions().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
