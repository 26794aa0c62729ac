package dev.codexstudio.core.hooks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A byte-level JSON reader that reproduces serde_json 1.x ({@code arbitrary_precision}) as Codex uses it: which
 * input fails, with which message, and at which {@code line L column C} (1-based line, column = bytes before the
 * position on its line). The typed deserialisation that drives it lives in {@link HooksJsonReader}; this class
 * offers serde_json's primitives (whitespace, identifiers, strings, numbers, ignoring values, the end-of-seq and
 * end-of-map checks) with serde_json's exact error positions.
 */
final class SerdeJson {

    /** serde_json's recursion limit. */
    static final int RECURSION_LIMIT = 128;

    /** A serde_json error: a message and, once fixed, a position. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        int line;
        int column;
        int byteOffset = -1;

        Failure(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        boolean hasPosition() {
            return byteOffset >= 0;
        }

        /** serde_json's Display: {@code <code> at line L column C}. */
        String display() {
            return code + " at line " + line + " column " + column;
        }
    }

    /** A JSON number as serde_json (arbitrary precision) parsed it. */
    record Num(Kind kind, long value, String text) {
        enum Kind {
            /** A non-negative integer that fits u64 ({@code value} holds the unsigned bits). */
            U64,
            /** A negative integer that fits i64. */
            I64,
            /** Anything else (a float, or an integer out of range): buffered by serde as a map. */
            OTHER
        }

        /** serde's {@code Unexpected} text for this number. */
        String unexpected() {
            return switch (kind) {
                case U64 -> "integer `" + Long.toUnsignedString(value) + "`";
                case I64 -> "integer `" + value + "`";
                case OTHER -> "number";
            };
        }
    }

    final byte[] bytes;
    int index;
    int remainingDepth = RECURSION_LIMIT;

    SerdeJson(byte[] bytes) {
        this.bytes = bytes;
    }

    // ---- errors and positions ----

    Failure errorAt(String code, int at) {
        Failure f = new Failure(code);
        setPosition(f, at);
        return f;
    }

    /** serde_json's {@code error}: the current position. */
    Failure error(String code) {
        return errorAt(code, index);
    }

    /** serde_json's {@code peek_error}: one byte past the current position. */
    Failure peekError(String code) {
        return errorAt(code, Math.min(bytes.length, index + 1));
    }

    static Failure custom(String message) {
        return new Failure(message);
    }

    /** serde_json's {@code fix_position}: gives a position-less error the current position. */
    Failure fix(Failure f) {
        if (!f.hasPosition()) {
            setPosition(f, index);
        }
        return f;
    }

    private void setPosition(Failure f, int at) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        f.line = line;
        f.column = at - lineStart;
        f.byteOffset = at;
    }

    static Failure invalidType(String unexpected, String expected) {
        return custom("invalid type: " + unexpected + ", expected " + expected);
    }

    static Failure invalidValue(String unexpected, String expected) {
        return custom("invalid value: " + unexpected + ", expected " + expected);
    }

    static String strUnexpected(String s) {
        return "string " + RustFormat.debug(s);
    }

    // ---- byte primitives ----

    int peek() {
        return index < bytes.length ? bytes[index] & 0xFF : -1;
    }

    int peekOrNull() {
        return index < bytes.length ? bytes[index] & 0xFF : 0;
    }

    int next() {
        return index < bytes.length ? bytes[index++] & 0xFF : -1;
    }

    void eat() {
        index++;
    }

    /** Skips JSON whitespace; returns the next byte or -1 at the end. */
    int ws() {
        while (index < bytes.length) {
            int b = bytes[index] & 0xFF;
            if (b == ' ' || b == '\n' || b == '\t' || b == '\r') {
                index++;
            } else {
                return b;
            }
        }
        return -1;
    }

    void parseIdent(String rest) throws Failure {
        for (int i = 0; i < rest.length(); i++) {
            int c = next();
            if (c < 0) {
                throw error("EOF while parsing a value");
            }
            if (c != rest.charAt(i)) {
                throw error("expected ident");
            }
        }
    }

    /** Enters a nested value (serde_json's {@code check_recursion!}). */
    void enter() throws Failure {
        remainingDepth--;
        if (remainingDepth == 0) {
            throw peekError("recursion limit exceeded");
        }
    }

    void leave() {
        remainingDepth++;
    }

    /** serde_json's {@code end_seq}; returns the error it would give, or null. */
    Failure endSeq() {
        int b = ws();
        if (b == ']') {
            eat();
            return null;
        }
        if (b == ',') {
            eat();
            return ws() == ']' ? peekError("trailing comma") : peekError("trailing characters");
        }
        return b < 0 ? peekError("EOF while parsing a list") : peekError("trailing characters");
    }

    /** serde_json's {@code end_map}; returns the error it would give, or null. */
    Failure endMap() {
        int b = ws();
        if (b == '}') {
            eat();
            return null;
        }
        if (b == ',') {
            return peekError("trailing comma");
        }
        return b < 0 ? peekError("EOF while parsing an object") : peekError("trailing characters");
    }

    /** Combines a visitor result with the closing check, as serde_json does ({@code (ret, end)} match). */
    void closeSeq(Failure visitError) throws Failure {
        Failure end = endSeq();
        if (visitError != null) {
            throw fix(visitError);
        }
        if (end != null) {
            throw end;
        }
    }

    void closeMap(Failure visitError) throws Failure {
        Failure end = endMap();
        if (visitError != null) {
            throw fix(visitError);
        }
        if (end != null) {
            throw end;
        }
    }

    /** serde_json's {@code has_next_element}. */
    boolean hasNextElement(boolean[] first) throws Failure {
        int b = ws();
        if (b < 0) {
            throw peekError("EOF while parsing a list");
        }
        if (b == ']') {
            return false;
        }
        if (first[0]) {
            first[0] = false;
            return true;
        }
        if (b == ',') {
            eat();
            int n = ws();
            if (n == ']') {
                throw peekError("trailing comma");
            }
            if (n < 0) {
                throw peekError("EOF while parsing a value");
            }
            return true;
        }
        throw peekError("expected `,` or `]`");
    }

    /** serde_json's {@code has_next_key}. */
    boolean hasNextKey(boolean[] first) throws Failure {
        int b = ws();
        if (b < 0) {
            throw peekError("EOF while parsing an object");
        }
        if (b == '}') {
            return false;
        }
        if (first[0]) {
            first[0] = false;
            if (b == '"') {
                return true;
            }
            throw peekError("key must be a string");
        }
        if (b == ',') {
            eat();
            int n = ws();
            if (n == '"') {
                return true;
            }
            if (n == '}') {
                throw peekError("trailing comma");
            }
            if (n < 0) {
                throw peekError("EOF while parsing a value");
            }
            throw peekError("key must be a string");
        }
        throw peekError("expected `,` or `}`");
    }

    /** Reads a map key (the next byte is the opening quote). */
    String key() throws Failure {
        eat();
        return parseStr();
    }

    /** serde_json's {@code parse_object_colon}. */
    void colon() throws Failure {
        int b = ws();
        if (b == ':') {
            eat();
            return;
        }
        throw b < 0 ? peekError("EOF while parsing an object") : peekError("expected `:`");
    }

    // ---- strings ----

    private static boolean isEscape(int b) {
        return b == '"' || b == '\\' || b < 0x20;
    }

    /** Parses a string body after the opening quote, validating escapes as serde_json does. */
    String parseStr() throws Failure {
        StringBuilder out = null;
        int start = index;
        while (true) {
            while (index < bytes.length && !isEscape(bytes[index] & 0xFF)) {
                index++;
            }
            if (index == bytes.length) {
                throw error("EOF while parsing a string");
            }
            int b = bytes[index] & 0xFF;
            if (b == '"') {
                String tail = utf8(start, index);
                index++;
                return out == null ? tail : out.append(tail).toString();
            }
            if (b == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(utf8(start, index));
                index++;
                parseEscape(out);
                start = index;
            } else {
                index++;
                throw error("control character (\\u0000-\\u001F) found while parsing a string");
            }
        }
    }

    private String utf8(int from, int to) {
        return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void parseEscape(StringBuilder out) throws Failure {
        int c = next();
        if (c < 0) {
            throw error("EOF while parsing a string");
        }
        switch (c) {
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case '/' -> out.append('/');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> parseUnicodeEscape(out);
            default -> throw error("invalid escape");
        }
    }

    private void parseUnicodeEscape(StringBuilder out) throws Failure {
        int n = decodeHexEscape();
        if (n >= 0xDC00 && n <= 0xDFFF) {
            throw error("lone leading surrogate in hex escape");
        }
        if (n < 0xD800 || n > 0xDBFF) {
            out.append((char) n);
            return;
        }
        if (peek() < 0) {
            throw error("EOF while parsing a string");
        }
        if (peek() != '\\') {
            eat();
            throw error("unexpected end of hex escape");
        }
        eat();
        if (peek() < 0) {
            throw error("EOF while parsing a string");
        }
        if (peek() != 'u') {
            eat();
            throw error("unexpected end of hex escape");
        }
        eat();
        int n2 = decodeHexEscape();
        if (n2 < 0xDC00 || n2 > 0xDFFF) {
            throw error("lone leading surrogate in hex escape");
        }
        out.append((char) n).append((char) n2);
    }

    private int decodeHexEscape() throws Failure {
        if (bytes.length - index < 4) {
            index = bytes.length;
            throw error("EOF while parsing a string");
        }
        int v = 0;
        boolean ok = true;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(bytes[index + i] & 0xFF, 16);
            if (d < 0 || (bytes[index + i] & 0x80) != 0) {
                ok = false;
            }
            v = v * 16 + Math.max(d, 0);
        }
        index += 4;
        if (!ok) {
            throw error("invalid escape");
        }
        return v;
    }

    private void ignoreStr() throws Failure {
        while (true) {
            while (index < bytes.length && !isEscape(bytes[index] & 0xFF)) {
                index++;
            }
            if (index == bytes.length) {
                throw error("EOF while parsing a string");
            }
            int b = bytes[index] & 0xFF;
            if (b == '"') {
                index++;
                return;
            }
            if (b == '\\') {
                index++;
                int c = next();
                if (c < 0) {
                    throw error("EOF while parsing a string");
                }
                switch (c) {
                    case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                    }
                    case 'u' -> decodeHexEscape();
                    default -> throw error("invalid escape");
                }
            } else {
                throw error("control character (\\u0000-\\u001F) found while parsing a string");
            }
        }
    }

    // ---- numbers ----

    /** serde_json's {@code parse_any_number} (arbitrary precision); the sign was already eaten when negative. */
    Num parseAnyNumber(boolean positive) throws Failure {
        StringBuilder buf = new StringBuilder(16);
        if (!positive) {
            buf.append('-');
        }
        scanInteger(buf);
        String s = buf.toString();
        boolean integral = s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0;
        if (integral) {
            BigInteger v = new BigInteger(s);
            if (positive && v.bitLength() <= 64) {
                return new Num(Num.Kind.U64, v.longValue(), v.toString());
            }
            if (!positive && v.bitLength() <= 63) {
                return new Num(Num.Kind.I64, v.longValue(), v.toString());
            }
        }
        return new Num(Num.Kind.OTHER, 0, s);
    }

    private int scanOrEof(StringBuilder buf) throws Failure {
        int c = next();
        if (c < 0) {
            throw error("EOF while parsing a value");
        }
        buf.append((char) c);
        return c;
    }

    private void scanInteger(StringBuilder buf) throws Failure {
        int c = scanOrEof(buf);
        if (c == '0') {
            int p = peekOrNull();
            if (p >= '0' && p <= '9') {
                throw peekError("invalid number");
            }
            scanNumber(buf);
        } else if (c >= '1' && c <= '9') {
            while (true) {
                int p = peekOrNull();
                if (p >= '0' && p <= '9') {
                    eat();
                    buf.append((char) p);
                } else {
                    scanNumber(buf);
                    return;
                }
            }
        } else {
            throw error("invalid number");
        }
    }

    private void scanNumber(StringBuilder buf) throws Failure {
        int p = peekOrNull();
        if (p == '.') {
            scanDecimal(buf);
        } else if (p == 'e' || p == 'E') {
            scanExponent((char) p, buf);
        }
    }

    private void scanDecimal(StringBuilder buf) throws Failure {
        eat();
        buf.append('.');
        boolean digit = false;
        while (true) {
            int p = peekOrNull();
            if (p >= '0' && p <= '9') {
                eat();
                buf.append((char) p);
                digit = true;
            } else {
                break;
            }
        }
        if (!digit) {
            throw peek() < 0 ? peekError("EOF while parsing a value") : peekError("invalid number");
        }
        int p = peekOrNull();
        if (p == 'e' || p == 'E') {
            scanExponent((char) p, buf);
        }
    }

    private void scanExponent(char e, StringBuilder buf) throws Failure {
        eat();
        buf.append(e);
        int p = peekOrNull();
        if (p == '+' || p == '-') {
            eat();
            buf.append((char) p);
        }
        int c = scanOrEof(buf);
        if (c < '0' || c > '9') {
            throw error("invalid number");
        }
        while (true) {
            int q = peekOrNull();
            if (q >= '0' && q <= '9') {
                eat();
                buf.append((char) q);
            } else {
                return;
            }
        }
    }

    private void ignoreInteger() throws Failure {
        int c = index < bytes.length ? bytes[index++] & 0xFF : 0;
        if (c == '0') {
            int p = peekOrNull();
            if (p >= '0' && p <= '9') {
                throw peekError("invalid number");
            }
        } else if (c >= '1' && c <= '9') {
            while (peekOrNull() >= '0' && peekOrNull() <= '9') {
                eat();
            }
        } else {
            throw error("invalid number");
        }
        int p = peekOrNull();
        if (p == '.') {
            eat();
            boolean digit = false;
            while (peekOrNull() >= '0' && peekOrNull() <= '9') {
                eat();
                digit = true;
            }
            if (!digit) {
                throw peekError("invalid number");
            }
            p = peekOrNull();
        }
        if (p == 'e' || p == 'E') {
            eat();
            int s = peekOrNull();
            if (s == '+' || s == '-') {
                eat();
            }
            int d = index < bytes.length ? bytes[index++] & 0xFF : 0;
            if (d < '0' || d > '9') {
                throw error("invalid number");
            }
            while (peekOrNull() >= '0' && peekOrNull() <= '9') {
                eat();
            }
        }
    }

    // ---- invalid types and ignored values ----

    /** serde_json's {@code peek_invalid_type}: consumes a scalar, and returns the positioned error. */
    Failure peekInvalidType(String expected) {
        int b = peek();
        Failure f;
        try {
            switch (b) {
                case 'n' -> {
                    eat();
                    parseIdent("ull");
                    f = custom("invalid type: null, expected " + expected);
                }
                case 't' -> {
                    eat();
                    parseIdent("rue");
                    f = invalidType("boolean `true`", expected);
                }
                case 'f' -> {
                    eat();
                    parseIdent("alse");
                    f = invalidType("boolean `false`", expected);
                }
                case '-' -> {
                    eat();
                    f = invalidType(parseAnyNumber(false).unexpected(), expected);
                }
                case '"' -> {
                    eat();
                    f = invalidType(strUnexpected(parseStr()), expected);
                }
                case '[' -> f = invalidType("sequence", expected);
                case '{' -> f = invalidType("map", expected);
                default -> {
                    if (b >= '0' && b <= '9') {
                        f = invalidType(parseAnyNumber(true).unexpected(), expected);
                    } else {
                        f = peekError("expected value");
                    }
                }
            }
        } catch (Failure syntax) {
            return syntax;
        }
        return fix(f);
    }

    /** serde_json's iterative {@code ignore_value} (no recursion limit). */
    void ignoreValue() throws Failure {
        List<Integer> stack = new ArrayList<>();
        Integer enclosing = null;
        while (true) {
            int peek = ws();
            if (peek < 0) {
                throw peekError("EOF while parsing a value");
            }
            Integer frame = null;
            switch (peek) {
                case 'n' -> {
                    eat();
                    parseIdent("ull");
                }
                case 't' -> {
                    eat();
                    parseIdent("rue");
                }
                case 'f' -> {
                    eat();
                    parseIdent("alse");
                }
                case '-' -> {
                    eat();
                    ignoreInteger();
                }
                case '"' -> {
                    eat();
                    ignoreStr();
                }
                case '[', '{' -> {
                    if (enclosing != null) {
                        stack.add(enclosing);
                        enclosing = null;
                    }
                    eat();
                    frame = peek;
                }
                default -> {
                    if (peek >= '0' && peek <= '9') {
                        ignoreInteger();
                    } else {
                        throw peekError("expected value");
                    }
                }
            }
            boolean acceptComma;
            int f;
            if (frame != null) {
                acceptComma = false;
                f = frame;
            } else if (enclosing != null) {
                acceptComma = true;
                f = enclosing;
                enclosing = null;
            } else if (!stack.isEmpty()) {
                acceptComma = true;
                f = stack.remove(stack.size() - 1);
            } else {
                return;
            }
            while (true) {
                int b = ws();
                if (b == ',' && acceptComma) {
                    eat();
                    break;
                } else if ((b == ']' && f == '[') || (b == '}' && f == '{')) {
                    eat();
                    if (stack.isEmpty()) {
                        return;
                    }
                    f = stack.remove(stack.size() - 1);
                    acceptComma = true;
                } else if (b >= 0) {
                    if (acceptComma) {
                        throw peekError(f == '[' ? "expected `,` or `]`" : "expected `,` or `}`");
                    }
                    break;
                } else {
                    throw peekError(f == '[' ? "EOF while parsing a list" : "EOF while parsing an object");
                }
            }
            if (f == '{') {
                int b = ws();
                if (b == '"') {
                    eat();
                } else {
                    throw b < 0 ? peekError("EOF while parsing an object") : peekError("key must be a string");
                }
                ignoreStr();
                b = ws();
                if (b == ':') {
                    eat();
                } else {
                    throw b < 0 ? peekError("EOF while parsing an object") : peekError("expected `:`");
                }
            }
            enclosing = f;
        }
    }

    /** serde_json's {@code Deserializer::end}: only whitespace may follow the value. */
    void end() throws Failure {
        if (ws() >= 0) {
            throw peekError("trailing characters");
        }
    }
}
