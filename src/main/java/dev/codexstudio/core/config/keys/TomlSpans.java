package dev.codexstudio.core.config.keys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each key and value of a TOML text starts, by key path (array items are indexed by decimal segments,
 * as in {@code hooks.PreToolUse.0.hooks.1.command}). tomlj reports the position of a key line; Codex points
 * at values ({@code sandbox_mode = "bogus"} is reported at the opening quote), so diagnostics need both.
 *
 * <p>The scanner assumes the text is syntactically valid TOML (it is used after tomlj parsed it without
 * errors); on malformed input it stops early and simply knows fewer spans.
 */
public final class TomlSpans {

    /**
     * Offsets (into the text) of one path.
     *
     * @param keyOffset   where the key (or the header segment naming this table) first appears, or -1
     * @param valueOffset where the value starts ({@code =}'s right-hand side, an array item, or the {@code [} of a
     *                    table header), or -1
     */
    public record Span(int keyOffset, int valueOffset) {
        /** The value offset when known, else the key offset. */
        public int best() {
            return valueOffset >= 0 ? valueOffset : keyOffset;
        }
    }

    private final Map<List<String>, Span> spans;

    private TomlSpans(Map<List<String>, Span> spans) {
        this.spans = spans;
    }

    /** Scans a TOML text. */
    public static TomlSpans of(String text) {
        Scanner s = new Scanner(text);
        try {
            s.document();
        } catch (RuntimeException e) {
            // malformed input: keep what was found so far
        }
        return new TomlSpans(Collections.unmodifiableMap(s.spans));
    }

    /** The span of a path, if the scanner saw it. */
    public Optional<Span> span(List<String> path) {
        return Optional.ofNullable(spans.get(path));
    }

    /** The offset of a path's value (or key), falling back to the nearest ancestor, or 0. */
    public int valueOffset(List<String> path) {
        for (int n = path.size(); n > 0; n--) {
            Span sp = spans.get(path.subList(0, n));
            if (sp != null && sp.best() >= 0) {
                return sp.best();
            }
        }
        return 0;
    }

    /** The offset of a path's key (or value), falling back to the nearest ancestor, or 0. */
    public int keyOffset(List<String> path) {
        for (int n = path.size(); n > 0; n--) {
            Span sp = spans.get(path.subList(0, n));
            if (sp != null) {
                if (sp.keyOffset() >= 0) {
                    return sp.keyOffset();
                }
                if (sp.valueOffset() >= 0) {
                    return sp.valueOffset();
                }
            }
        }
        return 0;
    }

    /** Every recorded path with its span (for tools that map positions back to keys). */
    public Map<List<String>, Span> all() {
        return spans;
    }

    /** A key segment with where it starts. */
    private record KeyPart(String name, int offset) {
    }

    private static final class Scanner {
        private final String t;
        private int i;
        private final Map<List<String>, Span> spans = new HashMap<>();
        private final Map<List<String>, Integer> tableArrays = new HashMap<>();
        private List<String> current = List.of();

        Scanner(String text) {
            this.t = text;
        }

        void document() {
            while (true) {
                skipBlankLinesAndComments();
                if (i >= t.length()) {
                    return;
                }
                char c = t.charAt(i);
                if (c == '[') {
                    header();
                } else {
                    keyValue(current);
                }
                skipTrailing();
            }
        }

        private void header() {
            int headerStart = i;
            boolean arrayOfTables = t.startsWith("[[", i);
            i += arrayOfTables ? 2 : 1;
            skipWs();
            List<KeyPart> parts = key();
            skipWs();
            i += arrayOfTables ? 2 : 1;
            List<String> resolved = new ArrayList<>();
            for (int k = 0; k < parts.size(); k++) {
                KeyPart part = parts.get(k);
                resolved.add(part.name());
                boolean last = k == parts.size() - 1;
                if (last && arrayOfTables) {
                    List<String> arrayPath = List.copyOf(resolved);
                    put(arrayPath, part.offset(), headerStart);
                    int index = tableArrays.merge(arrayPath, 1, Integer::sum) - 1;
                    resolved.add(Integer.toString(index));
                    put(List.copyOf(resolved), part.offset(), headerStart);
                } else {
                    List<String> p = List.copyOf(resolved);
                    if (last) {
                        put(p, part.offset(), headerStart);
                    } else {
                        putKey(p, part.offset());
                    }
                    Integer count = tableArrays.get(p);
                    if (count != null && !last) {
                        resolved.add(Integer.toString(count - 1));
                    }
                }
            }
            current = List.copyOf(resolved);
        }

        private void keyValue(List<String> base) {
            List<KeyPart> parts = key();
            List<String> path = new ArrayList<>(base);
            for (int k = 0; k < parts.size() - 1; k++) {
                path.add(parts.get(k).name());
                putKey(List.copyOf(path), parts.get(k).offset());
            }
            KeyPart lastPart = parts.get(parts.size() - 1);
            path.add(lastPart.name());
            skipWs();
            expect('=');
            skipWs();
            List<String> full = List.copyOf(path);
            put(full, lastPart.offset(), i);
            value(full);
        }

