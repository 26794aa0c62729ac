package dev.codexstudio.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * String operations with Rust's exact semantics, for reproducing what Codex does with text.
 *
 * <p>Rust's {@code str::trim} removes characters with the Unicode {@code White_Space} property, which is
 * not what Java's {@code String.strip()} ({@code Character.isWhitespace}) or {@code trim()} remove: Rust
 * trims U+0085, U+00A0, U+2007 and U+202F, and keeps U+001C–U+001F.
 */
public final class RustText {

    private RustText() {
    }

    /** Unicode White_Space, as Rust's {@code char::is_whitespace}. */
    public static boolean isWhitespace(int c) {
        return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** {@code str::trim}. */
    public static String trim(String s) {
        return trimEnd(trimStart(s));
    }

    /** {@code str::trim_start}. */
    public static String trimStart(String s) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isWhitespace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return s.substring(i);
    }

    /** {@code str::trim_end}. */
    public static String trimEnd(String s) {
        int end = s.length();
        while (end > 0) {
            int c = s.codePointBefore(end);
            if (!isWhitespace(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        return s.substring(0, end);
    }

    /** {@code split_whitespace().collect::<Vec<_>>().join(" ")}. */
    public static String collapseWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isWhitespace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** {@code str::lines}: split at {@code \n}, a {@code \r} before it removed, no empty last line. */
    public static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            if (nl < 0) {
                out.add(s.substring(start));
                break;
            }
            int end = nl > start && s.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            out.add(s.substring(start, end));
            start = nl + 1;
        }
        return out;
    }

    /** Number of Unicode scalar values, as {@code chars().count()}. */
    public static int charCount(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * Why {@code String::from_utf8} would reject these bytes, in Rust's words ({@code invalid utf-8 sequence
     * of N bytes from index I} / {@code incomplete utf-8 byte sequence from index I}), or empty when valid.
     */
    public static Optional<String> utf8Error(byte[] bytes) {
        Utf8Check check = new Utf8Check();
        check.feed(bytes, bytes.length);
        return check.finish();
    }

    /**
     * Streaming UTF-8 validation with Rust's error text: feed chunks, then {@link #finish()}. A sequence
     * cut by a chunk boundary is carried over to the next chunk.
     */
    public static final class Utf8Check {
        private final byte[] carry = new byte[4];
        private int carried;
        private long base;
        private String error;

        /** Checks the next {@code count} bytes of {@code chunk}. */
        public void feed(byte[] chunk, int count) {
            if (error != null) {
                return;
            }
            byte[] data = chunk;
            int length = count;
            long start = base;
            if (carried > 0) {
                data = new byte[carried + count];
                System.arraycopy(carry, 0, data, 0, carried);
                System.arraycopy(chunk, 0, data, carried, count);
                length = carried + count;
                start = base - carried;
                carried = 0;
            }
            int i = 0;
            while (i < length) {
                int b = data[i] & 0xFF;
                if (b < 0x80) {
                    i++;
                    continue;
                }
                int width = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (width == 0) {
                    error = invalid(1, start + i);
                    return;
                }
                if (i + width > length) {
                    int bad = badPrefix(data, i, length);
                    if (bad > 0) {
                        error = invalid(bad, start + i);
                        return;
                    }
                    carried = length - i;
                    System.arraycopy(data, i, carry, 0, carried);
                    break;
                }
                int bad = badAt(data, i, width);
                if (bad > 0) {
                    error = invalid(bad, start + i);
                    return;
                }
                i += width;
            }
            base += count;
        }

        /** Like {@link #badAt} for a sequence cut by the end of the data. */
        private static int badPrefix(byte[] data, int i, int length) {
            int b = data[i] & 0xFF;
            for (int k = 1; i + k < length; k++) {
                if (!continuationOk(b, k, data[i + k] & 0xFF)) {
                    return k;
                }
            }
            return 0;
        }

        /** Length of the invalid prefix of the sequence at {@code i}, or 0 when it is valid. */
        private static int badAt(byte[] data, int i, int width) {
            int b = data[i] & 0xFF;
            for (int k = 1; k < width; k++) {
                if (!continuationOk(b, k, data[i + k] & 0xFF)) {
                    return k;
                }
            }
            return 0;
        }

        private static boolean continuationOk(int lead, int k, int b) {
            if (k == 1) {
                if (lead == 0xE0) {
                    return b >= 0xA0 && b <= 0xBF;
                }
                if (lead == 0xED) {
                    return b >= 0x80 && b <= 0x9F;
                }
                if (lead == 0xF0) {
                    return b >= 0x90 && b <= 0xBF;
                }
                if (lead == 0xF4) {
                    return b >= 0x80 && b <= 0x8F;
                }
            }
            return (b & 0xC0) == 0x80;
        }

        /** The error, if any, once all bytes were fed. */
        public Optional<String> finish() {
            if (error == null && carried > 0) {
                error = incomplete(base - carried);
            }
            return Optional.ofNullable(error);
        }
    }

    private static String invalid(int length, long index) {
        return "invalid utf-8 sequence of " + length + " bytes from index " + index;
    }

    private static String incomplete(long index) {
        return "incomplete utf-8 byte sequence from index " + index;
    }


    /** Byte-wise UTF-8 order of two strings, as Rust's {@code str} ordering. */
    public static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** True when {@link #trim(String)} would leave nothing. */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Rust's {@code String::from_utf8_lossy} of the first {@code length} bytes (a byte-order mark stays U+FEFF). */
    public static String fromUtf8Lossy(byte[] bytes, int length) {
        byte[] slice = length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        return SourceText.decodeLossy(slice, 0).text();
    }
}
