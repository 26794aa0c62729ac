package dev.codexstudio.core.hooks;

import dev.codexstudio.core.hooks.RegexParser.Kind;
import dev.codexstudio.core.hooks.RegexParser.Node;
import dev.codexstudio.core.hooks.RegexParser.SyntaxError;
import java.util.BitSet;

/**
 * The parts of Rust's regex translation (AST → HIR) that can reject a pattern, a size estimate for the compiled
 * size limit, and a translation to a {@link java.util.regex.Pattern} source for the live matcher tester.
 */
final class RegexTranslator {

    static final String INVALID_UTF8 = "pattern can match invalid UTF-8";
    static final String UNICODE_NOT_ALLOWED = "Unicode not allowed here";

    private RegexTranslator() {
    }

    // ---- translation errors ----

    static void check(RegexParser parser, Node ast) throws SyntaxError {
        visit(parser, ast, new boolean[] {true});
    }

    /** Visits in order; {@code unicode[0]} is the current {@code u} flag (flags nodes change it for later siblings). */
    private static void visit(RegexParser parser, Node n, boolean[] unicode) throws SyntaxError {
        switch (n.kind) {
            case FLAGS -> {
                Boolean u = RegexParser.flagState(n.flags, 'u');
                if (u != null) {
                    unicode[0] = u;
                }
            }
            case LITERAL -> {
                if (!unicode[0] && n.hexByte && n.c > 0x7F) {
                    throw parser.error(INVALID_UTF8, n.start, n.end);
                }
            }
            case DOT -> {
                if (!unicode[0]) {
                    throw parser.error(INVALID_UTF8, n.start, n.end);
                }
            }
            case UNICODE_CLASS -> unicodeClass(parser, n, unicode[0]);
            case PERL_CLASS -> {
                if (!unicode[0] && n.negated) {
                    throw parser.error(INVALID_UTF8, n.start, n.end);
                }
            }
            case BRACKETED -> {
                if (unicode[0]) {
                    classItems(parser, n.children.get(0), true);
                } else {
                    classItems(parser, n.children.get(0), false);
                    BitSet set = byteSet(n.children.get(0));
                    if (n.negated) {
                        set.flip(0, 256);
                    }
                    if (set.nextSetBit(0x80) >= 0) {
                        throw parser.error(INVALID_UTF8, n.start, n.end);
                    }
                }
            }
            case GROUP -> {
                boolean saved = unicode[0];
                Boolean u = RegexParser.flagState(n.flags, 'u');
                if (u != null) {
                    unicode[0] = u;
                }
                for (Node c : n.children) {
                    visit(parser, c, unicode);
                }
                unicode[0] = saved;
            }
            default -> {
                for (Node c : n.children) {
                    visit(parser, c, unicode);
                }
            }
        }
    }

    private static void unicodeClass(RegexParser parser, Node n, boolean unicode) throws SyntaxError {
        if (!unicode) {
            throw parser.error(UNICODE_NOT_ALLOWED, n.start, n.end);
        }
        String err = UnicodeProps.check(n.name, n.value);
        if (err != null) {
            throw parser.error(err, n.start, n.end);
        }
    }

    private static void classItems(RegexParser parser, Node item, boolean unicode) throws SyntaxError {
        switch (item.kind) {
            case SET_LITERAL -> byteLiteral(parser, item, item.c, item.hexByte, unicode);
            case SET_RANGE -> {
                byteLiteral(parser, item, item.c, item.hexByte, unicode);
                byteLiteral(parser, item, item.c2, item.hexByte, unicode);
            }
            case SET_UNICODE -> unicodeClass(parser, item, unicode);
            default -> {
                for (Node c : item.children) {
                    classItems(parser, c, unicode);
                }
            }
        }
    }

    private static void byteLiteral(RegexParser parser, Node n, int c, boolean hex, boolean unicode) throws SyntaxError {
        if (unicode || c <= 0x7F) {
            return;
        }
        throw parser.error(hex ? INVALID_UTF8 : UNICODE_NOT_ALLOWED, n.start, n.end);
    }

    /** The bytes a class set matches in byte mode ({@code (?-u)}); ASCII case folding does not add non-ASCII. */
    private static BitSet byteSet(Node item) {
        BitSet s = new BitSet(256);
        switch (item.kind) {
            case SET_LITERAL -> s.set(item.c & 0xFF);
            case SET_RANGE -> s.set(item.c, Math.min(item.c2, 255) + 1);
            case SET_ASCII -> {
                s.set(0, 128);
                if (item.negated) {
                    s.flip(0, 256);
                    s.set(0, 128);
                }
            }
            case SET_PERL -> {
                s.set(0, 128);
                if (item.negated) {
                    s.set(128, 256);
                }
            }
            case SET_BRACKETED -> {
                s = byteSet(item.children.get(0));
                if (item.negated) {
                    s.flip(0, 256);
                }
            }
            case SET_OP -> {
                BitSet a = byteSet(item.children.get(0));
                BitSet b = byteSet(item.children.get(1));
                switch (item.c) {
                    case '&' -> a.and(b);
                    case '-' -> a.andNot(b);
                    default -> a.xor(b);
                }
                s = a;
            }
            default -> {
            }
        }
        if (item.kind == Kind.SET_UNION) {
            for (Node c : item.children) {
                s.or(byteSet(c));
            }
        }
        return s;
    }

