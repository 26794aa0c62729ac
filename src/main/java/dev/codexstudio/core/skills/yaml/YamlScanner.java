package dev.codexstudio.core.skills.yaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The libyaml 0.2.5 scanner (as translated in unsafe-libyaml, which serde_yaml 0.9 and therefore Codex
 * use), reimplemented in Java so that acceptance, token positions and error messages are the same.
 *
 * <p>The reader is emulated too: input is decoded in 16 KiB raw chunks, and a control character makes
 * the decode of its chunk fail with {@code control characters are not allowed}, at the moment libyaml
 * would decode that chunk. Positions ({@link YamlMark}) count Unicode code points, as libyaml does.
 */
final class YamlScanner {

    private static final int RAW_BUFFER_SIZE = 16384;
    private static final int MAX_VERSION_NUMBER_LENGTH = 9;

    private final int[] cps;
    private final int[] byteOffsets;
    private final int totalBytes;

    private int rawRead;
    private int rawDecoded;
    private int decoded;
    private boolean eof;
    private boolean nulAppended;
    private boolean encodingDetermined;
    private final boolean bom;

    private int pos;
    private int line;
    private int column;

    private final List<Token> tokens = new ArrayList<>();
    private int head;
    private int tokensParsed;
    private boolean tokenAvailable;
    private boolean streamStartProduced;
    private boolean streamEndProduced;

    private int indent;
    private final List<Integer> indents = new ArrayList<>();
    private int flowLevel;
    private boolean simpleKeyAllowed;
    private final List<SimpleKey> simpleKeys = new ArrayList<>();

    private static final class SimpleKey {
        boolean possible;
        boolean required;
        int tokenNumber;
        YamlMark mark = YamlMark.ZERO;
    }

    YamlScanner(String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        totalBytes = bytes.length;
        int count = input.codePointCount(0, input.length());
        bom = count > 0 && input.codePointAt(0) == 0xFEFF;
        int skip = bom ? 1 : 0;
        cps = new int[count - skip];
        byteOffsets = new int[count - skip];
        int byteOffset = 0;
        int k = 0;
        for (int i = 0; i < input.length(); ) {
            int cp = input.codePointAt(i);
            if (k >= skip) {
                cps[k - skip] = cp;
                byteOffsets[k - skip] = byteOffset;
            }
            byteOffset += utf8Width(cp);
            i += Character.charCount(cp);
            k++;
        }
    }

    private static int utf8Width(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }

    // ---------------------------------------------------------------- reader emulation

    private int available() {
        return decoded + (nulAppended ? 1 : 0);
    }

    private void cache(int length) {
        if (available() - pos >= length) {
            return;
        }
        updateBuffer(length);
    }

    private void updateBuffer(int length) {
        if (eof && rawDecoded == rawRead) {
            return;
        }
        if (available() - pos >= length) {
            return;
        }
        if (!encodingDetermined) {
            encodingDetermined = true;
            while (!eof && rawRead - rawDecoded < 3) {
                updateRaw();
            }
            if (bom) {
                rawDecoded += 3;
            }
        }
        boolean first = true;
        while (available() - pos < length) {
            if (!first || rawDecoded == rawRead) {
                updateRaw();
            }
            first = false;
            decodeRaw();
            if (eof) {
                nulAppended = true;
                return;
            }
        }
    }

    private void updateRaw() {
        if (rawRead - rawDecoded == RAW_BUFFER_SIZE || eof) {
            return;
        }
        int room = RAW_BUFFER_SIZE - (rawRead - rawDecoded);
        int size = Math.min(room, totalBytes - rawRead);
        if (size == 0) {
            eof = true;
        } else {
            rawRead += size;
        }
    }

