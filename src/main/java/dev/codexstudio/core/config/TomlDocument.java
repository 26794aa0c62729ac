package dev.codexstudio.core.config;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tomlj.MutableTomlTable;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * A TOML file that can be read, edited and written back without disturbing what was not edited.
 *
 * <p>Parsing and positions come from tomlj 2.2. Edits are applied to the text itself: an unedited document
 * renders to its original text, and an edit changes only its own lines (comments, blank lines, quoting,
 * CRLF all kept). A UTF-8 byte-order mark is kept by {@link SourceText}. The document is re-parsed after
 * each edit, so positions stay right.
 */
public final class TomlDocument {

    private final SourceText source;
    private TomlParseResult parsed;
    private String text;
    private SourceText current;
    private boolean edited;
    private SyntaxError parserFailure;

    private TomlDocument(SourceText source, TomlParseResult parsed) {
        this.source = source;
        this.parsed = parsed;
        this.text = source.text();
    }

    /**
     * Forgets the parses shared by text ({@link TomlParseCache}): the next read of every file parses it again, as
     * on the studio's first scan. For the {@code load} benchmark, which measures that first scan.
     */
    public static void forgetSharedParses() {
        TomlParseCache.shared().clear();
    }

    public static TomlDocument parse(SourceText source) {
        Objects.requireNonNull(source, "source");
        try {
            return new TomlDocument(source, TomlParseCache.shared().get(source.text(), Toml::parse));
        } catch (RuntimeException | StackOverflowError e) {
            // a tomlj bug on some malformed input (found by fuzzing): report it as a syntax error, keep the text
            TomlDocument doc = new TomlDocument(source, Toml.parse(""));
            doc.parserFailure = new SyntaxError(new SourcePosition(source.path(), 1, 1),
                    "this file could not be read as TOML (the TOML parser failed with "
                            + e.getClass().getSimpleName() + "); check it for an unclosed table, array or string");
            return doc;
        }
    }

    /** The document's current text (after edits), with its path and byte-order mark. */
    public SourceText source() {
        return toSourceText();
    }

    /** The text as it was read, before any edit. */
    public SourceText originalSource() {
        return source;
    }

    /** The parsed table (partial when there are syntax errors). */
    public TomlTable table() {
        return parsed;
    }

    public boolean hasSyntaxErrors() {
        return parserFailure != null || parsed.hasErrors();
    }

    /** Syntax errors with their positions, in file order. */
    public List<SyntaxError> syntaxErrors() {
        List<SyntaxError> out = new ArrayList<>();
        if (parserFailure != null) {
            out.add(parserFailure);
        }
        for (TomlParseError e : parsed.errors()) {
            TomlPosition p = e.position();
            int line = p == null ? 1 : Math.max(1, p.line());
            int col = p == null ? 1 : Math.max(1, p.column());
            out.add(new SyntaxError(new SourcePosition(source.path(), line, col), e.getMessage()));
        }
        return out;
    }

    /** A TOML syntax error. */
    public record SyntaxError(SourcePosition position, String message) {
    }

    /** Where a key (dotted path, already split) was written, if it is in this file. */
    public Optional<SourcePosition> positionOf(List<String> keyPath) {
        if (keyPath.isEmpty()) {
            return Optional.empty();
        }
        try {
            TomlPosition p = parsed.inputPositionOf(keyPath);
            if (p != null) {
                return Optional.of(new SourcePosition(source.path(), p.line(), p.column()));
            }
        } catch (RuntimeException e) {
            // a path through an array or a value: fall back to the parent below
        }
        return Optional.empty();
    }

    /**
     * Position of a path that may go through arrays of tables: segments that are decimal numbers index
     * arrays (as in {@code hooks.PreToolUse.0.matcher}). Falls back to the nearest located ancestor.
     */
    public SourcePosition locate(List<String> path) {
        SourcePosition best = null;
        Object node = parsed;
        List<String> tablePath = new ArrayList<>();
        for (String seg : path) {
            if (node instanceof TomlTable t) {
                if (!t.contains(List.of(seg))) {
                    break;
                }
                TomlPosition p = safePosition(t, seg);
                if (p != null) {
                    best = new SourcePosition(source.path(), p.line(), p.column());
                }
                node = t.get(List.of(seg));
                tablePath.add(seg);
            } else if (node instanceof TomlArray a) {
                int idx;
                try {
                    idx = Integer.parseInt(seg);
                } catch (NumberFormatException e) {
                    break;
                }
                if (idx < 0 || idx >= a.size()) {
                    break;
                }
                TomlPosition p = safeArrayPosition(a, idx);
                if (p != null) {
                    best = new SourcePosition(source.path(), p.line(), p.column());
                }
                node = a.get(idx);
            } else {
                break;
            }
        }
        return best != null ? best : new SourcePosition(source.path(), 1, 1);
    }