    // ---- compiled size estimate ----

    /**
     * An estimate of the compiled size (bytes) Rust's {@code regex} would reach, calibrated against Codex 0.169:
     * {@code \w{300}} and {@code \p{L}{300}} exceed 10 MiB while {@code \w{200}}, {@code \d{2000}},
     * {@code .{10000}} and {@code a{100000}} do not.
     */
    static long estimatedSize(Node n) {
        return size(n, false);
    }

    private static long size(Node n, boolean caseInsensitive) {
        return switch (n.kind) {
            case LITERAL -> caseInsensitive ? 40 : 20;
            case DOT -> 700;
            case PERL_CLASS -> n.c == 'w' ? 45_000 : n.c == 'd' ? 4_500 : 700;
            case UNICODE_CLASS -> unicodeClassSize(n);
            case BRACKETED -> classSize(n.children.get(0));
            case REPETITION -> {
                long inner = size(n.children.get(0), caseInsensitive);
                long copies = n.c2 < 0 ? Math.max(1, n.c) + 1L : Math.max(1, n.c2);
                yield saturatingMultiply(inner, copies);
            }
            case GROUP -> {
                boolean ci = caseInsensitive;
                Boolean i = RegexParser.flagState(n.flags, 'i');
                if (i != null) {
                    ci = i;
                }
                long total = 0;
                for (Node c : n.children) {
                    total = saturatingAdd(total, size(c, ci));
                }
                yield total + 20;
            }
            default -> {
                long total = 0;
                boolean ci = caseInsensitive;
                for (Node c : n.children) {
                    if (c.kind == Kind.FLAGS) {
                        Boolean i = RegexParser.flagState(c.flags, 'i');
                        if (i != null) {
                            ci = i;
                        }
                    }
                    total = saturatingAdd(total, size(c, ci));
                }
                yield total;
            }
        };
    }

    private static long unicodeClassSize(Node n) {
        String norm = UnicodeProps.normalize(n.name);
        return switch (norm) {
            case "l", "letter", "alphabetic", "alpha", "lu", "ll", "lo", "idstart", "ids", "idcontinue", "idc",
                    "xidstart", "xids", "xidcontinue", "xidc", "assigned", "any" -> 45_000;
            case "n", "number", "nd", "digit", "p", "punctuation", "punct", "s", "symbol", "m", "mark" -> 6_000;
            default -> 3_000;
        };
    }

    private static long classSize(Node item) {
        long ranges = 0;
        long big = 0;
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(item);
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            switch (c.kind) {
                case SET_LITERAL, SET_RANGE, SET_ASCII -> ranges++;
                case SET_PERL -> big += c.c == 'w' ? 45_000 : c.c == 'd' ? 4_500 : 700;
                case SET_UNICODE -> big += unicodeClassSize(c);
                default -> c.children.forEach(todo::push);
            }
        }
        return 20 + 20 * ranges + big;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatingMultiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    // ---- Java translation ----

    /**
     * Java source for a parsed Rust pattern, to be compiled with {@code UNICODE_CHARACTER_CLASS | UNIX_LINES} (so
     * {@code \\w}, {@code \\d}, {@code \\s}, {@code \\b} are Unicode-aware and {@code .} excludes only
     * {@code \\n}, as in Rust). Rust-only syntax is rewritten: {@code --} and {@code ~~} class operations, ASCII
     * classes (ASCII-only in Rust), {@code \\<}, {@code \\>} and special word boundaries, the {@code U}/{@code R}/
     * {@code u} flags (no effect on whether a match exists), and Unicode property names.
     */
    static String javaSource(Node n) {
        StringBuilder b = new StringBuilder();
        gen(n, b);
        return b.toString();
    }

    private static void gen(Node n, StringBuilder b) {
        switch (n.kind) {
            case EMPTY -> {
            }
            case FLAGS -> {
                String f = javaFlags(n.flags);
                if (!f.isEmpty()) {
                    b.append("(?").append(f).append(')');
                }
            }
            case LITERAL -> literal(n.c, b);
            case DOT -> b.append('.');
            case ASSERTION -> b.append(switch (n.name) {
                case "start-line" -> "^";
                case "end-line" -> "$";
                case "start-text" -> "\\A";
                case "end-text" -> "\\z";
                case "word-boundary" -> "\\b";
                case "not-word-boundary" -> "\\B";
                case "word-start-angle", "word-start" -> "\\b(?=\\w)";
                case "word-end-angle", "word-end" -> "\\b(?<=\\w)";
                case "word-start-half" -> "(?<!\\w)";
                default -> "(?!\\w)";
            });
            case UNICODE_CLASS -> b.append(javaProperty(n));
            case PERL_CLASS -> b.append('\\').append((char) (n.negated ? Character.toUpperCase(n.c) : n.c));
            case BRACKETED -> {
                b.append('[');
                if (n.negated) {
                    b.append('^');
                }
                set(n.children.get(0), b);
                b.append(']');
            }
            case REPETITION -> {
                b.append("(?:");
                gen(n.children.get(0), b);
                b.append("){").append(n.c).append(',');
                if (n.c2 >= 0) {
                    b.append(n.c2);
                }
                b.append('}');
            }
            case GROUP -> {
                b.append("(?").append(javaFlags(n.flags)).append(':');
                n.children.forEach(c -> gen(c, b));
                b.append(')');
            }
            case ALTERNATION -> {
                b.append("(?:");
                for (int i = 0; i < n.children.size(); i++) {
                    if (i > 0) {
                        b.append('|');
                    }
                    gen(n.children.get(i), b);
                }
                b.append(')');
            }
            default -> n.children.forEach(c -> gen(c, b));
        }
    }

