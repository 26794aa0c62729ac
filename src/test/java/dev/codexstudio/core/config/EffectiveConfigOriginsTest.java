package dev.codexstudio.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.support.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A merge places each value's origin where {@link TomlDocument#locate} finds the key, for every corpus config. */
class EffectiveConfigOriginsTest {

    @Test
    void originsAreWhereLocateFindsEachKey() throws Exception {
        int files = 0;
        int leaves = 0;
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (!f.path().endsWith(".toml") || !Files.isRegularFile(f.file())) {
                continue;
            }
            TomlDocument doc = TomlDocument.parse(SourceText.of(f.file(), Files.readAllBytes(f.file())));
            ConfigLayer layer = new ConfigLayer(LayerKind.USER, f.file(), f.file().getParent(), doc, null, true, null,
                    List.of());
            EffectiveConfig merged = EffectiveConfig.merge(List.of(layer));
            for (EffectiveConfig.Entry e : merged.entries()) {
                assertEquals(doc.locate(e.path()), e.origin().position(), () -> f.file() + " " + e.path());
                leaves++;
            }
            files++;
        }
        // and a document whose keys tomlj has no position for falls back as locate does
        Path p = Path.of("x.toml");
        TomlDocument doc = TomlDocument.parse(SourceText.of(p, "a.b.c = 1\n[t]\nk = [1, 2]\n".getBytes()));
        EffectiveConfig merged = EffectiveConfig.merge(List.of(new ConfigLayer(LayerKind.USER, p, Path.of("."), doc,
                null, true, null, List.of())));
        for (EffectiveConfig.Entry e : merged.entries()) {
            assertEquals(doc.locate(e.path()), e.origin().position(), () -> e.path().toString());
        }
        assertTrue(files > 20 && leaves > 200, files + " files, " + leaves + " values");
    }
}