    /**
     * {@link #locate} one step at a time, for a walk down this document's tables: the position of {@code key} in
     * {@code table} (a table of this document reached through keys whose last position found is
     * {@code parentBest}), or {@code parentBest} when tomlj has none for it. Null when nothing was found yet;
     * {@link #locateFallback} is then what {@link #locate} returns.
     */
    SourcePosition locateStep(TomlTable table, String key, SourcePosition parentBest) {
        TomlPosition p = safePosition(table, key);
        return p != null ? new SourcePosition(source.path(), p.line(), p.column()) : parentBest;
    }

    /** What {@link #locate} returns when no key of the path has a position: the file's first line. */
    SourcePosition locateFallback() {
        return new SourcePosition(source.path(), 1, 1);
    }

    private static TomlPosition safePosition(TomlTable t, String key) {
        try {
            return t.inputPositionOf(List.of(key));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static TomlPosition safeArrayPosition(TomlArray a, int idx) {
        try {
            return a.inputPositionOf(idx);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Sets a value (String, Long, Boolean, Double, TomlArray, TomlTable…), creating tables as needed. An
     * existing key keeps its line: only the value text changes (its trailing comment stays). A new key is
     * inserted where tomlj places it (at the end of its table, or a new table at the end of the file), and
     * nothing else in the file changes.
     */
    public void set(List<String> keyPath, Object value) {
        requireEditable();
        Optional<Span> span = span(keyPath);
        String next;
        if (span.isPresent() && !span.get().inline() && !(current().get(keyPath) instanceof TomlTable)) {
            next = replaceValue(span.get(), renderValue(value));
        } else {
            TomlParseResult copy = Toml.parse(text);
            copy.set(keyPath, value);
            next = keepOnlyInsertionsAndLineChanges(text, copy.toToml(), span.map(Span::startLine).orElse(-1));
        }
        apply(next);
    }

    /** Removes a key (and only its lines); returns whether it was there. */
    public boolean remove(List<String> keyPath) {
        requireEditable();
        if (!parsed.contains(keyPath)) {
            return false;
        }
        Optional<Span> span = span(keyPath);
        String next;
        if (span.isPresent() && !span.get().inline() && !(current().get(keyPath) instanceof TomlTable)) {
            next = deleteLines(span.get());
        } else {
            TomlParseResult copy = Toml.parse(text);
            copy.remove(keyPath);
            next = copy.toToml();
        }
        apply(next);
        return true;
    }

    private TomlTable current() {
        return parsed;
    }

    private void apply(String next) {
        if (next.equals(text)) {
            return;
        }
        TomlParseResult reparsed;
        try {
            reparsed = Toml.parse(next);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalStateException("edit would produce TOML the parser cannot read", e);
        }
        if (reparsed.hasErrors()) {
            throw new IllegalStateException("edit would produce invalid TOML: " + reparsed.errors().get(0));
        }
        text = next;
        parsed = reparsed;
        edited = true;
    }

    private void requireEditable() {
        if (hasSyntaxErrors()) {
            throw new IllegalStateException(source.path() + " has TOML syntax errors; fix them before editing");
        }
    }

    /** Lines (0-based, inclusive) that a key/value occupies, and whether it sits inside an inline table. */
    record Span(int startLine, int endLine, int keyColumn, boolean inline) {
    }

    private Optional<Span> span(List<String> keyPath) {
        TomlPosition p;
        try {
            p = parsed.inputPositionOf(keyPath);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (p == null) {
            return Optional.empty();
        }
        List<String> lines = lines(text);
        int start = p.line() - 1;
        if (start < 0 || start >= lines.size()) {
            return Optional.empty();
        }
        String first = lines.get(start);
        int col = Math.max(0, p.column() - 1);
        boolean inline = col > first.length() || !first.substring(0, Math.min(col, first.length())).isBlank()
                || first.stripLeading().startsWith("[");
        if (inline) {
            return Optional.of(new Span(start, start, col, true));
        }
        StringBuilder snippet = new StringBuilder();
        for (int end = start; end < lines.size() && end < start + 10_000; end++) {
            snippet.append(stripNewline(lines.get(end))).append('\n');
            TomlParseResult r = Toml.parse(snippet.toString());
            if (!r.hasErrors()) {
                return Optional.of(new Span(start, end, col, false));
            }
        }
        return Optional.empty();
    }

    private String replaceValue(Span span, String renderedValue) {
        List<String> lines = lines(text);
        String first = lines.get(span.startLine());
        String last = lines.get(span.endLine());
        String lastBody = stripNewline(last);
        String newline = last.substring(lastBody.length());
        int eq = assignmentIndex(first, span.keyColumn());
        String head = first.substring(0, eq + 1);
        String afterEq = first.substring(eq + 1);
        String spacing = afterEq.substring(0, afterEq.length() - afterEq.stripLeading().length());
        if (spacing.contains("\n") || spacing.contains("\r")) {
            spacing = " ";
        }
        String comment = trailingComment(span.startLine() == span.endLine() ? lastBody.substring(eq + 1) : lastBody);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < span.startLine(); i++) {
            out.append(lines.get(i));
        }
        out.append(head).append(spacing.isEmpty() ? " " : spacing).append(renderedValue).append(comment).append(newline);
        for (int i = span.endLine() + 1; i < lines.size(); i++) {
            out.append(lines.get(i));
        }
        return out.toString();
    }

    private String deleteLines(Span span) {
        List<String> lines = lines(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i < span.startLine() || i > span.endLine()) {
                out.append(lines.get(i));
            }
        }
        return out.toString();
    }

    /** Index of the {@code =} that follows the key starting at {@code keyColumn} (quotes respected). */
    private static int assignmentIndex(String line, int keyColumn) {
        int i = firstUnquoted(line, keyColumn, '=');
        if (i < 0) {
            throw new IllegalStateException("no `=` after the key in: " + line);
        }
        return i;
    }

    /** The {@code   # comment} ending a value's last line (with the whitespace before it), or "". */
    private static String trailingComment(String afterValueStart) {
        int hash = firstUnquoted(afterValueStart, 0, '#');
        if (hash < 0) {
            return "";
        }
        int ws = hash;
        while (ws > 0 && Character.isWhitespace(afterValueStart.charAt(ws - 1))) {
            ws--;
        }
        return afterValueStart.substring(ws);
    }

    /** Index of the first {@code target} at or after {@code from} outside TOML quotes, or -1. */
    private static int firstUnquoted(String s, int from, char target) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == target) {
                return i;
            }
        }
        return -1;
    }

