package dev.codexstudio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code str::trim().is_empty()}: Unicode White_Space only, as Rust's {@code char::is_whitespace}. */
class RustTextBlankTest {

    @Test
    void onlyUnicodeWhiteSpaceIsBlank() {
        for (String blank : new String[] {"", " ", "\t\n\u000B\f\r", "\u0085\u00A0\u1680", "\u2000\u200A\u2028\u2029",
                "\u202F\u205F\u3000"}) {
            assertThat(RustText.isBlank(blank)).as("%s", blank.codePoints().boxed().toList()).isTrue();
            assertThat(RustText.trim(blank)).isEmpty();
        }
        // zero-width space, byte-order mark, a letter, an emoji (a surrogate pair) and a lone surrogate are text
        for (String text : new String[] {"\u200B", "\uFEFF", "  a  ", " \uD83D\uDE00 ", "\uD83D", "\u001C"}) {
            assertThat(RustText.isBlank(text)).as("%s", text.codePoints().boxed().toList()).isFalse();
            assertThat(RustText.trim(text)).isNotEmpty();
        }
    }
}
