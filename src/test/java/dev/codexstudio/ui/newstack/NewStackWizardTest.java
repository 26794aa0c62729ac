package dev.codexstudio.ui.newstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.export.ExportAction;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.export.ExportReviewPane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → "New Stack…" and File → "Export Stack…", driven headless end to end. */
@ExtendWith(ApplicationExtension.class)
class NewStackWizardTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture f;

    @Start
    void start(Stage stage) throws Exception {
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "java-service").show(stage);
    }

    private void run(FxRobot robot, String id) {
        Action action = f.window.actions().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        robot.interact(() -> action.handler().run());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem fileItem(StudioTestFixture f, String id) {
        MenuBar bar = (MenuBar) f.window.scene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> m.getText().equals("File")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#wizard-problem").queryAs(Label.class).getText();
    }

    private Node wizard(FxRobot robot) {
        return robot.lookup("#new-stack-wizard").query();
    }

    private void click(FxRobot robot, String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tick(FxRobot robot, String id) {
        CheckBox box = robot.lookup(id).queryAs(CheckBox.class);
        robot.interact(() -> box.setSelected(true));
    }

    @Test
    void theWizardWritesATemplateWithEveryPresetAndTheResultValidates(FxRobot robot) throws Exception {
        assertThat(fileItem(f, "menu-new-stack").getText()).isEqualTo("New Stack…");
        assertThat(fileItem(f, "menu-new-stack").isDisable()).isFalse();
        run(robot, "new-stack");
        assertThat(robot.lookup("#wizard-title").queryAs(Label.class).getText()).isEqualTo("Template");
        click(robot, "#template-java-service");
        Screenshots.save(robot, wizard(robot).getScene(), "wizard-template");
        click(robot, "#wizard-next");

        assertThat(robot.lookup("#wizard-next").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(problem(robot)).isEqualTo("Give the project a name.");
        click(robot, "#newstack-name");
        robot.write("orders");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#newstack-language").queryAs(TextField.class).getText()).isEqualTo("Java 17");
        assertThat(robot.lookup("#newstack-test-command").queryAs(TextField.class).getText()).isNotBlank();
        assertThat(robot.lookup("#wizard-next").queryAs(Button.class).isDisabled()).isFalse();
        Screenshots.save(robot, wizard(robot).getScene(), "wizard-project");
        click(robot, "#wizard-next");

        Screenshots.save(robot, wizard(robot).getScene(), "wizard-skills");
        click(robot, "#wizard-next");

        for (String h : List.of("format_after_patch", "block_dangerous_shell", "stop_runs_tests", "session_context")) {
            tick(robot, "#hook-" + h);
        }
        click(robot, "#hook-block_dangerous_shell-preview");
        assertThat(robot.lookup("#newstack-hook-preview").queryAs(javafx.scene.control.TextArea.class).getText())
                .startsWith("#!");
        Screenshots.save(robot, wizard(robot).getScene(), "wizard-hooks");
        click(robot, "#wizard-next");

        for (String p : List.of("fast", "thorough", "review")) {
            tick(robot, "#profile-" + p);
        }
        click(robot, "#profile-review-preview");
        Screenshots.save(robot, wizard(robot).getScene(), "wizard-profiles");
        click(robot, "#wizard-next");

        assertThat(problem(robot)).isEqualTo("Choose the folder to export into.");
        assertThat(robot.lookup("#wizard-finish").queryAs(Button.class).isDisabled()).isTrue();
        Path target = tmp.resolve("orders");
        Path home = tmp.resolve("orders-home");
        f.pathAnswers.add(target);
        click(robot, "#export-choose-target");
        tick(robot, "#export-write-codex-home");
        f.pathAnswers.add(home);
        click(robot, "#export-choose-codex-home");
        assertThat(robot.lookup("#wizard-finish").queryAs(Button.class).isDisabled()).isFalse();
        Screenshots.save(robot, wizard(robot).getScene(), "wizard-review");
        click(robot, "#wizard-finish");

        assertThat(problem(robot)).startsWith("Wrote ");
        assertThat(target.resolve("AGENTS.md")).exists();
        assertThat(target.resolve(".codex/hooks.json")).exists();
        assertThat(home.resolve("fast.config.toml")).exists();
        assertThat(home.resolve("review.config.toml")).exists();
        Screenshots.save(robot, wizard(robot).getScene(), "wizard-finished");

        Files.writeString(home.resolve("config.toml"), "[projects.\"" + target + "\"]\ntrust_level = \"trusted\"\n");
        CodexEnvironment env = CodexEnvironment.detect(Map.of("HOME", tmp.toString()), home);
        List<Diagnostic> errors = StackValidator.validate(StackScanner.scan(target, env)).stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        assertThat(errors).isEmpty();

        click(robot, "#wizard-open-repo");
        assertThat(f.studio.project()).contains(target.toAbsolutePath().normalize());
        assertThat(robot.lookup("#new-stack-wizard").tryQuery()).isEmpty();
    }

    @Test
    void aConflictIsKeptUnlessTicked(FxRobot robot) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("existing"));
        Files.writeString(target.resolve("AGENTS.md"), "# Mine\n");
        run(robot, "new-stack");
        click(robot, "#template-empty");
        click(robot, "#wizard-next");
        click(robot, "#newstack-name");
        robot.write("kept");
        for (int i = 0; i < 4; i++) {
            click(robot, "#wizard-next");
        }
        f.pathAnswers.add(target);
        click(robot, "#export-choose-target");
        CheckBox overwrite = robot.lookup("#" + ExportReviewPane.overwriteId("AGENTS.md")).queryAs(CheckBox.class);
        assertThat(overwrite.isSelected()).isFalse();
        var review = robot.lookup("#export-review").queryAs(ExportReviewPane.class);
        Screenshots.save(robot, wizard(robot).getScene(), "wizard-review-conflict");
        click(robot, "#wizard-finish");
        assertThat(Files.readString(target.resolve("AGENTS.md"))).isEqualTo("# Mine\n");
        assertThat(problem(robot)).startsWith("Wrote ");

        robot.interact(() -> overwrite.setSelected(true));
        click(robot, "#wizard-finish");
        assertThat(Files.readString(target.resolve("AGENTS.md"))).contains("kept");
        assertThat(review.target()).isEqualTo(target.toAbsolutePath().normalize());
    }

    @Test
    void theExportDialogExportsTheOpenSample(FxRobot robot) throws Exception {
        assertThat(fileItem(f, "menu-export-stack").isDisable()).isTrue();
        robot.interact(() -> f.window.openProject(f.repo));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fileItem(f, "menu-export-stack").isDisable()).isFalse();
        run(robot, "export-stack");
        assertThat(robot.lookup("#export-apply").queryAs(Button.class).isDisabled()).isTrue();
        Path target = tmp.resolve("exported");
        f.pathAnswers.add(target);
        click(robot, "#export-choose-target");
        Button apply = robot.lookup("#export-apply").queryAs(Button.class);
        assertThat(apply.isDisabled()).isFalse();
        assertThat(apply.getText()).startsWith("Export ");
        Screenshots.save(robot, robot.lookup("#export-dialog").query().getScene(), "export-dialog");
        click(robot, "#export-apply");
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).startsWith("Wrote ");
        assertThat(target.resolve("AGENTS.md")).hasSameTextualContentAs(f.repo.resolve("AGENTS.md"));
        Screenshots.save(robot, robot.lookup("#export-dialog").query().getScene(), "export-dialog-done");
    }
}
