package dev.codexstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.editors.EditorTab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The studio window, headless: open a sample, read the tree and problems, edit, undo, save. */
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {

    @TempDir
    static Path tmp;

    private MainWindow window;
    private Path repo;

    @Start
    void start(Stage stage) throws Exception {
        StudioTestFixture f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "java-service").show(stage);
        window = f.window;
        repo = f.repo;
    }

    @Test
    void opensASampleShowsTheStackAndEditsAFileSafely(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(repo));
        WaitForAsyncUtils.waitForFxEvents();
        TreeNode root = window.studio().treeProperty().get();
        assertThat(root).isNotNull();
        assertThat(root.children()).extracting(TreeNode::label)
                .containsExactly("Guidance", "Skills", "Hooks", "Configuration", "Policy");
        assertThat(root.find(n -> n.label().equals("db-migration"))).isPresent();
        assertThat(window.studio().statusProperty().get()).contains("0 errors");
        Screenshots.save(robot, window.scene(), "main-window");

        // open the root AGENTS.md from the tree and type into it
        TreeNode agents = root.find(n -> n.kind() == TreeNode.Kind.GUIDANCE && n.file() != null
                && n.file().equals(repo.resolve("AGENTS.md"))).orElseThrow();
        robot.interact(() -> window.editors().open(agents.file(), 1, 1));
        EditorTab tab = window.editors().selected().orElseThrow();
        String before = tab.document().text();
        robot.interact(() -> tab.source().area().insertText(0, "# Edited\n"));
        assertThat(tab.document().isDirty()).isTrue();
        assertThat(tab.getText()).startsWith("● ");
        robot.interact(() -> tab.document().undoManager().undo());
        assertThat(tab.document().text()).isEqualTo(before);
        assertThat(tab.document().isDirty()).isFalse();
        robot.interact(() -> tab.document().undoManager().redo());
        robot.interact(() -> window.editors().saveSelected());
        assertThat(Files.readString(repo.resolve("AGENTS.md"))).startsWith("# Edited\n");
        assertThat(tab.document().isDirty()).isFalse();
        Screenshots.save(robot, window.scene(), "agents-editor");

        // a change on disk behind the studio's back is never silently overwritten
        robot.interact(() -> tab.source().area().insertText(0, "x"));
        Files.writeString(repo.resolve("AGENTS.md"), "changed elsewhere\n");
        robot.interact(() -> window.editors().saveSelected());
        assertThat(Files.readString(repo.resolve("AGENTS.md"))).isEqualTo("changed elsewhere\n");
        assertThat(tab.document().isDirty()).isTrue();
    }

    @Test
    void filterKeepsMatchesAndTheirAncestorsAndProblemsJumpToTheLine(FxRobot robot) throws Exception {
        Files.writeString(repo.resolve(".codex/config.toml"),
                "reasoning_effort = \"high\"\n" + Files.readString(repo.resolve(".codex/config.toml")));
        robot.interact(() -> window.openProject(repo));
        robot.clickOn("#tree-filter").write("release");
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<TreeNode> rootItem = window.tree().treeView().getRoot();
        List<String> labels = new ArrayList<>();
        collect(rootItem, labels);
        assertThat(labels).contains("release-notes", "Skills").doesNotContain("db-migration");

        assertThat(window.problems().table().getItems())
                .anyMatch(d -> d.rule().equals("config/unknown-key"));
        var unknown = window.problems().table().getItems().stream()
                .filter(d -> d.rule().equals("config/unknown-key")).findFirst().orElseThrow();
        robot.interact(() -> window.editors().applyFix(unknown));
        // the file already sets model_reasoning_effort, so the fix removes the stray article-era line
        assertThat(Files.readString(repo.resolve(".codex/config.toml"))).doesNotContain("\nreasoning_effort")
                .doesNotStartWith("reasoning_effort");
        Screenshots.save(robot, window.problems(), "problems-panel");
    }

    @Test
    void overviewSummarisesTheLayersAndTrustsTheProject(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(repo));
        robot.interact(() -> window.editors().tabs().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#overview-cards").queryAs(javafx.scene.layout.FlowPane.class).getChildren()).hasSize(5);
        Screenshots.save(robot, window.scene(), "overview-untrusted");
        assertThat(window.studio().stack().orElseThrow().rootView().config().projectLayers().get(0).enabled()).isFalse();
        robot.clickOn("#trust-project");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.studio().stack().orElseThrow().rootView().config().projectLayers().get(0).enabled()).isTrue();
        assertThat(robot.lookup("#trust-project").tryQuery()).isEmpty();
        Screenshots.save(robot, window.scene(), "overview");
    }

    private static void collect(TreeItem<TreeNode> item, List<String> out) {
        out.add(item.getValue().label());
        item.getChildren().forEach(c -> collect(c, out));
    }
}
