package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HookMatcherTest {

    @Test
    void emptyAndStarMatchEverything() {
        assertThat(HookMatcher.of(null).matches("anything")).isTrue();
        assertThat(HookMatcher.of("").matches("x")).isTrue();
        assertThat(HookMatcher.of("*").matchesTool("apply_patch")).isTrue();
        assertThat(HookMatcher.of("*").kind()).isEqualTo(HookMatcher.Kind.ALL);
    }

    @Test
    void plainNamesAreExactAlternatives() {
        HookMatcher m = HookMatcher.of("Edit|Write");
        assertThat(m.kind()).isEqualTo(HookMatcher.Kind.NAMES);
        assertThat(m.matches("Edit")).isTrue();
        assertThat(m.matches("EditX")).isFalse();
        assertThat(HookMatcher.of("Bash").matches("BashOutput")).isFalse();
    }

    @Test
    void anythingElseIsAnUnanchoredRustRegex() {
        assertThat(HookMatcher.of("^Bash").matches("BashOutput")).isTrue();
        assertThat(HookMatcher.of("^Bash$").matches("BashOutput")).isFalse();
        assertThat(HookMatcher.of("mcp__memory__.*").matches("mcp__memory__save")).isTrue();
        assertThat(HookMatcher.of("(?P<t>Ba)sh").matches("Bash")).isTrue();
        assertThat(HookMatcher.of("[[:upper:]]ash").matches("Bash")).isTrue();
        assertThat(HookMatcher.of("\\d+").matches("٣")).as("\\d is Unicode-aware in Rust").isTrue();
    }

    @Test
    void invalidRegexesMatchNothing() {
        HookMatcher m = HookMatcher.of("(?=Bash)");
        assertThat(m.kind()).isEqualTo(HookMatcher.Kind.INVALID);
        assertThat(m.matches("Bash")).isFalse();
        assertThat(m.error()).endsWith("look-around, including look-ahead and look-behind, is not supported");
    }

    @Test
    void toolAliasesFollowCodex() {
        assertThat(HookMatcher.of("Write").matchesTool("apply_patch")).isTrue();
        assertThat(HookMatcher.of("Edit").matchesTool("apply_patch")).isTrue();
        assertThat(HookMatcher.of("Agent").matchesTool("spawn_agent")).isTrue();
        assertThat(HookMatcher.of("Bash").matchesTool("shell")).isTrue();
        assertThat(HookMatcher.of("shell").matchesTool("shell")).isFalse();
        assertThat(HookMatcher.of("mcp__git__log").matchesTool(HookMatcher.mcpToolName("git", "log"))).isTrue();
    }

    @Test
    void exposesTheJavaPatternAndTheRustError() {
        assertThat(HookMatcher.of("^Ba").javaPattern()).isPresent();
        assertThat(HookMatcher.of("Bash").javaPattern()).isEmpty();
        assertThat(HookMatcher.of("(").optionalError()).hasValueSatisfying(e -> assertThat(e).endsWith("unclosed group"));
        assertThat(HookMatcher.of("Bash").optionalError()).isEmpty();
    }
}