        private void value(List<String> path) {
            if (i >= t.length()) {
                return;
            }
            char c = t.charAt(i);
            if (c == '{') {
                inlineTable(path);
            } else if (c == '[') {
                array(path);
            } else if (c == '"' || c == '\'') {
                string();
            } else {
                scalar();
            }
        }

        private void inlineTable(List<String> path) {
            i++;
            while (true) {
                skipWsNewlinesComments();
                if (i >= t.length()) {
                    return;
                }
                if (t.charAt(i) == '}') {
                    i++;
                    return;
                }
                keyValue(path);
                skipWsNewlinesComments();
                if (i < t.length() && t.charAt(i) == ',') {
                    i++;
                }
            }
        }

        private void array(List<String> path) {
            i++;
            int index = 0;
            while (true) {
                skipWsNewlinesComments();
                if (i >= t.length()) {
                    return;
                }
                if (t.charAt(i) == ']') {
                    i++;
                    return;
                }
                List<String> item = new ArrayList<>(path);
                item.add(Integer.toString(index++));
                List<String> itemPath = List.copyOf(item);
                put(itemPath, -1, i);
                value(itemPath);
                skipWsNewlinesComments();
                if (i < t.length() && t.charAt(i) == ',') {
                    i++;
                }
            }
        }

        private void scalar() {
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == ',' || c == ']' || c == '}' || c == '#' || c == '\n' || c == '\r') {
                    return;
                }
                i++;
            }
        }

        /** Skips a string value and returns its decoded content (decoding only what keys need). */
        private String string() {
            char q = t.charAt(i);
            boolean multi = t.startsWith(q == '"' ? "\"\"\"" : "'''", i);
            if (multi) {
                String delim = q == '"' ? "\"\"\"" : "'''";
                i += 3;
                int start = i;
                while (i < t.length()) {
                    if (q == '"' && t.charAt(i) == '\\') {
                        i += 2;
                        continue;
                    }
                    if (t.startsWith(delim, i)) {
                        int end = i;
                        i += 3;
                        while (i < t.length() && t.charAt(i) == q) {
                            i++;
                            end++;
                        }
                        return t.substring(start, Math.min(end, t.length()));
                    }
                    i++;
                }
                return t.substring(start);
            }
            i++;
            StringBuilder out = new StringBuilder();
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == q) {
                    i++;
                    return out.toString();
                }
                if (q == '"' && c == '\\' && i + 1 < t.length()) {
                    i = escape(out, i + 1);
                    continue;
                }
                if (c == '\n') {
                    return out.toString();
                }
                out.append(c);
                i++;
            }
            return out.toString();
        }

        private int escape(StringBuilder out, int at) {
            char e = t.charAt(at);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'e' -> out.append('\u001B');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'x' -> {
                    return hex(out, at + 1, 2);
                }
                case 'u' -> {
                    return hex(out, at + 1, 4);
                }
                case 'U' -> {
                    return hex(out, at + 1, 8);
                }
                default -> out.append(e);
            }
            return at + 1;
        }

        private int hex(StringBuilder out, int from, int digits) {
            int end = Math.min(from + digits, t.length());
            try {
                out.appendCodePoint(Integer.parseInt(t.substring(from, end), 16));
            } catch (IllegalArgumentException e) {
                out.append('\uFFFD');
            }
            return end;
        }

        private List<KeyPart> key() {
            List<KeyPart> parts = new ArrayList<>();
            while (true) {
                skipWs();
                int start = i;
                String name;
                if (i < t.length() && (t.charAt(i) == '"' || t.charAt(i) == '\'')) {
                    name = string();
                } else {
                    while (i < t.length() && isBare(t.charAt(i))) {
                        i++;
                    }
                    if (i == start) {
                        throw new IllegalStateException("no key at " + i);
                    }
                    name = t.substring(start, i);
                }
                parts.add(new KeyPart(name, start));
                skipWs();
                if (i < t.length() && t.charAt(i) == '.') {
                    i++;
                    continue;
                }
                return parts;
            }
        }

        private static boolean isBare(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        }

        private void put(List<String> path, int keyOffset, int valueOffset) {
            Span old = spans.get(path);
            if (old == null) {
                spans.put(path, new Span(keyOffset, valueOffset));
            } else if (old.valueOffset() < 0) {
                spans.put(path, new Span(old.keyOffset() >= 0 ? old.keyOffset() : keyOffset, valueOffset));
            }
        }

        private void putKey(List<String> path, int keyOffset) {
            spans.putIfAbsent(path, new Span(keyOffset, -1));
        }

        private void expect(char c) {
            if (i >= t.length() || t.charAt(i) != c) {
                throw new IllegalStateException("expected " + c + " at " + i);
            }
            i++;
        }

        private void skipWs() {
            while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
                i++;
            }
        }

        private void skipComment() {
            if (i < t.length() && t.charAt(i) == '#') {
                while (i < t.length() && t.charAt(i) != '\n') {
                    i++;
                }
            }
        }

        private void skipWsNewlinesComments() {
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    i++;
                } else if (c == '#') {
                    skipComment();
                } else {
                    return;
                }
            }
        }

        private void skipBlankLinesAndComments() {
            skipWsNewlinesComments();
        }

        private void skipTrailing() {
            skipWs();
            skipComment();
        }
    }
}
