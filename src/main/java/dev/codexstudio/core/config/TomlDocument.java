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
 * <p>Built on tomlj 2.2, which keeps the source layout: an unedited document renders to its original
 * text, and an edit changes only its own lines (comments, blank lines, quoting, CRLF all kept). A UTF-8
 * byte-order mark is kept by {@link SourceText}.
 */
public final class TomlDocument {

    private final SourceText source;
    private final TomlParseResult parsed;
    private boolean edited;

    private TomlDocument(SourceText source, TomlParseResult parsed) {
        this.source = source;
        this.parsed = parsed;
    }

    public static TomlDocument parse(SourceText source) {
        Objects.requireNonNull(source, "source");
        return new TomlDocument(source, Toml.parse(source.text()));
    }

    public SourceText source() {
        return source;
    }

    /** The parsed table (partial when there are syntax errors). */
    public TomlTable table() {
        return parsed;
    }

    public boolean hasSyntaxErrors() {
        return parsed.hasErrors();
    }

    /** Syntax errors with their positions, in file order. */
    public List<SyntaxError> syntaxErrors() {
        List<SyntaxError> out = new ArrayList<>();
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

    /** Sets a value (String, Long, Boolean, Double, TomlArray, TomlTable…), creating tables as needed. */
    public void set(List<String> keyPath, Object value) {
        requireEditable();
        parsed.set(keyPath, value);
        edited = true;
    }

    /** Removes a key; returns whether it was there. */
    public boolean remove(List<String> keyPath) {
        requireEditable();
        if (!parsed.contains(keyPath)) {
            return false;
        }
        parsed.remove(keyPath);
        edited = true;
        return true;
    }

    /** The mutable table, for edits that the simple setters cannot express. Marks the document edited. */
    public MutableTomlTable editableTable() {
        requireEditable();
        edited = true;
        return parsed;
    }

    private void requireEditable() {
        if (parsed.hasErrors()) {
            throw new IllegalStateException(source.path() + " has TOML syntax errors; fix them before editing");
        }
    }

    public boolean isEdited() {
        return edited && parsed.isModified();
    }

    /** The document's text: the original text when nothing was edited. */
    public String render() {
        if (!isEdited()) {
            return source.text();
        }
        return parsed.toToml();
    }

    /** The document as it would be written (byte-order mark kept). */
    public SourceText toSourceText() {
        return isEdited() ? source.withText(render()) : source;
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
