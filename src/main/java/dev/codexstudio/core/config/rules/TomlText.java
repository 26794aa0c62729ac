package dev.codexstudio.core.config.rules;

import dev.codexstudio.core.config.keys.TomlSpans;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text-level helpers for diagnostics on one TOML file: positions of keys and values, and the extents of a key
 * or a simple value for {@link Edit.ReplaceText} fixes.
 */
final class TomlText {

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_-]+");

    private final SourceText source;
    private final TomlSpans spans;

    TomlText(SourceText source) {
        this.source = source;
        this.spans = TomlSpans.of(source.text());
    }

    /** Position of the key of {@code path} (its last segment), or the nearest ancestor. */
    SourcePosition keyPosition(List<String> path) {
        return source.position(spans.keyOffset(path));
    }

    /** Position of the value of {@code path}, or the nearest ancestor. */
    SourcePosition valuePosition(List<String> path) {
        return source.position(spans.valueOffset(path));
    }

    /** An edit replacing the key segment of {@code path} with {@code newKey}, when the key is written in the file. */
    Optional<Edit.ReplaceText> renameKey(List<String> path, String newKey) {
        Optional<TomlSpans.Span> span = spans.span(path);
        if (span.isEmpty() || span.get().keyOffset() < 0) {
            return Optional.empty();
        }
        int start = span.get().keyOffset();
        int end = keyEnd(start);
        if (end <= start) {
            return Optional.empty();
        }
        String replacement = BARE.matcher(newKey).matches() ? newKey : "\"" + newKey + "\"";
        return Optional.of(new Edit.ReplaceText(source.path(), start, end, replacement));
    }

    /** An edit replacing a string value of {@code path} with {@code "newValue"}. */
    Optional<Edit.ReplaceText> replaceStringValue(List<String> path, String newValue) {
        Optional<TomlSpans.Span> span = spans.span(path);
        if (span.isEmpty() || span.get().valueOffset() < 0) {
            return Optional.empty();
        }
        int start = span.get().valueOffset();
        String t = source.text();
        if (start >= t.length() || (t.charAt(start) != '"' && t.charAt(start) != '\'')) {
            return Optional.empty();
        }
        char q = t.charAt(start);
        if (t.startsWith(String.valueOf(q).repeat(3), start)) {
            return Optional.empty();
        }
        int end = start + 1;
        while (end < t.length() && t.charAt(end) != q && t.charAt(end) != '\n') {
            end += q == '"' && t.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= t.length() || t.charAt(end) != q) {
            return Optional.empty();
        }
        return Optional.of(new Edit.ReplaceText(source.path(), start, end + 1, "\"" + newValue + "\""));
    }

    /** The whole line(s) holding the key-value of {@code path}, for removal; empty for tables and inline values. */
    Optional<Edit.ReplaceText> removeKeyValueLine(List<String> path) {
        Optional<TomlSpans.Span> span = spans.span(path);
        if (span.isEmpty() || span.get().keyOffset() < 0 || span.get().valueOffset() < 0) {
            return Optional.empty();
        }
        SourcePosition keyAt = source.position(span.get().keyOffset());
        SourcePosition valueAt = source.position(span.get().valueOffset());
        if (keyAt.line() != valueAt.line()) {
            return Optional.empty();
        }
        String line = source.lineText(keyAt.line());
        String rest = line.substring(Math.min(line.length(), valueAt.column() - 1)).strip();
        boolean simple = !rest.startsWith("{") && !rest.startsWith("[") && !rest.startsWith("\"\"\"") && !rest.startsWith("'''");
        if (!simple || !line.substring(0, keyAt.column() - 1).isBlank()) {
            return Optional.empty();
        }
        int start = source.lineStart(keyAt.line());
        int end = source.lineEndInclusive(keyAt.line());
        return Optional.of(new Edit.ReplaceText(source.path(), start, end, ""));
    }

    private int keyEnd(int start) {
        String t = source.text();
        if (start >= t.length()) {
            return start;
        }
        char c = t.charAt(start);
        if (c == '"' || c == '\'') {
            int i = start + 1;
            while (i < t.length() && t.charAt(i) != c && t.charAt(i) != '\n') {
                i += c == '"' && t.charAt(i) == '\\' ? 2 : 1;
            }
            return i < t.length() && t.charAt(i) == c ? i + 1 : start;
        }
        int i = start;
        while (i < t.length() && isBare(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBare(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
