package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookTrustTest {

    @TempDir
    Path tmp;

    private HookEntry entry(TestFiles t) {
        TestFiles.write(t.home.resolve("hooks.json"), HookDiscoveryTest.STOP_A);
        return t.discover().entries().get(0);
    }

    @Test
    void trustAddsOnlyTheStateTableAndDiscoveryThenSeesItTrusted() {
        TestFiles t = new TestFiles(tmp);
        Path cfg = t.userConfig("# my settings\nmodel = \"o3\"   # keep me\n");
        HookEntry e = entry(t);
        TomlDocument before = TomlDocument.parse(SourceText.ofString(cfg, t.stack().userLayer().get().document().source().text()));
        TomlDocument after = HookTrust.trust(before, e).orElseThrow();
        String text = after.render();
        assertThat(text).startsWith(before.render());
        assertThat(text.substring(before.render().length())).isEqualTo("\n[hooks.state.\"" + e.key() + "\"]\ntrusted_hash = \""
                + e.currentHash() + "\"\n");
        assertThat(before.isEdited()).isFalse();
        TestFiles.write(cfg, text);
        assertThat(t.discover().entries().get(0).trustStatus()).isEqualTo(HookEntry.TrustStatus.TRUSTED);
    }

    @Test
    void untrustAndEnableRemoveTheirLinesAndEmptyTables() {
        TestFiles t = new TestFiles(tmp);
        HookEntry e = entry(t);
        String original = "[projects.\"" + t.project + "\"]\ntrust_level = \"trusted\"\n\n[hooks.state.\"" + e.key()
                + "\"]\ntrusted_hash = \"" + e.currentHash() + "\"\n\n[tui]\ntheme = \"dark\"\n";
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(t.home.resolve("config.toml"), original));
        String untrusted = HookTrust.untrust(doc, e).orElseThrow().render();
        assertThat(untrusted).isEqualTo("[projects.\"" + t.project + "\"]\ntrust_level = \"trusted\"\n\n[tui]\ntheme = \"dark\"\n");
        TomlDocument disabled = HookTrust.setEnabled(doc, e, false).orElseThrow();
        assertThat(disabled.render()).contains("trusted_hash = \"" + e.currentHash() + "\"\nenabled = false\n");
        assertThat(HookTrust.setEnabled(disabled, e, true).orElseThrow().render()).isEqualTo(original);
    }

    @Test
    void brokenConfigsAreNotEdited() {
        TestFiles t = new TestFiles(tmp);
        HookEntry e = entry(t);
        TomlDocument broken = TomlDocument.parse(SourceText.ofString(t.home.resolve("config.toml"), "[oops\n"));
        assertThat(HookTrust.trust(broken, e)).isEmpty();
        TomlDocument notTable = TomlDocument.parse(SourceText.ofString(t.home.resolve("config.toml"), "hooks = 5\n"));
        assertThat(HookTrust.trust(notTable, e)).isEmpty();
    }
}
