package dev.codexstudio.core.hooks;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Format-preserving edits of the inline hooks of a {@code config.toml}, written as Codex documents them: each
 * event an array of tables, {@code [[hooks.<Event>]]} with {@code matcher}, then one
 * {@code [[hooks.<Event>.hooks]]} per handler. A changed field keeps its line (key as written, the spacing around
 * {@code =} and a trailing comment); a new field goes on its own line after the table's last field; a new group
 * is appended at the end of the file; removing a handler or a group deletes exactly its tables' lines. Every
 * result is read back with {@link InlineHooksReader} and refused when it does not hold exactly the intended
 * change (hooks written as inline tables or dotted keys are therefore not edited: empty is returned).
 */
public final class InlineHooksWriter implements HookFileEdits {

    /** The shared instance (the writer keeps no state). */
    public static final InlineHooksWriter INSTANCE = new InlineHooksWriter();

    private static final Path PATH = Path.of("config.toml");
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_-]+");

    private InlineHooksWriter() {
    }

    @Override
    public Optional<String> setMatcher(String text, HookEvent event, int group, String matcher) {
        Optional<HookSource> src = read(text);
        if (src.isEmpty() || group < 0 || group >= src.get().groups(event).size()) {
            return Optional.empty();
        }
        MatcherGroup g = src.get().groups(event).get(group);
        Optional<String> out = setKey(text, g.position(), g.fieldPositions(), "matcher", matcher, g.handlers().isEmpty()
                ? null : g.handlers().get(0).position().line());
        return out.filter(t -> read(t).map(s -> s.groups(event).size() > group
                && Objects.equals(s.groups(event).get(group).matcher(), matcher)).orElse(false));
    }

    @Override
    public Optional<String> setField(String text, HookEvent event, int group, int handler, String field, Object value) {
        Optional<HookHandler> h = handler(read(text), event, group, handler);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        String key = field;
        if (field.equals("commandWindows") && h.get().fieldPositions().containsKey("command_windows")) {
            key = "command_windows";
        }
        String k = key;
        Optional<String> out = setKey(text, h.get().position(), h.get().fieldPositions(), key, value,
                nextHeaderLine(text, h.get().position().line()));
        return out.filter(t -> {
            Optional<HookHandler> after = handler(read(t), event, group, handler);
            return after.isPresent() && (value == null ? !after.get().fieldPositions().containsKey(k)
                    : after.get().fieldPositions().containsKey(k));
        });
    }

    @Override
    public Optional<String> addGroup(String text, HookEvent event, String matcher, Map<String, Object> handler) {
        if (!text.isBlank() && !parses(text)) {
            return Optional.empty();
        }
        int groupsBefore = read(text).map(x -> x.groups(event).size()).orElse(0);
        String nl = nl(text);
        StringBuilder b = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            b.append(nl);
        }
        if (!text.isBlank()) {
            b.append(nl);
        }
        b.append("[[hooks.").append(event.tomlName()).append("]]").append(nl);
        if (matcher != null) {
            b.append("matcher = ").append(value(matcher)).append(nl);
        }
        b.append(handlerTable(event, handler, nl));
        String out = b.toString();
        return read(out).filter(s -> s.groups(event).size() == groupsBefore + 1).map(s -> out);
    }

    @Override
    public Optional<String> addHandler(String text, HookEvent event, int group, Map<String, Object> handler) {
        Optional<HookSource> src = read(text);
        if (src.isEmpty() || group < 0 || group >= src.get().groups(event).size()) {
            return Optional.empty();
        }
        MatcherGroup g = src.get().groups(event).get(group);
        SourceText st = SourceText.ofString(PATH, text);
        int end = groupEndLine(st, event, g.position().line());
        String nl = nl(text);
        int at = st.lineEndInclusive(end);
        String prefix = text.substring(0, at);
        String insert = (prefix.endsWith("\n") || prefix.isEmpty() ? "" : nl) + nl + handlerTable(event, handler, nl);
        String out = prefix + insert + text.substring(at);
        int n = g.handlers().size();
        return read(out).filter(s -> s.groups(event).size() == src.get().groups(event).size()
                && s.groups(event).get(group).handlers().size() == n + 1).map(s -> out);
    }

    @Override
    public Optional<String> removeHandler(String text, HookEvent event, int group, int handler) {
        Optional<HookSource> src = read(text);
        Optional<HookHandler> h = handler(src, event, group, handler);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        MatcherGroup g = src.get().groups(event).get(group);
        if (g.handlers().size() == 1) {
            return removeGroup(text, event, group);
        }
        SourceText st = SourceText.ofString(PATH, text);
        int first = h.get().position().line();
        int last = tableEndLine(st, first, "hooks." + event.tomlName() + ".hooks.");
        String out = deleteLines(st, first, last);
        return read(out).filter(s -> s.groups(event).size() == src.get().groups(event).size()
                && s.groups(event).get(group).handlers().size() == g.handlers().size() - 1).map(s -> out);
    }

    @Override
    public Optional<String> removeGroup(String text, HookEvent event, int group) {
        Optional<HookSource> src = read(text);
        if (src.isEmpty() || group < 0 || group >= src.get().groups(event).size()) {
            return Optional.empty();
        }
        MatcherGroup g = src.get().groups(event).get(group);
        SourceText st = SourceText.ofString(PATH, text);
        int first = g.position().line();
        String out = deleteLines(st, first, groupEndLine(st, event, first));
        int n = src.get().groups(event).size();
        Optional<HookSource> after = read(out);
        boolean ok = after.map(s -> s.groups(event).size() == n - 1).orElse(n == 1 && parses(out));
        return ok ? Optional.of(out) : Optional.empty();
    }

    // ---- helpers ----

    private static Optional<HookSource> read(String text) {
        try {
            TomlDocument doc = TomlDocument.parse(SourceText.ofString(PATH, text));
            return InlineHooksReader.readConfig(doc, "user", false).optionalSource();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean parses(String text) {
        try {
            return !TomlDocument.parse(SourceText.ofString(PATH, text)).hasSyntaxErrors();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Optional<HookHandler> handler(Optional<HookSource> src, HookEvent event, int group, int handler) {
        if (src.isEmpty() || group < 0 || group >= src.get().groups(event).size()) {
            return Optional.empty();
        }
        List<HookHandler> hs = src.get().groups(event).get(group).handlers();
        return handler < 0 || handler >= hs.size() ? Optional.empty() : Optional.of(hs.get(handler));
    }

    private static String nl(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    private static String handlerTable(HookEvent event, Map<String, Object> handler, String nl) {
        StringBuilder b = new StringBuilder();
        b.append("[[hooks.").append(event.tomlName()).append(".hooks]]").append(nl);
        handler.forEach((k, v) -> b.append(key(k)).append(" = ").append(value(v)).append(nl));
        return b.toString();
    }

    static String key(String k) {
        return BARE.matcher(k).matches() ? k : TomlDocument.renderValue(k);
    }

    /** A value as inline TOML: strings, integers, booleans, and maps and lists as inline tables and arrays. */
    static String value(Object v) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                return "{}";
            }
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(key(String.valueOf(k)) + " = " + value(x)));
            return "{ " + String.join(", ", parts) + " }";
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(value(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof HookHandler.McpNumber n) {
            return n.text();
        }
        if (v instanceof Integer i) {
            return Long.toString(i);
        }
        return TomlDocument.renderValue(v);
    }

    /**
     * Sets, adds or removes {@code key} of the table whose header is at {@code table}; {@code stopLine} (may be
     * null) is the first line that no longer belongs to the table.
     */
    private static Optional<String> setKey(String text, SourcePosition table, Map<String, SourcePosition> fields,
            String key, Object value, Integer stopLine) {
        SourceText st = SourceText.ofString(PATH, text);
        String nl = nl(text);
        SourcePosition at = fields.get(key);
        if (at != null) {
            int line = at.line();
            String lineText = st.lineText(line);
            if (value == null) {
                return Optional.of(deleteLines(st, line, line));
            }
            int eq = lineText.indexOf('=', at.column() - 1);
            if (eq < 0) {
                return Optional.empty();
            }
            int vStart = eq + 1;
            while (vStart < lineText.length() && (lineText.charAt(vStart) == ' ' || lineText.charAt(vStart) == '\t')) {
                vStart++;
            }
            int vEnd = valueEnd(lineText, vStart);
            if (vEnd < 0) {
                return Optional.empty();
            }
            String newLine = lineText.substring(0, vStart) + value(value) + lineText.substring(vEnd);
            int start = st.lineStart(line);
            return Optional.of(text.substring(0, start) + newLine + text.substring(start + lineText.length()));
        }
        if (value == null) {
            return Optional.of(text);
        }
        int last = table.line();
        for (SourcePosition p : fields.values()) {
            if (p.line() > last && (stopLine == null || p.line() < stopLine)) {
                last = p.line();
            }
        }
        // a value spanning lines ends before the next key, blank line or header: step over its lines
        while (last < st.lineCount() && (stopLine == null || last + 1 < stopLine)) {
            String next = st.lineText(last + 1).strip();
            if (next.isEmpty() || next.startsWith("[") || next.startsWith("#") || next.matches("^[A-Za-z0-9_\"'.-]+\\s*=.*")) {
                break;
            }
            last++;
        }
        int insertAt = st.lineEndInclusive(last);
        String before = text.substring(0, insertAt);
        String line = key(key) + " = " + value(value) + nl;
        return Optional.of(before + (before.endsWith("\n") || before.isEmpty() ? "" : nl) + line + text.substring(insertAt));
    }

    /** End (exclusive) of a one-line TOML value starting at {@code from}, before whitespace and a comment. */
    private static int valueEnd(String line, int from) {
        int i = from;
        if (line.startsWith("\"\"\"", i) || line.startsWith("'''", i)) {
            return -1;
        }
        char q = 0;
        int depth = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (q != 0) {
                if (c == '\\' && q == '"') {
                    i += 2;
                    continue;
                }
                if (c == q) {
                    q = 0;
                }
            } else if (c == '"' || c == '\'') {
                q = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == '#' && depth == 0) {
                break;
            }
            i++;
        }
        if (q != 0 || depth != 0) {
            return -1;
        }
        int end = Math.min(i, line.length());
        while (end > from && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }

    private static Integer nextHeaderLine(String text, int afterLine) {
        SourceText st = SourceText.ofString(PATH, text);
        for (int l = afterLine + 1; l <= st.lineCount(); l++) {
            if (st.lineText(l).strip().startsWith("[")) {
                return l;
            }
        }
        return null;
    }

    private static String header(String line) {
        String s = line.strip();
        if (!s.startsWith("[")) {
            return null;
        }
        int close = s.lastIndexOf(']');
        return close < 0 ? null : s.substring(0, close + 1).replaceAll("^\\[+|\\]+$", "").strip();
    }

    /** The last line of the table at {@code first} and of its sub-tables (headers starting with {@code subPrefix}). */
    private static int tableEndLine(SourceText st, int first, String subPrefix) {
        int last = first;
        for (int l = first + 1; l <= st.lineCount(); l++) {
            String h = header(st.lineText(l));
            if (h != null && !(h.startsWith(subPrefix) && !h.equals(subPrefix.substring(0, subPrefix.length() - 1)))) {
                break;
            }
            last = l;
        }
        return trimBlank(st, first, last);
    }

    /** The last line of a group: its own table and every {@code hooks.<Event>.hooks} table after it. */
    private static int groupEndLine(SourceText st, HookEvent event, int first) {
        String sub = "hooks." + event.tomlName() + ".hooks";
        int last = first;
        for (int l = first + 1; l <= st.lineCount(); l++) {
            String h = header(st.lineText(l));
            if (h != null && !(h.equals(sub) || h.startsWith(sub + "."))) {
                break;
            }
            last = l;
        }
        return trimBlank(st, first, last);
    }

    private static int trimBlank(SourceText st, int first, int last) {
        while (last > first && st.lineText(last).isBlank()) {
            last--;
        }
        return last;
    }

    /** Deletes lines {@code first..last} and, when the block stood after a blank line, one blank line before it. */
    private static String deleteLines(SourceText st, int first, int last) {
        String text = st.text();
        int from = st.lineStart(first);
        int to = st.lineEndInclusive(last);
        boolean blankBefore = first > 1 && st.lineText(first - 1).isBlank();
        boolean blankAfter = last >= st.lineCount() || st.lineText(last + 1).isBlank();
        if (blankBefore && blankAfter && first > 1) {
            from = st.lineStart(first - 1);
        }
        return text.substring(0, from) + text.substring(to);
    }
}
