package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookDiscoveryTest {

    @TempDir
    Path tmp;

    static final String STOP_A = "{\"hooks\":{\"Stop\":[{\"hooks\":[{\"type\":\"command\",\"command\":\"a\"}]}]}}";

    @Test
    void userThenProjectWithKeysHashesAndDisplayOrder() {
        TestFiles t = new TestFiles(tmp);
        t.userConfig("");
        TestFiles.write(t.home.resolve("hooks.json"), STOP_A);
        TestFiles.write(t.project.resolve(".codex/config.toml"),
                "[[hooks.PreToolUse]]\nmatcher = \"Bash\"\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"p\"\n");
        HookCatalog c = t.discover();
        assertThat(c.errors()).isEmpty();
        assertThat(c.entries()).extracting(HookEntry::key).containsExactly(
                t.home.resolve("hooks.json") + ":stop:0:0",
                t.project.resolve(".codex/config.toml") + ":pre_tool_use:0:0");
        HookEntry user = c.entries().get(0);
        assertThat(user.source()).isEqualTo("user");
        assertThat(user.currentHash()).isEqualTo("sha256:c75a850480544f28d4a0e3e73be3b2659a93058c0746b3a82ad494187e86ecbc");
        assertThat(user.trustStatus()).isEqualTo(HookEntry.TrustStatus.UNTRUSTED);
        assertThat(user.runs()).isFalse();
        assertThat(c.entries().get(1).source()).isEqualTo("project");
        assertThat(c.entries().get(1).displayOrder()).isEqualTo(1);
        assertThat(c.entry(user.key())).contains(user);
        assertThat(c.entries(HookEvent.PRE_TOOL_USE)).singleElement().extracting(HookEntry::optionalMatcher)
                .isEqualTo(java.util.Optional.of("Bash"));
        assertThat(c.sources()).hasSize(2);
    }

    @Test
    void trustStateComesFromTheUserConfig() {
        TestFiles t = new TestFiles(tmp);
        TestFiles.write(t.home.resolve("hooks.json"),
                "{\"hooks\":{\"Stop\":[{\"hooks\":[{\"type\":\"command\",\"command\":\"a\"},{\"type\":\"command\",\"command\":\"b\"},"
                        + "{\"type\":\"command\",\"command\":\"c\"}]}]}}");
        String key = t.home.resolve("hooks.json") + ":stop:0:";
        t.userConfig("[hooks.state.\"" + key + "0\"]\ntrusted_hash = "
                + "\"sha256:c75a850480544f28d4a0e3e73be3b2659a93058c0746b3a82ad494187e86ecbc\"\n"
                + "[hooks.state.\"" + key + "1\"]\ntrusted_hash = \"sha256:00\"\n"
                + "[hooks.state.\"" + key + "2\"]\nenabled = false\n");
        HookCatalog c = t.discover();
        assertThat(c.entries()).extracting(HookEntry::trustStatus).containsExactly(HookEntry.TrustStatus.TRUSTED,
                HookEntry.TrustStatus.MODIFIED, HookEntry.TrustStatus.UNTRUSTED);
        assertThat(c.entries()).extracting(HookEntry::enabled).containsExactly(true, true, false);
        assertThat(c.entries().get(0).runs()).isTrue();
    }

    @Test
    void warningsForBothRepresentationsSkippedHandlersAndInvalidMatchers() {
        TestFiles t = new TestFiles(tmp);
        TestFiles.write(t.home.resolve("hooks.json"), "{\"hooks\":{\"PreToolUse\":[{\"matcher\":\"(\",\"hooks\":[]}],"
                + "\"SessionEnd\":[{\"hooks\":[{\"type\":\"command\",\"command\":\" \"},{\"type\":\"prompt\"},"
                + "{\"type\":\"command\",\"command\":\"x\",\"timeout\":10,\"async\":true}]}]}}");
        t.userConfig("[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"command\"\ncommand = \"t\"\n");
        HookCatalog c = t.discover();
        Path json = t.home.resolve("hooks.json");
        assertThat(c.warnings()).containsExactly(
                "loading hooks from both " + json + " and " + t.home.resolve("config.toml")
                        + "; prefer a single representation for this layer",
                "invalid matcher \"(\" in " + json + ": regex parse error:\n    (\n    ^\nerror: unclosed group",
                "skipping empty hook command in " + json,
                "skipping prompt hook in " + json + ": prompt hooks are not supported yet",
                "clamping SessionEnd hook timeout to 3s in " + json,
                "running async SessionEnd hook synchronously in " + json);
        HookEntry end = c.entries().get(0);
        assertThat(end.timeoutSec()).isEqualTo(3);
        assertThat(end.async()).isFalse();
        assertThat(end.key()).endsWith(":session_end:0:2");
    }

    @Test
    void untrustedProjectsAndDisabledFeatureLoadNothing() {
        TestFiles t = new TestFiles(tmp);
        TestFiles.write(t.home.resolve("config.toml"), "");
        TestFiles.write(t.project.resolve(".codex/hooks.json"), STOP_A);
        assertThat(t.discover().entries()).isEmpty();
        t.userConfig("[features]\ncodex_hooks = false\n");
        HookCatalog off = t.discover();
        assertThat(off.hooksEnabled()).isFalse();
        assertThat(off.entries()).isEmpty();
        t.userConfig("[features]\ncodex_hooks = false\nhooks = true\n");
        assertThat(t.discover().entries()).hasSize(1);
    }

    @Test
    void managedRequirementHooksComeFirstAndManagedOnlyDropsTheRest() {
        TestFiles t = new TestFiles(tmp);
        t.userConfig("");
        TestFiles.write(t.home.resolve("hooks.json"), STOP_A);
        TestFiles.write(t.system.resolve("requirements.toml"),
                "[[hooks.PreToolUse]]\nmatcher = \"Bash\"\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"managed_req\"\n");
        HookCatalog c = t.discover();
        assertThat(c.entries()).hasSize(2);
        HookEntry managed = c.entries().get(0);
        assertThat(managed.key()).isEqualTo(t.system.resolve("requirements.toml") + ":pre_tool_use:0:0");
        assertThat(managed.trustStatus()).isEqualTo(HookEntry.TrustStatus.MANAGED);
        assertThat(managed.source()).isEqualTo("system");
        assertThat(managed.currentHash()).isEqualTo("sha256:3688dd2d23c330e9fdf9da9b30e463e3df1fc3d22a0a07407ce185fd5eb88fb7");
        TestFiles.write(t.system.resolve("requirements.toml"), "allow_managed_hooks_only = true\n"
                + "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"m\"\n");
        assertThat(t.discover().entries()).extracting(HookEntry::command).containsExactly("m");
    }

    @Test
    void aProfileSharesTheCodexHomeFolderSoHooksJsonIsReadOnce() {
        TestFiles t = new TestFiles(tmp);
        t.userConfig("");
        TestFiles.write(t.home.resolve("work.config.toml"), "model = \"x\"\n");
        TestFiles.write(t.home.resolve("hooks.json"), STOP_A);
        HookCatalog c = HookDiscovery.discover(dev.codexstudio.core.config.ConfigStackLoader.load(t.env().withProfile("work"),
                t.project));
        assertThat(c.entries()).hasSize(1);
    }

    @Test
    void aTomlTypeErrorMeansCodexListsNoHooks() {
        TestFiles t = new TestFiles(tmp);
        TestFiles.write(t.home.resolve("hooks.json"), STOP_A);
        t.userConfig("[hooks.PostToolUse]\nmatcher = \"x\"\n");
        HookCatalog c = t.discover();
        assertThat(c.entries()).isEmpty();
        assertThat(c.errors()).singleElement().asString().endsWith("invalid type: map, expected a sequence");
        t.userConfig("[features]\nhooks = false\n\n[hooks.PostToolUse]\nmatcher = \"x\"\n");
        assertThat(t.discover().errors()).as("the config fails even with hooks off").hasSize(1);
        assertThat(HookRules.check(t.stack())).anyMatch(d -> d.rule().equals("hooks/event-table-not-array"));
    }
}
