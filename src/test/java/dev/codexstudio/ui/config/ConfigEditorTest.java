package dev.codexstudio.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.app.ThemeManager;
import dev.codexstudio.ui.editors.EditorTab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The configuration form in the studio window, headless. */
@ExtendWith(ApplicationExtension.class)
class ConfigEditorTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture fixture;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        fixture = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "java-service").show(stage);
        window = fixture.window;
    }

    private void openFromTree(FxRobot robot, Path file) {
        TreeView<TreeNode> tree = window.tree().treeView();
        TreeItem<TreeNode> item = find(tree.getRoot(), file);
        assertThat(item).as("tree item for " + file).isNotNull();
        robot.interact(() -> {
            for (TreeItem<TreeNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            tree.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeItem<TreeNode> find(TreeItem<TreeNode> item, Path file) {
        if (item.getValue() != null && file.equals(item.getValue().file())
                && item.getValue().kind() != TreeNode.Kind.HOOK_SOURCE) {
            return item;
        }
        for (TreeItem<TreeNode> c : item.getChildren()) {
            TreeItem<TreeNode> f = find(c, file);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Scrolls the form so that {@code n} is in view (the robot clicks only visible nodes). */
    private static <T extends Node> T reveal(FxRobot robot, T n) {
        robot.interact(() -> {
            Node p = n.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double extra = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                if (extra > 0) {
                    sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 20) / extra)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return n;
    }

    private static void settle() {
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void formEditsAreTextEditsThatUndoAndSaveOnlyTheirLine(FxRobot robot) throws Exception {
        Path user = fixture.codexHome.resolve("config.toml");
        byte[] original = Files.readAllBytes(user);
        robot.interact(() -> window.openProject(fixture.repo));
        WaitForAsyncUtils.waitForFxEvents();
        openFromTree(robot, user);
        EditorTab tab = window.editors().selected().orElseThrow();
        assertThat(tab.document().path()).isEqualTo(user);
        assertThat(robot.lookup("#config-editor").tryQuery()).isPresent();

        TextField model = robot.lookup("#field-model").queryAs(TextField.class);
        assertThat(model.getText()).isEqualTo("gpt-5.5");
        Label origin = robot.lookup("#origin-model").queryAs(Label.class);
        assertThat(origin.getText()).startsWith("Applies: user ~/codex-home/config.toml");

        robot.clickOn(model).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("gpt-5.4")
                .type(KeyCode.ENTER);
        settle();
        assertThat(tab.source().area().getText()).contains("model = \"gpt-5.4\"\n").doesNotContain("gpt-5.5");

        @SuppressWarnings("unchecked")
        ComboBox<String> effort = robot.lookup("#field-model_reasoning_effort").queryAs(ComboBox.class);
        assertThat(effort.getItems()).contains("minimal", "xhigh", "ultra");
        robot.clickOn(effort.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("banana");
        settle();
        // any non-empty effort loads in Codex 0.169 (it becomes a custom value): no error, nothing written yet
        assertThat(robot.lookup("#error-model_reasoning_effort").queryAs(Label.class).isVisible()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("high").type(KeyCode.ENTER);
        settle();
        assertThat(tab.source().area().getText()).contains("model_reasoning_effort = \"high\"\n")
                .contains("model = \"gpt-5.4\"\n");
        Screenshots.save(robot, window.scene(), "config-editor");

        // a wrong number is shown at once and not written
        TextField budget = robot.lookup("#field-project_doc_max_bytes").queryAs(TextField.class);
        robot.clickOn(reveal(robot, budget)).write("12k");
        settle();
        Label budgetError = robot.lookup("#error-project_doc_max_bytes").queryAs(Label.class);
        assertThat(budgetError.isVisible()).isTrue();
        assertThat(budgetError.getText()).contains("not a whole number");
        robot.type(KeyCode.ENTER);
        assertThat(tab.document().text()).doesNotContain("project_doc_max_bytes");
        robot.interact(() -> budget.setText(""));
        robot.type(KeyCode.ENTER);
        Screenshots.save(robot, ((ScrollPane) robot.lookup("#form-scroll").query()).getContent(), "config-editor-form");

        // undo from the form: the effort edit goes, the model edit stays; the form follows the text
        robot.clickOn(reveal(robot, model)).press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertThat(tab.document().text()).contains("model_reasoning_effort = \"medium\"\n")
                .contains("model = \"gpt-5.4\"\n");
        assertThat(effort.getEditor().getText()).isEqualTo("medium");

        robot.interact(() -> window.editors().saveSelected());
        byte[] saved = Files.readAllBytes(user);
        List<String> before = List.of(new String(original, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1));
        List<String> after = List.of(new String(saved, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1));
        assertThat(after).hasSameSizeAs(before);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertThat(changed).hasSize(1);
        assertThat(after.get(changed.get(0))).isEqualTo("model = \"gpt-5.4\"");
        assertThat(before.get(changed.get(0))).isEqualTo("model = \"gpt-5.5\"");
        assertThat(tab.document().isDirty()).isFalse();

        robot.interact(() -> new ThemeManager().apply("dark", window.scene()));
        settle();
        Screenshots.save(robot, window.scene(), "config-editor-dark");
    }

    @Test
    void profilesOpenInTheSameFormCompareSideBySideAndNewOnesAreCreated(FxRobot robot) throws Exception {
        fixture.trusted();
        robot.interact(() -> window.openProject(fixture.repo));
        WaitForAsyncUtils.waitForFxEvents();
        Path user = fixture.codexHome.resolve("config.toml");
        robot.interact(() -> window.editors().open(user, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#origin-model").queryAs(Label.class).getText())
                .startsWith("Set here, but project .codex/config.toml overrides it");

        // New profile…: the name is checked while typing, an existing file is never overwritten
        robot.clickOn(reveal(robot, robot.lookup("#new-profile").queryAs(javafx.scene.control.Button.class)));
        TextField name = robot.lookup("#new-profile-name").queryAs(TextField.class);
        robot.clickOn(reveal(robot, name)).write("fast");
        Label problem = robot.lookup("#new-profile-problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("already exists");
        assertThat(robot.lookup("#new-profile-create").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
        robot.interact(() -> name.setText("review"));
        robot.clickOn(reveal(robot, robot.lookup("#new-profile-create").queryAs(javafx.scene.control.Button.class)));
        settle();
        Path review = fixture.codexHome.resolve("review.config.toml");
        assertThat(review).exists();
        assertThat(Files.readString(review)).startsWith("# codex --profile review\n");
        assertThat(window.editors().selected().orElseThrow().document().path()).isEqualTo(review);

        // back to the base config: compare the fast profile side by side
        robot.interact(() -> window.editors().open(user, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        EditorTab base = window.editors().selected().orElseThrow();
        robot.clickOn(reveal(robot, (javafx.scene.control.Button) base.getContent().lookup("#compare-profile-fast")));
        settle();
        EditorTab fast = window.editors().selected().orElseThrow();
        assertThat(fast.document().path()).isEqualTo(fixture.codexHome.resolve("fast.config.toml"));
        Node editor = fast.getContent().lookup("#config-editor");
        assertThat(editor).isInstanceOf(ConfigEditor.class);
        assertThat(((ConfigEditor) editor).comparing()).isTrue();
        Node grid = fast.getContent().lookup("#profile-compare-grid");
        assertThat(grid).isNotNull();
        Label verbosity = (Label) grid.lookup("#compare-row-model_verbosity");
        assertThat(verbosity.getStyleClass()).contains("row-differs");
        Label modelRow = (Label) grid.lookup("#compare-row-model");
        assertThat(modelRow.getStyleClass()).contains("row-base-only");
        Screenshots.save(robot, window.scene(), "profile-compare");

        // a profile value a trusted project pins is marked as overridden, live from the text
        robot.interact(() -> fast.source().area().insertText(0, "model = \"gpt-5.4-mini\"\n"));
        settle();
        Node shadowed = fast.getContent().lookup(".compare-shadowed");
        assertThat(shadowed).isInstanceOf(Label.class);
        assertThat(((Label) shadowed).getText()).contains("\"gpt-5.5\"").contains("from project .codex/config.toml");
        Screenshots.save(robot, window.scene(), "profile-compare-shadowed");

        // the form again, on the profile
        robot.clickOn(fast.getContent().lookup("#compare-toggle"));
        settle();
        TextField model = (TextField) fast.getContent().lookup("#field-model");
        assertThat(model.getText()).isEqualTo("gpt-5.4-mini");
        assertThat(((Label) fast.getContent().lookup("#origin-model")).getText())
                .startsWith("Set here, but project .codex/config.toml overrides it");
    }
}
