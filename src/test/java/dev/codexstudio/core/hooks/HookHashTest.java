package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hashes recorded from Codex 0.169's {@code hooks/list} {@code currentHash}. */
class HookHashTest {

    private static final SourcePosition AT = SourcePosition.of(Path.of("/x/hooks.json"), 1, 1);

    static HookHandler.Command command(String cmd, Long timeout, boolean async, String status, Long acl) {
        return new HookHandler.Command(cmd, null, timeout, async, status, acl, 0, AT, Map.of(), List.of());
    }

    @Test
    void commandHooksHashLikeCodex() {
        assertThat(HookHash.of(HookEvent.STOP, null, command("a", null, false, null, null)))
                .isEqualTo("sha256:c75a850480544f28d4a0e3e73be3b2659a93058c0746b3a82ad494187e86ecbc");
        assertThat(HookHash.of(HookEvent.PRE_TOOL_USE, "^Bash$", command("python3 post.py", 30L, false, "Checking", null)))
                .isEqualTo("sha256:760c63eac583833759550dd492f826fa8eda36425f62d99243ed6ef14965748f");
        assertThat(HookHash.of(HookEvent.PRE_TOOL_USE, "Bash", command("managed_req", null, false, null, null)))
                .isEqualTo("sha256:3688dd2d23c330e9fdf9da9b30e463e3df1fc3d22a0a07407ce185fd5eb88fb7");
    }

    @Test
    void theDefaultAdditionalContextLimitDoesNotEnterTheHash() {
        String withDefault = HookHash.of(HookEvent.USER_PROMPT_SUBMIT, null, command("a\\b\ttab", 3L, false, null, 2500L));
        assertThat(withDefault).isEqualTo("sha256:7e76fe856f61e2aa2e0f66070a51c441e31cb0e263f1de6ce4cbdec463f4a72f");
        assertThat(HookHash.of(HookEvent.USER_PROMPT_SUBMIT, null, command("a\\b\ttab", 3L, false, null, null)))
                .isEqualTo(withDefault);
        assertThat(HookHash.of(HookEvent.USER_PROMPT_SUBMIT, null, command("a\\b\ttab", 3L, false, null, 100L)))
                .isNotEqualTo(withDefault);
    }

    @Test
    void mcpToolHooksHashLikeCodex() {
        HookHandler.McpTool mcp = new HookHandler.McpTool("srv", "t2", Map.of(), 5L, "s", 1, AT, Map.of(), List.of());
        assertThat(HookHash.of(HookEvent.PRE_TOOL_USE, "Bash", mcp))
                .isEqualTo("sha256:34a2d6466224b169755ebed8f66a85208d43aae7af16d9446ab167e652f44619");
    }

    @Test
    void canonicalJsonSortsKeysAndEscapesLikeSerdeJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", "x\u0001\"\\\n");
        m.put("a", List.of(true, new HookHandler.McpNumber("1e+3")));
        assertThat(HookHash.canonicalJson(m))
                .isEqualTo("{\"a\":[true,{\"$serde_json::private::Number\":\"1e+3\"}],\"b\":\"x\\u0001\\\"\\\\\\n\"}");
    }

    @Test
    void numbersAreNormalizedAsCodexHashesThem() {
        assertThat(HandlerBuilder.normalizeNumber("1E3")).isEqualTo("1e+3");
        assertThat(HandlerBuilder.normalizeNumber("1.0e2")).isEqualTo("1.0e+2");
        assertThat(HandlerBuilder.normalizeNumber("1e-5")).isEqualTo("1e-5");
        assertThat(HandlerBuilder.normalizeNumber("0.10")).isEqualTo("0.10");
    }
}
