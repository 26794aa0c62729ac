package dev.codexstudio.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.ui.StudioTestFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough's steps for a stack and its navigation, without a display. */
class WalkthroughViewModelTest {

    @TempDir
    Path tmp;

    @Test
    void theStepsExplainTheSamplesOwnLayers() throws Exception {
        Path repo = tmp.resolve("repo");
        Path home = tmp.resolve("codex-home");
        StudioTestFixture.copySample("java-service", repo, home);
        Stack stack = StackScanner.scan(repo, new CodexEnvironment(home, tmp, tmp.resolve("etc"), null));
        var steps = WalkthroughViewModel.stepsFor(stack);
        assertThat(steps).extracting(WalkthroughStep::id)
                .containsExactly("stack", "guidance", "skills", "hooks", "config", "problems", "editors");
        assertThat(steps.get(1).text()).contains("src/main/resources/db/migration has an AGENTS.override.md that replaces its AGENTS.md");
        assertThat(steps.get(1).text()).contains("of the 32768 bytes of project_doc_max_bytes");
        assertThat(steps.get(2).text()).contains("• db-migration (repo): Write a Flyway migration");
        assertThat(steps.get(3).selectTab()).isEqualTo("tab-lifecycle");
        assertThat(steps.get(3).targetId()).isEqualTo("lifecycle-diagram");
        assertThat(steps.get(4).text()).contains("Profiles: fast, thorough").contains("No requirements.toml");
    }

    @Test
    void anEmptyRepositorysStepsSayWhatToAdd() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("empty"));
        Stack stack = StackScanner.scan(repo, new CodexEnvironment(Files.createDirectories(tmp.resolve("h")), tmp, tmp.resolve("etc"), null));
        var steps = WalkthroughViewModel.stepsFor(stack);
        assertThat(steps.get(1).text()).startsWith("• No AGENTS.md applies here. Add one");
        assertThat(steps.get(2).text()).startsWith("• No skills load here.");
        assertThat(steps.get(3).text()).contains("No hooks load here. Add .codex/hooks.json");
    }

    @Test
    void nextBackAndSkipMoveThroughTheSteps() {
        WalkthroughViewModel vm = new WalkthroughViewModel();
        assertThat(vm.current()).isEmpty();
        var a = new WalkthroughStep("a", "x", null, "A", "a", WalkthroughStep.Placement.RIGHT);
        var b = new WalkthroughStep("b", "y", null, "B", "b", WalkthroughStep.Placement.BELOW);
        vm.start(java.util.List.of(a, b));
        assertThat(vm.current()).contains(a);
        assertThat(vm.progress()).isEqualTo("Step 1 of 2");
        assertThat(vm.canGoBack()).isFalse();
        vm.back();
        assertThat(vm.current()).contains(a);
        vm.next();
        assertThat(vm.current()).contains(b);
        assertThat(vm.isLast()).isTrue();
        vm.back();
        assertThat(vm.indexProperty().get()).isZero();
        vm.next();
        vm.next();
        assertThat(vm.isRunning()).isFalse();
        assertThat(vm.current()).isEmpty();
        vm.start(java.util.List.of(a, b));
        vm.skip();
        assertThat(vm.isRunning()).isFalse();
        assertThat(vm.indexProperty().get()).isEqualTo(-1);
    }

    @Test
    void theCalloutGoesBesideTheTargetAndStaysInTheWindow() {
        var hole = new javafx.geometry.BoundingBox(0, 100, 340, 500);
        double[] right = WalkthroughOverlay.place(hole, WalkthroughStep.Placement.RIGHT, 400, 200, 1280, 800);
        assertThat(right[0]).isGreaterThanOrEqualTo(340);
        double[] left = WalkthroughOverlay.place(hole, WalkthroughStep.Placement.LEFT, 400, 200, 1280, 800);
        assertThat(left[0]).as("no room on the left: falls back to the right").isGreaterThanOrEqualTo(340);
        var big = new javafx.geometry.BoundingBox(0, 0, 1280, 800);
        double[] inside = WalkthroughOverlay.place(big, WalkthroughStep.Placement.BELOW, 400, 200, 1280, 800);
        assertThat(inside[0] + 400).isLessThanOrEqualTo(1280);
        assertThat(inside[1] + 200).isLessThanOrEqualTo(800);
    }
}
