package dev.codexstudio.ui.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.hooks.HookEvent;
import org.junit.jupiter.api.Test;

class MatcherTesterViewModelTest {

    private static boolean t(HookEvent e, String matcher, String value) {
        return MatcherTesterViewModel.test(e, matcher, value).matches();
    }

    @Test
    void exactNamesMatchWholeNamesOnly() {
        assertThat(t(HookEvent.PRE_TOOL_USE, "Bash", "Bash")).isTrue();
        assertThat(t(HookEvent.PRE_TOOL_USE, "Bash", "BashOutput")).isFalse();
        assertThat(t(HookEvent.PRE_TOOL_USE, "Edit|Write", "Write")).isTrue();
        assertThat(t(HookEvent.PRE_TOOL_USE, "bash", "Bash")).isFalse();
    }

    @Test
    void regexesAreUnanchoredAndToolsMatchUnderTheirAliases() {
        assertThat(t(HookEvent.PRE_TOOL_USE, "^Bash", "BashOutput")).isTrue();
        assertThat(t(HookEvent.POST_TOOL_USE, "^mcp__github__.*", "mcp__github__create_issue")).isTrue();
        assertThat(t(HookEvent.POST_TOOL_USE, "^mcp__github__.*", "mcp__gitlab__x")).isFalse();
        var r = MatcherTesterViewModel.test(HookEvent.PRE_TOOL_USE, "Edit", "apply_patch");
        assertThat(r.matches()).isTrue();
        assertThat(r.explanation()).contains("Matches as Edit").contains("apply_patch is matched as apply_patch, Write, Edit");
        assertThat(t(HookEvent.PRE_TOOL_USE, "Bash", "shell")).isTrue();
        assertThat(t(HookEvent.PRE_TOOL_USE, "Agent", "spawn_agent")).isTrue();
    }

    @Test
    void omittedStarAndEmptyMatchEverythingAndInvalidRegexMatchesNothing() {
        assertThat(t(HookEvent.SESSION_START, null, "resume")).isTrue();
        assertThat(t(HookEvent.SESSION_START, "*", "clear")).isTrue();
        assertThat(t(HookEvent.SESSION_START, "startup|resume", "compact")).isFalse();
        var bad = MatcherTesterViewModel.test(HookEvent.PRE_TOOL_USE, "Bash(", "Bash");
        assertThat(bad.matches()).isFalse();
        assertThat(bad.explanation()).startsWith("Invalid regex: Codex skips this group.");
    }

    @Test
    void eventsThatIgnoreMatchersRunEveryHookAndTargetsAreNamed() {
        assertThat(t(HookEvent.STOP, "NeverMatches", "anything")).isTrue();
        assertThat(MatcherTesterViewModel.targetText(HookEvent.STOP)).contains("ignores matchers");
        assertThat(MatcherTesterViewModel.targetText(HookEvent.PRE_COMPACT)).contains("manual or auto");
        assertThat(MatcherTesterViewModel.samples(HookEvent.SESSION_START)).containsExactly("startup", "resume", "clear", "compact");
        MatcherTesterViewModel m = new MatcherTesterViewModel();
        m.matcherProperty().set("^apply");
        m.valueProperty().set("apply_patch");
        assertThat(m.result().matches()).isTrue();
        m.eventProperty().set(HookEvent.USER_PROMPT_SUBMIT);
        assertThat(m.result().explanation()).contains("ignores matchers");
    }
}
