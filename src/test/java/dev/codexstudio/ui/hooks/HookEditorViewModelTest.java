package dev.codexstudio.ui.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEntry.TrustStatus;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookHandler;
import dev.codexstudio.core.hooks.HookSource;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook editor's model on a trusted copy of samples/python-library. */
class HookEditorViewModelTest {

    @TempDir
    Path workspace;

    private Path repo;
    private Path codexHome;
    private StudioViewModel studio;

    @BeforeEach
    void setUp() throws Exception {
        repo = workspace.resolve("repo");
        codexHome = workspace.resolve("codex-home");
        dev.codexstudio.ui.StudioTestFixture.copySample("python-library", repo, codexHome);
        Files.writeString(codexHome.resolve("config.toml"), Files.readString(codexHome.resolve("config.toml"))
                + "\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", workspace.toString(), "CODEX_HOME", codexHome.toString()));
        assertThat(studio.open(repo)).isTrue();
    }

    private HookEditorViewModel open(Path file) throws Exception {
        return new HookEditorViewModel(DocumentViewModel.open(file), studio);
    }

    @Test
    void listsGroupsAndHandlersAndShowsKeyHashAndTrustAsCodexLists() throws Exception {
        Path file = repo.resolve(".codex/hooks.json");
        HookEditorViewModel m = open(file);
        assertThat(m.format()).isEqualTo(HookSource.Format.JSON);
        assertThat(m.rows()).filteredOn(HookEditorViewModel.Row::isGroup).hasSize(5);
        assertThat(m.location()).startsWith("Project scope · hooks.json");
        m.selectionProperty().set(new HookEditorViewModel.Selection(HookEvent.PRE_TOOL_USE, 0, 0));
        HookEditorViewModel.TrustInfo t = m.trust().orElseThrow();
        HookEntry codex = studio.stack().orElseThrow().rootView().hooks().entries(HookEvent.PRE_TOOL_USE).stream()
                .filter(e -> e.sourcePath().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()))
                .findFirst().orElseThrow();
        assertThat(t.key()).isEqualTo(codex.key());
        assertThat(t.hash()).isEqualTo(codex.currentHash()).startsWith("sha256:");
        assertThat(t.status()).isEqualTo(TrustStatus.UNTRUSTED).isEqualTo(codex.trustStatus());
        assertThat(t.enabled()).isTrue();
        assertThat(m.scannedEntry()).contains(codex);
    }

    @Test
    void selectsTheHandlerAtACaretLine() throws Exception {
        HookEditorViewModel m = open(repo.resolve(".codex/hooks.json"));
        HookEditorViewModel.Row stop = m.rows().stream().filter(r -> r.event() == HookEvent.STOP && !r.isGroup())
                .findFirst().orElseThrow();
        m.selectLine(stop.line() + 2);
        assertThat(m.selectionProperty().get()).isEqualTo(new HookEditorViewModel.Selection(HookEvent.STOP, 0, 0));
        m.selectLine(1);
        assertThat(m.selectionProperty().get()).isEqualTo(new HookEditorViewModel.Selection(HookEvent.STOP, 0, 0));
    }

    @Test
    void formEditsAreUndoableTextEditsThatKeepTheRestOfTheFile() throws Exception {
        HookEditorViewModel m = open(repo.resolve(".codex/hooks.json"));
        DocumentViewModel doc = m.document();
        String original = doc.text();
        m.selectionProperty().set(new HookEditorViewModel.Selection(HookEvent.PRE_TOOL_USE, 0, 0));
        assertThat(m.setNumber("timeout", "7")).isTrue();
        assertThat(doc.text()).isEqualTo(original.replaceFirst("\"timeout\": 5,", "\"timeout\": 7,"));
        assertThat(((HookHandler.Command) m.handler().orElseThrow()).timeout()).isEqualTo(7L);
        assertThat(m.setNumber("timeout", "soon")).isFalse();
        assertThat(m.statusProperty().get()).contains("whole number");
        assertThat(m.setMatcher("^Bash$")).isTrue();
        assertThat(m.group().orElseThrow().matcher()).isEqualTo("^Bash$");
        assertThat(m.setField("async", true)).isTrue();
        assertThat(m.handler().map(h -> ((HookHandler.Command) h).async())).contains(true);
        doc.undoManager().undo();
        doc.undoManager().undo();
        doc.undoManager().undo();
        assertThat(doc.text()).isEqualTo(original);
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void addsAHookAndSelectsItThenRemovesIt() throws Exception {
        HookEditorViewModel m = open(repo.resolve(".codex/hooks.json"));
        String original = m.document().text();
        assertThat(m.addHook(HookEvent.PRE_TOOL_USE, "apply_patch", "command", "./check.sh", null)).isTrue();
        assertThat(m.selectionProperty().get()).isEqualTo(new HookEditorViewModel.Selection(HookEvent.PRE_TOOL_USE, 1, 0));
        assertThat(m.group().orElseThrow().matcher()).isEqualTo("apply_patch");
        assertThat(m.handler().orElseThrow()).isInstanceOfSatisfying(HookHandler.Command.class,
                c -> assertThat(c.command()).isEqualTo("./check.sh"));
        assertThat(m.trust().orElseThrow().key()).endsWith(":pre_tool_use:1:0");
        // an event that ignores matchers gets none
        assertThat(m.addHook(HookEvent.STOP, "Bash", "command", "./stop.sh", null)).isTrue();
        assertThat(m.group().orElseThrow().matcher()).isNull();
        assertThat(m.addHook(HookEvent.STOP, null, "mcp_tool", "srv", "")).isFalse();
        assertThat(m.removeSelected()).isTrue();
        m.selectionProperty().set(new HookEditorViewModel.Selection(HookEvent.PRE_TOOL_USE, 1, 0));
        assertThat(m.removeSelected()).isTrue();
        assertThat(m.document().text()).isEqualTo(original);
    }

    @Test
    void fieldFindingsComeFromTheHookRules() throws Exception {
        HookEditorViewModel m = open(repo.resolve(".codex/hooks.json"));
        m.selectionProperty().set(new HookEditorViewModel.Selection(HookEvent.PRE_TOOL_USE, 0, 0));
        assertThat(m.setMatcher("Bash(")).isTrue();
        assertThat(m.fieldFindings().get("matcher")).isNotEmpty();
        assertThat(m.fieldFindings().get("matcher").get(0).message()).containsIgnoringCase("regex");
    }

    @Test
    void disablingWritesEnabledFalseInTheUserConfigAndEnablingRemovesIt() throws Exception {
        HookEditorViewModel m = open(repo.resolve(".codex/hooks.json"));
        m.selectionProperty().set(new HookEditorViewModel.Selection(HookEvent.STOP, 0, 0));
        String key = m.trust().orElseThrow().key();
        Path userConfig = codexHome.resolve("config.toml");
        String before = Files.readString(userConfig);
        HookEditorViewModel.Pending off = m.enabledChange(false).orElseThrow();
        assertThat(off.file()).isEqualTo(userConfig);
        assertThat(off.after()).startsWith(before).endsWith("[hooks.state.\"" + key + "\"]\nenabled = false\n");
        assertThat(off.diff()).contains("+enabled = false");
        assertThat(m.apply(off)).isTrue();
        assertThat(Files.readString(userConfig)).isEqualTo(off.after());
        assertThat(m.trust().orElseThrow().enabled()).isFalse();
        assertThat(m.scannedEntry().orElseThrow().enabled()).isFalse();
        HookEditorViewModel.Pending on = m.enabledChange(true).orElseThrow();
        assertThat(m.apply(on)).isTrue();
        assertThat(Files.readString(userConfig)).isEqualTo(before);
        assertThat(m.enabledChange(true)).isEmpty();
    }

    @Test
    void editsInlineHooksOfAConfigToml() throws Exception {
        Path config = repo.resolve(".codex/config.toml");
        HookEditorViewModel m = open(config);
        assertThat(m.format()).isEqualTo(HookSource.Format.TOML_INLINE);
        String original = m.document().text();
        assertThat(m.addHook(HookEvent.POST_TOOL_USE, "^Bash$", "command", "python3 post.py", null)).isTrue();
        assertThat(m.document().text()).startsWith(original).contains("[[hooks.PostToolUse]]\nmatcher = \"^Bash$\"\n");
        assertThat(m.setNumber("timeout", "30")).isTrue();
        assertThat(m.document().text()).endsWith("command = \"python3 post.py\"\ntimeout = 30\n");
        assertThat(m.trust().orElseThrow().key()).isEqualTo(config.toAbsolutePath().normalize() + ":post_tool_use:0:0");
        m.document().undoManager().undo();
        m.document().undoManager().undo();
        assertThat(m.document().text()).isEqualTo(original);
    }

    @Test
    void movesAHookFromTheProjectHooksJsonToTheUserConfigTomlWithBothDiffs() throws Exception {
        HookEditorViewModel m = open(repo.resolve(".codex/hooks.json"));
        String original = m.document().text();
        m.selectionProperty().set(new HookEditorViewModel.Selection(HookEvent.PRE_TOOL_USE, 0, 0));
        HookHandler.Command moved = (HookHandler.Command) m.handler().orElseThrow();
        Path userConfig = codexHome.resolve("config.toml").toAbsolutePath().normalize();
        assertThat(m.moveTargets()).extracting(HookEditorViewModel.MoveTarget::file)
                .contains(userConfig, codexHome.resolve("hooks.json").toAbsolutePath().normalize(),
                        repo.resolve(".codex/config.toml").toAbsolutePath().normalize())
                .doesNotContain(m.document().path());
        HookEditorViewModel.MoveTarget target = m.moveTargets().stream().filter(t -> t.file().equals(userConfig))
                .findFirst().orElseThrow();
        String configBefore = Files.readString(userConfig);
        HookEditorViewModel.MovePlan plan = m.planMove(target).orElseThrow();
        assertThat(plan.newKey()).isEqualTo(userConfig + ":pre_tool_use:0:0");
        assertThat(plan.diff()).contains("-    \"PreToolUse\": [").contains("+[[hooks.PreToolUse]]")
                .contains("+matcher = \"Bash\"").contains("ask to trust it again");
        assertThat(m.applyMove(plan)).isTrue();
        assertThat(Files.readString(userConfig)).startsWith(configBefore).contains("[[hooks.PreToolUse.hooks]]");
        assertThat(m.document().text()).doesNotContain("guard_shell.py");
        assertThat(m.document().isDirty()).isTrue();
        var entry = studio.stack().orElseThrow().rootView().hooks().entry(plan.newKey()).orElseThrow();
        assertThat(entry.command()).isEqualTo(moved.command());
        assertThat(entry.timeoutSec()).isEqualTo(5);
        assertThat(entry.statusMessage()).isEqualTo(moved.statusMessage());
        // undo puts it back into this file (the user config keeps its copy until the user removes it)
        m.document().undoManager().undo();
        assertThat(m.document().text()).isEqualTo(original);
    }
}
