package dev.codexstudio.core.hooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Format-preserving edits of a {@code hooks.json} text: set or remove a group's {@code matcher} or a handler's
 * field, add a matcher group or a handler, remove a handler or a group. Only the edited span changes; every other
 * byte of the file stays as it was. New members and elements take the indentation of their siblings (or the
 * file's indentation unit, detected from its first indented line; two spaces in an empty file), the file's line
 * separator, and serde_json's string escaping. Every method returns the new text, or empty when the text is not
 * JSON or has no such group or handler (the text is never guessed at).
 */
public final class HooksJsonWriter implements HookFileEdits {

    /** The shared instance (the writer keeps no state). */
    public static final HooksJsonWriter INSTANCE = new HooksJsonWriter();

    private HooksJsonWriter() {
    }

    @Override
    public Optional<String> setMatcher(String text, HookEvent event, int group, String matcher) {
        return edit(text, doc -> {
            Obj g = doc.group(event, group);
            return g == null ? null : doc.setMember(g, "matcher", matcher);
        });
    }

    @Override
    public Optional<String> setField(String text, HookEvent event, int group, int handler, String field, Object value) {
        return edit(text, doc -> {
            Obj h = doc.handler(event, group, handler);
            if (h == null) {
                return null;
            }
            if (value == null && (field.equals("commandWindows") || field.equals("command_windows"))) {
                // either spelling may be written: remove whichever is there
                String t = doc.text;
                if (h.member("command_windows") != null) {
                    t = doc.setMember(h, "command_windows", null);
                    Doc again = Doc.parse(t);
                    if (again == null) {
                        return null;
                    }
                    h = again.handler(event, group, handler);
                    doc = again;
                }
                return h.member("commandWindows") == null ? t : doc.setMember(h, "commandWindows", null);
            }
            if (field.equals("commandWindows") && h.member("command_windows") != null) {
                return doc.setMember(h, "command_windows", value);
            }
            return doc.setMember(h, field, value);
        });
    }

    @Override
    public Optional<String> addGroup(String text, HookEvent event, String matcher, Map<String, Object> handler) {
        Map<String, Object> group = new java.util.LinkedHashMap<>();
        if (matcher != null) {
            group.put("matcher", matcher);
        }
        group.put("hooks", List.of(handler));
        if (text.isBlank()) {
            String nl = "\n";
            Map<String, Object> root = Map.of("hooks", Map.of(event.tomlName(), List.of(group)));
            return Optional.of(text + render(root, "", "  ", nl) + nl);
        }
        return edit(text, doc -> {
            if (!(doc.root instanceof Obj root)) {
                return null;
            }
            Member hooks = root.member("hooks");
            if (hooks == null) {
                return doc.setMember(root, "hooks", Map.of(event.tomlName(), List.of(group)));
            }
            if (!(hooks.value instanceof Obj events)) {
                return null;
            }
            Member list = events.member(event.tomlName());
            if (list == null) {
                return doc.setMember(events, event.tomlName(), List.of(group));
            }
            if (!(list.value instanceof Arr arr)) {
                return null;
            }
            return doc.append(arr, group);
        });
    }

    @Override
    public Optional<String> addHandler(String text, HookEvent event, int group, Map<String, Object> handler) {
        return edit(text, doc -> {
            Obj g = doc.group(event, group);
            if (g == null) {
                return null;
            }
            Member hs = g.member("hooks");
            if (hs == null) {
                return doc.setMember(g, "hooks", List.of(handler));
            }
            return hs.value instanceof Arr arr ? doc.append(arr, handler) : null;
        });
    }

    @Override
    public Optional<String> removeHandler(String text, HookEvent event, int group, int handler) {
        return edit(text, doc -> {
            Obj g = doc.group(event, group);
            if (g == null || !(g.member("hooks") != null && g.member("hooks").value instanceof Arr arr)
                    || handler < 0 || handler >= arr.items.size()) {
                return null;
            }
            if (arr.items.size() == 1) {
                return doc.removeElement(doc.groups(event), group);
            }
            return doc.removeElement(arr, handler);
        });
    }

    @Override
    public Optional<String> removeGroup(String text, HookEvent event, int group) {
        return edit(text, doc -> {
            Arr groups = doc.groups(event);
            if (groups == null || group < 0 || group >= groups.items.size()) {
                return null;
            }
            if (groups.items.size() == 1) {
                Obj events = doc.events();
                return doc.setMember(events, event.tomlName(), null);
            }
            return doc.removeElement(groups, group);
        });
    }

    /**
     * Moves every top-level member other than {@code description} and {@code hooks} (the events Codex rejects at
     * the top level) inside the top-level {@code "hooks"} object, by text edits: the moved members keep their
     * bytes and key order, shifted one indentation unit to the right; {@code "hooks"} takes the place of the first
     * moved member (or keeps its own, the moved ones appended to it); every other byte stays. Empty when the text
     * is not a JSON object, nothing is at the top level, {@code "hooks"} is not an object or already has one of the
     * moved keys (nothing is merged or dropped silently).
     */
    public Optional<String> wrapEventsInHooks(String text) {
        return edit(text, doc -> {
            if (!(doc.root instanceof Obj root) || root.members.isEmpty()) {
                return null;
            }
            List<Member> moved = new ArrayList<>();
            for (Member m : root.members) {
                if (!m.key.equals("description") && !m.key.equals("hooks")) {
                    moved.add(m);
                }
            }
            Member hooks = root.member("hooks");
            if (moved.isEmpty() || hooks != null && !(hooks.value instanceof Obj)) {
                return null;
            }
            String t = doc.text;
            String indent = doc.lineIndent(root.members.get(0).keyStart);
            String unit = doc.unit;
            String leading = t.substring(root.start + 1, root.members.get(0).keyStart);
            Member last = root.members.get(root.members.size() - 1);
            String trailing = t.substring(last.value.end, root.end - 1);
            String sep = root.members.size() > 1
                    ? t.substring(root.members.get(0).value.end, root.members.get(1).keyStart) : "," + leading;
            List<String> blocks = new ArrayList<>();
            for (Member m : moved) {
                blocks.add(shift(t.substring(m.keyStart, m.value.end), unit));
            }
            String hooksText;
            if (hooks == null || ((Obj) hooks.value).members.isEmpty()) {
                String innerTrailing = trailing.contains("\n")
                        ? trailing.substring(0, trailing.lastIndexOf('\n') + 1) + indent : trailing;
                String open = hooks == null ? quote("hooks") + ": " : t.substring(hooks.keyStart, hooks.value.start);
                hooksText = open + "{" + shift(leading, unit) + String.join(shift(sep, unit), blocks) + innerTrailing + "}";
            } else {
                Obj h = (Obj) hooks.value;
                for (Member m : moved) {
                    if (h.member(m.key) != null) {
                        return null;
                    }
                }
                Member hl = h.members.get(h.members.size() - 1);
                String innerSep = h.members.size() > 1 ? t.substring(h.members.get(0).value.end, h.members.get(1).keyStart)
                        : shift(sep, unit);
                hooksText = t.substring(hooks.keyStart, hl.value.end) + innerSep + String.join(innerSep, blocks)
                        + t.substring(hl.value.end, h.end);
            }
            List<String> out = new ArrayList<>();
            boolean placed = false;
            for (Member m : root.members) {
                boolean isMoved = moved.contains(m);
                if (m == hooks || isMoved && hooks == null && !placed) {
                    out.add(hooksText);
                    placed = true;
                } else if (!isMoved) {
                    out.add(t.substring(m.keyStart, m.value.end));
                }
            }
            return t.substring(0, root.start + 1) + leading + String.join(sep, out) + trailing + t.substring(root.end - 1);
        });
    }

    /** Shifts every line after the first one unit to the right (JSON strings hold no raw line breaks). */
    private static String shift(String s, String unit) {
        return s.replace("\n", "\n" + unit);
    }

    private interface Edit {
        String apply(Doc doc);
    }

    private static Optional<String> edit(String text, Edit e) {
        Doc doc = Doc.parse(text);
        if (doc == null) {
            return Optional.empty();
        }
        String out;
        try {
            out = e.apply(doc);
        } catch (RuntimeException ex) {
            return Optional.empty();
        }
        if (out == null || Doc.parse(out) == null) {
            return Optional.empty();
        }
        return Optional.of(out);
    }

    // ---- rendering ----

    /** serde_json's string escaping: quotes, backslashes and control characters; everything else as is. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * Renders a value as pretty JSON: maps (in their order) and lists one entry a line at {@code indent + unit},
     * closing at {@code indent}; strings, booleans, numbers ({@link Number}, {@link HookHandler.McpNumber}) and
     * null as JSON scalars.
     */
    static String render(Object v, String indent, String unit, String nl) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof HookHandler.McpNumber n) {
            return n.text();
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                return "{}";
            }
            StringBuilder b = new StringBuilder("{");
            String inner = indent + unit;
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",").append(nl).append(inner).append(quote(String.valueOf(e.getKey())))
                        .append(": ").append(render(e.getValue(), inner, unit, nl));
                first = false;
            }
            return b.append(nl).append(indent).append('}').toString();
        }
        if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                return "[]";
            }
            StringBuilder b = new StringBuilder("[");
            String inner = indent + unit;
            boolean first = true;
            for (Object o : l) {
                b.append(first ? "" : ",").append(nl).append(inner).append(render(o, inner, unit, nl));
                first = false;
            }
            return b.append(nl).append(indent).append(']').toString();
        }
        throw new IllegalArgumentException("cannot write " + v.getClass().getSimpleName() + " to hooks.json");
    }

    // ---- a JSON tree with source spans ----

    private abstract static class Node {
        int start;
        int end;
    }

    private static final class Scalar extends Node {
    }

    private static final class Member {
        int keyStart;
        String key;
        Node value;
    }

    private static final class Obj extends Node {
        final List<Member> members = new ArrayList<>();

        Member member(String key) {
            for (Member m : members) {
                if (m.key.equals(key)) {
                    return m;
                }
            }
            return null;
        }
    }

    private static final class Arr extends Node {
        final List<Node> items = new ArrayList<>();
    }

    private static final class Doc {
        final String text;
        final Node root;
        final String unit;
        final String nl;

        private Doc(String text, Node root) {
            this.text = text;
            this.root = root;
            this.unit = detectUnit(text);
            this.nl = text.contains("\r\n") ? "\r\n" : "\n";
        }

        static Doc parse(String text) {
            try {
                Parser p = new Parser(text);
                p.skipBom();
                p.ws();
                Node root = p.value(0);
                p.ws();
                if (p.pos != text.length()) {
                    return null;
                }
                return new Doc(text, root);
            } catch (RuntimeException e) {
                return null;
            }
        }

        static String detectUnit(String text) {
            String[] lines = text.split("\r?\n");
            for (String l : lines) {
                int i = 0;
                while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
                    i++;
                }
                if (i > 0 && i < l.length()) {
                    return l.charAt(0) == '\t' ? "\t" : " ".repeat(Math.min(i, 8));
                }
            }
            return "  ";
        }

        Obj events() {
            if (root instanceof Obj r && r.member("hooks") != null && r.member("hooks").value instanceof Obj e) {
                return e;
            }
            return null;
        }

        Arr groups(HookEvent event) {
            Obj e = events();
            if (e != null && e.member(event.tomlName()) != null && e.member(event.tomlName()).value instanceof Arr a) {
                return a;
            }
            return null;
        }

        Obj group(HookEvent event, int index) {
            Arr a = groups(event);
            if (a == null || index < 0 || index >= a.items.size()) {
                return null;
            }
            return a.items.get(index) instanceof Obj o ? o : null;
        }

        Obj handler(HookEvent event, int group, int index) {
            Obj g = group(event, group);
            if (g == null || g.member("hooks") == null || !(g.member("hooks").value instanceof Arr a) || index < 0
                    || index >= a.items.size()) {
                return null;
            }
            return a.items.get(index) instanceof Obj o ? o : null;
        }

        /** The whitespace that starts the line holding {@code offset}, when only whitespace precedes it there. */
        String lineIndent(int offset) {
            int ls = text.lastIndexOf('\n', offset - 1) + 1;
            String before = text.substring(ls, offset);
            return before.isBlank() ? before : leading(before);
        }

        static String leading(String s) {
            int i = 0;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            return s.substring(0, i);
        }

        boolean multiline(Node container, int firstChildStart) {
            return text.substring(container.start, firstChildStart).contains("\n");
        }

        /** Sets (value != null) or removes (value == null) a member of an object. */
        String setMember(Obj obj, String key, Object value) {
            Member m = obj.member(key);
            if (m != null) {
                if (value == null) {
                    int i = obj.members.indexOf(m);
                    int from;
                    int to;
                    if (obj.members.size() == 1) {
                        from = obj.start + 1;
                        to = obj.end - 1;
                        return text.substring(0, from) + text.substring(to);
                    } else if (i < obj.members.size() - 1) {
                        from = m.keyStart;
                        to = obj.members.get(i + 1).keyStart;
                    } else {
                        from = obj.members.get(i - 1).value.end;
                        to = m.value.end;
                    }
                    return text.substring(0, from) + text.substring(to);
                }
                if (sameScalar(m.value, value)) {
                    return text;
                }
                String indent = lineIndent(m.value.start);
                return text.substring(0, m.value.start) + render(value, indent, unit, nl) + text.substring(m.value.end);
            }
            if (value == null) {
                return text;
            }
            return insert(obj, obj.members.isEmpty() ? -1 : obj.members.get(obj.members.size() - 1).value.end,
                    obj.members.isEmpty() ? -1 : obj.members.get(0).keyStart, quote(key) + ": ", value, '}');
        }

        /** Whether a scalar as written already holds {@code value} (escapes may differ: the text is kept). */
        boolean sameScalar(Node node, Object value) {
            if (!(node instanceof Scalar)) {
                return false;
            }
            String written = text.substring(node.start, node.end);
            if (value instanceof String str) {
                if (!written.startsWith("\"")) {
                    return false;
                }
                Parser p = new Parser(written);
                return p.string().equals(str);
            }
            return (value instanceof Long || value instanceof Boolean) && written.equals(value.toString());
        }

        String append(Arr arr, Object value) {
            return insert(arr, arr.items.isEmpty() ? -1 : arr.items.get(arr.items.size() - 1).end,
                    arr.items.isEmpty() ? -1 : arr.items.get(0).start, "", value, ']');
        }

        private String insert(Node container, int lastEnd, int firstStart, String prefix, Object value, char close) {
            String outer = lineIndent(container.start);
            if (lastEnd < 0) {
                // empty container: open it over lines
                String inner = outer + unit;
                String body = nl + inner + prefix + render(value, inner, unit, nl) + nl + outer;
                return text.substring(0, container.start + 1) + body + text.substring(container.end - 1);
            }
            if (!multiline(container, firstStart)) {
                return text.substring(0, lastEnd) + ", " + prefix + render(value, "", "", " ")
                        + text.substring(lastEnd);
            }
            String inner = lineIndent(firstStart);
            return text.substring(0, lastEnd) + "," + nl + inner + prefix + render(value, inner, unit, nl)
                    + text.substring(lastEnd);
        }

        String removeElement(Arr arr, int i) {
            if (arr.items.size() == 1) {
                return text.substring(0, arr.start + 1) + text.substring(arr.end - 1);
            }
            if (i < arr.items.size() - 1) {
                return text.substring(0, arr.items.get(i).start) + text.substring(arr.items.get(i + 1).start);
            }
            return text.substring(0, arr.items.get(i - 1).end) + text.substring(arr.items.get(i).end);
        }
    }

    /** A strict JSON reader that records where each value, member and element is. */
    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipBom() {
            if (s.startsWith("\uFEFF")) {
                pos = 1;
            }
        }

        void ws() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pos++;
                } else {
                    break;
                }
            }
        }

        char peek() {
            if (pos >= s.length()) {
                throw new IllegalStateException("end of input");
            }
            return s.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalStateException("expected " + c + " at " + pos);
            }
            pos++;
        }

        Node value(int depth) {
            if (depth > 128) {
                throw new IllegalStateException("too deep");
            }
            char c = peek();
            if (c == '{') {
                Obj o = new Obj();
                o.start = pos++;
                ws();
                if (peek() != '}') {
                    while (true) {
                        ws();
                        Member m = new Member();
                        m.keyStart = pos;
                        m.key = string();
                        ws();
                        expect(':');
                        ws();
                        m.value = value(depth + 1);
                        o.members.add(m);
                        ws();
                        if (peek() == ',') {
                            pos++;
                            continue;
                        }
                        break;
                    }
                }
                expect('}');
                o.end = pos;
                return o;
            }
            if (c == '[') {
                Arr a = new Arr();
                a.start = pos++;
                ws();
                if (peek() != ']') {
                    while (true) {
                        ws();
                        a.items.add(value(depth + 1));
                        ws();
                        if (peek() == ',') {
                            pos++;
                            continue;
                        }
                        break;
                    }
                }
                expect(']');
                a.end = pos;
                return a;
            }
            Scalar v = new Scalar();
            v.start = pos;
            if (c == '"') {
                string();
            } else if (s.startsWith("true", pos)) {
                pos += 4;
            } else if (s.startsWith("false", pos)) {
                pos += 5;
            } else if (s.startsWith("null", pos)) {
                pos += 4;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                number();
            } else {
                throw new IllegalStateException("unexpected " + c);
            }
            v.end = pos;
            return v;
        }

        void number() {
            int st = pos;
            if (peek() == '-') {
                pos++;
            }
            while (pos < s.length() && "0123456789.eE+-".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            if (pos == st || !s.substring(st, pos).matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
                throw new IllegalStateException("bad number");
            }
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    throw new IllegalStateException("control character in string");
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = peek();
                pos++;
                switch (e) {
                    case '"' -> b.append('"');
                    case '\\' -> b.append('\\');
                    case '/' -> b.append('/');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw new IllegalStateException("bad escape");
                }
            }
        }
    }
}
