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

    private final ContentCache<String, TomlParseResult> results;

    TomlParseCache(int maxEntries, long maxTotalChars) {
        results = new ContentCache<>(maxEntries, maxTotalChars, String::length);
    }

    static TomlParseCache shared() {
        return SHARED;
    }

    /** The parse of {@code text}: the kept one, or {@code parse}'s (kept when it does not throw). */
    TomlParseResult get(String text, Function<String, TomlParseResult> parse) {
        return results.get(text, () -> parse.apply(text));
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
