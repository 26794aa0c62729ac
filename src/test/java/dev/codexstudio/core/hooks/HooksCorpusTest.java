package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every hooks.json, config.toml and requirements.toml of the shared corpus: no exception, and disabling then
 * re-enabling a hook gives the file back (up to blank lines at its very end, which tomlj's append makes ambiguous).
 */
class HooksCorpusTest {

    @Test
    void everyCorpusHooksJsonReadsWithoutException() throws Exception {
        List<Path> files = CorpusFiles.named("hooks.json");
        assertThat(files).isNotEmpty();
        int parsed = 0;
        for (Path f : files) {
            HookReadResult r = HooksJsonReader.read(f, "project", false);
            assertThat(r.source() != null || r.failure() != null).as(f.toString()).isTrue();
            if (r.source() != null) {
                parsed++;
                r.source().events().values().forEach(groups -> groups.forEach(g -> {
                    assertThat(g.position().file()).isEqualTo(f);
                    g.handlers().forEach(h -> assertThat(h.position().line()).isPositive());
                }));
            }
        }
        assertThat(parsed).isPositive();
    }

    @Test
    void everyCorpusConfigReadsAndTrustEditsRoundTrip() throws Exception {
        List<Path> files = CorpusFiles.named("config.toml");
        files.addAll(CorpusFiles.named("requirements.toml"));
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            SourceText text = FileReads.readText(f);
            TomlDocument doc = TomlDocument.parse(text);
            HookReadResult r = InlineHooksReader.readConfig(doc, "project", false);
            assertThat(r.path()).isEqualTo(f);
            HookStates.read(doc);
            HookEntry fake = fakeEntry(f);
            HookTrust.setEnabled(doc, fake, false).ifPresent(disabled -> {
                assertThat(disabled.render()).contains("enabled = false");
                String back = HookTrust.setEnabled(disabled, fake, true).orElseThrow().render();
                assertThat(back.stripTrailing()).as(f.toString()).isEqualTo(text.text().stripTrailing());
            });
            assertThat(doc.render()).isEqualTo(text.text());
        }
    }

    private static HookEntry fakeEntry(Path f) {
        SourcePosition at = SourcePosition.of(f, 1, 1);
        HookHandler.Command h = new HookHandler.Command("true", null, null, false, null, null, 0, at, Map.of(), List.of());
        MatcherGroup g = new MatcherGroup(null, List.of(h), 0, at, Map.of(), List.of());
        HookSource s = new HookSource(f, HookSource.Format.JSON, "user", false, Map.of(HookEvent.STOP, List.of(g)), null,
                Map.of(), at);
        String key = HookKeys.key(Path.of("/nowhere/hooks.json"), HookEvent.STOP, 0, 0);
        return new HookEntry(key, HookEvent.STOP, "command", null, "true", null, null, 600, null, false, null, f, "user",
                true, false, HookHash.of(HookEvent.STOP, null, h), HookEntry.TrustStatus.UNTRUSTED, 0, s, g, h);
    }
}
