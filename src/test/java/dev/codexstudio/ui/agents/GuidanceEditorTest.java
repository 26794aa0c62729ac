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

    private StudioTestFixture fixture;
    private MainWindow window;
    private Path repo;

    @Start
    void start(Stage stage) throws Exception {
        StudioTestFixture f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "java-service").show(stage);
        fixture = f;
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

    @Test
    void overBudgetShowsWhereTheCutFallsForTheChosenDirectory(FxRobot robot) throws Exception {
        fixture.trusted();
        Path cfg = repo.resolve(".codex/config.toml");
        Files.writeString(cfg, Files.readString(cfg).replace("project_doc_max_bytes = 16384", "project_doc_max_bytes = 2000"));
        robot.interact(() -> window.openProject(repo));
        WaitForAsyncUtils.waitForFxEvents();
        Path api = repo.resolve("src/main/java/com/acme/invoicing/api");
        robot.interact(() -> window.editors().open(repo.resolve("AGENTS.md"), 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Path> cwd = robot.lookup("#cwd-chooser").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(cwd.getValue()).isEqualTo(repo);
        robot.interact(() -> cwd.setValue(api));
        WaitForAsyncUtils.waitForFxEvents();
        Label cut = robot.lookup("#budget-cut").queryAs(Label.class);
        assertThat(cut.isVisible()).isTrue();
        assertThat(cut.getText()).startsWith("Cut after byte 2,000 of this file: line ");
        assertThat(robot.lookup("#budget-figure").queryAs(Label.class).getText())
                .startsWith("2,000 of 2,000 bytes used");
        Screenshots.save(robot, window.scene(), "agents-editor-over-budget");
        Screenshots.save(robot, ((javafx.scene.control.ScrollPane) robot.lookup("#form-scroll").query()).getContent(),
                "agents-editor-over-budget-full");
    }
}
