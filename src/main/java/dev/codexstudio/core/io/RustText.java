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
}
