package dev.codexstudio.core.io;

import dev.codexstudio.core.model.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The text of one file exactly as it is on disk, decoded for reading and editing.
 *
 * <p>The original bytes are kept, so an unedited file is always written back byte for byte. The decoded
 * {@link #text()} excludes a UTF-8 byte-order mark (remembered in {@link #hasBom()}) and keeps line
 * endings as they are ({@code \r\n} stays {@code \r\n}). Invalid UTF-8 is decoded with U+FFFD (like Rust's
 * {@code from_utf8_lossy}) and the offset of the first bad byte is recorded.
 */
public final class SourceText {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path path;
    private final byte[] bytes;
    private final String text;
    private final boolean bom;
    private final int firstMalformedByte;
    private int[] lineStarts;

    private SourceText(Path path, byte[] bytes, String text, boolean bom, int firstMalformedByte) {
        this.path = path;
        this.bytes = bytes;
        this.text = text;
        this.bom = bom;
        this.firstMalformedByte = firstMalformedByte;
    }

    /** Decodes bytes read from {@code path}. The array is not copied: callers must not modify it. */
    public static SourceText of(Path path, byte[] bytes) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        boolean bom = startsWithBom(bytes);
        int from = bom ? BOM.length : 0;
        Decoded decoded = decodeLossy(bytes, from);
        return new SourceText(path, bytes, decoded.text, bom, decoded.firstMalformed);
    }

    /** A text that is not (yet) on disk: encoded as UTF-8 without a byte-order mark. */
    public static SourceText ofString(Path path, String text) {
        return new SourceText(path, text.getBytes(StandardCharsets.UTF_8), text, false, -1);
    }

    /** The same file with new text, keeping the byte-order mark if it had one. */
    public SourceText withText(String newText) {
        if (newText.equals(text) && firstMalformedByte < 0) {
            return this;
        }
        byte[] body = newText.getBytes(StandardCharsets.UTF_8);
        byte[] out = body;
        if (bom) {
            out = new byte[body.length + BOM.length];
            System.arraycopy(BOM, 0, out, 0, BOM.length);
            System.arraycopy(body, 0, out, BOM.length, body.length);
        }
        return new SourceText(path, out, newText, bom, -1);
    }

    /** The same bytes, known under another path. */
    public SourceText withPath(Path newPath) {
        return new SourceText(newPath, bytes, text, bom, firstMalformedByte);
    }

    public static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    public Path path() {
        return path;
    }

    /** The bytes on disk (do not modify). */
    public byte[] bytes() {
        return bytes;
    }

    public int byteLength() {
        return bytes.length;
    }

    /** Decoded text without the byte-order mark. */
    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    public boolean isValidUtf8() {
        return firstMalformedByte < 0;
    }

    /** Byte offset (in {@link #bytes()}) of the first invalid UTF-8 sequence. */
    public OptionalInt firstMalformedByte() {
        return firstMalformedByte < 0 ? OptionalInt.empty() : OptionalInt.of(firstMalformedByte);
    }

    /** Position of the first invalid UTF-8 byte, if any. */
    public SourcePosition firstMalformedPosition() {
        if (firstMalformedByte < 0) {
            return SourcePosition.ofFile(path);
        }
        int from = bom ? BOM.length : 0;
        String before = decodeLossy(Arrays.copyOfRange(bytes, from, firstMalformedByte), 0).text;
        return position(before.length());
    }

    /** True when the text contains a NUL character (a binary file, most likely). */
    public boolean containsNul() {
        return text.indexOf('\0') >= 0;
    }

    /** The line separator this file mostly uses ({@code "\n"} when it has none). */
    public String lineSeparator() {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    public int lineCount() {
        return lineStarts().length;
    }

    /** 1-based line and column of a text offset. */
    public SourcePosition position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int[] starts = lineStarts();
        int idx = Arrays.binarySearch(starts, clamped);
        int line = idx >= 0 ? idx : -idx - 2;
        return new SourcePosition(path, line + 1, clamped - starts[line] + 1);
    }

    /** Text offset of a 1-based line and column (clamped to the text). */
    public int offset(int line, int column) {
        int[] starts = lineStarts();
        if (line < 1) {
            return 0;
        }
        if (line > starts.length) {
            return text.length();
        }
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] : text.length();
        return Math.min(start + Math.max(column, 1) - 1, end);
    }

    /** Offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return offset(line, 1);
    }

    /** Offset just after the line terminator of 1-based {@code line} (or the end of the text). */
    public int lineEndInclusive(int line) {
        int[] starts = lineStarts();
        if (line >= starts.length) {
            return text.length();
        }
        return starts[Math.max(line, 0)];
    }

    /** The text of 1-based {@code line}, without its terminator. */
    public String lineText(int line) {
        int start = lineStart(line);
        int end = lineEndInclusive(line);
        String s = text.substring(start, end);
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("\n") || s.endsWith("\r")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            starts = new int[n];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return starts;
    }

    record Decoded(String text, int firstMalformed) {
    }

    /**
     * Decodes UTF-8 replacing each maximal invalid subsequence with U+FFFD, as Rust's
     * {@code String::from_utf8_lossy} does, and reports the first bad byte offset.
     */
    static Decoded decodeLossy(byte[] bytes, int from) {
        int n = bytes.length - from;
        if (n < DECODE_KEPT_FROM || n > DECODE_KEPT_UP_TO) {
            return decodeNow(bytes, from);
        }
        // every scan reads the same guidance, skill and config files again, and validation decodes some of them
        // a second time; decoding multi-byte text was a sixth of a scan again
        Bytes key = Bytes.of(bytes, from);
        return DECODED.get(key, () -> {
            key.own();
            return decodeNow(bytes, from);
        });
    }

    /** Texts shorter than this are decoded every time (as cheap as looking them up). */
    static final int DECODE_KEPT_FROM = 256;
    /** Texts longer than this are decoded every time (rare, and they would crowd the others out). */
    static final int DECODE_KEPT_UP_TO = 1 << 20;

    /** The decodings of the texts read most recently, by their bytes (at most 16 MiB of them). */
    private static final ContentCache<Bytes, Decoded> DECODED = new ContentCache<>(8192, 16L << 20, Bytes::length);

    /** Forgets the kept decodings (with the parses, for the first-scan benchmark). */
    public static void forgetDecodings() {
        DECODED.clear();
    }

    /**
     * Bytes as a key, hashed from their length and at most 64 bytes spread over them (constant time; bytes the
     * hash cannot tell apart are told apart by {@code equals}, which compares whole arrays at once), and by where
     * the decoding started (after a byte-order mark or not). A key looks at the caller's array until it is kept,
     * and then at its own copy, so no caller can change a kept key.
     */
    static final class Bytes {
        private byte[] bytes;
        private int from;
        /** Where the decoding started in the caller's array: a decoding's first bad byte counts from there. */
        private final int skipped;
        private final int hash;

        private Bytes(byte[] bytes, int from, int hash) {
            this.bytes = bytes;
            this.from = from;
            this.skipped = from;
            this.hash = hash;
        }

        static Bytes of(byte[] bytes, int from) {
            int n = bytes.length - from;
            int h = 31 * n + from;
            int step = Math.max(1, n / 64);
            for (int i = from; i < bytes.length; i += step) {
                h = 31 * h + bytes[i];
            }
            if (n > 0) {
                h = 31 * h + bytes[bytes.length - 1];
            }
            return new Bytes(bytes, from, h);
        }

        void own() {
            bytes = Arrays.copyOfRange(bytes, from, bytes.length);
            from = 0;
        }

        long length() {
            return bytes.length - from;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && b.hash == hash && b.skipped == skipped
                    && Arrays.equals(bytes, from, bytes.length, b.bytes, b.from, b.bytes.length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static Decoded decodeNow(byte[] bytes, int from) {
        // Fast path: the JDK's decoder; with no U+FFFD in its output nothing was replaced, so the input was valid
        // and the text is exactly the strict decoding.
        String fast = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, -1);
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            return new Decoded(strict.decode(in).toString(), -1);
        } catch (CharacterCodingException e) {
            // fall through to the lossy path
        }
        in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length - from + 16));
        strict.reset();
        int firstBad = -1;
        while (true) {
            CoderResult r = strict.decode(in, out, true);
            if (r.isUnderflow()) {
                strict.flush(out);
                break;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            if (firstBad < 0) {
                firstBad = in.position();
            }
            in.position(in.position() + r.length());
            if (out.remaining() < 1) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            out.put('\uFFFD');
        }
        out.flip();
        return new Decoded(out.toString(), firstBad);
    }
}
