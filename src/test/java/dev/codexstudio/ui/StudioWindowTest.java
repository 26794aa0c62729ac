package dev.codexstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.support.TestPaths;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.app.Studio;
import dev.codexstudio.ui.app.ThemeManager;
import dev.codexstudio.ui.editors.EditorTab;
import dev.codexstudio.ui.editors.SaveConflict;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final List<String> errors = new ArrayList<>();
    private Path repo;

    @Start
    void start(Stage stage) throws Exception {
        Path sample = TestPaths.samples().resolve("java-service");
        Path work = Files.createTempDirectory(tmp, "ws");
        repo = work.resolve("repo");
        dev.codexstudio.conformance.World.copyTreeForTests(sample.resolve("repo"), repo);
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Path home = work.resolve("codex-home");
        dev.codexstudio.conformance.World.copyTreeForTests(sample.resolve("codex-home"), home);
        StudioViewModel studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", work.toString(), "CODEX_HOME", home.toString()));
        ThemeManager themes = new ThemeManager();
        window = Studio.build(studio, themes, new Dialogs() {
            @Override
            public Optional<Path> chooseDirectory(String title, Path initial) {
                return Optional.empty();
            }

            @Override
            public boolean confirmDiscard(Path file) {
                return true;
            }

            @Override
            public SaveConflict.Choice resolveConflict(Path file) {
                return SaveConflict.Choice.CANCEL;
            }

            @Override
            public void showError(String message) {
                errors.add(message);
            }
        });
        themes.apply("light", null);
        stage.setScene(window.scene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
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

    private static void collect(TreeItem<TreeNode> item, List<String> out) {
        out.add(item.getValue().label());
        item.getChildren().forEach(c -> collect(c, out));
    }
}
