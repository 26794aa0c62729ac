package dev.codexstudio.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.codexstudio.core.io.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Merges are kept by what they depend on (each parsed layer's kind, file, ignored keys and table), outside a scan
 * too, and a kept merge can never be changed by whoever reads it.
 */
class EffectiveConfigMergeCacheTest {

    private static final String USER = "model = \"gpt-5\"\n[tui]\nnotifications = [\"a\", \"b\"]\n[projects.\"/r\"]\ntrust_level = \"trusted\"\n";

    private static ConfigLayer layer(LayerKind kind, String file, String text, List<String> ignored) {
        Path p = Path.of("/studio-merge-test", file);
        TomlDocument doc = TomlDocument.parse(SourceText.of(p, text.getBytes(StandardCharsets.UTF_8)));
        return new ConfigLayer(kind, p, p.getParent(), doc, null, true, null, ignored);
    }

    @Test
    void theSameTextsReadAgainFindTheSameMerge() {
        EffectiveConfig first = EffectiveConfig.merge(List.of(layer(LayerKind.USER, "u/config.toml", USER, List.of())));
        // a new read of the same file: new documents, the same shared parse
        EffectiveConfig again = EffectiveConfig.merge(List.of(layer(LayerKind.USER, "u/config.toml", USER, List.of())));
        assertSame(first, again);
        assertEquals("gpt-5", again.getString("model").orElseThrow());
    }

    @Test
    void aChangedFileAnotherPathAnotherKindOrOtherIgnoredKeysMergeAfresh() {
        EffectiveConfig base = EffectiveConfig.merge(List.of(layer(LayerKind.USER, "u/config.toml", USER, List.of())));
        EffectiveConfig changed = EffectiveConfig.merge(List.of(layer(LayerKind.USER, "u/config.toml",
                USER.replace("gpt-5", "o3"), List.of())));
        assertEquals("o3", changed.getString("model").orElseThrow());
        EffectiveConfig moved = EffectiveConfig.merge(List.of(layer(LayerKind.USER, "v/config.toml", USER, List.of())));
        assertNotSame(base, moved);
        assertEquals(Path.of("/studio-merge-test/v/config.toml"),
                moved.origin(List.of("model")).orElseThrow().file());
        assertEquals(Path.of("/studio-merge-test/v/config.toml"),
                moved.origin(List.of("model")).orElseThrow().position().file());
        EffectiveConfig project = EffectiveConfig.merge(List.of(layer(LayerKind.PROJECT, "u/config.toml", USER, List.of())));
        assertEquals(LayerKind.PROJECT, project.origin(List.of("model")).orElseThrow().layer());
        EffectiveConfig ignoring = EffectiveConfig.merge(List.of(layer(LayerKind.PROJECT, "u/config.toml", USER,
                List.of("model"))));
        assertEquals(java.util.Optional.empty(), ignoring.get("model"));
    }

    @Test
    void anEditedDocumentIsMergedAsItIsNow() {
        ConfigLayer user = layer(LayerKind.USER, "u/config.toml", USER, List.of());
        EffectiveConfig before = EffectiveConfig.merge(List.of(user));
        user.document().set(List.of("model"), "o4-mini");
        EffectiveConfig after = EffectiveConfig.merge(List.of(user));
        assertEquals("o4-mini", after.getString("model").orElseThrow());
        assertEquals("gpt-5", before.getString("model").orElseThrow());
        // and the next read of the unchanged file still finds the merge of the file as it is on disk
        assertSame(before, EffectiveConfig.merge(List.of(layer(LayerKind.USER, "u/config.toml", USER, List.of()))));
    }

    @Test
    void aKeptMergeCannotBeChangedByItsReaders() {
        EffectiveConfig merged = EffectiveConfig.merge(List.of(layer(LayerKind.USER, "u/config.toml", USER, List.of())));
        @SuppressWarnings("unchecked")
        Map<String, Object> tui = (Map<String, Object>) merged.get("tui").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> tui.put("x", 1));
        @SuppressWarnings("unchecked")
        List<Object> notifications = (List<Object>) merged.get("tui.notifications").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> notifications.add("c"));
        assertThrows(UnsupportedOperationException.class, () -> merged.asMap().remove("model"));
        assertEquals(List.of("a", "b"), new ArrayList<>(notifications));
    }

    @Test
    void theTrustTableIsReadOncePerMerge() {
        EffectiveConfig merged = EffectiveConfig.merge(List.of(layer(LayerKind.USER, "u/config.toml", USER, List.of())));
        int[] calls = {0};
        Object a = merged.derived("probe", m -> ++calls[0]);
        Object b = merged.derived("probe", m -> ++calls[0]);
        assertEquals(1, calls[0]);
        assertSame(a, b);
    }
}
