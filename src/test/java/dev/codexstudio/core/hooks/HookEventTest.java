package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HookEventTest {

    @Test
    void namesLabelsAndEventNamesFollowCodex() {
        assertThat(HookEvent.PRE_TOOL_USE.tomlName()).isEqualTo("PreToolUse");
        assertThat(HookEvent.PRE_TOOL_USE.label()).isEqualTo("pre_tool_use");
        assertThat(HookEvent.PRE_TOOL_USE.eventName()).isEqualTo("preToolUse");
        assertThat(HookEvent.PRE_MODEL_REQUEST.label()).isEqualTo("pre_model_request");
        assertThat(HookEvent.SUBAGENT_STOP.eventName()).isEqualTo("subagentStop");
        assertThat(HookEvent.fromTomlName("Stop")).contains(HookEvent.STOP);
        assertThat(HookEvent.fromTomlName("stop")).isEmpty();
        assertThat(HookEvent.fromLabel("user_prompt_submit")).contains(HookEvent.USER_PROMPT_SUBMIT);
        assertThat(HookEvent.fromEventName("postCompact")).contains(HookEvent.POST_COMPACT);
    }

    @Test
    void discoveryOrderIsCodexListOrder() {
        assertThat(HookEvent.values()).extracting(HookEvent::tomlName).containsExactly("PreModelRequest",
                "PostModelRequest", "PreToolUse", "PermissionRequest", "PostToolUse", "PreCompact", "PostCompact",
                "SessionStart", "SessionEnd", "UserPromptSubmit", "SubagentStart", "SubagentStop", "Stop", "Interrupt");
    }

    @Test
    void lifecycleOrderStartsWithSessionStartAndEndsWithTheSubagentBranch() {
        assertThat(HookEvent.inLifecycleOrder()).extracting(HookEvent::tomlName).containsExactly("SessionStart",
                "UserPromptSubmit", "PreModelRequest", "PostModelRequest", "PreToolUse", "PermissionRequest", "PostToolUse",
                "PreCompact", "PostCompact", "Stop", "Interrupt", "SessionEnd", "SubagentStart", "SubagentStop");
        assertThat(HookEvent.SUBAGENT_START.isSubagentBranch()).isTrue();
        assertThat(HookEvent.STOP.isSubagentBranch()).isFalse();
    }

    @Test
    void matcherTargetsAndCapabilities() {
        assertThat(HookEvent.PRE_TOOL_USE.matcherTarget()).isEqualTo(MatcherTarget.TOOL_NAME);
        assertThat(HookEvent.SESSION_START.matcherTarget()).isEqualTo(MatcherTarget.SOURCE);
        assertThat(HookEvent.PRE_COMPACT.matcherTarget()).isEqualTo(MatcherTarget.TRIGGER);
        assertThat(HookEvent.SUBAGENT_START.matcherTarget()).isEqualTo(MatcherTarget.AGENT_TYPE);
        assertThat(HookEvent.SESSION_END.matcherTarget()).isEqualTo(MatcherTarget.REASON);
        assertThat(HookEvent.STOP.ignoresMatcher()).isTrue();
        assertThat(HookEvent.INTERRUPT.ignoresMatcher()).isTrue();
        assertThat(HookEvent.SESSION_END.ignoresMatcher()).isFalse();
        assertThat(HookEvent.values()).filteredOn(HookEvent::supportsAdditionalContext).containsExactlyInAnyOrder(
                HookEvent.PRE_TOOL_USE, HookEvent.POST_TOOL_USE, HookEvent.SESSION_START, HookEvent.USER_PROMPT_SUBMIT,
                HookEvent.SUBAGENT_START);
    }

    @Test
    void effectiveTimeoutsMatchCodex() {
        assertThat(HookEvent.STOP.effectiveTimeout(null)).isEqualTo(600);
        assertThat(HookEvent.STOP.effectiveTimeout(0L)).isEqualTo(1);
        assertThat(HookEvent.STOP.effectiveTimeout(99999L)).isEqualTo(99999);
        assertThat(HookEvent.SESSION_END.effectiveTimeout(null)).isEqualTo(1);
        assertThat(HookEvent.SESSION_END.effectiveTimeout(10L)).isEqualTo(3);
        assertThat(HookEvent.INTERRUPT.effectiveTimeout(2L)).isEqualTo(2);
    }

    @Test
    void hookKeysRoundTripEvenWithColonsInThePath() {
        java.nio.file.Path p = java.nio.file.Path.of("/a:b/hooks.json");
        String key = HookKeys.key(p, HookEvent.PRE_TOOL_USE, 2, 3);
        assertThat(key).isEqualTo("/a:b/hooks.json:pre_tool_use:2:3");
        assertThat(HookKeys.parse(key)).contains(new HookKeys.Parts("/a:b/hooks.json", HookEvent.PRE_TOOL_USE, 2, 3));
        assertThat(HookKeys.parse("/x:bogus:1:2")).isEmpty();
        assertThat(HookKeys.parse("nothing")).isEmpty();
    }
}
