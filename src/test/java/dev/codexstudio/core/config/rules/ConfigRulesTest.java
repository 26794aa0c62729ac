package dev.codexstudio.core.config.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigRulesTest {

    @TempDir
    Path temp;

    private static Diagnostic only(List<Diagnostic> ds, String rule) {
        List<Diagnostic> matching = ds.stream().filter(d -> d.rule().equals(rule)).toList();
        assertThat(matching).as("diagnostics with rule " + rule + " in " + ds).hasSize(1);
        return matching.get(0);
    }

    private static boolean hasErrors(List<Diagnostic> ds) {
        return ds.stream().anyMatch(Diagnostic::isError);
    }

    @Test
    void cleanConfigHasNoFindings() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).user("""
                model = "gpt-5"
                model_reasoning_effort = "xhigh"
                approval_policy = "on-request"
                sandbox_mode = "workspace-write"
                [features]
                hooks = false
                """).diagnostics();
        assertThat(ds).isEmpty();
    }

    @Test
    void untrustedApprovalPolicyIsAnErrorWithCodexMessageAndRemovalFix() throws IOException {
        StackFixture f = new StackFixture(temp).user("model = \"o3\"\napproval_policy = \"untrusted\"\n");
        Diagnostic d = only(f.diagnostics(), "config/unsupported-value");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).isEqualTo("approval_policy = \"untrusted\" is no longer supported; remove this setting.");
        assertThat(d.position().line()).isEqualTo(2);
        assertThat(StackFixture.apply(d.fix())).isEqualTo("model = \"o3\"\n");
    }

    @Test
    void onFailureIsADeprecatedAliasWithReplacementFix() throws IOException {
        StackFixture f = new StackFixture(temp).user("approval_policy = \"on-failure\"\n");
        Diagnostic d = only(f.diagnostics(), "config/deprecated-value");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(StackFixture.apply(d.fix())).isEqualTo("approval_policy = \"on-request\"\n");
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKeyAndRenamesIt() throws IOException {
        StackFixture f = new StackFixture(temp).user("reasoning_effort = \"high\"\n[tui]\nanimation = false\n");
        List<Diagnostic> ds = f.diagnostics();
        assertThat(hasErrors(ds)).isFalse();
        List<Diagnostic> unknown = ds.stream().filter(d -> d.rule().equals("config/unknown-key")).toList();
        assertThat(unknown).hasSize(2);
        assertThat(unknown.get(0).hint()).contains("Did you mean `model_reasoning_effort`?").contains("--strict-config");
        assertThat(StackFixture.apply(unknown.get(0).fix())).startsWith("model_reasoning_effort = \"high\"\n");
        assertThat(StackFixture.apply(unknown.get(1).fix())).endsWith("[tui]\nanimations = false\n");
    }

    @Test
    void wrongTypesAndEnumValuesAreErrorsAtTheValue() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).user("model = \"a\"\nsandbox_mode = \"bogus\"\nproject_doc_max_bytes = -1\n")
                .diagnostics();
        Diagnostic bad = only(ds, "config/invalid-value");
        assertThat(bad.severity()).isEqualTo(Severity.ERROR);
        assertThat(bad.position().line()).isEqualTo(2);
        assertThat(bad.position().column()).isEqualTo(16);
        assertThat(bad.message()).contains("unknown value `bogus`")
                .contains("one of `read-only`, `workspace-write`, `danger-full-access`");
        assertThat(only(ds, "config/out-of-range").position().column()).isEqualTo(25);
    }

    @Test
    void legacyProfileSelectorIsAnErrorButProfileTablesOnlyWarn() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).user("profile = \"work\"\n[profiles.work]\nmodel = \"o3\"\nreview_model = \"o3\"\n")
                .diagnostics();
        List<Diagnostic> legacy = ds.stream().filter(d -> d.rule().equals("config/legacy-profile")).toList();
        assertThat(legacy).extracting(Diagnostic::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(legacy.get(0).message()).isEqualTo("legacy `profile = \"work\"` config is no longer supported; use "
                + "`--profile work` with `work.config.toml` instead.");
        assertThat(legacy.get(1).message()).contains("work.config.toml").contains("--profile work");
        assertThat(only(ds, "config/profile-only-key").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void selectingAProfileThatStillHasALegacyTableIsAnError() throws IOException {
        StackFixture f = new StackFixture(temp).user("[profiles.work]\nmodel = \"o3\"\n").file("work.config.toml", "model = \"o4\"\n")
                .selectProfile("work");
        assertThat(only(f.diagnostics(), "config/profile-conflict").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void profileFilesAreCheckedEvenWhenNotSelected() throws IOException {
        StackFixture f = new StackFixture(temp).user("").file("fast.config.toml", "model = 5\n").file("bad.name.config.toml", "");
        List<Diagnostic> ds = f.diagnostics();
        assertThat(only(ds, "config/wrong-type").position().file()).isEqualTo(f.home.resolve("fast.config.toml"));
        assertThat(only(ds, "config/invalid-profile-name").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void featureAliasesAndNeedlessFlags() throws IOException {
        StackFixture f = new StackFixture(temp).user("[features]\ncollab = true\nteleport = true\nplugin_hooks = true\n");
        List<Diagnostic> ds = f.diagnostics();
        Diagnostic alias = only(ds, "config/deprecated-feature");
        assertThat(StackFixture.apply(alias.fix())).contains("\nmulti_agent = true\n");
        assertThat(only(ds, "config/unknown-feature").severity()).isEqualTo(Severity.WARNING);
        assertThat(only(ds, "config/removed-feature").severity()).isEqualTo(Severity.WARNING);
        assertThat(hasErrors(ds)).isFalse();

        // the hooks feature (and its codex_hooks alias) is explained by the hooks rules, once
        List<Diagnostic> hooksFlag = new StackFixture(temp.resolve("b")).user("[features]\nhooks = true\ncodex_hooks = true\n")
                .diagnostics();
        assertThat(hooksFlag).noneMatch(d -> d.rule().startsWith("config/") && d.rule().contains("feature"));
    }

    @Test
    void aliasFixIsWithheldWhenTheCanonicalKeyIsAlsoSet() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).user("[features]\nconnectors = false\napps = false\n").diagnostics();
        assertThat(only(ds, "config/deprecated-feature").fix()).isNull();
    }

    @Test
    void unknownFeatureWithANonBooleanValueIsAnError() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).user("[features]\nteleport = 1\n").diagnostics();
        assertThat(only(ds, "config/wrong-type").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void singleTableHookEventIsAnError() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).user("[hooks.PostToolUse]\nmatcher = \"Bash\"\n").diagnostics();
        Diagnostic d = only(ds, "config/wrong-type");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).contains("must be an array of tables");
    }

    @Test
    void projectDocBudgetZeroIsInfo() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).user("project_doc_max_bytes = 0\n").diagnostics();
        assertThat(only(ds, "config/project-docs-disabled").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void syntaxErrorsAndEncodingProblemsAreErrors() throws IOException {
        assertThat(only(new StackFixture(temp.resolve("a")).user("model = \n").diagnostics(), "config/syntax-error")
                .position().column()).isEqualTo(9);
        Diagnostic utf8 = only(new StackFixture(temp.resolve("b")).userBytes(new byte[] {'a', '=', '"', (byte) 0xff, '"'})
                .diagnostics(), "config/invalid-utf8");
        assertThat(utf8.severity()).isEqualTo(Severity.ERROR);
        assertThat(utf8.position().column()).isEqualTo(4);
        assertThat(only(new StackFixture(temp.resolve("c")).userBytes(new byte[] {'#', 0, '\n'}).diagnostics(),
                "config/syntax-error").severity()).isEqualTo(Severity.ERROR);
        List<Diagnostic> bom = new StackFixture(temp.resolve("d")).userBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf,
            'm', 'o', 'd', 'e', 'l', '=', '"', 'a', '"', '\n'}).diagnostics();
        assertThat(bom).extracting(Diagnostic::rule).containsExactly("config/byte-order-mark");
    }

    @Test
    void aDirectoryInPlaceOfTheConfigIsUnreadable() throws IOException {
        StackFixture f = new StackFixture(temp);
        Files.createDirectories(f.userFile());
        assertThat(only(f.diagnostics(), "config/unreadable").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void projectLayersStripUserOnlyKeysAndFlagSecretsAndPersonalPaths() throws IOException {
        StackFixture f = new StackFixture(temp).project("""
                profile = "work"
                model_provider = 5
                [mcp_servers.gh]
                url = "https://api.example.com/mcp"
                bearer_token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
                [mcp_servers.local]
                command = "node"
                env = { OPENAI_API_KEY = "sk-live-1234567890abcdefghijkl", HOME_DIR = "/home/alice" }
                [projects."/x"]
                trust_level = "trusted"
                """, "trusted");
        List<Diagnostic> ds = f.diagnostics().stream().filter(d -> d.position().file().equals(f.projectFile())).toList();
        assertThat(ds.stream().filter(d -> d.rule().equals("config/ignored-project-key")))
                .extracting(Diagnostic::message).anyMatch(m -> m.contains("`profile`")).anyMatch(m -> m.contains("`model_provider`"));
        assertThat(ds.stream().filter(d -> d.rule().equals("config/secret-in-repo"))).hasSize(2);
        assertThat(only(ds, "config/not-portable").message()).contains("/home/alice");
        assertThat(only(ds, "config/inert-trust-setting").severity()).isEqualTo(Severity.WARNING);
        assertThat(ds.stream().filter(d -> d.rule().equals("config/unknown-key"))).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("bearer_token"));
        assertThat(hasErrors(ds)).isFalse();
    }

    @Test
    void untrustedProjectProblemsStayErrorsButDoNotStopCodexExceptInvalidUtf8() throws IOException {
        StackFixture untrusted = new StackFixture(temp).project("model = 5\n", "untrusted");
        List<Diagnostic> ds = untrusted.diagnostics();
        assertThat(only(ds, "config/wrong-type").severity()).isEqualTo(Severity.ERROR);
        assertThat(only(ds, "config/untrusted-project").severity()).isEqualTo(Severity.INFO);
        assertThat(ConfigRules.refusals(untrusted.stack())).isEmpty();
        List<Diagnostic> utf8 = new StackFixture(temp.resolve("b")).projectBytes(new byte[] {'a', '=', (byte) 0xc3}, null)
                .diagnostics();
        assertThat(only(utf8, "config/invalid-utf8").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void loadChecksRunOnTheMergedConfig() throws IOException {
        StackFixture f = new StackFixture(temp).user("approval_policy = \"untrusted\"\n[mcp_servers.x]\ncommand = \"a\"\n")
                .project("approval_policy = \"never\"\n[mcp_servers.x]\nurl = \"https://x\"\n", "trusted");
        List<Diagnostic> ds = f.diagnostics();
        assertThat(ds).noneMatch(d -> d.rule().equals("config/unsupported-value"));
        Diagnostic mcp = only(ds, "config/invalid-mcp-server");
        assertThat(mcp.position().file()).isEqualTo(f.projectFile());
        assertThat(mcp.message()).contains("`url` is not supported for a stdio MCP server");
    }

    @Test
    void modelProvidersAndFiles() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).user("""
                model_provider = "azure"
                model_instructions_file = "missing.md"
                [model_providers.openai]
                name = "mine"
                """).diagnostics();
        assertThat(only(ds, "config/unknown-model-provider").severity()).isEqualTo(Severity.ERROR);
        assertThat(only(ds, "config/reserved-model-provider").severity()).isEqualTo(Severity.ERROR);
        assertThat(only(ds, "config/missing-file").message()).contains("missing.md");

        List<Diagnostic> ok = new StackFixture(temp.resolve("b")).file("prompt.md", "Be brief.").user(
                "model_instructions_file = \"prompt.md\"\nmodel_provider = \"local\"\n[model_providers.local]\nname = \"L\"\n")
                .diagnostics();
        assertThat(ok).isEmpty();
    }
}
