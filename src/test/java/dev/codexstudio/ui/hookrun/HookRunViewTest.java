package dev.codexstudio.ui.hookrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.run.HookRunner;
import dev.codexstudio.core.hooks.run.HookShell;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.editors.DocumentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dry-run dialog and the Run and trust section on a trusted copy of samples/python-library, headless. */
@ExtendWith(ApplicationExtension.class)
@DisabledOnOs(OS.WINDOWS)
class HookRunViewTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture f;
    private Stage stage;
    private final List<String> asked = new ArrayList<>();
    private final List<HookRunViewModel> dialogs = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "python-library").trusted().show(stage);
    }

    private void show(javafx.scene.Parent root, double w, double h) {
        Scene scene = new Scene(root, w, h);
        stage.setScene(scene);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.show();
    }

    @Test
    void theStackMenuOffersTheDryRun(FxRobot robot) {
        robot.interact(() -> f.window.openProject(f.repo));
        var menus = ((javafx.scene.control.MenuBar) f.window.scene().getRoot().lookup(".menu-bar")).getMenus();
        var stackMenu = menus.stream().filter(m -> m.getText().equals("Stack")).findFirst().orElseThrow();
        MenuItem dry = stackMenu.getItems().stream().filter(i -> "menu-hook-dry-run".equals(i.getId())).findFirst()
                .orElseThrow();
        assertThat(dry.getText()).isEqualTo("Dry-run a Hook…");
        assertThat(dry.isDisable()).isFalse();
    }

    @Test
    void runsTheShellGuardOnAReleaseCommandAndShowsTheVerdict(FxRobot robot) throws Exception {
        // The sample's hooks find their scripts with `git rev-parse --show-toplevel`: make the copy a real checkout.
        assertThat(new ProcessBuilder("git", "init", "-q").directory(f.repo.toFile()).start().waitFor()).isZero();
        robot.interact(() -> f.window.openProject(f.repo));
        List<HookEntry> hooks = HookRunViewModel.loadedHooks(f.studio);
        HookRunViewModel model = new HookRunViewModel(f.studio, new RunConsent(), (h, m) -> {
            asked.add(m);
            return true;
        }, new HookRunner(new HookShell(false, Map.of("SHELL", "/bin/sh")), 1 << 20, Map.of()), hooks,
                HookEvent.PRE_TOOL_USE, false);
        robot.interact(() -> show(HookRunDialog.pane(model), 1020, 720));
        TextArea payload = robot.lookup("#hookrun-payload").queryAs(TextArea.class);
        assertThat(payload.getText()).contains("\"tool_name\" : \"Bash\"");
        assertThat(robot.lookup("#hookrun-matches").queryAs(Label.class).getText())
                .isEqualTo("1 of 1 handler matches tool name Bash.");
        assertThat(robot.lookup("#hookrun-outcome").queryAs(Label.class).getText()).startsWith("Not run yet");
        robot.interact(() -> payload.setText(payload.getText().replace("git status --short", "twine upload dist/*")));
        Button run = robot.lookup("#hookrun-run").queryAs(Button.class);
        assertThat(run.isDisabled()).isFalse();
        robot.interact(run::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).as(robot.lookup("#hookrun-status").queryAs(Label.class).getText())
                .singleElement().satisfies(m -> assertThat(m).contains("guard_shell.py"));
        Label outcome = robot.lookup("#hookrun-outcome").queryAs(Label.class);
        assertThat(outcome.getText()).startsWith("BLOCKED  Codex blocks the tool call")
                .contains("releases are built and uploaded by CI");
        assertThat(outcome.getStyleClass()).contains("outcome-blocked");
        assertThat(robot.lookup("#hookrun-verdict-0").queryAs(Label.class).getText()).startsWith("blocked:");
        assertThat(robot.lookup("#hookrun-stdout-0").queryAs(TextArea.class).getText()).contains("permissionDecision");
        assertThat(robot.lookup("#hookrun-status").queryAs(Label.class).getText()).startsWith("Ran 1 hook in ");
        Screenshots.save(robot, stage.getScene(), "hook-dry-run");

        robot.interact(() -> robot.lookup("#hookrun-save-sample").queryAs(Button.class).fire());
        assertThat(Files.readString(f.repo.resolve(".codex/hook-payloads/PreToolUse.json"))).contains("twine upload");
        robot.interact(() -> payload.setText("{ broken"));
        assertThat(robot.lookup("#hookrun-run").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#hookrun-payload-error").queryAs(Label.class).getText()).startsWith("Not a JSON object");
    }

    @Test
    void theRunAndTrustSectionTrustsAfterTheDiffAndOpensTheDryRun(FxRobot robot) throws Exception {
        robot.interact(() -> f.window.openProject(f.repo));
        Path file = f.repo.resolve(".codex/hooks.json");
        HookTrustViewModel model = new HookTrustViewModel(f.studio, DocumentViewModel.open(file),
                LiveValidator.FileKind.HOOKS_JSON);
        HookRunExtension ext = new HookRunExtension(new dev.codexstudio.ui.app.Dialogs() {
            @Override
            public java.util.Optional<Path> chooseDirectory(String t, Path i) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseSaveFile(String t, String n, String e) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<String> askText(String t, String p, String i) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean confirmDiscard(Path p) {
                return true;
            }

            @Override
            public dev.codexstudio.ui.editors.SaveConflict.Choice resolveConflict(Path p) {
                return dev.codexstudio.ui.editors.SaveConflict.Choice.CANCEL;
            }

            @Override
            public boolean confirmSave(Path p, String diff) {
                f.saveDiffs.add(diff);
                return true;
            }

            @Override
            public void showError(String m) {
                f.errors.add(m);
            }
        }, dialogs::add);
        robot.interact(() -> {
            VBox section = ext.section(model);
            VBox form = new VBox(section);
            form.setPadding(new javafx.geometry.Insets(14));
            form.getStyleClass().add("form-body");
            ScrollPane scroll = new ScrollPane(form);
            scroll.setFitToWidth(true);
            show(scroll, 760, 420);
        });
        assertThat(robot.lookup("#hookrun-state-0").queryAs(Label.class).getText()).isEqualTo("untrusted");
        assertThat(robot.lookup("#hookrun-trust-note").queryAs(Label.class).getText()).startsWith("5 hooks wait for review");
        robot.clickOn("#hookrun-trust-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.errors).isEmpty();
        assertThat(f.saveDiffs).singleElement().satisfies(d -> assertThat(d).contains("+trusted_hash = \"sha256:"));
        assertThat(robot.lookup("#hookrun-state-0").queryAs(Label.class).getText()).isEqualTo("trusted");
        assertThat(robot.lookup("#hookrun-trust-0").queryAs(Button.class).getText()).isEqualTo("Untrust");
        assertThat(Files.readString(f.codexHome.resolve("config.toml"))).contains("[hooks.state.\"" + file
                + ":pre_tool_use:0:0\"]");
        Screenshots.save(robot, stage.getScene(), "hook-run-trust");

        robot.clickOn("#hookrun-dryrun-3");
        assertThat(dialogs).singleElement().satisfies(d -> {
            assertThat(d.eventFixed()).isTrue();
            assertThat(d.eventProperty().get()).isEqualTo(HookEvent.SESSION_START);
            assertThat(d.handlers()).hasSize(1);
            assertThat(d.payloadProperty().get()).contains("\"source\" : \"startup\"");
        });
    }
}
