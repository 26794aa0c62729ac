package dev.codexstudio.ui.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.claude.PlannedFile;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.app.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Stack → "Import Claude Code setup…" on a copy of samples/java-service with a Claude setup added, headless. */
@ExtendWith(ApplicationExtension.class)
class ClaudeImportViewTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture f;

    @Start
    void start(Stage stage) throws Exception {
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "java-service").show(stage);
        Path repo = f.repo;
        Files.writeString(repo.resolve("CLAUDE.md"), "# Claude notes\n\nAlways run `mvn -q verify`.\n\n@docs/style.md\n");
        Files.createDirectories(repo.resolve(".claude/skills/release"));
        Files.createDirectories(repo.resolve(".claude/commands"));
        Files.writeString(repo.resolve(".claude/settings.json"), """
                {
                  // team hooks
                  "permissions": {"deny": ["Bash(rm -rf *)"]},
                  "hooks": {
                    "PreToolUse": [
                      {"matcher": "Bash(git commit*)", "hooks": [{"type": "command", "command": "./scripts/lint.sh", "timeout": 30}]},
                      {"matcher": "Write|Edit|MultiEdit", "hooks": [{"type": "command", "command": "\\"$CLAUDE_PROJECT_DIR\\"/.claude/hooks/guard.sh"}]}
                    ],
                    "Notification": [{"hooks": [{"type": "command", "command": "notify-send done"}]}]
                  }
                }
                """);
        Files.writeString(repo.resolve(".claude/skills/release/SKILL.md"),
                "---\nname: release\ndescription: Cut a release of the service\n---\nTag and push.\n");
        Files.writeString(repo.resolve(".claude/commands/review.md"),
                "---\ndescription: Review the current diff\n---\nReview $ARGUMENTS carefully.\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStackMenuOpensThePreviewAndImportWritesTheStack(FxRobot robot) throws Exception {
        MenuBar bar = (MenuBar) f.window.scene().getRoot().lookup(".menu-bar");
        Menu stackMenu = bar.getMenus().stream().filter(m -> m.getText().equals("Stack")).findFirst().orElseThrow();
        assertThat(stackMenu.getItems()).anyMatch(i -> "menu-import-claude".equals(i.getId())
                && i.getText().equals("Import Claude Code setup…") && i.isDisable());

        robot.interact(() -> f.window.openProject(f.repo));
        Action action = f.window.actions().stream().filter(a -> a.id().equals("import-claude")).findFirst().orElseThrow();
        assertThat(stackMenu.getItems().stream().filter(i -> "menu-import-claude".equals(i.getId())).findFirst()
                .orElseThrow().isDisable()).isFalse();
        robot.interact(() -> action.handler().run());
        WaitForAsyncUtils.waitForFxEvents();

        ClaudeImportView view = robot.lookup("#claude-import-view").queryAs(ClaudeImportView.class);
        ListView<PlannedFile> files = robot.lookup("#claude-import-files").queryAs(ListView.class);
        assertThat(files.getItems()).extracting(PlannedFile::path).containsExactly(
                ".agents/skills/release/SKILL.md", ".agents/skills/review/SKILL.md",
                ".agents/skills/review/agents/openai.yaml", ".codex/hooks.json", AGENTS_MERGED);
        ListView<?> warnings = robot.lookup("#claude-import-warnings").queryAs(ListView.class);
        assertThat(warnings.getItems()).hasSizeGreaterThan(5);
        robot.interact(() -> files.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#diff-text").tryQuery()).isPresent();
        Label summary = robot.lookup("#claude-import-summary").queryAs(Label.class);
        assertThat(summary.getText()).startsWith("4 new, 1 changed, 0 unchanged");
        Button apply = robot.lookup("#claude-import-apply").queryAs(Button.class);
        assertThat(apply.getText()).isEqualTo("Import 5 files");
        assertThat(apply.isDisabled()).isFalse();
        Screenshots.save(robot, view.getScene(), "claude-import");

        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.repo.resolve(".codex/hooks.json")).exists();
        assertThat(f.repo.resolve(AGENTS_MERGED)).exists();
        assertThat(Files.readString(f.repo.resolve("AGENTS.md"))).doesNotContain("Claude notes");
        assertThat(apply.getText()).isEqualTo("Imported");
        assertThat(apply.isDisabled()).isTrue();
        assertThat(robot.lookup("#claude-import-status").queryAs(Label.class).getText()).startsWith("Wrote 5 files");
        assertThat(f.window.studio().stack().orElseThrow().rootView().skills().skills())
                .anyMatch(s -> s.name().equals("release"));
        Screenshots.save(robot, view.getScene(), "claude-import-done");
        robot.interact(() -> ((Stage) view.getScene().getWindow()).close());
    }

    private static final String AGENTS_MERGED = "AGENTS.claude-import.md";
}
