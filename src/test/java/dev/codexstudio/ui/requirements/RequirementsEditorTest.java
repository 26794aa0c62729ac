package dev.codexstudio.ui.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.support.TestPaths;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.app.ThemeManager;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.EditorTab;
import dev.codexstudio.ui.editors.FormEditorPane;
import dev.codexstudio.ui.editors.SourceEditor;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.core.validate.LiveValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The requirements form editor in the studio window, headless, on samples/python-library with its managed policy. */
@ExtendWith(ApplicationExtension.class)
class RequirementsEditorTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture fixture;
    private MainWindow window;
    private Path repo;
    private Path requirements;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path ws = Files.createTempDirectory(tmp, "ws");
        Path system = Files.createDirectories(ws.resolve("etc-codex"));
        fixture = StudioTestFixture.of(ws, "python-library", Map.of(StudioViewModel.SYSTEM_DIR_VARIABLE, system.toString()))
                .trusted().show(stage);
        window = fixture.window;
        repo = fixture.repo;
        requirements = system.resolve("requirements.toml");
        // the administrator allows only on-request; the project asks for never
        Files.writeString(requirements, Files.readString(TestPaths.samples().resolve("python-library/managed/requirements.toml"))
                .replace("allowed_approval_policies = [\"on-request\", \"never\"]", "allowed_approval_policies = [\"on-request\"]")
                + "\n[features]\nimage_generation = false\n\n[[hooks.PreToolUse]]\nmatcher = \"Bash\"\n"
                + "[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"/opt/tidyslug/audit-bash.sh\"\n");
        Path project = repo.resolve(".codex/config.toml");
        Files.writeString(project, Files.readString(project).replace("approval_policy = \"on-request\"", "approval_policy = \"never\""));
    }

    private VBox conflicts(FxRobot robot) {
        return robot.lookup("#requirements-conflicts").queryAs(VBox.class);
    }

    /** Scrolls the form so that {@code node} is in view (for a real click). */
    private static void scrollTo(FxRobot robot, javafx.scene.Node node) {
        javafx.scene.control.ScrollPane sp = robot.lookup("#form-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            javafx.scene.Node content = sp.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean mentions(VBox box, String text) {
        return box.getChildren().stream().anyMatch(n -> n.lookupAll(".label").stream()
                .anyMatch(l -> l instanceof Label lb && lb.getText() != null && lb.getText().contains(text)));
    }

    @Test
    void allowingTheForbiddenPolicyClearsTheConflictUndoBringsItBackSaveWritesOnlyThatLine(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(repo));
        WaitForAsyncUtils.waitForFxEvents();
        byte[] onDisk = Files.readAllBytes(requirements);
        robot.interact(() -> window.editors().open(requirements, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        EditorTab tab = window.editors().selected().orElseThrow();
        assertThat(robot.lookup("#requirements-editor").tryQuery()).isPresent();

        assertThat(conflicts(robot).getChildren()).hasSize(1);
        assertThat(mentions(conflicts(robot), "approval_policy = \"never\"")).isTrue();
        assertThat(robot.lookup("#requirements-conflicts-summary").queryAs(Label.class).getText())
                .startsWith("1 value in config files is forbidden (1 in effect now)");
        Hyperlink where = robot.from(conflicts(robot)).lookup(".conflict-location").queryAs(Hyperlink.class);
        assertThat(where.getText()).isEqualTo(".codex/config.toml:13");
        assertThat(robot.from(conflicts(robot)).lookup(".conflict-rule").queryAs(Hyperlink.class).getText())
                .isEqualTo("Forbidden by allowed_approval_policies (requirements.toml:10)");
        CheckBox never = robot.lookup("#approval-never").queryAs(CheckBox.class);
        assertThat(never.isSelected()).isFalse();
        assertThat(robot.lookup("#approval-on-request").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#managed-hooks").queryAs(VBox.class).getChildren()).hasSize(1);
        assertThat(mentions(robot.lookup("#managed-hooks").queryAs(VBox.class), "/opt/tidyslug/audit-bash.sh")).isTrue();
        assertThat(robot.lookup("#feature-pins").queryAs(VBox.class).getChildren()).hasSize(1);
        Screenshots.save(robot, window.scene(), "requirements-editor");
        Screenshots.save(robot, ((javafx.scene.control.ScrollPane) robot.lookup("#form-scroll").query()).getContent(),
                "requirements-editor-form-full");

        // tick "never" in the form: the text changes on that line only, the conflict disappears
        scrollTo(robot, never);
        robot.clickOn(never);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(never.isSelected()).isTrue();
        assertThat(tab.document().text()).contains("allowed_approval_policies = [\"on-request\", \"never\"]");
        assertThat(conflicts(robot).getChildren()).isEmpty();
        assertThat(robot.lookup("#requirements-conflicts-summary").queryAs(Label.class).getText()).startsWith("No config value");
        assertThat(Files.readAllBytes(requirements)).isEqualTo(onDisk);

        // undo from the toolbar: the form and the conflict come back
        robot.clickOn("#action-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.document().text()).isEqualTo(new String(onDisk, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(never.isSelected()).isFalse();
        assertThat(conflicts(robot).getChildren()).hasSize(1);

        // redo and save: the file differs from before only on that line
        robot.clickOn("#action-redo");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.editors().save(tab));
        WaitForAsyncUtils.waitForFxEvents();
        String before = new String(onDisk, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Files.readString(requirements)).isEqualTo(before.replace(
                "allowed_approval_policies = [\"on-request\"]", "allowed_approval_policies = [\"on-request\", \"never\"]"));
        assertThat(fixture.saveDiffs).singleElement().satisfies(d -> assertThat(d)
                .contains("-allowed_approval_policies = [\"on-request\"]")
                .contains("+allowed_approval_policies = [\"on-request\", \"never\"]"));
        assertThat(tab.document().isDirty()).isFalse();
        assertThat(conflicts(robot).getChildren()).isEmpty();
    }

    @Test
    void darkThemeAndAJumpToTheForbiddenValue(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(repo));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.editors().open(requirements, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> new ThemeManager().apply("dark", window.scene()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, window.scene(), "requirements-editor-dark");
        robot.interact(() -> new ThemeManager().apply("light", window.scene()));

        Hyperlink where = robot.from(conflicts(robot)).lookup(".conflict-location").queryAs(Hyperlink.class);
        robot.interact(where::fire);
        WaitForAsyncUtils.waitForFxEvents();
        EditorTab config = window.editors().selected().orElseThrow();
        assertThat(config.document().path()).isEqualTo(repo.resolve(".codex/config.toml"));
        assertThat(config.source().area().getCurrentParagraph()).isEqualTo(12);
    }

    @Test
    void configFormSectionListsTheForbiddenValueAndFollowsTyping(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(repo));
        WaitForAsyncUtils.waitForFxEvents();
        Path project = repo.resolve(".codex/config.toml");
        List<Path> opened = new ArrayList<>();
        AtomicReference<DocumentViewModel> doc = new AtomicReference<>();
        robot.interact(() -> {
            try {
                DocumentViewModel d = DocumentViewModel.open(project);
                doc.set(d);
                SourceEditor source = new SourceEditor(d, fixture.studio.problems());
                ConfigConflictsExtension ext = new ConfigConflictsExtension((f, l, c) -> opened.add(f));
                EditorContext ctx = new EditorContext(d, fixture.studio, LiveValidator.FileKind.CONFIG, source, List.of(ext));
                FormEditorPane pane = new FormEditorPane("config.toml", source);
                ctx.addExtensions(pane);
                Stage s = new Stage();
                s.setScene(new Scene(pane, 1100, 600));
                new ThemeManager().apply("light", s.getScene());
                s.show();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        VBox rows = robot.lookup("#config-conflicts").queryAs(VBox.class);
        assertThat(rows.getChildren()).hasSize(1);
        Screenshots.save(robot, robot.lookup("#config-requirements-section").queryAs(VBox.class).getScene(),
                "requirements-config-section");
        Hyperlink rule = robot.from(rows).lookup(".conflict-rule").queryAs(Hyperlink.class);
        robot.interact(rule::fire);
        assertThat(opened).containsExactly(requirements);

        robot.interact(() -> doc.get().replaceAll(doc.get().text().replace("approval_policy = \"never\"",
                "approval_policy = \"on-request\""), "Typing"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows.getChildren()).isEmpty();
        assertThat(robot.lookup("#config-conflicts-summary").queryAs(Label.class).getText()).startsWith("Nothing in this file");
        robot.interact(() -> robot.lookup("#config-requirements-section").queryAs(VBox.class).getScene().getWindow().hide());
    }

    @Test
    void denyReadPinsAndManagedHooksOnlyAreEditedFromTheFormAndUndoneInOrder(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(repo));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.editors().open(requirements, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        EditorTab tab = window.editors().selected().orElseThrow();
        String original = tab.document().text();

        javafx.scene.control.TextField entry = robot.lookup("#deny-read-new").queryAs(javafx.scene.control.TextField.class);
        scrollTo(robot, entry);
        robot.clickOn(entry).write("~/.gnupg");
        robot.clickOn("#deny-read-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.document().text()).contains("  \"~/.docker/config.json\",\n  \"~/.gnupg\",\n]");
        assertThat(entry.getText()).isEmpty();
        assertThat(robot.lookup("#deny-read-6").tryQuery()).isPresent();

        atlantafx.base.controls.ToggleSwitch pin = robot.lookup("#pin-image_generation")
                .queryAs(atlantafx.base.controls.ToggleSwitch.class);
        scrollTo(robot, pin);
        robot.clickOn(robot.from(pin).lookup(".thumb-area").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.document().text()).contains("[features]\nimage_generation = true\n");
        // the project config sets image_generation = false: now against the pin
        assertThat(mentions(conflicts(robot), "features.image_generation = false")).isTrue();

        atlantafx.base.controls.ToggleSwitch only = robot.lookup("#managed-hooks-only")
                .queryAs(atlantafx.base.controls.ToggleSwitch.class);
        scrollTo(robot, only);
        robot.clickOn(robot.from(only).lookup(".thumb-area").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(only.isSelected()).isTrue();
        assertThat(tab.document().text()).contains("allow_managed_hooks_only = true");
        assertThat(conflicts(robot).getChildren()).hasSize(4);
        assertThat(mentions(conflicts(robot), "hooks = ")).isTrue();

        for (int i = 0; i < 3; i++) {
            robot.clickOn("#action-undo");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(tab.document().text()).isEqualTo(original);
        assertThat(only.isSelected()).isFalse();
        assertThat(conflicts(robot).getChildren()).hasSize(1);
    }
}
