package dev.codexstudio.ui.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.cli.StudioCli;
import dev.codexstudio.core.migrate.LegacyForm;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.Action;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Stack → "Migrate to Current Codex…" on a copy of samples/java-service with a legacy user config and hooks.json,
 * headless: the dialog lists the forms, "Apply all" writes exactly what {@code migrate --write} writes on another
 * copy, comments survive, the findings are gone.
 */
@ExtendWith(ApplicationExtension.class)
class MigrateDialogTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture f;

    @Start
    void start(Stage stage) throws Exception {
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "java-service").show(stage);
        Files.writeString(f.codexHome.resolve("config.toml"), MigrateViewModelTest.LEGACY_CONFIG);
        Files.writeString(f.codexHome.resolve("hooks.json"), MigrateViewModelTest.LEGACY_HOOKS);
    }

    private Stage dialogStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && "Migrate to Current Codex".equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDialogListsTheFormsAndApplyAllWritesWhatTheCliWrites(FxRobot robot) throws Exception {
        // the same legacy files, migrated by the CLI
        Path cliHome = Files.createDirectories(tmp.resolve("cli-home"));
        Files.writeString(cliHome.resolve("config.toml"), MigrateViewModelTest.LEGACY_CONFIG);
        Files.writeString(cliHome.resolve("hooks.json"), MigrateViewModelTest.LEGACY_HOOKS);
        Path cliRepo = Files.createDirectories(tmp.resolve("cli-repo"));
        StringWriter out = new StringWriter();
        assertThat(StudioCli.run(new String[] {"migrate", cliRepo.toString(), "--write", "--codex-home", cliHome.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()))).isEqualTo(0);

        MenuBar bar = (MenuBar) f.window.scene().getRoot().lookup(".menu-bar");
        Menu stackMenu = bar.getMenus().stream().filter(m -> m.getText().equals("Stack")).findFirst().orElseThrow();
        assertThat(stackMenu.getItems()).anyMatch(i -> "menu-migrate-all".equals(i.getId())
                && i.getText().equals("Migrate to Current Codex…") && i.isDisable());
        robot.interact(() -> f.window.openProject(f.repo));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stackMenu.getItems().stream().filter(i -> "menu-migrate-all".equals(i.getId())).findFirst().orElseThrow()
                .isDisable()).isFalse();
        Action action = f.window.actions().stream().filter(a -> a.id().equals("migrate-all")).findFirst().orElseThrow();
        robot.interact(() -> action.handler().run());
        WaitForAsyncUtils.waitForFxEvents();

        Stage dialog = dialogStage();
        assertThat(dialog.getOwner()).isSameAs(f.window.scene().getWindow());
        TableView<MigrateViewModel.Finding> table = robot.lookup("#migrate-findings").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(MigrateViewModel.Finding::was).contains("`reasoning_effort`",
                "single-table `[hooks.X]`", "hooks.json events at the top level");
        ListView<String> diff = robot.lookup("#migrate-diff").queryAs(ListView.class);
        assertThat(diff.getItems()).contains("+model_reasoning_effort = \"high\" # keep it thorough", "+timeout = 5");
        Screenshots.save(robot, dialog.getScene(), "migrate-dialog");

        Button apply = robot.lookup("#migrate-apply").queryAs(Button.class);
        assertThat(apply.isDisable()).isFalse();
        robot.interact(apply::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(f.codexHome.resolve("config.toml"))).isEqualTo(Files.readString(cliHome.resolve("config.toml")))
                .contains("# my settings", "# notify when done", "# keep it thorough");
        assertThat(Files.readString(f.codexHome.resolve("hooks.json"))).isEqualTo(Files.readString(cliHome.resolve("hooks.json")));
        assertThat(f.studio.problems()).noneMatch(d -> LegacyForm.of(d).isPresent());
        assertThat(table.getItems()).isEmpty();
        assertThat(apply.isDisable()).isTrue();
        Screenshots.save(robot, dialog.getScene(), "migrate-applied");
        robot.interact(dialog::close);

        // nothing left: an explicit empty state
        robot.interact(() -> action.handler().run());
        WaitForAsyncUtils.waitForFxEvents();
        Stage empty = dialogStage();
        assertThat(robot.lookup("#migrate-message").queryLabeled().getText()).startsWith("Nothing to migrate");
        Screenshots.save(robot, empty.getScene(), "migrate-empty");
        robot.interact(empty::close);
        assertThat(f.errors).isEmpty();
    }
}
