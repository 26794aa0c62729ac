package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Rust-only syntax and semantics in the live matcher tester (Rust results from the regex crate's documentation). */
class RustRegexTest {

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "[\\d--5]|3|true",
        "[\\d--5]|5|false",
        "[a-c~~b-d]|a|true",
        "[a-c~~b-d]|b|false",
        "[a-c~~b-d]|d|true",
        "[[:alpha:]]+|é|false",
        "[[:alpha:]]+|x|true",
        "\\p{Greek}|α|true",
        "\\p{IsGreek}|α|true",
        "\\p{sc=Grek}|α|true",
        "\\pL|ж|true",
        "\\P{L}|ж|false",
        "\\w|ж|true",
        "\\d|٣|true",
        "(?U)a+|aaa|true",
        "(?R)^a$|a|true",
        "(?i)BASH|bash|true",
        "\\<Bash\\>|a Bash b|true",
        "\\bBa\\b{end}|Bash|false",
        "(?P<t>Ba)sh|Bash|true",
        "mcp__.*__save|mcp__memory__save|true",
    })
    void javaTranslationMatchesLikeRust(String pattern, String input, boolean expected) {
        assertThat(RustRegex.toJava(pattern)).as("translates %s", pattern).isPresent();
        assertThat(RustRegex.toJava(pattern).get().matcher(input).find()).isEqualTo(expected);
    }

    @Test
    void lineTerminatorsAreRustOnes() {
        assertThat(RustRegex.toJava("a.c").orElseThrow().matcher("a\rc").find()).isTrue();
        assertThat(RustRegex.toJava("a.c").orElseThrow().matcher("a\nc").find()).isFalse();
        assertThat(RustRegex.toJava("(?s)a.c").orElseThrow().matcher("a\nc").find()).isTrue();
    }

    @Test
    void invalidRustPatternsHaveNoJavaForm() {
        assertThat(RustRegex.toJava("(?=a)")).isEmpty();
        assertThat(RustRegex.toJava("\\Z")).isEmpty();
        assertThat(RustRegex.isValid("a++")).isTrue();
        assertThat(RustRegex.isValid("\\w{1000}")).isFalse();
        assertThat(RustRegex.isValid("a{100000}")).isTrue();
        assertThat(RustRegex.isValid("(".repeat(100_000))).isFalse();
    }
}
