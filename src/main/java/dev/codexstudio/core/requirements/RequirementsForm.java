package dev.codexstudio.core.requirements;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.keys.TomlSpans;
import dev.codexstudio.core.config.keys.TypeExpr;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookHandler;
import dev.codexstudio.core.hooks.HookSource;
import dev.codexstudio.core.hooks.InlineHooksReader;
import dev.codexstudio.core.hooks.MatcherGroup;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The keys of a {@code requirements.toml} that the requirements form edits, read from its text, and the edits
 * themselves as text-to-text functions: each changes only what it must (an item added to or removed from a list
 * touches only that item, its line in a multi-line list; a toggled value only its value), so comments and layout
 * survive (ADR 0004). An edit that would not leave valid TOML is refused with {@link IllegalStateException}.
 */
public final class RequirementsForm {

    public static final String APPROVALS = "allowed_approval_policies";
    public static final String SANDBOXES = "allowed_sandbox_modes";
    public static final String MANAGED_HOOKS_ONLY = "allow_managed_hooks_only";
    public static final List<String> DENY_READ = List.of("permissions", "filesystem", "deny_read");

    private static final java.nio.file.Path SCRATCH = java.nio.file.Path.of("requirements.toml");

    private RequirementsForm() {
    }

    /** One managed hook handler of the {@code [hooks]} table (read-only here). */
    public record ManagedHook(String event, String matcher, String handler, SourcePosition position) {
    }

    /**
     * What the form shows.
     *
     * @param approvals        {@code allowed_approval_policies} as written ({@code granular} for a table entry), or
     *                         {@code null} when the key is absent (no restriction)
     * @param sandboxes        {@code allowed_sandbox_modes}, or {@code null} when absent
     * @param denyRead         {@code [permissions.filesystem] deny_read} (string entries), empty when absent
     * @param featurePins      feature → pinned value, in file order
     * @param featuresTable    the table the pins are in ({@code features}, or its alias {@code feature_requirements})
     * @param managedHooksOnly {@code allow_managed_hooks_only}, or {@code null} when absent
     * @param managedHooks     the {@code [hooks]} handlers, in Codex's event order
     * @param managedDir       {@code [hooks] managed_dir}, or {@code null}
     */
    public record Values(List<String> approvals, List<String> sandboxes, List<String> denyRead,
            Map<String, Boolean> featurePins, String featuresTable, Boolean managedHooksOnly,
            List<ManagedHook> managedHooks, String managedDir) {
    }

    /** The exact values Codex accepts in {@code allowed_approval_policies} (plus the {@code granular} table form). */
    public static List<String> approvalValues() {
        return enumValues(APPROVALS);
    }

    /** The exact values Codex accepts in {@code allowed_sandbox_modes}. */
    public static List<String> sandboxValues() {
        return enumValues(SANDBOXES);
    }

    /** The feature names Codex 0.169 knows (for new pins), sorted. */
    public static List<String> knownFeatures() {
        return KeyCatalogue.bundled().overlay().features().keySet().stream().sorted().toList();
    }

    private static List<String> enumValues(String key) {
        KeyCatalogue c = KeyCatalogue.bundled();
        TypeExpr item = c.typeAt(c.requirementsRoot(), List.of(key, "0")).orElseThrow();
        if (item instanceof TypeExpr.OneOf o) {
            for (TypeExpr alt : o.alternatives()) {
                if (c.resolve(alt) instanceof TypeExpr.EnumType e) {
                    return e.values();
                }
            }
        }
        if (item instanceof TypeExpr.EnumType e) {
            return e.values();
        }
        throw new IllegalStateException("no enumeration for " + key);
    }

