package dev.codexstudio.ui.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookHandler;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.app.ThemeManager;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.EditorTab;
import dev.codexstudio.ui.editors.FormEditorPane;
import dev.codexstudio.ui.editors.FormExtension;
import dev.codexstudio.ui.editors.SourceEditor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hook editor in the studio window on a trusted copy of samples/python-library, headless. */
@ExtendWith(ApplicationExtension.class)
class HookEditorTest {

    private static final String COMMAND = "python3 .codex/hooks/review_patch.py";

    @TempDir
    static Path tmp;

    private StudioTestFixture f;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "python-library").trusted().show(stage);
        window = f.window;
    }

    private Path hooksJson() {
        return f.repo.resolve(".codex/hooks.json").toAbsolutePath().normalize();
    }

    private Tab lifecycleTab() {
        return window.editors().tabs().getTabs().stream().filter(t -> "tab-lifecycle".equals(t.getId())).findFirst()
                .orElseThrow();
    }

    private HookEditorPanel panel(FxRobot robot) {
        return robot.lookup("#hook-editor").queryAs(HookEditor.class).panel();
    }

    /** Scrolls the form so that the node is in view (the form is taller than the window). */
    private static String reveal(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        robot.interact(() -> {
            Node p = n.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                Node content = sp.getContent();
                javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double h = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(h <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 40) / h)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }

    @Test
    @SuppressWarnings("unchecked")
    void addAHookThroughTheEditorUndoSaveAndFindItInTheDiagram(FxRobot robot) throws Exception {
        // another capability's section for hooks files is added to the form
        window.registerExtension(new FormExtension() {
            @Override
            public boolean handles(LiveValidator.FileKind kind) {
                return kind == LiveValidator.FileKind.HOOKS_JSON;
            }

            @Override
            public Optional<Node> create(EditorContext context, FormEditorPane pane) {
                Label l = new Label("extension for " + context.document().path().getFileName());
                l.setId("hooks-extension-probe");
                return Optional.of(l);
            }
        });
        robot.interact(() -> window.openProject(f.repo));
        byte[] before = Files.readAllBytes(hooksJson());
        robot.interact(() -> window.editors().open(hooksJson(), 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        EditorTab tab = window.editors().selected().orElseThrow();
        DocumentViewModel doc = tab.document();
        assertThat(robot.lookup("#hook-editor").tryQuery()).isPresent();
        assertThat(robot.lookup("#hooks-extension-probe").queryAs(Label.class).getText()).isEqualTo("extension for hooks.json");
        ListView<HookEditorViewModel.Row> list = robot.lookup("#hook-list").queryAs(ListView.class);
        assertThat(list.getItems()).filteredOn(HookEditorViewModel.Row::isGroup).hasSize(5);

        // add a PreToolUse hook for apply_patch through the form ("New hook" scrolls to it)
        robot.clickOn("#hook-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-hook-event").queryAs(ComboBox.class).isFocused()).isTrue();
        ComboBox<HookEvent> event = robot.lookup("#new-hook-event").queryAs(ComboBox.class);
        robot.interact(() -> event.setValue(HookEvent.PRE_TOOL_USE));
        robot.clickOn(reveal(robot, "#new-hook-matcher")).write("apply_patch");
        robot.clickOn(reveal(robot, "#new-hook-command")).write(COMMAND);
        robot.clickOn(reveal(robot, "#hook-add"));
        WaitForAsyncUtils.waitForFxEvents();
        String added = doc.text();
        assertThat(added).contains("\"matcher\": \"apply_patch\"").contains(COMMAND);
        assertThat(doc.isDirty()).isTrue();
        HookEditorPanel panel = panel(robot);
        assertThat(panel.model().selectionProperty().get())
                .isEqualTo(new HookEditorViewModel.Selection(HookEvent.PRE_TOOL_USE, 1, 0));
        assertThat(list.getSelectionModel().getSelectedItem().text()).isEqualTo(COMMAND);
        assertThat(robot.lookup("#hook-key").queryAs(TextField.class).getText())
                .isEqualTo(hooksJson() + ":pre_tool_use:1:0");
        assertThat(robot.lookup("#hook-hash").queryAs(TextField.class).getText()).startsWith("sha256:").hasSize(71);
        assertThat(robot.lookup("#hook-trust").queryAs(Label.class).getText()).isEqualTo("untrusted");

        // a field edit: the timeout, typed and committed with Enter
        robot.clickOn(reveal(robot, "#hook-timeout")).write("15").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((HookHandler.Command) panel.model().handler().orElseThrow()).timeout()).isEqualTo(15L);
        reveal(robot, "#hook-list");
        Screenshots.save(robot, window.scene(), "hook-editor");

        // the live matcher tester follows the hook's matcher
        robot.doubleClickOn(reveal(robot, "#matcher-test-input")).eraseText(4).write("Edit");
        WaitForAsyncUtils.waitForFxEvents();
        Label result = robot.lookup("#matcher-test-result").queryAs(Label.class);
        assertThat(result.getText()).startsWith("No match. Exact names (apply_patch)");
        robot.doubleClickOn(reveal(robot, "#matcher-test-input")).eraseText(4).write("apply_patch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.getText()).startsWith("Matches apply_patch.");
        Screenshots.save(robot, panel.lookup("#matcher-tester"), "hook-matcher-tester");

        // undo (toolbar) takes back the timeout and then the whole hook; redo brings both back
        robot.clickOn("#action-undo");
        robot.clickOn("#action-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.text()).isEqualTo(new String(before, StandardCharsets.UTF_8));
        assertThat(doc.isDirty()).isFalse();
        assertThat(list.getItems()).noneMatch(r -> r.text().equals(COMMAND));
        robot.clickOn("#action-redo");
        robot.clickOn("#action-redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.text()).contains(COMMAND).contains("\"timeout\": 15");

        // save: the bytes on disk are the old file with only the new group inserted
        robot.clickOn("#action-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.saveDiffs).hasSize(1);
        assertThat(f.saveDiffs.get(0)).contains("+        \"matcher\": \"apply_patch\",").doesNotContain("-  ");
        byte[] after = Files.readAllBytes(hooksJson());
        assertThat(new String(after, StandardCharsets.UTF_8)).isEqualTo(doc.text());
        String old = new String(before, StandardCharsets.UTF_8);
        int cut = old.indexOf("\n    ],\n    \"PermissionRequest\"");
        String now = new String(after, StandardCharsets.UTF_8);
        assertThat(now).startsWith(old.substring(0, cut)).endsWith(old.substring(cut));
        assertThat(now.substring(cut, now.length() - (old.length() - cut))).isEqualTo(",\n"
                + "      {\n"
                + "        \"matcher\": \"apply_patch\",\n"
                + "        \"hooks\": [\n"
                + "          {\n"
                + "            \"type\": \"command\",\n"
                + "            \"command\": \"" + COMMAND + "\",\n"
                + "            \"timeout\": 15\n"
                + "          }\n"
                + "        ]\n"
                + "      }");
        assertThat(doc.isDirty()).isFalse();

        // the saved hook is in the lifecycle diagram
        robot.interact(() -> window.editors().tabs().getSelectionModel().select(lifecycleTab()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#event-PreToolUse");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Object> handlers = robot.lookup("#lifecycle-handlers").queryAs(ListView.class);
        int at = -1;
        for (int i = 0; i < handlers.getItems().size(); i++) {
            if (handlers.getItems().get(i) instanceof LifecycleViewModel.HandlerRow h && h.action().equals(COMMAND)) {
                at = i;
                assertThat(h.timeoutSec()).isEqualTo(15);
                assertThat(h.file()).isEqualTo(hooksJson());
            }
        }
        assertThat(at).as("the new hook in the diagram's list").isPositive();
        assertThat(handlers.getItems()).anySatisfy(o -> assertThat(o).isInstanceOfSatisfying(LifecycleViewModel.GroupRow.class,
                g -> assertThat(g.matcher()).isEqualTo("apply_patch")));

        // opening it from the diagram shows it in the hook editor
        robot.interact(() -> window.editors().tabs().getSelectionModel().select(0));
        robot.interact(() -> lifecycleTab().getTabPane().getSelectionModel().select(lifecycleTab()));
        int row = at;
        robot.interact(() -> handlers.getSelectionModel().select(row));
        robot.interact(() -> panel.model().selectionProperty().set(new HookEditorViewModel.Selection(HookEvent.STOP, 0, 0)));
        robot.clickOn("#lifecycle-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editors().selected().orElseThrow().document().path()).isEqualTo(hooksJson());
        assertThat(panel.model().selectionProperty().get())
                .isEqualTo(new HookEditorViewModel.Selection(HookEvent.PRE_TOOL_USE, 1, 0));

        reveal(robot, "#hook-list");
        robot.interact(() -> new ThemeManager().apply("dark", window.scene()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, window.scene(), "hook-editor-dark");
        robot.interact(() -> new ThemeManager().apply("light", window.scene()));
    }

    @Test
    void fieldFindingsShowNextToTheFieldAndDisablingAsksFirst(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(f.repo));
        robot.interact(() -> window.editors().open(hooksJson(), 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        HookEditorPanel panel = panel(robot);
        robot.interact(() -> panel.model().selectionProperty().set(new HookEditorViewModel.Selection(HookEvent.PRE_TOOL_USE, 0, 0)));
        robot.doubleClickOn(reveal(robot, "#hook-matcher")).eraseText(4).write("Bash(").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.findingText("matcher")).startsWith("error:").containsIgnoringCase("regex");
        Screenshots.save(robot, window.scene(), "hook-editor-finding");

        // disabling: refused first (the diff is shown, nothing written), then accepted
        Path userConfig = f.codexHome.resolve("config.toml");
        String before = Files.readString(userConfig);
        f.saveAnswer = false;
        robot.clickOn(reveal(robot, "#hook-enabled"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.saveDiffs).hasSize(1);
        assertThat(f.saveDiffs.get(0)).contains("+enabled = false");
        assertThat(Files.readString(userConfig)).isEqualTo(before);
        assertThat(robot.lookup("#hook-enabled").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        f.saveAnswer = true;
        robot.clickOn(reveal(robot, "#hook-enabled"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(userConfig)).contains("enabled = false");
        assertThat(robot.lookup("#hook-trust").queryAs(Label.class).getText()).isEqualTo("untrusted · disabled");
    }

    @Test
    void moveToShowsBothFilesAndWritesTheTargetWhileTheSourceStaysUndoable(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(f.repo));
        robot.interact(() -> window.editors().open(hooksJson(), 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        HookEditorPanel panel = panel(robot);
        robot.interact(() -> panel.model().selectionProperty().set(new HookEditorViewModel.Selection(HookEvent.STOP, 0, 0)));
        javafx.scene.control.MenuButton move = robot.lookup("#hook-move").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(move.isDisabled()).isFalse();
        Path userHooks = f.codexHome.resolve("hooks.json").toAbsolutePath().normalize();
        robot.clickOn(reveal(robot, "#hook-move"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuItem item = move.getItems().stream().filter(i -> i.getText().contains(userHooks.toString()))
                .findFirst().orElseThrow();
        assertThat(item.getText()).startsWith("User hooks.json");
        String before = Files.readString(userHooks);
        robot.interact(() -> {
            move.hide();
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.saveDiffs).hasSize(1);
        assertThat(f.saveDiffs.get(0)).contains("--- " + hooksJson()).contains("--- " + userHooks)
                .contains("+    \"Stop\": [").contains("ask to trust it again");
        assertThat(Files.readString(userHooks)).startsWith(before.substring(0, before.lastIndexOf("]") + 1))
                .contains("stop_checks.py");
        DocumentViewModel doc = window.editors().selected().orElseThrow().document();
        assertThat(doc.text()).doesNotContain("stop_checks.py");
        assertThat(doc.isDirty()).isTrue();
        robot.clickOn("#action-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.text()).contains("stop_checks.py");
    }

    @Test
    void theInlineHooksSectionEditsAConfigTomlInPlace(FxRobot robot) throws Exception {
        Path config = f.repo.resolve(".codex/config.toml").toAbsolutePath().normalize();
        robot.interact(() -> window.openProject(f.repo));
        AtomicReference<Node> section = new AtomicReference<>();
        AtomicReference<DocumentViewModel> doc = new AtomicReference<>();
        robot.interact(() -> {
            try {
                DocumentViewModel d = DocumentViewModel.open(config);
                doc.set(d);
                SourceEditor source = new SourceEditor(d, f.studio.problems());
                EditorContext ctx = new EditorContext(d, f.studio, LiveValidator.FileKind.CONFIG, source,
                        List.of(new InlineHooksExtension(null)));
                FormEditorPane pane = new FormEditorPane("config.toml", source);
                ctx.addExtensions(pane);
                section.set(pane.form().getChildren().get(0));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(section.get().getId()).isEqualTo("inline-hooks");
        HookEditorPanel panel = (HookEditorPanel) ((javafx.scene.layout.VBox) section.get()).getChildren().get(2);
        String original = doc.get().text();
        robot.interact(() -> panel.model().addHook(HookEvent.SESSION_START, "startup", "command", "./hello.sh", null));
        assertThat(doc.get().text()).startsWith(original)
                .endsWith("[[hooks.SessionStart]]\nmatcher = \"startup\"\n[[hooks.SessionStart.hooks]]\ntype = \"command\"\ncommand = \"./hello.sh\"\n");
        assertThat(panel.model().trust().orElseThrow().key()).isEqualTo(config + ":session_start:0:0");
        robot.interact(() -> doc.get().undoManager().undo());
        assertThat(doc.get().text()).isEqualTo(original);
    }
}
