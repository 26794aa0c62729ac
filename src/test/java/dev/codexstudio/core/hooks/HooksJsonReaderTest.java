package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HooksJsonReaderTest {

    private static final Path FILE = Path.of("/p/.codex/hooks.json");

    static HookReadResult parse(String json) {
        return HooksJsonReader.parse(SourceText.of(FILE, json.getBytes(StandardCharsets.UTF_8)), "project", false);
    }

    @Test
    void keepsPositionsOfGroupsHandlersAndFields() {
        String json = """
                {
                  "description": "checks",
                  "hooks": {
                    "PreToolUse": [
                      {
                        "matcher": "Bash",
                        "hooks": [
                          { "type": "command", "command": "./check.sh", "timeout": 30, "timeoutSec": 5 }
                        ]
                      }
                    ],
                    "Bogus": []
                  }
                }
                """;
        HookSource s = parse(json).source();
        assertThat(s.description()).isEqualTo("checks");
        assertThat(s.position()).isEqualTo(SourcePosition.of(FILE, 3, 3));
        MatcherGroup g = s.groups(HookEvent.PRE_TOOL_USE).get(0);
        assertThat(g.position()).isEqualTo(SourcePosition.of(FILE, 5, 7));
        assertThat(g.matcherPosition()).isEqualTo(SourcePosition.of(FILE, 6, 9));
        HookHandler.Command c = (HookHandler.Command) g.handlers().get(0);
        assertThat(c.position()).isEqualTo(SourcePosition.of(FILE, 8, 11));
        assertThat(c.positionOf("timeout")).isEqualTo(SourcePosition.of(FILE, 8, 57));
        assertThat(c.timeout()).isEqualTo(30L);
        assertThat(c.unknownFields()).containsExactly("timeoutSec");
        assertThat(s.unknownEvents()).containsOnlyKeys("Bogus");
        assertThat(s.unknownEvents().get("Bogus")).isEqualTo(SourcePosition.of(FILE, 12, 5));
    }

    @Test
    void topLevelEventsSkipTheFileWithCodexMessage() {
        HookReadResult r = parse("{\n \"PreToolUse\": []\n}");
        assertThat(r.source()).isNull();
        assertThat(r.failure().kind()).isEqualTo(HookReadResult.FailureKind.PARSE);
        assertThat(r.failure().message()).isEqualTo("failed to parse hooks config " + FILE
                + ": unknown field `PreToolUse`, expected `description` or `hooks` at line 2 column 13");
        assertThat(r.failure().position()).isEqualTo(SourcePosition.of(FILE, 2, 14));
    }

    @Test
    void handlerErrorsArePositionedAfterTheHandlerListAsSerdeDoes() {
        HookReadResult r = parse("{\"hooks\":\n  {\"Stop\":\n    [{\"hooks\":[{\"type\":\"command\"}]}]}}");
        assertThat(r.failure().message()).endsWith("missing field `command` at line 3 column 34");
    }

    @Test
    void acceptsTheSequenceFormsSerdeAccepts() {
        HookReadResult r = parse("[\"d\", {\"Stop\": [[\"x\", [[\"command\", \"echo\"]]]]}]");
        assertThat(r.failure()).isNull();
        MatcherGroup g = r.source().groups(HookEvent.STOP).get(0);
        assertThat(g.matcher()).isEqualTo("x");
        assertThat(((HookHandler.Command) g.handlers().get(0)).command()).isEqualTo("echo");
    }

    @Test
    void mcpInputKeepsNumbersAsCodexHashesThem() {
        HookReadResult r = parse("{\"hooks\":{\"PreToolUse\":[{\"hooks\":[{\"type\":\"mcp_tool\",\"server\":\"s\","
                + "\"tool\":\"t\",\"input\":{\"a\":1E3,\"b\":-0,\"c\":[1.5,\"x\"]}}]}]}}");
        HookHandler.McpTool m = (HookHandler.McpTool) r.source().groups(HookEvent.PRE_TOOL_USE).get(0).handlers().get(0);
        assertThat(m.input().get("a")).isEqualTo(new HookHandler.McpNumber("1e+3"));
        assertThat(m.input().get("b")).isEqualTo(new HookHandler.McpNumber("0"));
    }

    @Test
    void badInputNeverThrows() {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        assertThat(HooksJsonReader.parse(SourceText.of(FILE, binary), "user", false).failure()).isNotNull();
        HookReadResult utf8 = HooksJsonReader.parse(SourceText.of(FILE, new byte[] {'{', (byte) 0xFF, '}'}), "user", false);
        assertThat(utf8.failure().message()).isEqualTo("failed to read hooks config " + FILE
                + ": stream did not contain valid UTF-8");
        String deep = "{\"hooks\":{\"Bogus\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}}";
        assertThat(parse(deep).failure()).isNull();
        String deepHandler = "{\"hooks\":{\"Stop\":[{\"hooks\":[{\"type\":\"command\",\"command\":\"x\",\"f\":"
                + "[".repeat(200_000) + "]".repeat(200_000) + "}]}]}}";
        assertThat(parse(deepHandler).failure().detail()).isEqualTo("recursion limit exceeded");
        String unclosed = "[".repeat(100_000);
        assertThat(parse(unclosed).failure()).isNotNull();
        byte[] bom = ("\uFEFF{\"hooks\":{}}").getBytes(StandardCharsets.UTF_8);
        assertThat(HooksJsonReader.parse(SourceText.of(FILE, bom), "user", false).failure().detail())
                .isEqualTo("expected value");
    }

    @Test
    void readsATenMegabyteFile(@TempDir Path dir) {
        StringBuilder b = new StringBuilder("{\"hooks\":{\"Stop\":[{\"hooks\":[");
        char[] filler = new char[1000];
        Arrays.fill(filler, 'x');
        String cmd = new String(filler);
        int n = 0;
        while (b.length() < 10 * 1024 * 1024) {
            b.append(n++ == 0 ? "" : ",").append("{\"type\":\"command\",\"command\":\"").append(cmd).append("\"}");
        }
        b.append("]}]}}");
        Path file = TestFiles.write(dir.resolve("hooks.json"), b.toString());
        HookReadResult r = HooksJsonReader.read(file, "user", false);
        assertThat(r.source().handlerCount()).isEqualTo(n);
    }

    @Test
    void absentAndDirectoryFilesAreNotRead(@TempDir Path dir) {
        assertThat(HooksJsonReader.read(dir.resolve("hooks.json"), "user", false).failure()).isNull();
        TestFiles.mkdirs(dir.resolve("d/hooks.json"));
        HookReadResult r = HooksJsonReader.read(dir.resolve("d/hooks.json"), "user", false);
        assertThat(r.source()).isNull();
        assertThat(r.failure()).isNull();
    }
}
