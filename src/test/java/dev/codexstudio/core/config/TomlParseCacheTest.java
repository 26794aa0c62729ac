package dev.codexstudio.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codexstudio.core.io.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class TomlParseCacheTest {

    private final AtomicInteger parses = new AtomicInteger();

    private TomlParseResult counting(String text) {
        parses.incrementAndGet();
        return Toml.parse(text);
    }

    @Test
    void theSameTextIsParsedOnceAndAChangedTextAgain() {
        TomlParseCache cache = new TomlParseCache(10, 1000);
        TomlParseResult a = cache.get("model = \"a\"\n", this::counting);
        assertSame(a, cache.get(new String("model = \"a\"\n".toCharArray()), this::counting));
        TomlParseResult b = cache.get("model = \"b\"\n", this::counting);
        assertNotSame(a, b);
        assertEquals("b", b.getString("model"));
        assertEquals(2, parses.get());
    }

    @Test
    void textsTheSampledHashCannotTellApartAreStillParsedApart() {
        // 64 samples over a 6,400-character text look at every 100th character (and the last): these differ only between two samples
        String pad = "#" + "x".repeat(6_398) + "\n";
        String a = pad + "ka = 1\n";
        String b = pad + "kb = 1\n";
        assertEquals(a.length(), b.length());
        assertEquals(TomlParseCache.Text.of(a).hashCode(), TomlParseCache.Text.of(b).hashCode());
        TomlParseCache cache = new TomlParseCache(10, 1 << 20);
        TomlParseResult ra = cache.get(a, this::counting);
        TomlParseResult rb = cache.get(b, this::counting);
        assertEquals(1L, ra.getLong("ka"));
        assertEquals(1L, rb.getLong("kb"));
        assertFalse(rb.contains("ka"));
        assertSame(ra, cache.get(new String(a.toCharArray()), this::counting));
        assertEquals(2, parses.get());
    }

    @Test
    void leastRecentlyUsedTextsLeaveFirstWithinTheBounds() {
        TomlParseCache cache = new TomlParseCache(2, 1000);
        cache.get("a = 1\n", this::counting);
        cache.get("b = 2\n", this::counting);
        cache.get("a = 1\n", this::counting); // a is now the most recent
        cache.get("c = 3\n", this::counting); // b leaves
        assertEquals(2, cache.size());
        cache.get("a = 1\n", this::counting);
        assertEquals(3, parses.get());
        cache.get("b = 2\n", this::counting);
        assertEquals(4, parses.get());

        TomlParseCache small = new TomlParseCache(100, 24);
        small.get("a = 1\n", this::counting);
        small.get("b = 2\n", this::counting);
        small.get("c = 3\n", this::counting);
        small.get("d = 4\n", this::counting);
        small.get("e = 5\n", this::counting);
        assertTrue(small.totalChars() <= 24);
        assertEquals(4, small.size());
    }

    @Test
    void hugeTextsAreNotKept() {
        TomlParseCache cache = new TomlParseCache(10, 4L * TomlParseCache.MAX_TEXT_CHARS);
        String huge = "k = \"" + "x".repeat(TomlParseCache.MAX_TEXT_CHARS) + "\"\n";
        cache.get(huge, this::counting);
        cache.get(huge, this::counting);
        assertEquals(2, parses.get());
        assertEquals(0, cache.size());
    }

    @Test
    void documentsOfTheSameTextStayIndependentWhenOneIsEdited() {
        String text = "# keep me\nmodel = \"a\"\n";
        TomlDocument one = TomlDocument.parse(SourceText.of(Path.of("one.toml"), text.getBytes(StandardCharsets.UTF_8)));
        TomlDocument two = TomlDocument.parse(SourceText.of(Path.of("two.toml"), text.getBytes(StandardCharsets.UTF_8)));
        one.set(List.of("model"), "b");
        one.set(List.of("approval_policy"), "never");
        assertEquals("b", one.table().getString("model"));
        assertEquals("a", two.table().getString("model"));
        assertFalse(two.table().contains(List.of("approval_policy")));
        assertEquals(text, two.render());
        // a third read of the unchanged text sees the text as on disk, not the edit
        TomlDocument three = TomlDocument.parse(SourceText.of(Path.of("three.toml"), text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("a", three.table().getString("model"));
    }
}
