package dev.codexstudio.core.config.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementsRulesTest {

    @TempDir
    Path temp;

    private static List<Diagnostic> withRule(List<Diagnostic> ds, String rule) {
        return ds.stream().filter(d -> d.rule().equals(rule)).toList();
    }

    @Test
    void articleEraKeysAreWarningsWithTheRealAlternative() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).requirements("""
                deny_write = ["/etc"]
                allowed_models = ["gpt-5"]
                [permissions.filesystem]
                deny_read = ["/secrets"]
                deny_write = ["/srv"]
                """).diagnostics();
        List<Diagnostic> noSuchKey = withRule(ds, "requirements/no-such-key");
        assertThat(noSuchKey).hasSize(3).allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(noSuchKey.get(0).hint()).contains("deny_read");
        assertThat(noSuchKey.get(1).message()).contains("allowed_models");
        assertThat(ds).noneMatch(Diagnostic::isError);
    }

    @Test
    void requirementsThatStopCodexAreErrors() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).requirements("""
                allowed_sandbox_modes = ["workspace-write"]
                allowed_approval_policies = []
                default_permissions = "dev"
                feature_requirements = { hooks = false }
                [features]
                memories = true
                [rules]
                prefix_rules = []
                """).diagnostics();
        assertThat(withRule(ds, "requirements/invalid-value")).hasSize(4).allMatch(Diagnostic::isError);
        assertThat(withRule(ds, "requirements/duplicate-key")).singleElement().satisfies(d -> assertThat(d.isError()).isTrue());
    }

    @Test
    void wrongTypesAndValuesInRequirementsAreErrors() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).requirements("""
                allowed_sandbox_modes = ["read-only", "bogus"]
                allow_managed_hooks_only = "yes"
                zz = 1
                """).diagnostics();
        assertThat(withRule(ds, "requirements/invalid-value")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("`external-sandbox`"));
        assertThat(withRule(ds, "requirements/wrong-type")).singleElement().satisfies(d -> assertThat(d.isError()).isTrue());
        assertThat(withRule(ds, "requirements/unknown-key")).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void forbiddenSandboxAndApprovalValuesAreFlaggedInBothFiles() throws IOException {
        StackFixture f = new StackFixture(temp)
                .requirements("allowed_sandbox_modes = [\"read-only\"]\nallowed_approval_policies = [\"on-request\"]\n")
                .user("sandbox_mode = \"danger-full-access\"\napproval_policy = \"never\"\n");
        List<Diagnostic> conflicts = withRule(f.diagnostics(), "requirements/conflict");
        assertThat(conflicts).hasSize(4).allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(conflicts.stream().filter(d -> d.position().file().equals(f.userFile())))
                .extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("`sandbox_mode = \"danger-full-access\"`") && m.contains("falls back to `read-only`"))
                .anyMatch(m -> m.contains("`approval_policy = \"never\"`") && m.contains("falls back to `on-request`"));
        assertThat(conflicts.stream().filter(d -> d.position().file().equals(f.system.resolve("requirements.toml"))))
                .hasSize(2);
    }

    @Test
    void onFailureSatisfiesAnOnRequestRequirement() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).requirements("allowed_approval_policies = [\"on-request\"]\n")
                .user("approval_policy = \"on-failure\"\n").diagnostics();
        assertThat(withRule(ds, "requirements/conflict")).isEmpty();
    }

    @Test
    void pinnedFeaturesAndManagedHooksOnly() throws IOException {
        StackFixture f = new StackFixture(temp).requirements("allow_managed_hooks_only = true\n[features]\nhooks = false\n")
                .user("[features]\ncodex_hooks = true\n[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"command\"\ncommand = \"x\"\n");
        List<Diagnostic> ds = f.diagnostics();
        assertThat(withRule(ds, "requirements/conflict")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("`hooks = false`").contains("`codex_hooks = true`"));
        assertThat(withRule(ds, "requirements/managed-hooks-only")).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void legacyManagedConfigIsCheckedAsConfigAndExplainedAsRequirements() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).managedConfig("approval_policy = \"never\"\nsandbox_mode = \"bogus\"\n")
                .diagnostics();
        assertThat(withRule(ds, "requirements/legacy-managed-config")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("allows only `never`"));
        assertThat(withRule(ds, "config/invalid-value")).singleElement().satisfies(d -> assertThat(d.isError()).isTrue());
    }

    @Test
    void requirementsSyntaxErrorIsAnError() throws IOException {
        List<Diagnostic> ds = new StackFixture(temp).requirements("x = \n").diagnostics();
        assertThat(withRule(ds, "requirements/syntax-error")).singleElement()
                .satisfies(d -> assertThat(d.position().column()).isEqualTo(5));
    }
}