    private static void set(Node item, StringBuilder b) {
        switch (item.kind) {
            case SET_LITERAL -> literal(item.c, b);
            case SET_RANGE -> {
                literal(item.c, b);
                b.append('-');
                literal(item.c2, b);
            }
            case SET_ASCII -> b.append(item.negated ? "[^" : "[").append(ASCII.getOrDefault(item.name, "")).append(']');
            case SET_UNICODE -> b.append(javaProperty(item));
            case SET_PERL -> b.append('\\').append((char) (item.negated ? Character.toUpperCase(item.c) : item.c));
            case SET_BRACKETED -> {
                b.append(item.negated ? "[^" : "[");
                set(item.children.get(0), b);
                b.append(']');
            }
            case SET_OP -> {
                StringBuilder l = new StringBuilder();
                StringBuilder r = new StringBuilder();
                set(item.children.get(0), l);
                set(item.children.get(1), r);
                switch (item.c) {
                    case '&' -> b.append("[[").append(l).append("]&&[").append(r).append("]]");
                    case '-' -> b.append("[[").append(l).append("]&&[^").append(r).append("]]");
                    default -> b.append("[[").append(l).append("]&&[^").append(r).append("]][[").append(r)
                            .append("]&&[^").append(l).append("]]");
                }
            }
            case SET_EMPTY -> {
            }
            default -> item.children.forEach(c -> set(c, b));
        }
    }

    private static final java.util.Map<String, String> ASCII = java.util.Map.ofEntries(
            java.util.Map.entry("alnum", "0-9A-Za-z"), java.util.Map.entry("alpha", "A-Za-z"),
            java.util.Map.entry("ascii", "\\x00-\\x7F"), java.util.Map.entry("blank", "\\t "),
            java.util.Map.entry("cntrl", "\\x00-\\x1F\\x7F"), java.util.Map.entry("digit", "0-9"),
            java.util.Map.entry("graph", "!-~"), java.util.Map.entry("lower", "a-z"), java.util.Map.entry("print", " -~"),
            java.util.Map.entry("punct", "!-/:-@\\[-`{-~"), java.util.Map.entry("space", "\\t\\n\\x0B\\f\\r "),
            java.util.Map.entry("upper", "A-Z"), java.util.Map.entry("word", "0-9A-Za-z_"),
            java.util.Map.entry("xdigit", "0-9A-Fa-f"));

    private static void literal(int c, StringBuilder b) {
        if (Character.isLetterOrDigit(c) && c < 0x80) {
            b.appendCodePoint(c);
        } else {
            b.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
    }

    private static String javaFlags(String rust) {
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        boolean negated = false;
        for (char c : rust.toCharArray()) {
            if (c == '-') {
                negated = true;
            } else if ("imsx".indexOf(c) >= 0) {
                (negated ? off : on).append(c);
            }
        }
        return off.length() == 0 ? on.toString() : on + "-" + off;
    }

    /** The first Java spelling of a Unicode class that Java accepts, or a class that matches nothing. */
    private static String javaProperty(Node n) {
        String p = n.negated ? "P" : "p";
        String name = n.name.strip();
        java.util.List<String> candidates = new java.util.ArrayList<>();
        if (n.value != null) {
            String prop = UnicodeProps.normalize(name);
            String v = n.value.strip();
            String key = switch (prop) {
                case "gc", "generalcategory" -> "gc";
                case "sc", "script", "scx", "scriptextensions" -> "sc";
                default -> prop;
            };
            candidates.add("\\" + p + "{" + key + "=" + v + "}");
            candidates.add("\\" + p + "{Is" + v + "}");
        } else {
            String stripped = name.length() > 2 && name.substring(0, 2).equalsIgnoreCase("is") ? name.substring(2) : name;
            candidates.add("\\" + p + "{" + stripped + "}");
            candidates.add("\\" + p + "{Is" + stripped + "}");
            candidates.add("\\" + p + "{Is" + stripped.replace(" ", "_") + "}");
            candidates.add("\\" + p + "{sc=" + stripped + "}");
            candidates.add("\\" + p + "{gc=" + stripped + "}");
        }
        for (String c : candidates) {
            try {
                java.util.regex.Pattern.compile(c);
                return c;
            } catch (RuntimeException e) {
                // try the next spelling
            }
        }
        return n.negated ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]";
    }
}
