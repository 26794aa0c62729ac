package dev.codexstudio.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.tomlj.TomlParseResult;

/**
 * The parse results of the TOML texts read most recently, by their exact text. The studio reads the same config
 * files again on every scan, every directory's view and every command; parsing (tomlj) is most of that work and
 * the result depends on the text alone. A changed file has a different text and is parsed afresh, so nothing
 * stale is ever returned. Results are shared read-only: a document that is edited parses a new copy
 * ({@link TomlDocument#set}), it never changes a shared result. Bounded by entries and by characters, least
 * recently used first out.
 */
final class TomlParseCache {

    /** Texts longer than this are parsed every time (a huge file is rare and would crowd the others out). */
    static final int MAX_TEXT_CHARS = 256 << 10;
    private static final int MAX_ENTRIES = 2048;
    private static final long MAX_TOTAL_CHARS = 4L << 20;

    private static final TomlParseCache SHARED = new TomlParseCache(MAX_ENTRIES, MAX_TOTAL_CHARS);

    private final int maxEntries;
    private final long maxTotalChars;
    private long totalChars;
    private final LinkedHashMap<String, TomlParseResult> results = new LinkedHashMap<>(64, 0.75f, true);

    TomlParseCache(int maxEntries, long maxTotalChars) {
        this.maxEntries = maxEntries;
        this.maxTotalChars = maxTotalChars;
    }

    static TomlParseCache shared() {
        return SHARED;
    }

    /** The parse of {@code text}: the kept one, or {@code parse}'s (kept when it has no exception). */
    TomlParseResult get(String text, Function<String, TomlParseResult> parse) {
        if (text.length() > MAX_TEXT_CHARS) {
            return parse.apply(text);
        }
        synchronized (this) {
            TomlParseResult kept = results.get(text);
            if (kept != null) {
                return kept;
            }
        }
        TomlParseResult fresh = parse.apply(text);
        synchronized (this) {
            TomlParseResult raced = results.putIfAbsent(text, fresh);
            if (raced != null) {
                return raced;
            }
            totalChars += text.length();
            var it = results.entrySet().iterator();
            while ((results.size() > maxEntries || totalChars > maxTotalChars) && it.hasNext()) {
                Map.Entry<String, TomlParseResult> eldest = it.next();
                totalChars -= eldest.getKey().length();
                it.remove();
            }
        }
        return fresh;
    }

    synchronized int size() {
        return results.size();
    }

    synchronized long totalChars() {
        return totalChars;
    }
}
