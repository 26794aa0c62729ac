package dev.codexstudio.core.hooks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rust regex-syntax's AST parser (version 0.8), reproduced for validation: the same grammar, the same error kinds
 * and the same error spans. Positions are code point indexes into the pattern.
 */
final class RegexParser {

    /** An error with its span (and an auxiliary span for duplicates), formatted as regex-syntax does. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final String kind;
        final int start;
        final int end;
        final int auxStart;
        final int auxEnd;

        SyntaxError(String kind, int start, int end, int auxStart, int auxEnd) {
            super(kind, null, false, false);
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.auxStart = auxStart;
            this.auxEnd = auxEnd;
        }

        /** regex-syntax's {@code Formatter} output. */
        String format(String pattern) {
            int[] cps = pattern.codePoints().toArray();
            List<String> lines = rustLines(pattern);
            int lineCount = lines.size() + (pattern.endsWith("\n") ? 1 : 0);
            int width = lineCount <= 1 ? 0 : Integer.toString(lineCount).length();
            List<List<int[]>> byLine = new ArrayList<>();
            for (int i = 0; i < lineCount; i++) {
                byLine.add(new ArrayList<>());
            }
            List<int[]> multi = new ArrayList<>();
            add(cps, start, end, byLine, multi);
            if (auxStart >= 0) {
                add(cps, auxStart, auxEnd, byLine, multi);
            }
            StringBuilder notated = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                if (width > 0) {
                    String n = Integer.toString(i + 1);
                    notated.append(" ".repeat(width - n.length())).append(n).append(": ");
                } else {
                    notated.append("    ");
                }
                notated.append(lines.get(i)).append('\n');
                List<int[]> spans = byLine.get(i);
                if (!spans.isEmpty()) {
                    StringBuilder notes = new StringBuilder(" ".repeat(width == 0 ? 4 : 2 + width));
                    int pos = 0;
                    for (int[] s : spans) {
                        while (pos < s[1] - 1) {
                            notes.append(' ');
                            pos++;
                        }
                        int len = Math.max(1, s[2] - s[1]);
                        notes.append("^".repeat(len));
                        pos += len;
                    }
                    notated.append(notes).append('\n');
                }
            }
            StringBuilder out = new StringBuilder("regex parse error:\n");
            if (pattern.contains("\n")) {
                String divider = "~".repeat(79);
                out.append(divider).append('\n').append(notated).append(divider).append('\n');
                if (!multi.isEmpty()) {
                    List<String> notes = new ArrayList<>();
                    for (int[] m : multi) {
                        notes.add("on line " + m[0] + " (column " + m[1] + ") through line " + m[3] + " (column "
                                + (m[2] - 1) + ")");
                    }
                    out.append(String.join("\n", notes)).append('\n');
                }
            } else {
                out.append(notated);
            }
            return out.append("error: ").append(kind).toString();
        }

        /** Adds a span as [line, startColumn, endColumn, endLine] to the per-line lists (sorted) or to multi. */
        private static void add(int[] cps, int s, int e, List<List<int[]>> byLine, List<int[]> multi) {
            int[] a = lineCol(cps, s);
            int[] b = lineCol(cps, e);
            if (a[0] == b[0]) {
                List<int[]> l = byLine.get(a[0] - 1);
                l.add(new int[] {a[0], a[1], b[1]});
                l.sort((x, y) -> x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[2], y[2]));
            } else {
                multi.add(new int[] {a[0], a[1], b[1], b[0]});
            }
        }

        private static int[] lineCol(int[] cps, int at) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < at && i < cps.length; i++) {
                if (cps[i] == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new int[] {line, col};
        }

        /** Rust's {@code str::lines}: split at {@code \n}, drop one trailing {@code \r}, no final empty line. */
        private static List<String> rustLines(String s) {
            List<String> out = new ArrayList<>();
            int from = 0;
            while (from < s.length()) {
                int nl = s.indexOf('\n', from);
                String line = nl < 0 ? s.substring(from) : s.substring(from, nl);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                out.add(line);
                if (nl < 0) {
                    break;
                }
                from = nl + 1;
            }
            return out;
        }
    }

    /** AST node kinds. */
    enum Kind {
        EMPTY, FLAGS, LITERAL, DOT, ASSERTION, UNICODE_CLASS, PERL_CLASS, BRACKETED, REPETITION, GROUP, ALTERNATION,
        CONCAT,
        // class set items
        SET_EMPTY, SET_LITERAL, SET_RANGE, SET_ASCII, SET_UNICODE, SET_PERL, SET_BRACKETED, SET_UNION, SET_OP
    }

    /** One AST node (a small tagged structure). */
    static final class Node {
        final Kind kind;
        int start;
        int end;
        final List<Node> children = new ArrayList<>();
        /** Literal code point, perl class letter, repetition min, op kind char, range start. */
        int c;
        /** Repetition max (-1 = unbounded), range end. */
        int c2;
        boolean negated;
        /** Literal: written as {@code \xNN}. */
        boolean hexByte;
        /** Flags (for FLAGS nodes and non-capturing groups): e.g. "i-u". */
        String flags = "";
        /** Assertion kind, unicode class name, ascii class name. */
        String name;
        /** Unicode class value (name=value form), or null. */
        String value;

        Node(Kind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }
    }

    private static final String META = "\\.+*?()|[]{}^$#&-~";
    private static final Set<String> ASCII_CLASSES = Set.of("alnum", "alpha", "ascii", "blank", "cntrl", "digit",
            "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit");

    final int[] p;
    int pos;
    boolean ignoreWhitespace;
    int captureIndex;
    final Map<String, int[]> captureNames = new HashMap<>();
    /** Group stack entries: {concat, group} or {alternation}. */
    private final Deque<Object[]> groups = new ArrayDeque<>();
    /** Class stack entries: {"open", union, set} or {"op", kind, lhs}. */
    private final Deque<Object[]> classes = new ArrayDeque<>();

    RegexParser(String pattern) {
        this.p = pattern.codePoints().toArray();
    }

    // ---- position helpers ----

    boolean eof() {
        return pos >= p.length;
    }

    int ch() {
        return p[pos];
    }

    boolean bump() {
        if (eof()) {
            return false;
        }
        pos++;
        return !eof();
    }

    boolean bumpIf(String prefix) {
        int[] q = prefix.codePoints().toArray();
        if (pos + q.length > p.length) {
            return false;
        }
        for (int i = 0; i < q.length; i++) {
            if (p[pos + i] != q[i]) {
                return false;
            }
        }
        pos += q.length;
        return true;
    }

    Integer peek() {
        return pos + 1 < p.length ? p[pos + 1] : null;
    }

    void bumpSpace() {
        if (!ignoreWhitespace) {
            return;
        }
        while (!eof()) {
            if (isWhitespace(ch())) {
                bump();
            } else if (ch() == '#') {
                bump();
                while (!eof()) {
                    boolean nl = ch() == '\n';
                    bump();
                    if (nl) {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    boolean bumpAndBumpSpace() {
        if (!bump()) {
            return false;
        }
        bumpSpace();
        return !eof();
    }

    Integer peekSpace() {
        if (!ignoreWhitespace) {
            return peek();
        }
        if (eof()) {
            return null;
        }
        int i = pos + 1;
        boolean inComment = false;
        while (i < p.length) {
            int c = p[i];
            if (inComment) {
                if (c == '\n') {
                    inComment = false;
                }
            } else if (isWhitespace(c)) {
                // skip
            } else if (c == '#') {
                inComment = true;
            } else {
                return c;
            }
            i++;
        }
        return null;
    }

    static boolean isWhitespace(int c) {
        return dev.codexstudio.core.io.RustText.isWhitespace(c);
    }

    SyntaxError error(String kind, int start, int end) {
        return new SyntaxError(kind, start, end, -1, -1);
    }

    SyntaxError errorAt(String kind) {
        return error(kind, pos, pos);
    }

    SyntaxError errorChar(String kind) {
        return error(kind, pos, pos + 1);
    }

    // ---- top level ----

    Node parse() throws SyntaxError {
        Node concat = new Node(Kind.CONCAT, pos, pos);
        while (true) {
            bumpSpace();
            if (eof()) {
                break;
            }
            switch (ch()) {
                case '(' -> concat = pushGroup(concat);
                case ')' -> concat = popGroup(concat);
                case '|' -> concat = pushAlternate(concat);
                case '[' -> concat.children.add(parseSetClass());
                case '?', '*', '+' -> concat = parseUncountedRepetition(concat);
                case '{' -> concat = parseCountedRepetition(concat);
                default -> concat.children.add(parsePrimitive());
            }
        }
        return popGroupEnd(concat);
    }

    private static Node intoAst(Node concat) {
        if (concat.children.isEmpty()) {
            return new Node(Kind.EMPTY, concat.start, concat.end);
        }
        if (concat.children.size() == 1) {
            return concat.children.get(0);
        }
        return concat;
    }

    private Node pushGroup(Node concat) throws SyntaxError {
        int open = pos;
        bump();
        bumpSpace();
        if (bumpIf("?=") || bumpIf("?!") || bumpIf("?<=") || bumpIf("?<!")) {
            throw error("look-around, including look-ahead and look-behind, is not supported", open, pos);
        }
        int innerStart = pos;
        if (bumpIf("?P<") || bumpIf("?<")) {
            captureIndex++;
            parseCaptureName();
            Node group = new Node(Kind.GROUP, open, open + 1);
            groups.push(new Object[] {concat, group, ignoreWhitespace});
            return new Node(Kind.CONCAT, pos, pos);
        }
        if (bumpIf("?")) {
            if (eof()) {
                throw error("unclosed group", open, open + 1);
            }
            String flags = parseFlags();
            int end = ch();
            bump();
            if (end == ')') {
                if (flags.isEmpty()) {
                    throw error("repetition operator missing expression", innerStart, innerStart);
                }
                Node set = new Node(Kind.FLAGS, open, pos);
                set.flags = flags;
                Boolean x = flagState(flags, 'x');
                if (x != null) {
                    ignoreWhitespace = x;
                }
                concat.children.add(set);
                return concat;
            }
            Node group = new Node(Kind.GROUP, open, open + 1);
            group.flags = flags;
            groups.push(new Object[] {concat, group, ignoreWhitespace});
            Boolean x = flagState(flags, 'x');
            if (x != null) {
                ignoreWhitespace = x;
            }
            return new Node(Kind.CONCAT, pos, pos);
        }
        captureIndex++;
        Node group = new Node(Kind.GROUP, open, open + 1);
        groups.push(new Object[] {concat, group, ignoreWhitespace});
        return new Node(Kind.CONCAT, pos, pos);
    }

    /** The state a flag string sets for a flag: true, false (after {@code -}), or null. */
    static Boolean flagState(String flags, char flag) {
        boolean negated = false;
        for (int i = 0; i < flags.length(); i++) {
            char c = flags.charAt(i);
            if (c == '-') {
                negated = true;
            } else if (c == flag) {
                return !negated;
            }
        }
        return null;
    }

    private String parseFlags() throws SyntaxError {
        StringBuilder flags = new StringBuilder();
        List<int[]> items = new ArrayList<>();
        Integer lastNegation = null;
        while (ch() != ':' && ch() != ')') {
            int c = ch();
            if (c == '-') {
                lastNegation = pos;
                for (int[] it : items) {
                    if (it[0] == '-') {
                        throw new SyntaxError("flag negation operator repeated", pos, pos + 1, it[1], it[1] + 1);
                    }
                }
            } else {
                lastNegation = null;
                if ("imsUuxR".indexOf(c) < 0) {
                    throw errorChar("unrecognized flag");
                }
                for (int[] it : items) {
                    if (it[0] == c) {
                        throw new SyntaxError("duplicate flag", pos, pos + 1, it[1], it[1] + 1);
                    }
                }
            }
            items.add(new int[] {c, pos});
            flags.append((char) c);
            if (!bump()) {
                throw errorAt("expected flag but got end of regex");
            }
        }
        if (lastNegation != null) {
            throw error("dangling flag negation operator", lastNegation, lastNegation + 1);
        }
        return flags.toString();
    }

    private void parseCaptureName() throws SyntaxError {
        if (eof()) {
            throw errorAt("unclosed capture group name");
        }
        int start = pos;
        while (true) {
            if (ch() == '>') {
                break;
            }
            if (!isCaptureChar(ch(), pos == start)) {
                throw errorChar("invalid capture group character");
            }
            if (!bump()) {
                break;
            }
        }
        int end = pos;
        if (eof()) {
            throw errorAt("unclosed capture group name");
        }
        bump();
        if (end == start) {
            throw error("empty capture group name", start, start);
        }
        String name = new String(p, start, end - start);
        int[] original = captureNames.get(name);
        if (original != null) {
            throw new SyntaxError("duplicate capture group name", start, end, original[0], original[1]);
        }
        captureNames.put(name, new int[] {start, end});
    }

    private static boolean isCaptureChar(int c, boolean first) {
        if (first) {
            return c == '_' || Character.isAlphabetic(c);
        }
        return c == '_' || c == '.' || c == '[' || c == ']' || Character.isAlphabetic(c) || Character.isDigit(c)
                || Character.getType(c) == Character.LETTER_NUMBER || Character.getType(c) == Character.OTHER_NUMBER;
    }

    private Node popGroup(Node groupConcat) throws SyntaxError {
        Object[] top = groups.poll();
        Node alt = null;
        if (top != null && top.length == 1) {
            alt = (Node) top[0];
            top = groups.poll();
            if (top == null || top.length == 1) {
                throw errorChar("unopened group");
            }
        }
        if (top == null) {
            throw errorChar("unopened group");
        }
        Node prior = (Node) top[0];
        Node group = (Node) top[1];
        ignoreWhitespace = (Boolean) top[2];
        groupConcat.end = pos;
        bump();
        group.end = pos;
        if (alt != null) {
            alt.end = groupConcat.end;
            alt.children.add(intoAst(groupConcat));
            group.children.add(alt);
        } else {
            group.children.add(intoAst(groupConcat));
        }
        prior.children.add(group);
        return prior;
    }

    private Node popGroupEnd(Node concat) throws SyntaxError {
        concat.end = pos;
        Object[] top = groups.poll();
        Node ast;
        if (top == null) {
            ast = intoAst(concat);
        } else if (top.length == 1) {
            Node alt = (Node) top[0];
            alt.end = pos;
            alt.children.add(intoAst(concat));
            ast = alt;
        } else {
            Node g = (Node) top[1];
            throw error("unclosed group", g.start, g.end);
        }
        Object[] next = groups.poll();
        if (next != null && next.length > 1) {
            Node g = (Node) next[1];
            throw error("unclosed group", g.start, g.end);
        }
        return ast;
    }

    private Node pushAlternate(Node concat) {
        concat.end = pos;
        Object[] top = groups.peek();
        if (top != null && top.length == 1) {
            ((Node) top[0]).children.add(intoAst(concat));
        } else {
            Node alt = new Node(Kind.ALTERNATION, concat.start, pos);
            alt.children.add(intoAst(concat));
            groups.push(new Object[] {alt});
        }
        bump();
        return new Node(Kind.CONCAT, pos, pos);
    }

    private Node parseUncountedRepetition(Node concat) throws SyntaxError {
        int op = ch();
        if (concat.children.isEmpty()) {
            throw errorAt("repetition operator missing expression");
        }
        Node ast = concat.children.remove(concat.children.size() - 1);
        if (ast.kind == Kind.EMPTY || ast.kind == Kind.FLAGS) {
            throw errorAt("repetition operator missing expression");
        }
        if (bump() && ch() == '?') {
            bump();
        }
        Node rep = new Node(Kind.REPETITION, ast.start, pos);
        rep.c = op == '+' ? 1 : 0;
        rep.c2 = op == '?' ? 1 : -1;
        rep.children.add(ast);
        concat.children.add(rep);
        return concat;
    }

    private Node parseCountedRepetition(Node concat) throws SyntaxError {
        int start = pos;
        if (concat.children.isEmpty()) {
            throw errorAt("repetition operator missing expression");
        }
        Node ast = concat.children.remove(concat.children.size() - 1);
        if (ast.kind == Kind.EMPTY || ast.kind == Kind.FLAGS) {
            throw errorAt("repetition operator missing expression");
        }
        if (!bumpAndBumpSpace()) {
            throw error("unclosed counted repetition", start, pos);
        }
        long min = decimalOrUnclosed(start);
        long max = min;
        if (ch() == ',') {
            if (!bumpAndBumpSpace()) {
                throw error("unclosed counted repetition", start, pos);
            }
            if (ch() != '}') {
                max = decimalOrUnclosed(start);
            } else {
                max = -1;
            }
        }
        if (eof() || ch() != '}') {
            throw error("unclosed counted repetition", start, pos);
        }
        if (bumpAndBumpSpace() && ch() == '?') {
            bump();
        }
        if (max >= 0 && min > max) {
            throw error("invalid repetition count range, the start must be <= the end", start, pos);
        }
        Node rep = new Node(Kind.REPETITION, ast.start, pos);
        rep.c = (int) Math.min(min, Integer.MAX_VALUE);
        rep.c2 = max < 0 ? -1 : (int) Math.min(max, Integer.MAX_VALUE);
        rep.children.add(ast);
        concat.children.add(rep);
        return concat;
    }

    /** A repetition count; at the end of the pattern the repetition is reported unclosed instead. */
    private long decimalOrUnclosed(int start) throws SyntaxError {
        SyntaxError err = null;
        long v = 0;
        try {
            v = parseDecimal();
        } catch (SyntaxError e) {
            err = e;
        }
        if (eof()) {
            throw error("unclosed counted repetition", start, pos);
        }
        if (err != null) {
            throw err;
        }
        return v;
    }

    private long parseDecimal() throws SyntaxError {
        while (!eof() && isWhitespace(ch())) {
            bump();
        }
        int start = pos;
        StringBuilder digits = new StringBuilder();
        while (!eof() && ch() >= '0' && ch() <= '9') {
            digits.append((char) ch());
            bumpAndBumpSpace();
        }
        int end = pos;
        while (!eof() && isWhitespace(ch())) {
            bumpAndBumpSpace();
        }
        if (digits.length() == 0) {
            throw error("repetition quantifier expects a valid decimal", start, end);
        }
        try {
            long v = Long.parseLong(digits.toString());
            if (v > 0xFFFFFFFFL) {
                throw error("decimal literal invalid", start, end);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("decimal literal invalid", start, end);
        }
    }

    private Node parsePrimitive() throws SyntaxError {
        int c = ch();
        if (c == '\\') {
            return parseEscape();
        }
        Node n;
        if (c == '.') {
            n = new Node(Kind.DOT, pos, pos + 1);
        } else if (c == '^' || c == '$') {
            n = new Node(Kind.ASSERTION, pos, pos + 1);
            n.name = c == '^' ? "start-line" : "end-line";
        } else {
            n = new Node(Kind.LITERAL, pos, pos + 1);
            n.c = c;
        }
        bump();
        return n;
    }

    private Node parseEscape() throws SyntaxError {
        int start = pos;
        if (!bump()) {
            throw error("incomplete escape sequence, reached end of pattern prematurely", start, pos);
        }
        int c = ch();
        if (c >= '0' && c <= '9') {
            throw error("backreferences are not supported", start, pos + 1);
        }
        if (c == 'x' || c == 'u' || c == 'U') {
            Node lit = parseHex();
            lit.start = start;
            return lit;
        }
        if (c == 'p' || c == 'P') {
            Node cls = parseUnicodeClass();
            cls.start = start;
            return cls;
        }
        if ("dswDSW".indexOf(c) >= 0) {
            bump();
            Node cls = new Node(Kind.PERL_CLASS, start, pos);
            cls.c = Character.toLowerCase(c);
            cls.negated = Character.isUpperCase(c);
            return cls;
        }
        bump();
        int end = pos;
        if (META.indexOf(c) >= 0 || isEscapeable(c)) {
            Node n = new Node(Kind.LITERAL, start, end);
            n.c = c;
            return n;
        }
        switch (c) {
            case 'a', 'f', 't', 'n', 'r', 'v' -> {
                Node n = new Node(Kind.LITERAL, start, end);
                n.c = switch (c) {
                    case 'a' -> 7;
                    case 'f' -> 12;
                    case 't' -> 9;
                    case 'n' -> 10;
                    case 'r' -> 13;
                    default -> 11;
                };
                return n;
            }
            case 'A', 'z', 'B', '<', '>' -> {
                Node n = new Node(Kind.ASSERTION, start, end);
                n.name = c == 'A' ? "start-text" : c == 'z' ? "end-text" : c == 'B' ? "not-word-boundary"
                        : c == '<' ? "word-start-angle" : "word-end-angle";
                return n;
            }
            case 'b' -> {
                Node n = new Node(Kind.ASSERTION, start, end);
                n.name = "word-boundary";
                if (!eof() && ch() == '{') {
                    String special = maybeSpecialWordBoundary(start);
                    if (special != null) {
                        n.name = special;
                        n.end = pos;
                    }
                }
                return n;
            }
            default -> throw error("unrecognized escape sequence", start, end);
        }
    }

    private static boolean isEscapeable(int c) {
        if (META.indexOf(c) >= 0) {
            return true;
        }
        if (c > 0x7F) {
            return false;
        }
        return !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '<' || c == '>');
    }

    private String maybeSpecialWordBoundary(int wbStart) throws SyntaxError {
        int start = pos;
        if (!bumpAndBumpSpace()) {
            throw error("found either the beginning of a special word boundary or a bounded repetition on a \\b with "
                    + "an opening brace, but no closing brace", wbStart, pos);
        }
        int startContents = pos;
        if (!isWordBoundaryChar(ch())) {
            pos = start;
            return null;
        }
        StringBuilder name = new StringBuilder();
        while (!eof() && isWordBoundaryChar(ch())) {
            name.appendCodePoint(ch());
            bumpAndBumpSpace();
        }
        if (eof() || ch() != '}') {
            throw error("special word boundary assertion is either unclosed or contains an invalid character", start, pos);
        }
        int end = pos;
        bump();
        return switch (name.toString()) {
            case "start", "end", "start-half", "end-half" -> "word-" + name;
            default -> throw error("unrecognized special word boundary assertion, valid choices are: start, end, "
                    + "start-half or end-half", startContents, end);
        };
    }

    private static boolean isWordBoundaryChar(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
    }

    private Node parseHex() throws SyntaxError {
        int kind = ch();
        if (!bumpAndBumpSpace()) {
            throw errorAt("incomplete escape sequence, reached end of pattern prematurely");
        }
        if (ch() == '{') {
            return parseHexBrace();
        }
        int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
        int start = pos;
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            if (i > 0 && !bumpAndBumpSpace()) {
                throw errorAt("incomplete escape sequence, reached end of pattern prematurely");
            }
            if (!isHex(ch())) {
                throw errorChar("invalid hexadecimal digit");
            }
            hex.appendCodePoint(ch());
        }
        bumpAndBumpSpace();
        int end = pos;
        long v = Long.parseLong(hex.toString(), 16);
        if (!isScalar(v)) {
            throw error("hexadecimal literal is not a Unicode scalar value", start, end);
        }
        Node n = new Node(Kind.LITERAL, start, end);
        n.c = (int) v;
        n.hexByte = kind == 'x';
        return n;
    }

    private Node parseHexBrace() throws SyntaxError {
        int bracePos = pos;
        int start = pos + 1;
        StringBuilder hex = new StringBuilder();
        while (bumpAndBumpSpace() && ch() != '}') {
            if (!isHex(ch())) {
                throw errorChar("invalid hexadecimal digit");
            }
            hex.appendCodePoint(ch());
        }
        if (eof()) {
            throw error("incomplete escape sequence, reached end of pattern prematurely", bracePos, pos);
        }
        int end = pos;
        bumpAndBumpSpace();
        if (hex.length() == 0) {
            throw error("hexadecimal literal empty", bracePos, pos);
        }
        long v = hex.length() > 8 ? -1 : Long.parseLong(hex.toString(), 16);
        if (!isScalar(v)) {
            throw error("hexadecimal literal is not a Unicode scalar value", start, end);
        }
        Node n = new Node(Kind.LITERAL, start, pos);
        n.c = (int) v;
        return n;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isScalar(long v) {
        return v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF);
    }

    private Node parseUnicodeClass() throws SyntaxError {
        boolean negated = ch() == 'P';
        if (!bumpAndBumpSpace()) {
            throw errorAt("incomplete escape sequence, reached end of pattern prematurely");
        }
        Node n;
        if (ch() == '{') {
            int start = pos + 1;
            StringBuilder name = new StringBuilder();
            while (bumpAndBumpSpace() && ch() != '}') {
                name.appendCodePoint(ch());
            }
            if (eof()) {
                throw errorAt("incomplete escape sequence, reached end of pattern prematurely");
            }
            bump();
            n = new Node(Kind.UNICODE_CLASS, start, pos);
            String s = name.toString();
            int ne = s.indexOf("!=");
            int colon = s.indexOf(':');
            int eq = s.indexOf('=');
            if (ne >= 0) {
                n.name = s.substring(0, ne);
                n.value = s.substring(ne + 2);
                negated = !negated;
            } else if (colon >= 0) {
                n.name = s.substring(0, colon);
                n.value = s.substring(colon + 1);
            } else if (eq >= 0) {
                n.name = s.substring(0, eq);
                n.value = s.substring(eq + 1);
            } else {
                n.name = s;
            }
        } else {
            int start = pos;
            int c = ch();
            if (c == '\\') {
                throw errorChar("invalid Unicode character class");
            }
            bumpAndBumpSpace();
            n = new Node(Kind.UNICODE_CLASS, start, pos);
            n.name = new String(Character.toChars(c));
        }
        n.negated = negated;
        return n;
    }

    // ---- bracketed classes ----

    private Node parseSetClass() throws SyntaxError {
        Node union = new Node(Kind.SET_UNION, pos, pos);
        while (true) {
            bumpSpace();
            if (eof()) {
                throw unclosedClass();
            }
            int c = ch();
            if (c == '[') {
                if (!classes.isEmpty()) {
                    Node ascii = maybeAsciiClass();
                    if (ascii != null) {
                        union.children.add(ascii);
                        continue;
                    }
                }
                union = pushClassOpen(union);
            } else if (c == ']') {
                Object result = popClass(union);
                if (result instanceof Node[] nested) {
                    union = nested[0];
                } else {
                    return (Node) result;
                }
            } else if (c == '&' && Integer.valueOf('&').equals(peek())) {
                bumpIf("&&");
                union = pushClassOp('&', union);
            } else if (c == '-' && Integer.valueOf('-').equals(peek())) {
                bumpIf("--");
                union = pushClassOp('-', union);
            } else if (c == '~' && Integer.valueOf('~').equals(peek())) {
                bumpIf("~~");
                union = pushClassOp('~', union);
            } else {
                union.children.add(parseSetClassRange());
            }
        }
    }

    private SyntaxError unclosedClass() {
        for (Object[] state : classes) {
            if (state[0].equals("open")) {
                Node set = (Node) state[2];
                return error("unclosed character class", set.start, set.end);
            }
        }
        return errorAt("unclosed character class");
    }

    private Node pushClassOpen(Node parentUnion) throws SyntaxError {
        int start = pos;
        if (!bumpAndBumpSpace()) {
            throw error("unclosed character class", start, pos);
        }
        boolean negated = false;
        if (ch() == '^') {
            negated = true;
            if (!bumpAndBumpSpace()) {
                throw error("unclosed character class", start, pos);
            }
        }
        Node union = new Node(Kind.SET_UNION, pos, pos);
        while (ch() == '-') {
            Node lit = new Node(Kind.SET_LITERAL, pos, pos + 1);
            lit.c = '-';
            union.children.add(lit);
            if (!bumpAndBumpSpace()) {
                throw error("unclosed character class", start, start);
            }
        }
        if (union.children.isEmpty() && ch() == ']') {
            Node lit = new Node(Kind.SET_LITERAL, pos, pos + 1);
            lit.c = ']';
            union.children.add(lit);
            if (!bumpAndBumpSpace()) {
                throw error("unclosed character class", start, pos);
            }
        }
        Node set = new Node(Kind.SET_BRACKETED, start, pos);
        set.negated = negated;
        classes.push(new Object[] {"open", parentUnion, set});
        return union;
    }

    private static Node unionIntoItem(Node union) {
        if (union.children.isEmpty()) {
            return new Node(Kind.SET_EMPTY, union.start, union.end);
        }
        if (union.children.size() == 1) {
            return union.children.get(0);
        }
        return union;
    }

    private Node popClassOp(Node rhs) {
        Object[] top = classes.peek();
        if (top == null || !top[0].equals("op")) {
            return rhs;
        }
        classes.pop();
        Node op = new Node(Kind.SET_OP, ((Node) top[2]).start, rhs.end);
        op.c = (Character) top[1];
        op.children.add((Node) top[2]);
        op.children.add(rhs);
        return op;
    }

    private Node pushClassOp(char kind, Node nextUnion) {
        Node lhs = popClassOp(unionIntoItem(nextUnion));
        classes.push(new Object[] {"op", kind, lhs});
        return new Node(Kind.SET_UNION, pos, pos);
    }

    /** Returns {@code Node[]{union}} when a nested class closed, or the finished bracketed class node. */
    private Object popClass(Node nestedUnion) {
        Node item = popClassOp(unionIntoItem(nestedUnion));
        Object[] open = classes.pop();
        Node union = (Node) open[1];
        Node set = (Node) open[2];
        bump();
        set.end = pos;
        set.children.add(item);
        if (classes.isEmpty()) {
            Node bracketed = new Node(Kind.BRACKETED, set.start, set.end);
            bracketed.negated = set.negated;
            bracketed.children.add(item);
            return bracketed;
        }
        union.children.add(set);
        return new Node[] {union};
    }

    private Node maybeAsciiClass() {
        int start = pos;
        boolean negated = false;
        if (!bump() || ch() != ':') {
            pos = start;
            return null;
        }
        if (!bump()) {
            pos = start;
            return null;
        }
        if (ch() == '^') {
            negated = true;
            if (!bump()) {
                pos = start;
                return null;
            }
        }
        int nameStart = pos;
        while (ch() != ':' && bump()) {
            // scan the name
        }
        if (eof()) {
            pos = start;
            return null;
        }
        String name = new String(p, nameStart, pos - nameStart);
        if (!bumpIf(":]") || !ASCII_CLASSES.contains(name)) {
            pos = start;
            return null;
        }
        Node n = new Node(Kind.SET_ASCII, start, pos);
        n.name = name;
        n.negated = negated;
        return n;
    }

    private Node parseSetClassRange() throws SyntaxError {
        Node prim1 = parseSetClassItem();
        bumpSpace();
        if (eof()) {
            throw unclosedClass();
        }
        Integer next = peekSpace();
        if (ch() != '-' || (next != null && (next == ']' || next == '-'))) {
            return intoClassSetItem(prim1);
        }
        if (!bumpAndBumpSpace()) {
            throw unclosedClass();
        }
        Node prim2 = parseSetClassItem();
        int start = prim1.start;
        int end = prim2.end;
        intoClassLiteral(prim1);
        intoClassLiteral(prim2);
        if (prim1.c > prim2.c) {
            throw error("invalid character class range, the start must be <= the end", start, end);
        }
        Node range = new Node(Kind.SET_RANGE, start, end);
        range.c = prim1.c;
        range.c2 = prim2.c;
        range.hexByte = prim1.hexByte || prim2.hexByte;
        return range;
    }

    private Node parseSetClassItem() throws SyntaxError {
        if (ch() == '\\') {
            return parseEscape();
        }
        Node n = new Node(Kind.LITERAL, pos, pos + 1);
        n.c = ch();
        bump();
        return n;
    }

    private Node intoClassSetItem(Node prim) throws SyntaxError {
        Node n;
        switch (prim.kind) {
            case LITERAL -> {
                n = new Node(Kind.SET_LITERAL, prim.start, prim.end);
                n.c = prim.c;
                n.hexByte = prim.hexByte;
            }
            case UNICODE_CLASS -> {
                n = new Node(Kind.SET_UNICODE, prim.start, prim.end);
                n.name = prim.name;
                n.value = prim.value;
                n.negated = prim.negated;
            }
            case PERL_CLASS -> {
                n = new Node(Kind.SET_PERL, prim.start, prim.end);
                n.c = prim.c;
                n.negated = prim.negated;
            }
            default -> throw error("invalid escape sequence found in character class", prim.start, prim.end);
        }
        return n;
    }

    private void intoClassLiteral(Node prim) throws SyntaxError {
        if (prim.kind != Kind.LITERAL) {
            throw error("invalid range boundary, must be a literal", prim.start, prim.end);
        }
    }

    // ---- nesting limit ----

    /** regex-syntax's {@code NestLimiter}: depth over groups, classes, repetitions, alternations, concatenations. */
    void checkNesting(Node ast) throws SyntaxError {
        nest(ast, 0);
    }

    private void nest(Node n, int depth) throws SyntaxError {
        int d = depth;
        switch (n.kind) {
            case BRACKETED, REPETITION, GROUP, ALTERNATION, CONCAT, SET_BRACKETED, SET_UNION, SET_OP -> {
                d = depth + 1;
                if (d > RustRegex.NEST_LIMIT) {
                    throw error("exceed the maximum number of nested parentheses/brackets (" + RustRegex.NEST_LIMIT + ")",
                            n.start, n.end);
                }
            }
            default -> {
            }
        }
        for (Node c : n.children) {
            nest(c, d);
        }
    }
}