    /** Reads the form's values (a document with syntax errors gives what tomlj could read). */
    public static Values read(TomlDocument doc) {
        TomlTable t = doc.table();
        List<String> approvals = t.get(List.of(APPROVALS)) instanceof TomlArray a ? entries(a) : null;
        List<String> sandboxes = t.get(List.of(SANDBOXES)) instanceof TomlArray a ? entries(a) : null;
        List<String> denyRead = new ArrayList<>();
        Object dr = safeGet(t, DENY_READ);
        if (dr instanceof TomlArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof String s) {
                    denyRead.add(s);
                }
            }
        }
        String table = !t.isTable("features") && t.isTable("feature_requirements") ? "feature_requirements" : "features";
        Map<String, Boolean> pins = new LinkedHashMap<>();
        if (t.isTable(table)) {
            TomlTable ft = t.getTable(table);
            for (String k : ft.keySet()) {
                if (ft.get(List.of(k)) instanceof Boolean b) {
                    pins.put(k, b);
                }
            }
        }
        Boolean managedOnly = t.get(List.of(MANAGED_HOOKS_ONLY)) instanceof Boolean b ? b : null;
        List<ManagedHook> hooks = new ArrayList<>();
        Optional<HookSource> source = InlineHooksReader.readRequirements(doc, "requirements").optionalSource();
        source.ifPresent(s -> s.events().forEach((HookEvent event, List<MatcherGroup> groups) -> {
            for (MatcherGroup g : groups) {
                for (HookHandler h : g.handlers()) {
                    hooks.add(new ManagedHook(event.tomlName(), g.matcher(), describe(h), h.position()));
                }
            }
        }));
        String managedDir = safeGet(t, List.of("hooks", "managed_dir")) instanceof String s ? s : null;
        return new Values(approvals, sandboxes, List.copyOf(denyRead), pins, table, managedOnly, List.copyOf(hooks),
                managedDir);
    }

    private static Object safeGet(TomlTable t, List<String> path) {
        try {
            return t.get(path);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> entries(TomlArray a) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Object v = a.get(i);
            if (v instanceof String s) {
                out.add(s);
            } else if (v instanceof TomlTable tt && tt.keySet().size() == 1) {
                out.add(tt.keySet().iterator().next());
            }
        }
        return List.copyOf(out);
    }

    private static String describe(HookHandler h) {
        if (h instanceof HookHandler.Command c) {
            return c.command();
        }
        if (h instanceof HookHandler.McpTool m) {
            return "mcp_tool " + m.server() + " / " + m.tool();
        }
        return h.type() + " (Codex skips this handler type)";
    }

    // ---- edits -------------------------------------------------------------------------------------------------

    /**
     * Allows or forbids one value of {@code allowed_approval_policies} / {@code allowed_sandbox_modes}. When the key
     * is absent (everything allowed), forbidding a value writes the list of every other value; allowing is then a
     * no-op.
     */
    public static String setAllowed(String text, String key, List<String> allValues, String value, boolean allowed) {
        TomlParseResult parsed = parse(text);
        if (!(parsed.get(List.of(key)) instanceof TomlArray arr)) {
            if (allowed) {
                return text;
            }
            List<String> rest = allValues.stream().filter(v -> !v.equals(value)).toList();
            return set(text, List.of(key), rest);
        }
        List<String> current = entries(arr);
        if (allowed) {
            return current.contains(value) ? text : addItem(text, List.of(key), value);
        }
        String out = text;
        for (int i = arr.size() - 1; i >= 0; i--) {
            if (value.equals(arr.get(i))) {
                out = removeItem(out, List.of(key), i);
            }
        }
        return out;
    }

    /** Removes a whole allow-list (no restriction any more). */
    public static String clear(String text, String key) {
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(SCRATCH, text));
        doc.remove(List.of(key));
        return doc.render();
    }

    /** Appends an entry to {@code deny_read} (creating {@code [permissions.filesystem]} when needed). */
    public static String addDenyRead(String text, String entry) {
        TomlParseResult parsed = parse(text);
        if (!(safeGet(parsed, DENY_READ) instanceof TomlArray)) {
            return set(text, DENY_READ, List.of(entry));
        }
        return addItem(text, DENY_READ, entry);
    }

    /** Replaces the {@code index}-th entry of {@code deny_read}. */
    public static String replaceDenyRead(String text, int index, String entry) {
        return editItems(text, DENY_READ, (spans, items) -> {
            Item it = items.get(index);
            return text.substring(0, it.start()) + TomlDocument.renderValue(entry) + text.substring(it.end());
        });
    }

    /** Removes the {@code index}-th entry of {@code deny_read}. */
    public static String removeDenyRead(String text, int index) {
        return removeItem(text, DENY_READ, index);
    }

    /**
     * Pins a feature ({@code value} true/false) or removes the pin ({@code null}). An existing pin keeps its line
     * and only its value changes; an inline {@code feature_requirements = { … }} table is edited in place.
     */
    public static String setPin(String text, String feature, Boolean value) {
        TomlParseResult parsed = parse(text);
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(SCRATCH, text));
        String table = read(doc).featuresTable();
        List<String> path = List.of(table, feature);
        TomlSpans spans = TomlSpans.of(text);
        int tableValue = spans.span(List.of(table)).map(TomlSpans.Span::valueOffset).orElse(-1);
        boolean inline = tableValue >= 0 && tableValue < text.length() && text.charAt(tableValue) == '{';
        boolean exists = parsed.get(path) != null;
        String out;
        if (value != null && exists) {
            int start = spans.span(path).map(TomlSpans.Span::valueOffset).orElse(-1);
            if (start < 0) {
                throw new IllegalStateException("cannot locate " + TomlDocument.joinKey(path));
            }
            out = text.substring(0, start) + value + text.substring(valueEnd(text, start));
        } else if (inline && value != null) {
            int close = valueEnd(text, tableValue) - 1;
            int last = close - 1;
            while (last > tableValue && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            String entry = TomlDocument.joinKey(List.of(feature)) + " = " + value;
            out = last == tableValue ? text.substring(0, tableValue + 1) + " " + entry + " " + text.substring(close)
                    : text.substring(0, last + 1) + ", " + entry + text.substring(last + 1);
        } else if (inline) {
            if (!exists) {
                return text;
            }
            int key = spans.span(path).map(TomlSpans.Span::keyOffset).orElse(-1);
            int start = spans.span(path).map(TomlSpans.Span::valueOffset).orElse(-1);
            if (key < 0 || start < 0) {
                throw new IllegalStateException("cannot locate " + TomlDocument.joinKey(path));
            }
            int end = valueEnd(text, start);
            int after = skipSpaces(text, end);
            if (after < text.length() && text.charAt(after) == ',') {
                out = text.substring(0, key) + text.substring(skipSpaces(text, after + 1));
            } else {
                int before = key - 1;
                while (before > tableValue && Character.isWhitespace(text.charAt(before))) {
                    before--;
                }
                out = text.charAt(before) == ',' ? text.substring(0, before) + text.substring(end)
                        : text.substring(0, key) + text.substring(end);
            }
        } else if (value == null) {
            doc.remove(path);
            out = doc.render();
        } else {
            doc.set(path, value);
            out = doc.render();
        }
        TomlParseResult check = Toml.parse(out);
        if (check.hasErrors()) {
            throw new IllegalStateException("edit would produce invalid TOML: " + check.errors().get(0));
        }
        return out;
    }

    /** Sets {@code allow_managed_hooks_only}. */
    public static String setManagedHooksOnly(String text, boolean value) {
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(SCRATCH, text));
        if (!value && doc.table().get(List.of(MANAGED_HOOKS_ONLY)) == null) {
            return text;
        }
        doc.set(List.of(MANAGED_HOOKS_ONLY), value);
        return doc.render();
    }

    private static String set(String text, List<String> path, List<String> values) {
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(SCRATCH, text));
        doc.set(path, array(values));
        return doc.render();
    }

    private static TomlArray array(List<String> values) {
        StringBuilder sb = new StringBuilder("v = [");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(TomlDocument.renderValue(values.get(i)));
        }
        return Toml.parse(sb.append("]").toString()).getArray("v");
    }

    private static TomlParseResult parse(String text) {
        TomlParseResult r = Toml.parse(text);
        if (r.hasErrors()) {
            throw new IllegalStateException("the file has TOML syntax errors; fix them in the text first");
        }
        return r;
    }

    /** One array item's text range. */
    private record Item(int start, int end) {
    }

    private interface ItemEdit {
        String apply(TomlSpans spans, List<Item> items);
    }

    private static String editItems(String text, List<String> path, ItemEdit edit) {
        TomlParseResult parsed = parse(text);
        if (!(safeGet(parsed, path) instanceof TomlArray arr)) {
            throw new IllegalStateException(TomlDocument.joinKey(path) + " is not a list");
        }
        TomlSpans spans = TomlSpans.of(text);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            List<String> p = new ArrayList<>(path);
            p.add(Integer.toString(i));
            int start = spans.span(p).map(TomlSpans.Span::valueOffset).orElse(-1);
            if (start < 0) {
                throw new IllegalStateException("cannot locate item " + i + " of " + TomlDocument.joinKey(path));
            }
            items.add(new Item(start, valueEnd(text, start)));
        }
        String out = edit.apply(spans, items);
        TomlParseResult check = Toml.parse(out);
        if (check.hasErrors()) {
            throw new IllegalStateException("edit would produce invalid TOML: " + check.errors().get(0));
        }
        return out;
    }

    private static String removeItem(String text, List<String> path, int index) {
        return editItems(text, path, (spans, items) -> {
            Item it = items.get(index);
            int lineStart = text.lastIndexOf('\n', it.start() - 1) + 1;
            int nl = text.indexOf('\n', it.end());
            int lineEnd = nl < 0 ? text.length() : nl + 1;
            String before = text.substring(lineStart, it.start());
            String after = text.substring(it.end(), lineEnd).strip();
            boolean ownLine = before.isBlank() && (after.isEmpty() || after.equals(",") || after.startsWith("#")
                    || after.startsWith(",") && after.substring(1).strip().startsWith("#"));
            if (ownLine && items.stream().noneMatch(o -> o != it && o.start() >= lineStart && o.start() < lineEnd)) {
                return text.substring(0, lineStart) + text.substring(lineEnd);
            }
            if (index < items.size() - 1) {
                return text.substring(0, it.start()) + text.substring(items.get(index + 1).start());
            }
            if (index > 0) {
                return text.substring(0, items.get(index - 1).end()) + text.substring(it.end());
            }
            int end = it.end();
            int comma = skipSpaces(text, end);
            if (comma < text.length() && text.charAt(comma) == ',') {
                end = comma + 1;
            }
            return text.substring(0, it.start()) + text.substring(end);
        });
    }

    private static String addItem(String text, List<String> path, String value) {
        String literal = TomlDocument.renderValue(value);
        return editItems(text, path, (spans, items) -> {
            if (items.isEmpty()) {
                int open = spans.valueOffset(path);
                if (open < 0 || open >= text.length() || text.charAt(open) != '[') {
                    throw new IllegalStateException("cannot locate the list " + TomlDocument.joinKey(path));
                }
                return text.substring(0, open + 1) + literal + text.substring(open + 1);
            }
            Item last = items.get(items.size() - 1);
            int lineStart = text.lastIndexOf('\n', last.start() - 1) + 1;
            int lineEnd = text.indexOf('\n', last.end());
            String before = text.substring(lineStart, last.start());
            String rest = lineEnd < 0 ? "" : text.substring(last.end(), lineEnd).strip();
            boolean trailingComma = rest.startsWith(",");
            boolean ownLine = lineEnd >= 0 && before.isBlank() && (rest.isEmpty() || rest.startsWith("#")
                    || trailingComma && (rest.length() == 1 || rest.substring(1).strip().startsWith("#")));
            if (ownLine) {
                String nl = lineEnd > 0 && text.charAt(lineEnd - 1) == '\r' ? "\r\n" : "\n";
                String head = trailingComma ? text.substring(0, lineEnd + 1)
                        : text.substring(0, last.end()) + "," + text.substring(last.end(), lineEnd + 1);
                return head + before + literal + (trailingComma ? "," : "") + nl + text.substring(lineEnd + 1);
            }
            return text.substring(0, last.end()) + ", " + literal + text.substring(last.end());
        });
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** End offset (exclusive) of the TOML value starting at {@code start}. */
    static int valueEnd(String text, int start) {
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            return stringEnd(text, start);
        }
        if (c == '[' || c == '{') {
            int depth = 0;
            int i = start;
            while (i < text.length()) {
                char d = text.charAt(i);
                if (d == '"' || d == '\'') {
                    i = stringEnd(text, i);
                    continue;
                }
                if (d == '#') {
                    int nl = text.indexOf('\n', i);
                    i = nl < 0 ? text.length() : nl;
                    continue;
                }
                if (d == '[' || d == '{') {
                    depth++;
                } else if (d == ']' || d == '}') {
                    depth--;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
                i++;
            }
            return text.length();
        }
        int i = start;
        while (i < text.length() && ",]}#\n\r \t".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int stringEnd(String text, int start) {
        char q = text.charAt(start);
        String triple = String.valueOf(q).repeat(3);
        if (text.startsWith(triple, start)) {
            int i = start + 3;
            while (i < text.length()) {
                if (q == '"' && text.charAt(i) == '\\') {
                    i += 2;
                    continue;
                }
                if (text.startsWith(triple, i)) {
                    int end = i + 3;
                    while (end < text.length() && text.charAt(end) == q && end - i < 5) {
                        end++;
                    }
                    return end;
                }
                i++;
            }
            return text.length();
        }
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != q && text.charAt(i) != '\n') {
            i += q == '"' && text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }
}
