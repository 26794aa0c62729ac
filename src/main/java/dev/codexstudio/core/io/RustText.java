package dev.codexstudio.core.io;

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

    /** Unicode {@code White_Space}, as Rust's {@code char::is_whitespace}. */
    public static boolean isWhitespace(int cp) {
        return switch (cp) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** Rust's {@code str::trim}. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isWhitespace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** True when {@link #trim(String)} would leave nothing. */
    public static boolean isBlank(String s) {
        return trim(s).isEmpty();
    }

    /** Rust's {@code String::from_utf8_lossy} of a byte range (a byte-order mark is kept as U+FEFF). */
    public static String fromUtf8Lossy(byte[] bytes, int length) {
        byte[] slice = length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        return SourceText.decodeLossy(slice, 0).text();
    }

    /**
     * Rust's {@code Utf8Error} message for invalid UTF-8 ({@code invalid utf-8 sequence of N bytes from
     * index I}, or {@code incomplete utf-8 byte sequence from index I}), or empty when the bytes are valid.
     */
    public static java.util.Optional<String> utf8Error(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int first = b[i] & 0xFF;
            if (first < 0x80) {
                i++;
                continue;
            }
            int width = first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3
                    : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
            if (width == 0) {
                return java.util.Optional.of(invalid(1, i));
            }
            int lo = 0x80;
            int hi = 0xBF;
            if (first == 0xE0) {
                lo = 0xA0;
            } else if (first == 0xED) {
                hi = 0x9F;
            } else if (first == 0xF0) {
                lo = 0x90;
            } else if (first == 0xF4) {
                hi = 0x8F;
            }
            for (int k = 1; k < width; k++) {
                if (i + k >= n) {
                    return java.util.Optional.of("incomplete utf-8 byte sequence from index " + i);
                }
                int c = b[i + k] & 0xFF;
                int min = k == 1 ? lo : 0x80;
                int max = k == 1 ? hi : 0xBF;
                if (c < min || c > max) {
                    return java.util.Optional.of(invalid(k, i));
                }
            }
            i += width;
        }
        return java.util.Optional.empty();
    }

    private static String invalid(int len, int index) {
        return "invalid utf-8 sequence of " + len + " bytes from index " + index;
    }
}