    private void decodeRaw() {
        while (decoded < cps.length) {
            int offset = byteOffsets[decoded];
            int cp = cps[decoded];
            int width = utf8Width(cp);
            if (offset + width > rawRead) {
                break;
            }
            if (!(cp == 0x09 || cp == 0x0A || cp == 0x0D || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85
                    || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF))) {
                throw new YamlFailure(new YamlSyntaxError("control characters are not allowed", YamlMark.ZERO,
                        offset, null, YamlMark.ZERO));
            }
            decoded++;
            rawDecoded = offset + width;
        }
    }

    // ---------------------------------------------------------------- character classes

    private int ch(int k) {
        int i = pos + k;
        return i < decoded ? cps[i] : 0;
    }

    private boolean check(int c) {
        return ch(0) == c;
    }

    private boolean checkAt(int c, int k) {
        return ch(k) == c;
    }

    private static boolean isAlphaChar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-';
    }

    private boolean isAlpha() {
        return isAlphaChar(ch(0));
    }

    private boolean isDigit() {
        int c = ch(0);
        return c >= '0' && c <= '9';
    }

    private boolean isHexAt(int k) {
        int c = ch(k);
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    private int asHexAt(int k) {
        int c = ch(k);
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c - '0';
    }

    private static boolean isBlankChar(int c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBreakChar(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private boolean isBlankAt(int k) {
        return isBlankChar(ch(k));
    }

    private boolean isBlank() {
        return isBlankAt(0);
    }

    private boolean isBreak() {
        return isBreakChar(ch(0));
    }

    private boolean isBreakz() {
        int c = ch(0);
        return isBreakChar(c) || c == 0;
    }

    private boolean isBlankzAt(int k) {
        int c = ch(k);
        return isBlankChar(c) || isBreakChar(c) || c == 0;
    }

    private boolean isBlankz() {
        return isBlankzAt(0);
    }

    private YamlMark mark() {
        return new YamlMark(pos, line, column);
    }

    private void skip() {
        pos++;
        column++;
    }

    private void skipLine() {
        if (ch(0) == '\r' && ch(1) == '\n') {
            pos += 2;
            column = 0;
            line++;
        } else if (isBreak()) {
            pos++;
            column = 0;
            line++;
        }
    }

    private void read(StringBuilder sb) {
        sb.appendCodePoint(ch(0));
        pos++;
        column++;
    }

    private void readLine(StringBuilder sb) {
        int c = ch(0);
        if (c == '\r' && ch(1) == '\n') {
            sb.append('\n');
            pos += 2;
            column = 0;
            line++;
        } else if (c == '\r' || c == '\n' || c == 0x85) {
            sb.append('\n');
            pos++;
            column = 0;
            line++;
        } else if (c == 0x2028 || c == 0x2029) {
            sb.appendCodePoint(c);
            pos++;
            column = 0;
            line++;
        }
    }

    private YamlFailure error(String context, YamlMark contextMark, String problem) {
        return new YamlFailure(new YamlSyntaxError(problem, mark(), 0, context, contextMark));
    }

    // ---------------------------------------------------------------- token queue API for the parser

    /** The next token, scanning as far ahead as libyaml does. */
    Token peek() {
        if (!tokenAvailable) {
            fetchMoreTokens();
        }
        return tokens.get(head);
    }

    /** Consumes the token returned by {@link #peek()}. */
    void skipToken() {
        Token t = tokens.get(head);
        tokenAvailable = false;
        tokensParsed++;
        streamEndProduced = t.type() == Token.Type.STREAM_END;
        head++;
    }

    boolean streamEndProduced() {
        return streamEndProduced;
    }

    private void enqueue(Token t) {
        tokens.add(t);
    }

    private void insertToken(int relativeIndex, Token t) {
        tokens.add(head + relativeIndex, t);
    }

    private int queued() {
        return tokens.size() - head;
    }

    private void fetchMoreTokens() {
        while (true) {
            boolean needMore = false;
            if (queued() == 0) {
                needMore = true;
            } else {
                staleSimpleKeys();
                for (SimpleKey key : simpleKeys) {
                    if (key.possible && key.tokenNumber == tokensParsed) {
                        needMore = true;
                        break;
                    }
                }
            }
            if (!needMore) {
                break;
            }
            fetchNextToken();
        }
        tokenAvailable = true;
    }

    private void fetchNextToken() {
        cache(1);
        if (!streamStartProduced) {
            fetchStreamStart();
            return;
        }
        scanToNextToken();
        staleSimpleKeys();
        unrollIndent(column);
        cache(4);
        int c = ch(0);
        if (c == 0) {
            fetchStreamEnd();
            return;
        }
        if (column == 0 && c == '%') {
            fetchDirective();
            return;
        }
        if (column == 0 && c == '-' && checkAt('-', 1) && checkAt('-', 2) && isBlankzAt(3)) {
            fetchDocumentIndicator(Token.Type.DOCUMENT_START);
            return;
        }
        if (column == 0 && c == '.' && checkAt('.', 1) && checkAt('.', 2) && isBlankzAt(3)) {
            fetchDocumentIndicator(Token.Type.DOCUMENT_END);
            return;
        }
        switch (c) {
            case '[' -> {
                fetchFlowCollectionStart(Token.Type.FLOW_SEQUENCE_START);
                return;
            }
            case '{' -> {
                fetchFlowCollectionStart(Token.Type.FLOW_MAPPING_START);
                return;
            }
            case ']' -> {
                fetchFlowCollectionEnd(Token.Type.FLOW_SEQUENCE_END);
                return;
            }
            case '}' -> {
                fetchFlowCollectionEnd(Token.Type.FLOW_MAPPING_END);
                return;
            }
            case ',' -> {
                fetchFlowEntry();
                return;
            }
            default -> {
            }
        }
        if (c == '-' && isBlankzAt(1)) {
            fetchBlockEntry();
            return;
        }
        if (c == '?' && (flowLevel != 0 || isBlankzAt(1))) {
            fetchKey();
            return;
        }
        if (c == ':' && (flowLevel != 0 || isBlankzAt(1))) {
            fetchValue();
            return;
        }
        if (c == '*') {
            fetchAnchor(Token.Type.ALIAS);
            return;
        }
        if (c == '&') {
            fetchAnchor(Token.Type.ANCHOR);
            return;
        }
        if (c == '!') {
            fetchTag();
            return;
        }
        if (c == '|' && flowLevel == 0) {
            fetchBlockScalar(true);
            return;
        }
        if (c == '>' && flowLevel == 0) {
            fetchBlockScalar(false);
            return;
        }
        if (c == '\'') {
            fetchFlowScalar(true);
            return;
        }
        if (c == '"') {
            fetchFlowScalar(false);
            return;
        }
        boolean indicator = isBlankz() || "-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0;
        if (!indicator || (c == '-' && !isBlankAt(1))
                || (flowLevel == 0 && (c == '?' || c == ':') && !isBlankzAt(1))) {
            fetchPlainScalar();
            return;
        }
        throw error("while scanning for the next token", mark(), "found character that cannot start any token");
    }

    private void staleSimpleKeys() {
        for (SimpleKey key : simpleKeys) {
            if (key.possible && (key.mark.line() < line || key.mark.index() + 1024 < pos)) {
                if (key.required) {
                    throw error("while scanning a simple key", key.mark, "could not find expected ':'");
                }
                key.possible = false;
            }
        }
    }

    private void saveSimpleKey() {
        boolean required = flowLevel == 0 && indent == column;
        if (simpleKeyAllowed) {
            SimpleKey key = new SimpleKey();
            key.possible = true;
            key.required = required;
            key.tokenNumber = tokensParsed + queued();
            key.mark = mark();
            removeSimpleKey();
            simpleKeys.set(simpleKeys.size() - 1, key);
        }
    }

    private void removeSimpleKey() {
        SimpleKey key = simpleKeys.get(simpleKeys.size() - 1);
        if (key.possible && key.required) {
            throw error("while scanning a simple key", key.mark, "could not find expected ':'");
        }
        key.possible = false;
    }

    private void increaseFlowLevel() {
        simpleKeys.add(new SimpleKey());
        flowLevel++;
    }

    private void decreaseFlowLevel() {
        if (flowLevel != 0) {
            flowLevel--;
            simpleKeys.remove(simpleKeys.size() - 1);
        }
    }

    private void rollIndent(int col, int number, Token.Type type, YamlMark at) {
        if (flowLevel != 0) {
            return;
        }
        if (indent < col) {
            indents.add(indent);
            indent = col;
            Token t = Token.simple(type, at, at);
            if (number == -1) {
                enqueue(t);
            } else {
                insertToken(number - tokensParsed, t);
            }
        }
    }

    private void unrollIndent(int col) {
        if (flowLevel != 0) {
            return;
        }
        while (indent > col) {
            YamlMark m = mark();
            enqueue(Token.simple(Token.Type.BLOCK_END, m, m));
            indent = indents.remove(indents.size() - 1);
        }
    }

    private void fetchStreamStart() {
        indent = -1;
        simpleKeys.add(new SimpleKey());
        simpleKeyAllowed = true;
        streamStartProduced = true;
        YamlMark m = mark();
        enqueue(Token.simple(Token.Type.STREAM_START, m, m));
    }

    private void fetchStreamEnd() {
        if (column != 0) {
            column = 0;
            line++;
        }
        unrollIndent(-1);
        removeSimpleKey();
        simpleKeyAllowed = false;
        YamlMark m = mark();
        enqueue(Token.simple(Token.Type.STREAM_END, m, m));
    }

    private void fetchDirective() {
        unrollIndent(-1);
        removeSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanDirective());
    }

    private void fetchDocumentIndicator(Token.Type type) {
        unrollIndent(-1);
        removeSimpleKey();
        simpleKeyAllowed = false;
        YamlMark start = mark();
        skip();
        skip();
        skip();
        enqueue(Token.simple(type, start, mark()));
    }

    private void fetchFlowCollectionStart(Token.Type type) {
        saveSimpleKey();
        increaseFlowLevel();
        simpleKeyAllowed = true;
        YamlMark start = mark();
        skip();
        enqueue(Token.simple(type, start, mark()));
    }

    private void fetchFlowCollectionEnd(Token.Type type) {
        removeSimpleKey();
        decreaseFlowLevel();
        simpleKeyAllowed = false;
        YamlMark start = mark();
        skip();
        enqueue(Token.simple(type, start, mark()));
    }

    private void fetchFlowEntry() {
        removeSimpleKey();
        simpleKeyAllowed = true;
        YamlMark start = mark();
        skip();
        enqueue(Token.simple(Token.Type.FLOW_ENTRY, start, mark()));
    }

    private void fetchBlockEntry() {
        if (flowLevel == 0) {
            if (!simpleKeyAllowed) {
                throw error(null, mark(), "block sequence entries are not allowed in this context");
            }
            rollIndent(column, -1, Token.Type.BLOCK_SEQUENCE_START, mark());
        }
        removeSimpleKey();
        simpleKeyAllowed = true;
        YamlMark start = mark();
        skip();
        enqueue(Token.simple(Token.Type.BLOCK_ENTRY, start, mark()));
    }

    private void fetchKey() {
        if (flowLevel == 0) {
            if (!simpleKeyAllowed) {
                throw error(null, mark(), "mapping keys are not allowed in this context");
            }
            rollIndent(column, -1, Token.Type.BLOCK_MAPPING_START, mark());
        }
        removeSimpleKey();
        simpleKeyAllowed = flowLevel == 0;
        YamlMark start = mark();
        skip();
        enqueue(Token.simple(Token.Type.KEY, start, mark()));
    }

    private void fetchValue() {
        SimpleKey key = simpleKeys.get(simpleKeys.size() - 1);
        if (key.possible) {
            insertToken(key.tokenNumber - tokensParsed, Token.simple(Token.Type.KEY, key.mark, key.mark));
            rollIndent(key.mark.column(), key.tokenNumber, Token.Type.BLOCK_MAPPING_START, key.mark);
            key.possible = false;
            simpleKeyAllowed = false;
        } else {
            if (flowLevel == 0) {
                if (!simpleKeyAllowed) {
                    throw error(null, mark(), "mapping values are not allowed in this context");
                }
                rollIndent(column, -1, Token.Type.BLOCK_MAPPING_START, mark());
            }
            simpleKeyAllowed = flowLevel == 0;
        }
        YamlMark start = mark();
        skip();
        enqueue(Token.simple(Token.Type.VALUE, start, mark()));
    }

    private void fetchAnchor(Token.Type type) {
        saveSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanAnchor(type));
    }

    private void fetchTag() {
        saveSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanTag());
    }

    private void fetchBlockScalar(boolean literal) {
        removeSimpleKey();
        simpleKeyAllowed = true;
        enqueue(scanBlockScalar(literal));
    }

    private void fetchFlowScalar(boolean single) {
        saveSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanFlowScalar(single));
    }

    private void fetchPlainScalar() {
        saveSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanPlainScalar());
    }

    private void scanToNextToken() {
        while (true) {
            cache(1);
            if (column == 0 && ch(0) == 0xFEFF) {
                skip();
            }
            cache(1);
            while (check(' ') || ((flowLevel != 0 || !simpleKeyAllowed) && check('\t'))) {
                skip();
                cache(1);
            }
            if (check('#')) {
                while (!isBreakz()) {
                    skip();
                    cache(1);
                }
            }
            if (!isBreak()) {
                break;
            }
            cache(2);
            skipLine();
            if (flowLevel == 0) {
                simpleKeyAllowed = true;
            }
        }
    }

    // ---------------------------------------------------------------- directives

    private Token scanDirective() {
        YamlMark start = mark();
        skip();
        String name = scanDirectiveName(start);
        Token token;
        if (name.equals("YAML")) {
            int[] version = scanVersionDirectiveValue(start);
            token = new Token(Token.Type.VERSION_DIRECTIVE, start, mark(), null, null, null, null, version[0],
                    version[1]);
        } else if (name.equals("TAG")) {
            String[] value = scanTagDirectiveValue(start);
            token = new Token(Token.Type.TAG_DIRECTIVE, start, mark(), null, null, value[0], value[1], 0, 0);
        } else {
            throw error("while scanning a directive", start, "found unknown directive name");
        }
        cache(1);
        while (isBlank()) {
            skip();
            cache(1);
        }
        if (check('#')) {
            while (!isBreakz()) {
                skip();
                cache(1);
            }
        }
        if (!isBreakz()) {
            throw error("while scanning a directive", start, "did not find expected comment or line break");
        }
        if (isBreak()) {
            cache(2);
            skipLine();
        }
        return token;
    }

    private String scanDirectiveName(YamlMark start) {
        StringBuilder sb = new StringBuilder();
        cache(1);
        while (isAlpha()) {
            read(sb);
            cache(1);
        }
        if (sb.length() == 0) {
            throw error("while scanning a directive", start, "could not find expected directive name");
        }
        if (!isBlankz()) {
            throw error("while scanning a directive", start, "found unexpected non-alphabetical character");
        }
        return sb.toString();
    }

    private int[] scanVersionDirectiveValue(YamlMark start) {
        cache(1);
        while (isBlank()) {
            skip();
            cache(1);
        }
        int major = scanVersionDirectiveNumber(start);
        if (!check('.')) {
            throw error("while scanning a %YAML directive", start, "did not find expected digit or '.' character");
        }
        skip();
        int minor = scanVersionDirectiveNumber(start);
        return new int[] {major, minor};
    }

    private int scanVersionDirectiveNumber(YamlMark start) {
        int value = 0;
        int length = 0;
        cache(1);
        while (isDigit()) {
            length++;
            if (length > MAX_VERSION_NUMBER_LENGTH) {
                throw error("while scanning a %YAML directive", start, "found extremely long version number");
            }
            value = value * 10 + (ch(0) - '0');
            skip();
            cache(1);
        }
        if (length == 0) {
            throw error("while scanning a %YAML directive", start, "did not find expected version number");
        }
        return value;
    }

    private String[] scanTagDirectiveValue(YamlMark start) {
        cache(1);
        while (isBlank()) {
            skip();
            cache(1);
        }
        String handle = scanTagHandle(true, start);
        cache(1);
        if (!isBlank()) {
            throw error("while scanning a %TAG directive", start, "did not find expected whitespace");
        }
        while (isBlank()) {
            skip();
            cache(1);
        }
        String prefix = scanTagUri(true, true, null, start);
        cache(1);
        if (!isBlankz()) {
            throw error("while scanning a %TAG directive", start, "did not find expected whitespace or line break");
        }
        return new String[] {handle, prefix};
    }

    // ---------------------------------------------------------------- anchors and tags

    private Token scanAnchor(Token.Type type) {
        StringBuilder sb = new StringBuilder();
        YamlMark start = mark();
        skip();
        cache(1);
        int length = 0;
        while (isAlpha()) {
            read(sb);
            cache(1);
            length++;
        }
        YamlMark end = mark();
        int c = ch(0);
        if (length == 0 || !(isBlankz() || c == '?' || c == ':' || c == ',' || c == ']' || c == '}' || c == '%'
                || c == '@' || c == '`')) {
            throw error(type == Token.Type.ANCHOR ? "while scanning an anchor" : "while scanning an alias", start,
                    "did not find expected alphabetic or numeric character");
        }
        return new Token(type, start, end, sb.toString(), null, null, null, 0, 0);
    }

    private Token scanTag() {
        YamlMark start = mark();
        String handle;
        String suffix;
        cache(2);
        if (ch(1) == '<') {
            handle = "";
            skip();
            skip();
            suffix = scanTagUri(true, false, null, start);
            if (!check('>')) {
                throw error("while scanning a tag", start, "did not find the expected '>'");
            }
            skip();
        } else {
            handle = scanTagHandle(false, start);
            if (handle.length() > 1 && handle.charAt(0) == '!' && handle.charAt(handle.length() - 1) == '!') {
                suffix = scanTagUri(false, false, null, start);
            } else {
                suffix = scanTagUri(false, false, handle, start);
                handle = "!";
                if (suffix.isEmpty()) {
                    suffix = handle;
                    handle = "";
                }
            }
        }
        cache(1);
        if (!isBlankz()) {
            if (flowLevel == 0 || !check(',')) {
                throw error("while scanning a tag", start, "did not find expected whitespace or line break");
            }
        }
        return new Token(Token.Type.TAG, start, mark(), null, null, handle, suffix, 0, 0);
    }

    private String scanTagHandle(boolean directive, YamlMark start) {
        StringBuilder sb = new StringBuilder();
        cache(1);
        if (!check('!')) {
            throw error(directive ? "while scanning a tag directive" : "while scanning a tag", start,
                    "did not find expected '!'");
        }
        read(sb);
        cache(1);
        while (isAlpha()) {
            read(sb);
            cache(1);
        }
        if (check('!')) {
            read(sb);
        } else if (directive && !(sb.length() == 1 && sb.charAt(0) == '!')) {
            throw error("while parsing a tag directive", start, "did not find expected '!'");
        }
        return sb.toString();
    }

    private String scanTagUri(boolean uriChar, boolean directive, String head, YamlMark start) {
        int length = head != null ? head.length() : 0;
        StringBuilder sb = new StringBuilder();
        if (length > 1) {
            sb.append(head, 1, head.length());
        }
        cache(1);
        while (true) {
            int c = ch(0);
            boolean ok = isAlphaChar(c) || ";/?:@&=+$.%!~*'()".indexOf(c) >= 0
                    || (uriChar && (c == ',' || c == '[' || c == ']'));
            if (!ok || c == 0) {
                break;
            }
            if (c == '%') {
                scanUriEscapes(directive, start, sb);
            } else {
                read(sb);
            }
            length++;
            cache(1);
        }
        if (length == 0) {
            throw error(directive ? "while parsing a %TAG directive" : "while parsing a tag", start,
                    "did not find expected tag URI");
        }
        return sb.toString();
    }

    private void scanUriEscapes(boolean directive, YamlMark start, StringBuilder sb) {
        String context = directive ? "while parsing a %TAG directive" : "while parsing a tag";
        int width = 0;
        java.io.ByteArrayOutputStream octets = new java.io.ByteArrayOutputStream();
        do {
            cache(3);
            if (!(check('%') && isHexAt(1) && isHexAt(2))) {
                throw error(context, start, "did not find URI escaped octet");
            }
            int octet = (asHexAt(1) << 4) + asHexAt(2);
            if (width == 0) {
                width = (octet & 0x80) == 0 ? 1 : (octet & 0xE0) == 0xC0 ? 2 : (octet & 0xF0) == 0xE0 ? 3
                        : (octet & 0xF8) == 0xF0 ? 4 : 0;
                if (width == 0) {
                    throw error(context, start, "found an incorrect leading UTF-8 octet");
                }
            } else if ((octet & 0xC0) != 0x80) {
                throw error(context, start, "found an incorrect trailing UTF-8 octet");
            }
            octets.write(octet);
            skip();
            skip();
            skip();
            width--;
        } while (width != 0);
        sb.append(new String(octets.toByteArray(), StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- block scalars

    private Token scanBlockScalar(boolean literal) {
        StringBuilder string = new StringBuilder();
        StringBuilder leadingBreak = new StringBuilder();
        StringBuilder trailingBreaks = new StringBuilder();
        int chomping = 0;
        int increment = 0;
        int[] indentHolder = {0};
        boolean leadingBlank = false;
        YamlMark start = mark();
        skip();
        cache(1);
        if (check('+') || check('-')) {
            chomping = check('+') ? 1 : -1;
            skip();
            cache(1);
            if (isDigit()) {
                if (check('0')) {
                    throw error("while scanning a block scalar", start, "found an indentation indicator equal to 0");
                }
                increment = ch(0) - '0';
                skip();
            }
        } else if (isDigit()) {
            if (check('0')) {
                throw error("while scanning a block scalar", start, "found an indentation indicator equal to 0");
            }
            increment = ch(0) - '0';
            skip();
            cache(1);
            if (check('+') || check('-')) {
                chomping = check('+') ? 1 : -1;
                skip();
            }
        }
        cache(1);
        while (isBlank()) {
            skip();
            cache(1);
        }
        if (check('#')) {
            while (!isBreakz()) {
                skip();
                cache(1);
            }
        }
        if (!isBreakz()) {
            throw error("while scanning a block scalar", start, "did not find expected comment or line break");
        }
        if (isBreak()) {
            cache(2);
            skipLine();
        }
        YamlMark[] end = {mark()};
        if (increment != 0) {
            indentHolder[0] = indent >= 0 ? indent + increment : increment;
        }
        scanBlockScalarBreaks(indentHolder, trailingBreaks, start, end);
        cache(1);
        while (column == indentHolder[0] && ch(0) != 0) {
            boolean trailingBlank = isBlank();
            if (!literal && leadingBreak.length() > 0 && leadingBreak.charAt(0) == '\n' && !leadingBlank
                    && !trailingBlank) {
                if (trailingBreaks.length() == 0) {
                    string.append(' ');
                }
                leadingBreak.setLength(0);
            } else {
                string.append(leadingBreak);
                leadingBreak.setLength(0);
            }
            string.append(trailingBreaks);
            trailingBreaks.setLength(0);
            leadingBlank = isBlank();
            while (!isBreakz()) {
                read(string);
                cache(1);
            }
            cache(2);
            readLine(leadingBreak);
            scanBlockScalarBreaks(indentHolder, trailingBreaks, start, end);
        }
        if (chomping != -1) {
            string.append(leadingBreak);
        }
        if (chomping == 1) {
            string.append(trailingBreaks);
        }
        return new Token(Token.Type.SCALAR, start, end[0], string.toString(),
                literal ? ScalarStyle.LITERAL : ScalarStyle.FOLDED, null, null, 0, 0);
    }

    private void scanBlockScalarBreaks(int[] indentHolder, StringBuilder breaks, YamlMark start, YamlMark[] end) {
        int maxIndent = 0;
        end[0] = mark();
        while (true) {
            cache(1);
            while ((indentHolder[0] == 0 || column < indentHolder[0]) && check(' ')) {
                skip();
                cache(1);
            }
            if (column > maxIndent) {
                maxIndent = column;
            }
            if ((indentHolder[0] == 0 || column < indentHolder[0]) && check('\t')) {
                throw error("while scanning a block scalar", start,
                        "found a tab character where an indentation space is expected");
            }
            if (!isBreak()) {
                break;
            }
            cache(2);
            readLine(breaks);
            end[0] = mark();
        }
        if (indentHolder[0] == 0) {
            indentHolder[0] = maxIndent;
            if (indentHolder[0] < indent + 1) {
                indentHolder[0] = indent + 1;
            }
            if (indentHolder[0] < 1) {
                indentHolder[0] = 1;
            }
        }
    }

    // ---------------------------------------------------------------- flow scalars

    private Token scanFlowScalar(boolean single) {
        StringBuilder string = new StringBuilder();
        StringBuilder leadingBreak = new StringBuilder();
        StringBuilder trailingBreaks = new StringBuilder();
        StringBuilder whitespaces = new StringBuilder();
        YamlMark start = mark();
        skip();
        while (true) {
            cache(4);
            if (column == 0 && ((check('-') && checkAt('-', 1) && checkAt('-', 2))
                    || (check('.') && checkAt('.', 1) && checkAt('.', 2))) && isBlankzAt(3)) {
                throw error("while scanning a quoted scalar", start, "found unexpected document indicator");
            }
            if (check(0)) {
                throw error("while scanning a quoted scalar", start, "found unexpected end of stream");
            }
            cache(2);
            boolean leadingBlanks = false;
            while (!isBlankz()) {
                if (single && check('\'') && checkAt('\'', 1)) {
                    string.append('\'');
                    skip();
                    skip();
                } else {
                    if (check(single ? '\'' : '"')) {
                        break;
                    }
                    if (!single && check('\\') && isBreakChar(ch(1))) {
                        cache(3);
                        skip();
                        skipLine();
                        leadingBlanks = true;
                        break;
                    } else if (!single && check('\\')) {
                        int codeLength = 0;
                        switch (ch(1)) {
                            case '0' -> string.append('\0');
                            case 'a' -> string.append('\u0007');
                            case 'b' -> string.append('\b');
                            case 't', '\t' -> string.append('\t');
                            case 'n' -> string.append('\n');
                            case 'v' -> string.append('\u000B');
                            case 'f' -> string.append('\f');
                            case 'r' -> string.append('\r');
                            case 'e' -> string.append('\u001B');
                            case ' ' -> string.append(' ');
                            case '"' -> string.append('"');
                            case '/' -> string.append('/');
                            case '\\' -> string.append('\\');
                            case 'N' -> string.append('\u0085');
                            case '_' -> string.append('\u00A0');
                            case 'L' -> string.append('\u2028');
                            case 'P' -> string.append('\u2029');
                            case 'x' -> codeLength = 2;
                            case 'u' -> codeLength = 4;
                            case 'U' -> codeLength = 8;
                            default -> throw error("while parsing a quoted scalar", start,
                                    "found unknown escape character");
                        }
                        skip();
                        skip();
                        if (codeLength != 0) {
                            cache(codeLength);
                            long value = 0;
                            for (int k = 0; k < codeLength; k++) {
                                if (!isHexAt(k)) {
                                    throw error("while parsing a quoted scalar", start,
                                            "did not find expected hexadecimal number");
                                }
                                value = (value << 4) + asHexAt(k);
                            }
                            if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
                                throw error("while parsing a quoted scalar", start,
                                        "found invalid Unicode character escape code");
                            }
                            string.appendCodePoint((int) value);
                            for (int k = 0; k < codeLength; k++) {
                                skip();
                            }
                        }
                    } else {
                        read(string);
                    }
                }
                cache(2);
            }
            cache(1);
            if (check(single ? '\'' : '"')) {
                break;
            }
            cache(1);
            while (isBlank() || isBreak()) {
                if (isBlank()) {
                    if (!leadingBlanks) {
                        read(whitespaces);
                    } else {
                        skip();
                    }
                } else {
                    cache(2);
                    if (!leadingBlanks) {
                        whitespaces.setLength(0);
                        readLine(leadingBreak);
                        leadingBlanks = true;
                    } else {
                        readLine(trailingBreaks);
                    }
                }
                cache(1);
            }
            if (leadingBlanks) {
                if (leadingBreak.length() > 0 && leadingBreak.charAt(0) == '\n') {
                    if (trailingBreaks.length() == 0) {
                        string.append(' ');
                    } else {
                        string.append(trailingBreaks);
                        trailingBreaks.setLength(0);
                    }
                    leadingBreak.setLength(0);
                } else {
                    string.append(leadingBreak);
                    string.append(trailingBreaks);
                    leadingBreak.setLength(0);
                    trailingBreaks.setLength(0);
                }
            } else {
                string.append(whitespaces);
                whitespaces.setLength(0);
            }
        }
        skip();
        return new Token(Token.Type.SCALAR, start, mark(), string.toString(),
                single ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED, null, null, 0, 0);
    }

    // ---------------------------------------------------------------- plain scalars

    private Token scanPlainScalar() {
        StringBuilder string = new StringBuilder();
        StringBuilder leadingBreak = new StringBuilder();
        StringBuilder trailingBreaks = new StringBuilder();
        StringBuilder whitespaces = new StringBuilder();
        boolean leadingBlanks = false;
        int scalarIndent = indent + 1;
        YamlMark start = mark();
        YamlMark end = start;
        while (true) {
            cache(4);
            if (column == 0 && ((check('-') && checkAt('-', 1) && checkAt('-', 2))
                    || (check('.') && checkAt('.', 1) && checkAt('.', 2))) && isBlankzAt(3)) {
                break;
            }
            if (check('#')) {
                break;
            }
            while (!isBlankz()) {
                if (flowLevel != 0 && check(':') && (checkAt(',', 1) || checkAt('?', 1) || checkAt('[', 1)
                        || checkAt(']', 1) || checkAt('{', 1) || checkAt('}', 1))) {
                    throw error("while scanning a plain scalar", start, "found unexpected ':'");
                }
                if ((check(':') && isBlankzAt(1))
                        || (flowLevel != 0 && (check(',') || check('[') || check(']') || check('{') || check('}')))) {
                    break;
                }
                if (leadingBlanks || whitespaces.length() > 0) {
                    if (leadingBlanks) {
                        if (leadingBreak.length() > 0 && leadingBreak.charAt(0) == '\n') {
                            if (trailingBreaks.length() == 0) {
                                string.append(' ');
                            } else {
                                string.append(trailingBreaks);
                                trailingBreaks.setLength(0);
                            }
                            leadingBreak.setLength(0);
                        } else {
                            string.append(leadingBreak);
                            string.append(trailingBreaks);
                            leadingBreak.setLength(0);
                            trailingBreaks.setLength(0);
                        }
                        leadingBlanks = false;
                    } else {
                        string.append(whitespaces);
                        whitespaces.setLength(0);
                    }
                }
                read(string);
                end = mark();
                cache(2);
            }
            if (!(isBlank() || isBreak())) {
                break;
            }
            cache(1);
            while (isBlank() || isBreak()) {
                if (isBlank()) {
                    if (leadingBlanks && column < scalarIndent && check('\t')) {
                        throw error("while scanning a plain scalar", start,
                                "found a tab character that violates indentation");
                    } else if (!leadingBlanks) {
                        read(whitespaces);
                    } else {
                        skip();
                    }
                } else {
                    cache(2);
                    if (!leadingBlanks) {
                        whitespaces.setLength(0);
                        readLine(leadingBreak);
                        leadingBlanks = true;
                    } else {
                        readLine(trailingBreaks);
                    }
                }
                cache(1);
            }
            if (flowLevel == 0 && column < scalarIndent) {
                break;
            }
        }
        if (leadingBlanks) {
            simpleKeyAllowed = true;
        }
        return new Token(Token.Type.SCALAR, start, end, string.toString(), ScalarStyle.PLAIN, null, null, 0, 0);
    }
}
