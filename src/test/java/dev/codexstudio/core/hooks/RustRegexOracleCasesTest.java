package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays matchers whose verdict and exact warning were recorded from Codex 0.169 (file
 * {@code rust-regex-cases.json}: each pattern put in a hooks.json matcher, Codex's {@code invalid matcher} warning).
 */
class RustRegexOracleCasesTest {

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = RustRegexOracleCasesTest.class.getResourceAsStream("rust-regex-cases.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in)) {
                String pattern = c.get("pattern").asText();
                String warning = c.has("warning") ? c.get("warning").asText() : null;
                out.add(Arguments.of(pattern.length() > 40 ? pattern.substring(0, 40) + "…" : pattern, pattern, warning));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithCodex(String label, String pattern, String codexWarning) {
        if (codexWarning == null) {
            assertThat(RustRegex.matcherError(pattern)).as("Codex accepts %s", pattern).isEmpty();
        } else {
            String expected = codexWarning.substring(codexWarning.indexOf(" in <PATH>: ") + " in <PATH>: ".length());
            String prefix = codexWarning.substring(0, codexWarning.indexOf(" in <PATH>: "));
            assertThat(RustRegex.matcherError(pattern)).contains(expected);
            assertThat("invalid matcher " + RustFormat.debug(pattern)).isEqualTo(prefix);
        }
    }
}
