package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.core.io.SourceText;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays hooks.json inputs whose outcome was recorded from Codex 0.169's {@code hooks/list} (file
 * {@code serde-json-cases.json}: input bytes, Codex's warnings with the path as {@code <PATH>}, hook keys).
 */
class HooksJsonReaderOracleCasesTest {

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = HooksJsonReaderOracleCasesTest.class.getResourceAsStream("serde-json-cases.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            int i = 0;
            for (JsonNode c : root) {
                if (c.has("rpc_error")) {
                    continue;
                }
                byte[] input = Base64.getDecoder().decode(c.get("input").asText());
                List<String> warnings = new ArrayList<>();
                c.get("warnings").forEach(w -> warnings.add(w.asText()));
                String label = i++ + ": " + new String(input, 0, Math.min(60, input.length), java.nio.charset.StandardCharsets.UTF_8);
                out.add(Arguments.of(label, input, warnings));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsLikeCodex(String label, byte[] input, List<String> codexWarnings) {
        Path path = Path.of("/tmp/codex-home/hooks.json");
        HookReadResult r = HooksJsonReader.parse(SourceText.of(path, input), "user", false);
        List<String> fileLevel = codexWarnings.stream()
                .filter(w -> w.startsWith("failed to parse") || w.startsWith("failed to read"))
                .map(w -> w.replace("<PATH>", path.toString()))
                .toList();
        if (fileLevel.isEmpty()) {
            assertThat(r.failure()).as("Codex accepts this file").isNull();
        } else {
            assertThat(r.failure()).as("Codex skips this file").isNotNull();
            assertThat(r.failure().message()).isEqualTo(fileLevel.get(0));
        }
    }
}
