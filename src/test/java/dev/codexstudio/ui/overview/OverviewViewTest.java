package dev.codexstudio.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.editors.SaveConflict;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Overview while work is still in the background: a project being scanned shows its name, not the welcome,
 * and the cards come when the background work is done, once for the stack and its findings together.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {

    @TempDir
    static Path tmp;

    /** Holds background work and deferred UI work until the test runs it. */
    private static final class HeldExecutor implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();
        final List<String> submitted = new ArrayList<>();

        @Override
        public <T> void submit(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            submitted.add(name);
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void onUiThreadLater(Runnable action) {
            held.add(action);
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }

    private final HeldExecutor executor = new HeldExecutor();
    private StudioViewModel studio;
    private OverviewView view;
    private Path repo;

    @Start
    void start(Stage stage) throws Exception {
        Path ws = Files.createTempDirectory(tmp, "ws");
        repo = ws.resolve("repo");
        StudioTestFixture.copySample("java-service", repo, ws.resolve("codex-home"));
        studio = new StudioViewModel(executor, StudioSettings.inMemory(),
                Map.of("HOME", ws.toString(), "CODEX_HOME", ws.resolve("codex-home").toString()));
        view = new OverviewView(new OverviewViewModel(studio), new NoDialogs(), () -> { }, p -> { });
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    private List<String> labels() {
        List<String> out = new ArrayList<>();
        collect(view.getContent(), out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Label l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void aProjectBeingScannedShowsItsNameThenItsCardsOnceTheWorkIsDone(FxRobot robot) {
        robot.interact(() -> {
            executor.runAll();
            assertThat(labels()).contains("Codex Stack Studio");
            executor.submitted.clear();

            studio.open(repo);
            // the refresh the new project asks for; the scan is still held
            assertThat(executor.held).hasSize(2);
            executor.held.poll().run();
            assertThat(executor.submitted).containsExactly("scan " + repo.toAbsolutePath().normalize());
            // the scan is still held: no welcome, the project's name
            assertThat(labels()).contains("repo").doesNotContain("Codex Stack Studio")
                    .anyMatch(t -> t.startsWith("Reading the Codex stack of "));
            assertThat(view.lookup("#overview-samples")).isNull();

            // the scan, then the stack and its findings: one summary for both
            while (!executor.held.isEmpty()) {
                executor.runAll();
            }
            assertThat(executor.submitted).containsExactly("scan " + repo.toAbsolutePath().normalize(),
                    "summarise the stack");
            FlowPane cards = (FlowPane) view.lookup("#overview-cards");
            assertThat(cards).isNotNull();
            assertThat(cards.getChildren()).hasSize(5);
        });
    }

    /** Dialogs the overview does not open in this test. */
    private static final class NoDialogs implements Dialogs {
        @Override
        public Optional<Path> chooseDirectory(String title, Path initial) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String initialName, String extension) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
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
        }
    }
}
