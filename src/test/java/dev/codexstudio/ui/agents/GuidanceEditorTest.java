package dev.codexstudio.ui.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.editors.EditorTab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The AGENTS.md form editor in the studio window, headless. */
@ExtendWith(ApplicationExtension.class)
class GuidanceEditorTest {

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
    void showsTheBudgetAndPreviewAndFollowsTyping(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(repo));
        WaitForAsyncUtils.waitForFxEvents();
        Path agents = repo.resolve("AGENTS.md");
        robot.interact(() -> window.editors().open(agents, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        EditorTab tab = window.editors().selected().orElseThrow();

        Node gauge = robot.lookup("#budget-gauge").query();
        assertThat(gauge).isNotNull();
        assertThat(gauge.isVisible()).isTrue();
        Node preview = robot.lookup("#effective-preview").query();
        assertThat(robot.from(preview).lookup((Node n) -> n instanceof Text t && t.getText().contains("invoice-service"))
                .tryQuery()).isPresent();
        Label figure = robot.lookup("#budget-figure").queryAs(Label.class);
        String before = figure.getText();
        assertThat(before).contains(String.format("this file %,d", Files.size(agents)));
        Screenshots.save(robot, window.scene(), "agents-editor-form");
        Screenshots.save(robot, ((javafx.scene.control.ScrollPane) robot.lookup("#form-scroll").query()).getContent(),
                "agents-editor-form-full");

        robot.interact(() -> tab.source().area().insertText(0, "# Added line for the gauge\n"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String after = figure.getText();
        assertThat(after).isNotEqualTo(before)
                .contains(String.format("this file %,d", Files.size(agents) + "# Added line for the gauge\n".length()));
        assertThat(robot.from(preview).lookup((Node n) -> n instanceof Text t
                && t.getText().contains("Added line for the gauge")).tryQuery()).isPresent();
        assertThat(Files.readString(agents)).doesNotContain("Added line");
        Screenshots.save(robot, window.scene(), "agents-editor-form-edited");
    }
}
