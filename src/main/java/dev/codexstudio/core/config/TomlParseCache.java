package dev.codexstudio.core.config;

import dev.codexstudio.core.io.ContentCache;
import java.util.function.Function;
import org.tomlj.TomlParseResult;

/**
 * The parse results of the TOML texts read most recently, by their exact text. The studio reads the same config
 * files again on every scan, every directory's view and every command; parsing (tomlj) is most of that work and
 * the result depends on the text alone. A changed file has a different text and is parsed afresh, so nothing
 * stale is ever returned. Results are shared read-only: a document that is edited parses a new copy
 * ({@link TomlDocument#set}), it never changes a shared result.
 */
final class TomlParseCache {

    /** Texts longer than this are parsed every time (a huge file is rare and would crowd the others out). */
    static final int MAX_TEXT_CHARS = 1 << 20;

    private static final TomlParseCache SHARED = new TomlParseCache(2048, 4L * MAX_TEXT_CHARS);

    private final ContentCache<Text, TomlParseResult> results;

    TomlParseCache(int maxEntries, long maxTotalChars) {
        results = new ContentCache<>(maxEntries, maxTotalChars, t -> t.text().length());
    }

    /**
     * A text as a key, hashed from its length and at most {@link #SAMPLES} characters spread over it. Every read
     * of a file is a new string, and {@code String.hashCode} runs over all of it (a 300-line config.toml took a
     * third of an effective AGENTS.md's time there); a sampled hash is constant time, and texts it cannot tell
     * apart are still told apart by {@code equals}, which compares whole arrays at once.
     */
    record Text(String text, int hash) {
        static final int SAMPLES = 64;

        static Text of(String text) {
            int n = text.length();
            int h = n;
            int step = Math.max(1, n / SAMPLES);
            for (int i = 0; i < n; i += step) {
                h = 31 * h + text.charAt(i);
            }
            if (n > 0) {
                h = 31 * h + text.charAt(n - 1);
            }
            return new Text(text, h);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Text t && t.hash == hash && t.text.equals(text);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    static TomlParseCache shared() {
        return SHARED;
    }

    /** The parse of {@code text}: the kept one, or {@code parse}'s (kept when it does not throw). */
    TomlParseResult get(String text, Function<String, TomlParseResult> parse) {
        return results.get(Text.of(text), () -> parse.apply(text));
    }

    void clear() {
        results.clear();
    }

    int size() {
        return results.size();
    }

    long totalChars() {
        return results.totalWeight();
    }
}
