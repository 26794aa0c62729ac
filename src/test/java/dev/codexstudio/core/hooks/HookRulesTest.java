package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookRulesTest {

    @TempDir
    Path tmp;

    static Diagnostic find(List<Diagnostic> ds, String rule) {
        return ds.stream().filter(d -> d.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not in " + ds));
    }

    static String apply(Path file, Diagnostic d) throws Exception {
        Edit.ReplaceText e = (Edit.ReplaceText) d.fix().edits().get(0);
        String text = Files.readString(file);
        return text.substring(0, e.start()) + e.text() + text.substring(e.end());
    }

    @Test
    void eventsAtTopLevelAreAnErrorWithAWrappingFix() throws Exception {
        TestFiles t = new TestFiles(tmp);
        t.userConfig("");
        Path json = TestFiles.write(t.home.resolve("hooks.json"),
                "{\n  \"PreToolUse\": [{\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"command\", \"command\": \"x\"}]}]\n}\n");
        Diagnostic d = find(HookRules.check(t.stack()), "hooks/events-at-top-level");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        TestFiles.write(json, apply(json, d));
        assertThat(t.discover().entries()).hasSize(1);
    }

    @Test
    void timeoutSecIsAWarningWithARenameFix() throws Exception {
        TestFiles t = new TestFiles(tmp);
        t.userConfig("");
        Path json = TestFiles.write(t.home.resolve("hooks.json"),
                "{\"hooks\":{\"Stop\":[{\"hooks\":[{\"type\":\"command\",\"command\":\"x\",\"timeoutSec\":30}]}]}}");
        Diagnostic d = find(HookRules.check(t.stack()), "hooks/timeout-sec");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        TestFiles.write(json, apply(json, d));
        assertThat(t.discover().entries().get(0).timeoutSec()).isEqualTo(30);
    }

    @Test
    void singleTableEventIsAConfigErrorWithAnArrayOfTablesFix() throws Exception {
        TestFiles t = new TestFiles(tmp);
        Path cfg = t.userConfig("[hooks.PostToolUse]\nmatcher = \"Bash\"\n[[hooks.PostToolUse.hooks]]\ntype = \"command\"\n"
                + "command = \"x\"\n");
        Diagnostic d = find(HookRules.check(t.stack()), "hooks/event-table-not-array");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        TestFiles.write(cfg, apply(cfg, d));
        assertThat(t.discover().entries()).hasSize(1);
    }

    @Test
    void featureFlagRules() throws Exception {
        TestFiles t = new TestFiles(tmp);
        Path cfg = t.userConfig("[features]\ncodex_hooks = true\n");
        Diagnostic alias = find(HookRules.check(t.stack()), "hooks/codex-hooks-alias");
        assertThat(alias.severity()).isEqualTo(Severity.WARNING);
        assertThat(apply(cfg, alias)).contains("[features]\nhooks = true\n");
        t.userConfig("[features]\nhooks = true\n");
        assertThat(find(HookRules.check(t.stack()), "hooks/feature-flag-needless").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void errorsAreExactlyWhatCodexSkips() {
        TestFiles t = new TestFiles(tmp);
        t.userConfig("");
        TestFiles.write(t.home.resolve("hooks.json"), "{\"hooks\":{"
                + "\"PreToolUse\":[{\"matcher\":\"(?<=x)y\",\"hooks\":[{\"type\":\"command\",\"command\":\"a\"}]}],"
                + "\"Stop\":[{\"matcher\":\"Bash\",\"hooks\":[{\"type\":\"command\",\"command\":\"\"},{\"type\":\"agent\"},"
                + "{\"type\":\"command\",\"command\":\"b\",\"additionalContextLimit\":5,\"timeout\":0}]}],"
                + "\"SessionEnd\":[{\"hooks\":[{\"type\":\"mcp_tool\",\"server\":\"s\",\"tool\":\"t\"}]}],"
                + "\"pretooluse\":[]}}");
        List<Diagnostic> ds = HookRules.check(t.stack());
        assertThat(find(ds, "hooks/invalid-matcher").severity()).isEqualTo(Severity.ERROR);
        assertThat(find(ds, "hooks/empty-command").severity()).isEqualTo(Severity.ERROR);
        assertThat(find(ds, "hooks/mcp-in-session-end").severity()).isEqualTo(Severity.ERROR);
        assertThat(find(ds, "hooks/unsupported-handler").severity()).isEqualTo(Severity.WARNING);
        assertThat(find(ds, "hooks/additional-context-limit-ignored").severity()).isEqualTo(Severity.WARNING);
        assertThat(find(ds, "hooks/timeout-zero").severity()).isEqualTo(Severity.WARNING);
        assertThat(find(ds, "hooks/matcher-ignored").severity()).isEqualTo(Severity.INFO);
        assertThat(find(ds, "hooks/unknown-event").hint()).contains("PreToolUse");
        assertThat(find(ds, "hooks/needs-review").severity()).isEqualTo(Severity.INFO);
        assertThat(ds.stream().filter(Diagnostic::isError).map(Diagnostic::rule)).containsExactlyInAnyOrder(
                "hooks/invalid-matcher", "hooks/empty-command", "hooks/mcp-in-session-end");
    }

    @Test
    void parseFailuresAreErrors() {
        TestFiles t = new TestFiles(tmp);
        t.userConfig("");
        TestFiles.write(t.home.resolve("hooks.json"), "{\"hooks\":{\"Stop\":[{\"hooks\":[{\"type\":\"command\"}]}]}}");
        Diagnostic d = find(HookRules.check(t.stack()), "hooks/missing-command");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        TestFiles.write(t.home.resolve("hooks.json"), "{\"hooks\":{}, // c\n}");
        assertThat(find(HookRules.check(t.stack()), "hooks/json-syntax").isError()).isTrue();
    }

    @Test
    void untrustedProjectHooksAndStateOutsideTheUserConfigAreReported() {
        TestFiles t = new TestFiles(tmp);
        TestFiles.write(t.home.resolve("config.toml"), "");
        TestFiles.write(t.project.resolve(".codex/hooks.json"), HookDiscoveryTest.STOP_A);
        TestFiles.write(t.project.resolve(".codex/config.toml"), "[hooks.state.\"x\"]\nenabled = false\n");
        List<Diagnostic> ds = HookRules.check(t.stack());
        assertThat(find(ds, "hooks/untrusted-project").severity()).isEqualTo(Severity.INFO);
        t.userConfig("");
        assertThat(find(HookRules.check(t.stack()), "hooks/state-outside-user-config").severity())
                .isEqualTo(Severity.WARNING);
    }
}
