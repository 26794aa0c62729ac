package dev.codexstudio.core.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class RequirementsFormTest {

    private static final String SAMPLE = """
            # Managed policy
            allowed_approval_policies = ["on-request"]   # interactive only

            allowed_sandbox_modes = ["read-only", "workspace-write"]

            [permissions.filesystem]
            # secrets
            deny_read = [
              "~/.ssh",   # keys
              "~/.aws",
            ]
            """;

    private static RequirementsForm.Values read(String text) {
        return RequirementsForm.read(TomlDocument.parse(SourceText.ofString(Path.of("requirements.toml"), text)));
    }

    /** The lines of {@code after} that are not in {@code before}, and the other way round. */
    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<String> out = new java.util.ArrayList<>();
        b.stream().filter(l -> !a.contains(l)).forEach(l -> out.add("+" + l));
        a.stream().filter(l -> !b.contains(l)).forEach(l -> out.add("-" + l));
        return out;
    }

    @Test
    void allowedValuesAreTheExactEnumerationsCodexAccepts() {
        assertThat(RequirementsForm.approvalValues()).containsExactly("untrusted", "on-failure", "on-request", "never");
        assertThat(RequirementsForm.sandboxValues())
                .containsExactly("read-only", "workspace-write", "danger-full-access", "external-sandbox");
        assertThat(RequirementsForm.knownFeatures()).contains("hooks", "memories").isSorted();
    }

    @Test
    void readsTheSampleRequirements() throws IOException {
        Path file = TestPaths.samples().resolve("python-library/managed/requirements.toml");
        RequirementsForm.Values v = RequirementsForm.read(TomlDocument.parse(SourceText.of(file, Files.readAllBytes(file))));
        assertThat(v.approvals()).containsExactly("on-request", "never");
        assertThat(v.sandboxes()).containsExactly("read-only", "workspace-write");
        assertThat(v.denyRead()).hasSize(6).startsWith("~/.pypirc");
        assertThat(v.managedHooksOnly()).isNull();
        assertThat(v.featurePins()).isEmpty();
    }

    @Test
    void absentKeysReadAsNoRestriction() {
        RequirementsForm.Values v = read("");
        assertThat(v.approvals()).isNull();
        assertThat(v.sandboxes()).isNull();
        assertThat(v.denyRead()).isEmpty();
        assertThat(v.managedHooks()).isEmpty();
    }

    @Test
    void allowingAPolicyChangesOnlyThatLineAndKeepsItsComment() {
        String after = RequirementsForm.setAllowed(SAMPLE, RequirementsForm.APPROVALS, RequirementsForm.approvalValues(),
                "never", true);
        assertThat(changedLines(SAMPLE, after)).containsExactly(
                "+allowed_approval_policies = [\"on-request\", \"never\"]   # interactive only",
                "-allowed_approval_policies = [\"on-request\"]   # interactive only");
        String back = RequirementsForm.setAllowed(after, RequirementsForm.APPROVALS, RequirementsForm.approvalValues(),
                "never", false);
        assertThat(back).isEqualTo(SAMPLE);
        assertThat(RequirementsForm.setAllowed(SAMPLE, RequirementsForm.APPROVALS, RequirementsForm.approvalValues(),
                "on-request", true)).isSameAs(SAMPLE);
    }

    @Test
    void forbiddingWhenNothingIsRestrictedWritesEveryOtherValue() {
        String after = RequirementsForm.setAllowed("# x\n", RequirementsForm.SANDBOXES, RequirementsForm.sandboxValues(),
                "danger-full-access", false);
        assertThat(read(after).sandboxes()).containsExactly("read-only", "workspace-write", "external-sandbox");
        assertThat(after).startsWith("# x\n");
        assertThat(RequirementsForm.clear(after, RequirementsForm.SANDBOXES))
                .isEqualTo(after.replace("allowed_sandbox_modes = [\"read-only\", \"workspace-write\", \"external-sandbox\"]\n", ""));
    }

    @Test
    void denyReadEditsTouchOnlyTheirLineInAMultiLineList() {
        String added = RequirementsForm.addDenyRead(SAMPLE, "~/.netrc");
        assertThat(changedLines(SAMPLE, added)).containsExactly("+  \"~/.netrc\",");
        assertThat(read(added).denyRead()).containsExactly("~/.ssh", "~/.aws", "~/.netrc");

        String removed = RequirementsForm.removeDenyRead(SAMPLE, 0);
        assertThat(changedLines(SAMPLE, removed)).containsExactly("-  \"~/.ssh\",   # keys");
        assertThat(read(removed).denyRead()).containsExactly("~/.aws");

        String replaced = RequirementsForm.replaceDenyRead(SAMPLE, 0, "~/.gnupg");
        assertThat(changedLines(SAMPLE, replaced)).containsExactly("+  \"~/.gnupg\",   # keys", "-  \"~/.ssh\",   # keys");
    }

    @Test
    void denyReadEditsOnOneLineAndWhenAbsent() {
        String inline = "[permissions.filesystem]\ndeny_read = [\"/a\", \"/b\"] # two\n";
        assertThat(RequirementsForm.removeDenyRead(inline, 0)).isEqualTo("[permissions.filesystem]\ndeny_read = [\"/b\"] # two\n");
        assertThat(RequirementsForm.removeDenyRead(inline, 1)).isEqualTo("[permissions.filesystem]\ndeny_read = [\"/a\"] # two\n");
        assertThat(RequirementsForm.addDenyRead(inline, "./x/**"))
                .isEqualTo("[permissions.filesystem]\ndeny_read = [\"/a\", \"/b\", \"./x/**\"] # two\n");
        String lastMultiNoComma = "[permissions.filesystem]\ndeny_read = [\n  \"/a\"\n]\n";
        assertThat(RequirementsForm.addDenyRead(lastMultiNoComma, "/b"))
                .isEqualTo("[permissions.filesystem]\ndeny_read = [\n  \"/a\",\n  \"/b\"\n]\n");
        assertThat(RequirementsForm.removeDenyRead("[permissions.filesystem]\ndeny_read = [\"/a\"]\n", 0))
                .isEqualTo("[permissions.filesystem]\ndeny_read = []\n");
        assertThat(RequirementsForm.addDenyRead("[permissions.filesystem]\ndeny_read = []\n", "/a"))
                .isEqualTo("[permissions.filesystem]\ndeny_read = [\"/a\"]\n");

        String created = RequirementsForm.addDenyRead("allowed_sandbox_modes = [\"read-only\"]\n", "/secrets");
        assertThat(created).startsWith("allowed_sandbox_modes = [\"read-only\"]\n");
        TomlParseResult parsed = Toml.parse(created);
        assertThat(parsed.getArray("permissions.filesystem.deny_read").toList()).containsExactly("/secrets");
    }

    @Test
    void pinsAndTheManagedHooksToggleLandInTheRightTable() {
        String pinned = RequirementsForm.setPin(SAMPLE, "hooks", false);
        TomlParseResult p = Toml.parse(pinned);
        assertThat(p.getBoolean("features.hooks")).isFalse();
        assertThat(pinned).startsWith(SAMPLE);
        assertThat(read(pinned).featurePins()).isEqualTo(Map.of("hooks", false));
        assertThat(Toml.parse(RequirementsForm.setPin(pinned, "hooks", true)).getBoolean("features.hooks")).isTrue();
        assertThat(RequirementsForm.setPin(pinned, "hooks", null)).doesNotContain("hooks =");

        String alias = "feature_requirements = { memories = true }\n";
        assertThat(read(alias).featuresTable()).isEqualTo("feature_requirements");
        String aliasPinned = RequirementsForm.setPin(alias, "hooks", false);
        assertThat(aliasPinned).isEqualTo("feature_requirements = { memories = true, hooks = false }\n");
        assertThat(RequirementsForm.setPin(aliasPinned, "memories", false))
                .isEqualTo("feature_requirements = { memories = false, hooks = false }\n");
        assertThat(RequirementsForm.setPin(aliasPinned, "memories", null)).isEqualTo("feature_requirements = { hooks = false }\n");
        assertThat(RequirementsForm.setPin(aliasPinned, "hooks", null)).isEqualTo(alias);
        assertThat(RequirementsForm.setPin("feature_requirements = {}\n", "hooks", true))
                .isEqualTo("feature_requirements = { hooks = true }\n");
        String pinLine = "[features]\nhooks = false # IT\n";
        assertThat(RequirementsForm.setPin(pinLine, "hooks", true)).isEqualTo("[features]\nhooks = true # IT\n");

        String on = RequirementsForm.setManagedHooksOnly(SAMPLE, true);
        TomlParseResult q = Toml.parse(on);
        assertThat(q.getBoolean("allow_managed_hooks_only")).isTrue();
        assertThat(q.contains("permissions.filesystem.allow_managed_hooks_only")).isFalse();
        assertThat(changedLines(SAMPLE, on)).containsExactly("+allow_managed_hooks_only = true");
        assertThat(read(on).managedHooksOnly()).isTrue();
        String off = RequirementsForm.setManagedHooksOnly(on, false);
        assertThat(read(off).managedHooksOnly()).isFalse();
        assertThat(RequirementsForm.setManagedHooksOnly(SAMPLE, false)).isSameAs(SAMPLE);
    }

    @Test
    void managedHooksAreListedWithEventMatcherCommandAndLine() {
        RequirementsForm.Values v = read("""
                allow_managed_hooks_only = true
                [hooks]
                managed_dir = "/opt/hooks"
                [[hooks.PreToolUse]]
                matcher = "Bash"
                [[hooks.PreToolUse.hooks]]
                type = "command"
                command = "/opt/hooks/audit.sh"
                """);
        assertThat(v.managedDir()).isEqualTo("/opt/hooks");
        assertThat(v.managedHooks()).singleElement().satisfies(h -> {
            assertThat(h.event()).isEqualTo("PreToolUse");
            assertThat(h.matcher()).isEqualTo("Bash");
            assertThat(h.handler()).isEqualTo("/opt/hooks/audit.sh");
            assertThat(h.position().line()).isEqualTo(6);
        });
    }

    @Test
    void editsRefuseAFileWithSyntaxErrors() {
        assertThatThrownBy(() -> RequirementsForm.addDenyRead("deny_read = [", "/a"))
                .isInstanceOf(IllegalStateException.class);
    }
}
