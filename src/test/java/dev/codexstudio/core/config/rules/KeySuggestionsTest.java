package dev.codexstudio.core.config.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggestionsTest {

    private static final List<String> KNOWN = List.of("model", "model_reasoning_effort", "plan_mode_reasoning_effort",
            "sandbox_mode", "approval_policy", "notify");

    @Test
    void suffixMatchesWinOverEditDistance() {
        assertThat(KeySuggestions.closest("reasoning_effort", KNOWN)).contains("model_reasoning_effort");
    }

    @Test
    void smallTyposAreSuggestedAndUnrelatedKeysAreNot() {
        assertThat(KeySuggestions.closest("sandbox-mode", KNOWN)).contains("sandbox_mode");
        assertThat(KeySuggestions.closest("aproval_policy", KNOWN)).contains("approval_policy");
        assertThat(KeySuggestions.closest("modle", KNOWN)).contains("model");
        assertThat(KeySuggestions.closest("telemetry", KNOWN)).isEmpty();
    }

    @Test
    void distanceCountsTranspositionsOnce() {
        assertThat(KeySuggestions.distance("abcd", "abdc")).isEqualTo(1);
        assertThat(KeySuggestions.distance("", "abc")).isEqualTo(3);
    }
}
