package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HookMoveTest {

    private static final Path JSON = Path.of("/p/.codex/hooks.json");
    private static final Path TOML = Path.of("/h/config.toml");

    private static final String HOOKS = """
            {
              "hooks": {
                "PostToolUse": [
                  {
                    "matcher": "apply_patch|Edit",
                    "hooks": [
                      { "type": "command", "command": "lint.sh", "command_windows": "lint.cmd", "timeout": 9,
                        "async": false, "statusMessage": "Linting", "additionalContextLimit": 100, "timeoutSec": 3 }
                    ]
                  }
                ],
                "Stop": [ { "hooks": [ { "type": "mcp_tool", "server": "s", "tool": "t", "input": { "n": 1.50, "x": [true] } } ] } ]
              }
            }
            """;

    @Test
    void movesACommandHookToInlineTomlWithEveryFieldCodexReads() {
        String toml = "model = \"gpt-5\"\n";
        HookMove.Plan p = HookMove.plan(JSON, HOOKS, HookSource.Format.JSON, HookEvent.POST_TOOL_USE, 0, 0, TOML, toml,
                HookSource.Format.TOML_INLINE).orElseThrow();
        assertThat(p.newKey()).isEqualTo("/h/config.toml:post_tool_use:0:0");
        assertThat(p.dropped()).containsExactly("timeoutSec");
        assertThat(p.targetText()).isEqualTo(toml + """

                [[hooks.PostToolUse]]
                matcher = "apply_patch|Edit"
                [[hooks.PostToolUse.hooks]]
                type = "command"
                command = "lint.sh"
                commandWindows = "lint.cmd"
                timeout = 9
                async = false
                statusMessage = "Linting"
                additionalContextLimit = 100
                """);
        HookSource before = HookMove.read(JSON, HOOKS, HookSource.Format.JSON).orElseThrow();
        HookSource after = HookMove.read(TOML, p.targetText(), HookSource.Format.TOML_INLINE).orElseThrow();
        HookHandler a = before.groups(HookEvent.POST_TOOL_USE).get(0).handlers().get(0);
        HookHandler b = after.groups(HookEvent.POST_TOOL_USE).get(0).handlers().get(0);
        // the same hook for Codex: the same trust hash
        assertThat(HookHash.of(HookEvent.POST_TOOL_USE, "apply_patch|Edit", b))
                .isEqualTo(HookHash.of(HookEvent.POST_TOOL_USE, "apply_patch|Edit", a));
        assertThat(HookMove.read(JSON, p.sourceText(), HookSource.Format.JSON).orElseThrow().groups(HookEvent.POST_TOOL_USE))
                .isEmpty();
    }

    @Test
    void movesAnMcpHookBackToJsonKeepingItsInputAndHash() {
        HookMove.Plan p = HookMove.plan(JSON, HOOKS, HookSource.Format.JSON, HookEvent.STOP, 0, 0,
                Path.of("/h/hooks.json"), "", HookSource.Format.JSON).orElseThrow();
        HookSource after = HookMove.read(Path.of("/h/hooks.json"), p.targetText(), HookSource.Format.JSON).orElseThrow();
        HookHandler.McpTool m = (HookHandler.McpTool) after.groups(HookEvent.STOP).get(0).handlers().get(0);
        HookHandler.McpTool o = (HookHandler.McpTool) HookMove.read(JSON, HOOKS, HookSource.Format.JSON).orElseThrow()
                .groups(HookEvent.STOP).get(0).handlers().get(0);
        assertThat(m.input()).isEqualTo(o.input());
        assertThat(HookHash.of(HookEvent.STOP, null, m)).isEqualTo(HookHash.of(HookEvent.STOP, null, o));
        assertThat(p.targetText()).contains("\"n\": 1.50");
    }

    @Test
    void refusesWhenEitherSideCannotBeEdited() {
        assertThat(HookMove.plan(JSON, HOOKS, HookSource.Format.JSON, HookEvent.STOP, 0, 0, TOML, "x = [",
                HookSource.Format.TOML_INLINE)).isEmpty();
        assertThat(HookMove.plan(JSON, HOOKS, HookSource.Format.JSON, HookEvent.PRE_TOOL_USE, 0, 0, TOML, "",
                HookSource.Format.TOML_INLINE)).isEmpty();
    }
}