    /** A value as TOML source text, e.g. {@code "gpt-5"}, {@code true}, {@code ["a", "b"]}. */
    public static String renderValue(Object value) {
        MutableTomlTable t = MutableTomlTable.create();
        t.set("v", value);
        String rendered = t.toToml().strip();
        if (!rendered.startsWith("v = ")) {
            throw new IllegalArgumentException("cannot render " + value + " as an inline TOML value");
        }
        return rendered.substring("v = ".length());
    }

    /**
     * Applies to {@code original} only the parts of {@code edited} that are insertions, or changes of the
     * one line {@code keepLine} (0-based; -1 for none): tomlj sometimes reflows comment blocks elsewhere in
     * a table it touches, and those collateral changes must not reach the user's file.
     */
    static String keepOnlyInsertionsAndLineChanges(String original, String edited, int keepLine) {
        List<String> a = lines(original);
        List<String> b = lines(edited);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = sameLine(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sameLine(a.get(i), b.get(j))) {
                String line = a.get(i);
                out.append(line);
                if (!line.endsWith("\n") && j < m - 1) {
                    out.append(b.get(j).substring(stripNewline(b.get(j)).length()));
                }
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                boolean replacesKeepLine = i == keepLine && i < n;
                if (replacesKeepLine || !looksLikeReflow(b.get(j), i < n ? a.get(i) : null)) {
                    out.append(b.get(j));
                }
                j++;
            } else {
                if (i != keepLine) {
                    out.append(a.get(i));
                }
                i++;
            }
        }
        String result = out.toString();
        if (!original.isEmpty() && (original.endsWith("\n")) && !result.endsWith("\n") && !result.isEmpty()) {
            result += original.endsWith("\r\n") ? "\r\n" : "\n";
        }
        return result;
    }

    /** Lines equal apart from their terminator (the last line of a file may have none). */
    private static boolean sameLine(String x, String y) {
        return stripNewline(x).equals(stripNewline(y));
    }

    /** A line tomlj emitted in place of an original blank or comment line (not a real insertion). */
    private static boolean looksLikeReflow(String inserted, String originalAtThatPoint) {
        String t = inserted.strip();
        return t.equals("#") && originalAtThatPoint != null && originalAtThatPoint.isBlank();
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static String stripNewline(String line) {
        if (line.endsWith("\r\n")) {
            return line.substring(0, line.length() - 2);
        }
        if (line.endsWith("\n")) {
            return line.substring(0, line.length() - 1);
        }
        return line;
    }

    public boolean isEdited() {
        return edited && !text.equals(source.text());
    }

    /** The document's text: the original text when nothing was edited. */
    public String render() {
        return isEdited() ? text : source.text();
    }

    /** The document as it would be written (byte-order mark kept). */
    public SourceText toSourceText() {
        if (!isEdited()) {
            return source;
        }
        SourceText c = current;
        if (c == null || !c.text().equals(text)) {
            c = source.withText(text);
            current = c;
        }
        return c;
    }

    /** Splits a dotted key such as {@code hooks.state."a:b".enabled}. */
    public static List<String> parseKey(String dotted) {
        return Toml.parseDottedKey(dotted);
    }

    /** Joins key segments, quoting where TOML needs it. */
    public static String joinKey(List<String> path) {
        return Toml.joinKeyPath(path);
    }
}
