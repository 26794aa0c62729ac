package dev.codexstudio.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a sample offers the walkthrough once; every step spotlights its target; Skip, Esc and Help work. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture f;

    @Start
    void start(Stage stage) throws Exception {
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "wt"), "java-service").show(stage);
    }

    private WalkthroughOverlay overlay(FxRobot robot) {
        return robot.lookup("#walkthrough-overlay").queryAs(WalkthroughOverlay.class);
    }

    @Test
    void openingASampleOffersTheWalkthroughWhichSpotlightsEveryStep(FxRobot robot) {
        robot.clickOn("#sample-java-service");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#walkthrough-offer").tryQuery()).as("offered on the first sample").isPresent();
        assertThat(f.studio.settings().walkthroughOffered()).isTrue();
        Screenshots.save(robot, f.window.scene(), "walkthrough-0-offer");

        robot.clickOn("#walkthrough-offer-start");
        WaitForAsyncUtils.waitForFxEvents();
        WalkthroughOverlay overlay = overlay(robot);
        var steps = overlay.model().steps();
        assertThat(steps).hasSize(7);
        for (int i = 0; i < steps.size(); i++) {
            WalkthroughStep step = steps.get(i);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#walkthrough-progress").queryAs(Label.class).getText())
                    .isEqualTo("Step " + (i + 1) + " of " + steps.size());
            assertThat(robot.lookup("#walkthrough-title").queryAs(Label.class).getText()).isEqualTo(step.title());
            Node target = robot.lookup("#" + step.targetId()).query();
            assertThat(target.isVisible()).as(step.id() + " target shown").isTrue();
            Bounds hole = overlay.targetBounds();
            Bounds t = overlay.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
            assertThat(hole).as(step.id() + " spotlighted").isNotNull();
            assertThat(hole.getMinX()).isLessThanOrEqualTo(Math.max(0, t.getMinX()) + 1);
            assertThat(hole.getMinY()).isLessThanOrEqualTo(Math.max(0, t.getMinY()) + 1);
            assertThat(hole.getMaxY()).isLessThanOrEqualTo(overlay.getHeight());
            Bounds c = overlay.calloutBounds();
            assertThat(c.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(c.getMaxX()).isLessThanOrEqualTo(overlay.getWidth());
            assertThat(c.getMaxY()).isLessThanOrEqualTo(overlay.getHeight());
            Screenshots.save(robot, f.window.scene(), "walkthrough-" + (i + 1) + "-" + step.id());
            robot.clickOn("#walkthrough-next");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#walkthrough-overlay").tryQuery()).as("done after the last step").isEmpty();
        assertThat(f.window.scene().getRoot().getId()).isEqualTo("studio-root");

        // Not offered a second time.
        robot.interact(() -> f.studio.openSample("python-library"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#walkthrough-offer").tryQuery()).isEmpty();

        // Restart from Help; Esc ends it.
        robot.clickOn("Help").clickOn("#menu-walkthrough");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#walkthrough-callout").tryQuery()).isPresent();
        robot.clickOn("#walkthrough-next");
        assertThat(robot.lookup("#walkthrough-progress").queryAs(Label.class).getText()).isEqualTo("Step 2 of 7");
        robot.clickOn("#walkthrough-back");
        assertThat(robot.lookup("#walkthrough-progress").queryAs(Label.class).getText()).isEqualTo("Step 1 of 7");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#walkthrough-overlay").tryQuery()).isEmpty();

        // Skip ends it too, in the dark theme.
        robot.interact(() -> f.window.actions().stream().filter(a -> a.id().equals("theme")).findFirst().orElseThrow().handler().run());
        robot.clickOn("Help").clickOn("#menu-walkthrough");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#walkthrough-next");
        Screenshots.save(robot, f.window.scene(), "walkthrough-dark-guidance");
        robot.clickOn("#walkthrough-skip");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#walkthrough-overlay").tryQuery()).isEmpty();
        assertThat(f.window.scene().getRoot().getStyleClass()).contains("theme-dark");
        assertThat(f.errors).isEmpty();
    }
}
