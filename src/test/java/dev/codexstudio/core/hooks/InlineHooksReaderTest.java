package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InlineHooksReaderTest {

    private static final Path FILE = Path.of("/h/config.toml");

    static HookReadResult read(String toml) {
        return InlineHooksReader.readConfig(TomlDocument.parse(SourceText.ofString(FILE, toml)), "user", false);
    }

    @Test
    void readsArraysOfTablesWithPositions() {
        HookReadResult r = read("""
                model = "o3"

                [[hooks.PostToolUse]]
                matcher = "^Bash$"
                [[hooks.PostToolUse.hooks]]
                type = "command"
                command = "python3 post.py"
                timeout = 30
                statusMessage = "Checking"

                [hooks.state."/h/hooks.json:stop:0:0"]
                enabled = false
                """);
        MatcherGroup g = r.source().groups(HookEvent.POST_TOOL_USE).get(0);
        assertThat(g.matcher()).isEqualTo("^Bash$");
        assertThat(g.matcherPosition().line()).isEqualTo(4);
        HookHandler.Command c = (HookHandler.Command) g.handlers().get(0);
        assertThat(c.command()).isEqualTo("python3 post.py");
        assertThat(c.timeout()).isEqualTo(30L);
        assertThat(c.positionOf("timeout").line()).isEqualTo(8);
        assertThat(r.source().unknownEvents()).isEmpty();
    }

    @Test
    void aSingleTableEventMakesCodexRefuseTheConfig() {
        HookReadResult r = read("\n[hooks.PostToolUse]\nmatcher = \"Bash\"\n");
        assertThat(r.failure().kind()).isEqualTo(HookReadResult.FailureKind.CONFIG);
        assertThat(r.failure().detail()).isEqualTo("invalid type: map, expected a sequence");
        assertThat(r.failure().position().line()).isEqualTo(2);
        assertThat(r.failure().message()).isEqualTo("failed to parse TOML hooks in " + FILE
                + ": invalid type: map, expected a sequence\nin `PostToolUse`\n");
    }

    @Test
    void wrongTypesUseSerdeMessages() {
        assertThat(read("[[hooks.PreToolUse]]\nmatcher = 5\n").failure().detail())
                .isEqualTo("invalid type: integer `5`, expected a string");
        assertThat(read("[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"x\"\ntimeout = 1.5\n")
                .failure().detail()).isEqualTo("invalid type: floating point `1.5`, expected u64");
        assertThat(read("[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ncommand = \"x\"\n").failure().detail())
                .isEqualTo("missing field `type`");
        assertThat(read("hooks = 5\n").failure().detail()).isEqualTo("invalid type: integer `5`, expected struct HooksToml");
        TomlDocument state = TomlDocument.parse(SourceText.ofString(FILE, "[hooks.state.\"k\"]\nenabled = \"no\"\n"));
        assertThat(InlineHooksReader.readConfig(state, "user", false).failure()).as("discovery ignores state").isNull();
        assertThat(InlineHooksReader.typeCheck(state)).contains(FILE + ":2:11: invalid type: string \"no\", expected a boolean");
    }

    @Test
    void requirementsHooksAreManagedAndKeepManagedDir() {
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(Path.of("/etc/codex/requirements.toml"),
                "allow_managed_hooks_only = true\n[hooks]\nmanaged_dir = \"/opt/h\"\n[[hooks.Stop]]\n[[hooks.Stop.hooks]]\n"
                        + "type = \"command\"\ncommand = \"audit\"\n"));
        HookReadResult r = InlineHooksReader.readRequirements(doc, "system");
        assertThat(r.source().managed()).isTrue();
        assertThat(r.source().format()).isEqualTo(HookSource.Format.REQUIREMENTS);
        assertThat(r.source().groups(HookEvent.STOP)).hasSize(1);
        assertThat(r.source().unknownEvents()).isEmpty();
    }

    @Test
    void noHooksTableMeansNothingToRead() {
        assertThat(read("model = \"x\"\n").source()).isNull();
        assertThat(read("model = \"x\"\n").failure()).isNull();
        assertThat(read("[broken\n").failure()).isNull();
    }
}
