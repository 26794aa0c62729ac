package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InlineHooksWriterTest {

    private static final InlineHooksWriter W = InlineHooksWriter.INSTANCE;

    private static final String CONFIG = """
            model = "gpt-5"  # the model

            [[hooks.PostToolUse]]
            matcher = "^Bash$"

            [[hooks.PostToolUse.hooks]]
            type = "command"
            command = "python3 post.py"
            timeout   =  30 # seconds

            [features]
            hooks = true
            """;

    private static HookSource read(String text) {
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(Path.of("/h/config.toml"), text));
        assertThat(doc.hasSyntaxErrors()).as(text).isFalse();
        return InlineHooksReader.readConfig(doc, "user", false).optionalSource().orElseThrow();
    }

    private static Map<String, Object> command(String cmd) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("type", "command");
        h.put("command", cmd);
        return h;
    }

    @Test
    void changesAValueOnItsLineKeepingSpacingAndComment() {
        String out = W.setField(CONFIG, HookEvent.POST_TOOL_USE, 0, 0, "timeout", 45L).orElseThrow();
        assertThat(out).isEqualTo(CONFIG.replace("timeout   =  30 # seconds", "timeout   =  45 # seconds"));
        String m = W.setMatcher(CONFIG, HookEvent.POST_TOOL_USE, 0, "Bash|apply_patch").orElseThrow();
        assertThat(m).isEqualTo(CONFIG.replace("\"^Bash$\"", "\"Bash|apply_patch\""));
    }

    @Test
    void addsAndRemovesFields() {
        String out = W.setField(CONFIG, HookEvent.POST_TOOL_USE, 0, 0, "statusMessage", "Checking").orElseThrow();
        assertThat(out).isEqualTo(CONFIG.replace("# seconds\n", "# seconds\nstatusMessage = \"Checking\"\n"));
        String back = W.setField(out, HookEvent.POST_TOOL_USE, 0, 0, "statusMessage", null).orElseThrow();
        assertThat(back).isEqualTo(CONFIG);
        String async = W.setField(CONFIG, HookEvent.POST_TOOL_USE, 0, 0, "async", true).orElseThrow();
        assertThat(((HookHandler.Command) read(async).groups(HookEvent.POST_TOOL_USE).get(0).handlers().get(0)).async()).isTrue();
        String noMatcher = W.setMatcher(CONFIG, HookEvent.POST_TOOL_USE, 0, null).orElseThrow();
        assertThat(noMatcher).isEqualTo(CONFIG.replace("matcher = \"^Bash$\"\n", ""));
        String addMatcher = W.setMatcher(noMatcher, HookEvent.POST_TOOL_USE, 0, "Bash").orElseThrow();
        assertThat(read(addMatcher).groups(HookEvent.POST_TOOL_USE).get(0).matcher()).isEqualTo("Bash");
    }

    @Test
    void appendsAGroupAndRemovesItAgain() {
        String out = W.addGroup(CONFIG, HookEvent.PRE_TOOL_USE, "Bash", command("guard.sh")).orElseThrow();
        assertThat(out).startsWith(CONFIG).isEqualTo(CONFIG + """

                [[hooks.PreToolUse]]
                matcher = "Bash"
                [[hooks.PreToolUse.hooks]]
                type = "command"
                command = "guard.sh"
                """);
        assertThat(read(out).groups(HookEvent.PRE_TOOL_USE)).hasSize(1);
        assertThat(read(out).groups(HookEvent.POST_TOOL_USE)).hasSize(1);
        assertThat(W.removeGroup(out, HookEvent.PRE_TOOL_USE, 0)).contains(CONFIG);
        String fresh = W.addGroup("", HookEvent.STOP, null, command("s")).orElseThrow();
        assertThat(read(fresh).groups(HookEvent.STOP)).hasSize(1);
    }

    @Test
    void addsAHandlerInsideItsGroupAndRemovesIt() {
        String out = W.addHandler(CONFIG, HookEvent.POST_TOOL_USE, 0, command("second.sh")).orElseThrow();
        HookSource s = read(out);
        assertThat(s.groups(HookEvent.POST_TOOL_USE).get(0).handlers()).hasSize(2);
        assertThat(out).contains("# seconds\n\n[[hooks.PostToolUse.hooks]]\ntype = \"command\"\ncommand = \"second.sh\"\n\n[features]");
        assertThat(W.removeHandler(out, HookEvent.POST_TOOL_USE, 0, 1)).contains(CONFIG);
        String gone = W.removeHandler(CONFIG, HookEvent.POST_TOOL_USE, 0, 0).orElseThrow();
        assertThat(gone).isEqualTo("model = \"gpt-5\"  # the model\n\n[features]\nhooks = true\n");
    }

    @Test
    void refusesHooksWrittenInline() {
        String inline = "[hooks]\nStop = [{ hooks = [{ type = \"command\", command = \"a\" }] }]\n";
        assertThat(W.setField(inline, HookEvent.STOP, 0, 0, "timeout", 3L)).isEmpty();
        assertThat(W.setField("x = [", HookEvent.STOP, 0, 0, "timeout", 3L)).isEmpty();
    }
}
