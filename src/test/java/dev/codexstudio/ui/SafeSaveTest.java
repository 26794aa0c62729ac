package dev.codexstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.app.StudioApplication;
import dev.codexstudio.ui.editors.EditorTab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.StringBinding;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saving without losing anything: the diff before writing, untouched files never rewritten, external changes. */
@ExtendWith(ApplicationExtension.class)
class SafeSaveTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture f;
    private MainWindow window;
    private Path repo;
    private Path agents;

    @Start
    void start(Stage stage) throws Exception {
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "java-service").show(stage);
        window = f.window;
        repo = f.repo;
        agents = repo.resolve("AGENTS.md");
    }

    private EditorTab openAgents(FxRobot robot) {
        robot.interact(() -> window.openProject(repo));
        robot.interact(() -> window.editors().open(agents, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        return window.editors().selected().orElseThrow();
    }

    @Test
    void saveShowsTheDiffAndWritesOnlyWhenConfirmed(FxRobot robot) throws Exception {
        String before = Files.readString(agents);
        EditorTab tab = openAgents(robot);
        robot.interact(() -> tab.source().area().insertText(0, "# Added line\n"));
        assertThat(tab.document().isDirty()).isTrue();

        // cancelled: nothing written, still dirty
        f.saveAnswer = false;
        robot.interact(() -> window.editors().saveSelected());
        assertThat(f.saveDiffs).hasSize(1);
        assertThat(Files.readString(agents)).isEqualTo(before);
        assertThat(tab.document().isDirty()).isTrue();

        // confirmed: exactly one more diff, with the added line, and the file holds the new text
        f.saveAnswer = true;
        robot.interact(() -> window.editors().saveSelected());
        assertThat(f.saveDiffs).hasSize(2);
        String diff = f.saveDiffs.get(1);
        assertThat(diff).startsWith("--- a/AGENTS.md\n+++ b/AGENTS.md\n@@ -1,")
                .contains("\n+# Added line\n");
        assertThat(diff.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++"))).hasSize(1);
        assertThat(diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))).isEmpty();
        assertThat(Files.readString(agents)).isEqualTo("# Added line\n" + before);
        assertThat(tab.document().isDirty()).isFalse();

        // the dialog's content: the diff view with coloured lines
        AtomicReference<Scene> scene = new AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.control.DialogPane box = dev.codexstudio.ui.app.Dialogs.confirmSavePane(agents, diff);
            scene.set(new Scene(box, 800, 540));
            window.scene().getStylesheets().forEach(css -> scene.get().getStylesheets().add(css));
            Stage dialog = new Stage();
            dialog.setScene(scene.get());
            dialog.sizeToScene();
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.get().getRoot().lookup("#diff-text")).isNotNull();
        assertThat(((javafx.scene.control.DialogPane) scene.get().getRoot()).getButtonTypes())
                .extracting(javafx.scene.control.ButtonType::getText).containsExactly("Save", "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene.get(), "save-diff");
        robot.interact(() -> scene.get().getWindow().hide());
    }

    @Test
    void savingAnUnchangedDocumentAsksNothingAndDoesNotTouchTheFile(FxRobot robot) throws Exception {
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(agents, old);
        byte[] bytes = Files.readAllBytes(agents);
        EditorTab tab = openAgents(robot);
        robot.interact(() -> window.editors().saveSelected());
        assertThat(f.saveDiffs).isEmpty();
        assertThat(Files.getLastModifiedTime(agents)).isEqualTo(old);
        assertThat(Files.readAllBytes(agents)).isEqualTo(bytes);

        // typed and typed back: dirty by history, but equal to disk -> marked clean, not rewritten
        robot.interact(() -> tab.source().area().insertText(0, "x"));
        robot.interact(() -> tab.source().area().deleteText(0, 1));
        robot.interact(() -> tab.source().area().insertText(0, ""));
        robot.interact(() -> window.editors().saveSelected());
        assertThat(f.saveDiffs).isEmpty();
        assertThat(tab.document().isDirty()).isFalse();
        assertThat(Files.getLastModifiedTime(agents)).isEqualTo(old);
    }

    @Test
    void externalChangeReloadsACleanDocumentAndWarnsOnADirtyOne(FxRobot robot) throws Exception {
        EditorTab tab = openAgents(robot);
        Files.writeString(agents, "# Written by another program\n");
        robot.interact(() -> window.editors().externalChange(agents));
        assertThat(tab.document().text()).isEqualTo("# Written by another program\n");
        assertThat(tab.document().isDirty()).isFalse();
        assertThat(tab.externalChangeBanner()).isEmpty();
        assertThat(window.studio().statusProperty().get()).contains("Reloaded AGENTS.md");

        // an event for a file whose bytes did not change does nothing
        robot.interact(() -> tab.source().area().insertText(0, "mine\n"));
        robot.interact(() -> window.editors().externalChange(agents));
        assertThat(tab.externalChangeBanner()).isEmpty();

        // dirty: a banner, the edits kept, the file not overwritten
        Files.writeString(agents, "# Changed again\nsecond\n");
        robot.interact(() -> window.editors().externalChange(agents));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.externalChangeBanner()).isPresent();
        assertThat(robot.lookup("#external-change-banner").tryQuery()).isPresent();
        assertThat(tab.document().text()).startsWith("mine\n# Written by another program\n");
        assertThat(tab.document().isDirty()).isTrue();
        assertThat(Files.readString(agents)).isEqualTo("# Changed again\nsecond\n");

        // compare: disk -> studio
        robot.clickOn("#external-change-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#external-change-diff").tryQuery()).isPresent();
        assertThat(window.editors().diskToStudioDiff(tab.document()))
                .contains("-# Changed again\n", "-second\n", "+mine\n", "+# Written by another program\n");
        Screenshots.save(robot, window.scene(), "external-change");

        // saving normally does not overwrite silently (the conflict is asked; the fixture cancels)
        robot.interact(() -> window.editors().saveSelected());
        assertThat(Files.readString(agents)).isEqualTo("# Changed again\nsecond\n");

        // Reload drops the edits and the banner
        robot.clickOn("#external-change-reload");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.document().text()).isEqualTo("# Changed again\nsecond\n");
        assertThat(tab.document().isDirty()).isFalse();
        assertThat(tab.externalChangeBanner()).isEmpty();
    }

    @Test
    void overwriteFromTheBannerWritesTheStudiosVersionAfterShowingTheDiff(FxRobot robot) throws Exception {
        EditorTab tab = openAgents(robot);
        robot.interact(() -> tab.source().area().insertText(0, "studio\n"));
        Files.writeString(agents, "other\n");
        robot.interact(() -> window.editors().externalChange(agents));
        assertThat(tab.externalChangeBanner()).isPresent();
        String expected = tab.document().text();
        robot.clickOn("#external-change-overwrite");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.saveDiffs).hasSize(1);
        assertThat(f.saveDiffs.get(0)).contains("-other\n", "+studio\n");
        assertThat(Files.readString(agents)).isEqualTo(expected);
        assertThat(tab.document().isDirty()).isFalse();
        assertThat(tab.externalChangeBanner()).isEmpty();
    }

    @Test
    void titleAndAnyDirtyFollowTheDocuments(FxRobot robot) throws Exception {
        StringBinding title = StudioApplication.title(window.studio(), window.editors());
        assertThat(window.editors().anyDirtyProperty().get()).isFalse();
        EditorTab tab = openAgents(robot);
        assertThat(title.get()).isEqualTo("repo — Codex Stack Studio");
        robot.interact(() -> tab.source().area().insertText(0, "x"));
        assertThat(window.editors().anyDirtyProperty().get()).isTrue();
        assertThat(title.get()).isEqualTo("● repo — Codex Stack Studio");
        robot.interact(() -> window.editors().saveSelected());
        assertThat(window.editors().anyDirtyProperty().get()).isFalse();
        assertThat(title.get()).doesNotStartWith("●");

        // closing a dirty tab (discard confirmed) clears the flag
        robot.interact(() -> tab.source().area().insertText(0, "y"));
        assertThat(title.get()).startsWith("● ");
        robot.interact(() -> window.editors().tabs().getTabs().remove(tab));
        assertThat(window.editors().anyDirtyProperty().get()).isFalse();
        assertThat(title.get()).doesNotStartWith("●");
    }

    @Test
    void newFileDiffAddsEveryLine(FxRobot robot) throws Exception {
        Path fresh = repo.resolve("docs/NEW.md");
        robot.interact(() -> window.openProject(repo));
        robot.interact(() -> window.editors().open(fresh, 1, 1));
        EditorTab tab = window.editors().selected().orElseThrow();
        robot.interact(() -> tab.source().area().insertText(0, "one\ntwo\n"));
        robot.interact(() -> window.editors().saveSelected());
        assertThat(f.saveDiffs).containsExactly("--- /dev/null\n+++ b/docs/NEW.md\n@@ -0,0 +1,2 @@\n+one\n+two\n");
        assertThat(Files.readString(fresh)).isEqualTo("one\ntwo\n");
    }
}
