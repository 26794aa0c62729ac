package dev.codexstudio.ui.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.app.ThemeManager;
import dev.codexstudio.ui.editors.EditorTab;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Hook Lifecycle tab on a trusted copy of samples/python-library, headless. */
@ExtendWith(ApplicationExtension.class)
class LifecycleDiagramTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture f;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "python-library").trusted().show(stage);
        window = f.window;
    }

    private Tab lifecycleTab() {
        return window.editors().tabs().getTabs().stream().filter(t -> "tab-lifecycle".equals(t.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void showsAMutedMessageBeforeAProjectIsOpen(FxRobot robot) {
        robot.interact(() -> window.editors().tabs().getSelectionModel().select(lifecycleTab()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lifecycleTab().getText()).isEqualTo("Hook Lifecycle");
        Label empty = robot.lookup("#lifecycle-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).contains("No project open");
        assertThat(robot.lookup("#event-PreToolUse").tryQuery()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDirectoryPickerOffersEveryViewAndRedraws(FxRobot robot) {
        robot.interact(() -> window.openProject(f.repo));
        robot.interact(() -> window.editors().tabs().getSelectionModel().select(lifecycleTab()));
        WaitForAsyncUtils.waitForFxEvents();
        var stack = window.studio().stack().orElseThrow();
        javafx.scene.control.ComboBox<Path> box = robot.lookup("#lifecycle-directory").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(box.getItems()).containsExactlyElementsOf(stack.views().stream().map(v -> v.cwd()).toList());
        assertThat(box.getItems()).hasSizeGreaterThan(1);
        assertThat(box.getValue()).isEqualTo(stack.rootView().cwd());
        assertThat(box.getConverter().toString(box.getValue())).isEqualTo("(repository root)");
        Path sub = box.getItems().get(1);
        robot.interact(() -> box.setValue(sub));
        WaitForAsyncUtils.waitForFxEvents();
        Node pre = robot.lookup("#event-PreToolUse").query();
        Label count = (Label) ((javafx.scene.layout.VBox) pre).getChildren().get(1);
        int expected = stack.view(sub).orElseThrow().hooks().entries(HookEvent.PRE_TOOL_USE).size();
        assertThat(count.getText()).isEqualTo(expected == 0 ? "no handlers" : expected + (expected == 1 ? " handler" : " handlers"));
        assertThat(box.getConverter().toString(sub)).isEqualTo(f.repo.toAbsolutePath().normalize().relativize(sub).toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void drawsEveryEventListsHandlersOpensThemAndSavesAPng(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(f.repo));
        robot.interact(() -> window.editors().tabs().getSelectionModel().select(lifecycleTab()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lifecycle-empty").tryQuery()).isEmpty();
        for (HookEvent e : HookEvent.values()) {
            assertThat(robot.lookup("#event-" + e.tomlName()).tryQuery()).as(e.tomlName()).isPresent();
        }
        Node pre = robot.lookup("#event-PreToolUse").query();
        Node compact = robot.lookup("#event-PreCompact").query();
        assertThat(pre.getStyleClass()).contains("event-node").doesNotContain("empty");
        assertThat(compact.getStyleClass()).contains("empty");

        robot.clickOn("#event-PreToolUse");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pre.getStyleClass()).contains("selected");
        ListView<Object> list = robot.lookup("#lifecycle-handlers").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(list.getItems().get(0)).isInstanceOfSatisfying(LifecycleViewModel.GroupRow.class,
                g -> assertThat(g.matcher()).isEqualTo("Bash"));
        assertThat(list.getItems().get(1)).isInstanceOfSatisfying(LifecycleViewModel.HandlerRow.class, h -> {
            assertThat(h.action()).contains("guard_shell.py");
            assertThat(h.trust().label()).isEqualTo("untrusted");
        });
        Screenshots.save(robot, window.scene(), "lifecycle-diagram");
        Screenshots.save(robot, robot.lookup("#lifecycle-diagram").query(), "lifecycle-diagram-full");

        // "Dry run…" is for a selected command handler only
        robot.interact(() -> list.getSelectionModel().select(0));
        assertThat(robot.lookup("#lifecycle-dry-run").queryButton().isDisabled()).isTrue();
        robot.interact(() -> list.getSelectionModel().select(1));
        assertThat(robot.lookup("#lifecycle-dry-run").queryButton().isDisabled()).isFalse();

        // "Open" on a handler opens its hooks.json at the handler's line
        LifecycleViewModel.HandlerRow row = (LifecycleViewModel.HandlerRow) list.getItems().get(1);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#lifecycle-open");
        WaitForAsyncUtils.waitForFxEvents();
        EditorTab tab = window.editors().selected().orElseThrow();
        assertThat(tab.document().path()).isEqualTo(f.repo.resolve(".codex/hooks.json").toAbsolutePath().normalize());
        assertThat(row.line()).isGreaterThan(1);
        // the caret sits on the handler's line (RichTextFX paragraphs are 0-based)
        assertThat(tab.source().area().getCurrentParagraph() + 1).isEqualTo(row.line());
        assertThat(tab.source().area().getParagraph(row.line() - 1).getText()).contains("{");

        // double-clicking a handler opens it as well
        robot.interact(() -> window.editors().tabs().getSelectionModel().select(lifecycleTab()));
        robot.interact(() -> tab.getTabPane().getTabs().remove(tab));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editors().selected()).isEmpty();
        robot.interact(() -> list.getSelectionModel().select(1));
        Node cell = robot.lookup(".handler-row").query();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editors().selected()).hasValueSatisfying(t -> assertThat(t.document().path())
                .isEqualTo(f.repo.resolve(".codex/hooks.json").toAbsolutePath().normalize()));

        // Save as PNG
        robot.interact(() -> window.editors().tabs().getSelectionModel().select(lifecycleTab()));
        Path png = f.workspace.resolve("out/hook-lifecycle.png");
        Files.createDirectories(png.getParent());
        f.pathAnswers.add(png);
        robot.clickOn("#lifecycle-save-png");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.errors).isEmpty();
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(java.util.Arrays.copyOf(bytes, 8))
                .containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);

        robot.interact(() -> new ThemeManager().apply("dark", window.scene()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, window.scene(), "lifecycle-diagram-dark");
    }
}
