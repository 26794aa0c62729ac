package dev.codexstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.ui.app.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First run: the welcome page offers the shipped samples, and one click opens one with its Codex home. */
@ExtendWith(ApplicationExtension.class)
class WelcomeSamplesTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture f;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "java-service").show(stage);
        window = f.window;
    }

    @Test
    void theWelcomePageOffersEverySampleAndOpensOneWithItsCodexHome(FxRobot robot) throws Exception {
        FlowPane cards = robot.lookup("#overview-samples").queryAs(FlowPane.class);
        assertThat(cards.getChildren()).hasSize(3);
        assertThat(robot.lookup("#sample-typescript-webapp").queryAs(Button.class).getText()).isEqualTo("Open sample");
        Screenshots.save(robot, window.scene(), "welcome");

        robot.clickOn("#sample-typescript-webapp");
        WaitForAsyncUtils.waitForFxEvents();

        Path sample = window.studio().samplesDir().resolve("typescript-webapp");
        assertThat(window.studio().project()).contains(sample.resolve("repo"));
        assertThat(window.studio().codexHomeProperty().get()).isEqualTo(sample.resolve("codex-home"));
        TreeNode root = window.studio().treeProperty().get();
        assertThat(root).isNotNull();
        assertThat(root.find(n -> n.label().equals("Hooks"))).isPresent();
        assertThat(f.errors).isEmpty();
        assertThat(robot.lookup("#overview-samples").tryQuery()).as("the samples give way to the project").isEmpty();
    }
}
