package dev.codexstudio.ui.hookrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookTrustWriter;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.StudioTestFixture;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Run and trust section's view model on a copy of samples/python-library, without a display. */
class HookTrustViewModelTest {

    @TempDir
    Path tmp;

    @Test
    void listsTheHandlersWithTrustAndTrustsThroughTheUserConfig() throws Exception {
        Path repo = tmp.resolve("repo");
        Path home = tmp.resolve("codex-home");
        StudioTestFixture.copySample("python-library", repo, home);
        Path cfg = home.resolve("config.toml");
        Files.writeString(cfg, Files.readString(cfg) + "\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        StudioViewModel studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", tmp.toString(), "CODEX_HOME", home.toString()));
        assertThat(studio.open(repo)).isTrue();
        Path file = repo.resolve(".codex/hooks.json");
        DocumentViewModel doc = DocumentViewModel.open(file);
        HookTrustViewModel m = new HookTrustViewModel(studio, doc, LiveValidator.FileKind.HOOKS_JSON);

        var rows = m.rows();
        assertThat(rows).extracting(HookTrustViewModel.Row::title).containsExactly("PreToolUse · Bash",
                "PermissionRequest · Bash", "PostToolUse · apply_patch|Edit|Write", "SessionStart · startup|resume", "Stop");
        assertThat(rows).allSatisfy(r -> assertThat(r.state()).isEqualTo("untrusted"));
        var loaded = studio.stack().orElseThrow().rootView().hooks();
        assertThat(rows).allSatisfy(r -> assertThat(loaded.entry(r.entry().key()).orElseThrow().currentHash())
                .isEqualTo(r.entry().currentHash()));
        assertThat(m.note()).startsWith("5 hooks wait for review");

        String before = Files.readString(cfg);
        HookTrustWriter.Change c = m.plan(rows.get(0), true);
        assertThat(c.file()).isEqualTo(cfg);
        assertThat(c.diff()).contains("+[hooks.state.\"" + rows.get(0).entry().key() + "\"]");
        m.apply(c);
        assertThat(Files.readString(cfg)).startsWith(before);
        assertThat(m.rows().get(0).state()).isEqualTo("trusted");
        assertThat(m.rows().get(0).canUntrust()).isTrue();
        assertThat(studio.stack().orElseThrow().rootView().hooks().entry(rows.get(0).entry().key()).orElseThrow()
                .trustStatus()).isEqualTo(HookEntry.TrustStatus.TRUSTED);
        m.apply(m.plan(m.rows().get(0), false));
        assertThat(Files.readString(cfg)).isEqualTo(before);

        doc.typed(doc.text().indexOf("\"timeout\": 5"), doc.text().indexOf("\"timeout\": 5") + 12, "\"timeout\": 6");
        assertThat(m.trustEnabled()).isFalse();
        assertThat(m.note()).startsWith("Unsaved changes");
        assertThatThrownBy(() -> m.plan(m.rows().get(0), true)).isInstanceOf(IOException.class).hasMessageContaining("Save");
    }

    @Test
    void inlineHooksOfAConfigAndManagedOnes() throws Exception {
        Path home = java.nio.file.Files.createDirectories(tmp.resolve("home"));
        Path cfg = home.resolve("config.toml");
        Files.writeString(cfg, "[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"command\"\ncommand = \"echo bye\"\n");
        StudioViewModel studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", tmp.toString(), "CODEX_HOME", home.toString()));
        HookTrustViewModel m = new HookTrustViewModel(studio, DocumentViewModel.open(cfg), LiveValidator.FileKind.CONFIG);
        assertThat(m.rows()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Stop");
            assertThat(r.entry().key()).isEqualTo(cfg + ":stop:0:0");
            assertThat(r.canTrust()).isTrue();
        });
        HookTrustViewModel empty = new HookTrustViewModel(studio, DocumentViewModel.of(cfg, "model = \"o3\"\n"),
                LiveValidator.FileKind.CONFIG);
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.note()).isEqualTo("No command or MCP hooks in this file yet.");
    }
}
