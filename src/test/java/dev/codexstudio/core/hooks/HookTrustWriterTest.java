package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookTrustWriterTest {

    @TempDir
    Path tmp;

    @Test
    void planShowsTheDiffAndApplyWritesOnlyTheStateTable() throws Exception {
        TestFiles t = new TestFiles(tmp);
        Path cfg = t.userConfig("# keep this comment\nmodel = \"o3\"\n");
        TestFiles.write(t.home.resolve("hooks.json"), HookDiscoveryTest.STOP_A);
        HookEntry e = t.discover().entries().get(0);
        String before = Files.readString(cfg);
        HookTrustWriter.Change c = HookTrustWriter.plan(cfg, e, true);
        assertThat(c.isNoop()).isFalse();
        assertThat(c.diff()).contains("+[hooks.state.\"" + e.key() + "\"]").contains("+trusted_hash = \"" + e.currentHash() + "\"");
        assertThat(Files.readString(cfg)).isEqualTo(before);
        HookTrustWriter.apply(c);
        assertThat(Files.readString(cfg)).startsWith(before);
        assertThat(t.discover().entries().get(0).trustStatus()).isEqualTo(HookEntry.TrustStatus.TRUSTED);

        HookEntry trusted = t.discover().entries().get(0);
        assertThat(HookTrustWriter.plan(cfg, trusted, true).isNoop()).isTrue();
        HookTrustWriter.apply(HookTrustWriter.plan(cfg, trusted, false));
        assertThat(Files.readString(cfg)).isEqualTo(before);
        assertThat(t.discover().entries().get(0).trustStatus()).isEqualTo(HookEntry.TrustStatus.UNTRUSTED);
    }

    @Test
    void aConfigChangedAfterThePlanIsNotOverwrittenAndBrokenOnesAreRefused() throws Exception {
        TestFiles t = new TestFiles(tmp);
        Path cfg = t.userConfig("");
        TestFiles.write(t.home.resolve("hooks.json"), HookDiscoveryTest.STOP_A);
        HookEntry e = t.discover().entries().get(0);
        HookTrustWriter.Change c = HookTrustWriter.plan(cfg, e, true);
        Files.writeString(cfg, Files.readString(cfg) + "model = \"x\"\n");
        assertThatThrownBy(() -> HookTrustWriter.apply(c)).isInstanceOf(java.io.IOException.class);
        Files.writeString(cfg, "[oops\n");
        assertThatThrownBy(() -> HookTrustWriter.plan(cfg, e, true)).hasMessageContaining("TOML errors");
    }

    @Test
    void entriesOfASourceMatchWhatDiscoveryLists() {
        TestFiles t = new TestFiles(tmp);
        t.userConfig("");
        TestFiles.write(t.home.resolve("hooks.json"), "{\"hooks\":{\"PreToolUse\":[{\"matcher\":\"Bash\",\"hooks\":["
                + "{\"type\":\"command\",\"command\":\"a\"},{\"type\":\"command\",\"command\":\"b\",\"timeout\":3}]}]}}");
        HookCatalog c = t.discover();
        HookSource s = c.sources().get(0);
        assertThat(HookDiscovery.entriesOf(s, HookStates.empty())).extracting(HookEntry::key, HookEntry::currentHash)
                .containsExactlyElementsOf(c.entries().stream().map(x -> org.assertj.core.groups.Tuple.tuple(x.key(),
                        x.currentHash())).toList());
    }
}
