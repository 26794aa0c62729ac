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
     * Rewrites a valid Rust pattern into Java syntax: named groups {@code (?P<n>…)} → {@code (?<n>…)},
     * {@code \z} stays, {@code \<}/{@code \>} → word-boundary look-arounds, {@code \b{start}}/{@code \b{end}} likewise,
     * {@code [[:alpha:]]} → {@code \p{Alpha}}, {@code ~~} is approximated as a union; everything else is shared syntax.
     */
    static String javaSource(String rust) {
        StringBuilder out = new StringBuilder();
        int[] p = rust.codePoints().toArray();
        int depth = 0;
        for (int i = 0; i < p.length; i++) {
            int c = p[i];
            if (c == '\\' && i + 1 < p.length) {
                int n = p[i + 1];
                String rest = new String(p, i, Math.min(p.length - i, 14));
                if (n == '<') {
                    out.append("\\b(?=\\w)");
                    i++;
                } else if (n == '>') {
                    out.append("\\b(?<=\\w)");
                    i++;
                } else if (rest.startsWith("\\b{start}")) {
                    out.append("\\b(?=\\w)");
                    i += 8;
                } else if (rest.startsWith("\\b{end}")) {
                    out.append("\\b(?<=\\w)");
                    i += 6;
                } else if (rest.startsWith("\\b{start-half}")) {
                    out.append("(?<!\\w)");
                    i += 13;
                } else if (rest.startsWith("\\b{end-half}")) {
                    out.append("(?!\\w)");
                    i += 11;
                } else {
                    out.appendCodePoint(c).appendCodePoint(n);
                    i++;
                }
            } else if (c == '[') {
                String rest = new String(p, i, Math.min(p.length - i, 12));
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\[:(\\^?)([a-z]+):]").matcher(rest);
                if (depth > 0 && m.find()) {
                    String name = m.group(2);
                    String java = name.equals("word") ? "\\w" : "\\p{" + Character.toUpperCase(name.charAt(0))
                            + name.substring(1) + "}";
                    if (name.equals("xdigit")) {
                        java = "\\p{XDigit}";
                    }
                    out.append(m.group(1).isEmpty() ? java : "[^" + java + "]");
                    i += m.end() - 1;
                } else {
                    depth++;
                    out.append('[');
                }
            } else if (c == ']' && depth > 0) {
                depth--;
                out.append(']');
            } else if (c == '~' && depth > 0 && i + 1 < p.length && p[i + 1] == '~') {
                i++;
            } else if (c == '(' && i + 3 < p.length && p[i + 1] == '?' && p[i + 2] == 'P' && p[i + 3] == '<') {
                out.append("(?<");
                i += 3;
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
