package dev.codexstudio.core.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementsConflictsTest {

    @TempDir
    Path temp;

    private Path home;
    private Path system;
    private Path repo;

    @BeforeEach
    void layout() throws IOException {
        home = Files.createDirectories(temp.resolve("codex-home"));
        system = Files.createDirectories(temp.resolve("etc-codex"));
        repo = Files.createDirectories(temp.resolve("repo")).toRealPath();
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(repo.resolve(".codex"));
    }

    private Stack scan() {
        return StackScanner.scan(repo, new CodexEnvironment(home, temp.resolve("user-home"), system, null));
    }

    private void user(String toml) throws IOException {
        Files.writeString(home.resolve("config.toml"), toml);
    }

    private void project(String toml, String trust) throws IOException {
        Files.writeString(repo.resolve(".codex/config.toml"), toml);
        Files.writeString(home.resolve("config.toml"), Files.readString(home.resolve("config.toml"))
                + "\n[projects.\"" + repo + "\"]\ntrust_level = \"" + trust + "\"\n");
    }

    private void requirements(String toml) throws IOException {
        Files.writeString(system.resolve("requirements.toml"), toml);
    }

    @Test
    void noRequirementsNoConflicts() throws IOException {
        user("approval_policy = \"never\"\nsandbox_mode = \"danger-full-access\"\n");
        assertThat(RequirementsConflicts.find(scan())).isEmpty();
    }

    @Test
    void forbiddenApprovalPolicyInEveryLayerWithFileLineAndWhetherItIsInEffect() throws IOException {
        requirements("# policy\nallowed_approval_policies = [\"on-request\"]\n");
        user("model = \"gpt-5\"\napproval_policy = \"never\"\n");
        project("approval_policy = \"never\"\n", "trusted");
        List<RequirementsConflict> cs = RequirementsConflicts.find(scan());
        assertThat(cs).hasSize(2).allMatch(c -> c.kind() == RequirementsConflict.Kind.APPROVAL_POLICY);
        RequirementsConflict user = cs.stream().filter(c -> c.layer() == LayerKind.USER).findFirst().orElseThrow();
        assertThat(user.position().file()).isEqualTo(home.resolve("config.toml"));
        assertThat(user.position().line()).isEqualTo(2);
        assertThat(user.position().column()).isEqualTo(19);
        assertThat(user.inEffect()).isFalse();
        assertThat(user.note()).startsWith("Overridden by ").contains(".codex");
        RequirementsConflict project = cs.stream().filter(c -> c.layer() == LayerKind.PROJECT).findFirst().orElseThrow();
        assertThat(project.inEffect()).isTrue();
        assertThat(project.note()).isEmpty();
        assertThat(project.value()).isEqualTo("\"never\"");
        assertThat(project.requirement()).isEqualTo("allowed_approval_policies");
        assertThat(project.forbiddenBy().file()).isEqualTo(system.resolve("requirements.toml"));
        assertThat(project.forbiddenBy().line()).isEqualTo(2);
        assertThat(project.message()).contains("uses `on-request`");
    }

    @Test
    void onFailureIsTheSamePolicyAsOnRequest() throws IOException {
        requirements("allowed_approval_policies = [\"on-failure\"]\n");
        user("approval_policy = \"on-request\"\n");
        assertThat(RequirementsConflicts.find(scan())).isEmpty();
        user("approval_policy = \"never\"\n");
        assertThat(RequirementsConflicts.find(scan())).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("allowed: `on-request`"));
    }

    @Test
    void granularPolicyCountsAsGranular() throws IOException {
        requirements("allowed_approval_policies = [\"on-request\"]\n");
        user("[approval_policy.granular]\nsandbox_approval = true\nrules = true\nmcp_elicitations = true\n");
        assertThat(RequirementsConflicts.find(scan())).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("\"granular\""));
    }

    @Test
    void sandboxModeInAProfileFileAppliesOnlyWithThatProfile() throws IOException {
        requirements("allowed_sandbox_modes = [\"read-only\", \"workspace-write\"]\n");
        user("sandbox_mode = \"workspace-write\"\n");
        Files.writeString(home.resolve("fast.config.toml"), "# fast\nsandbox_mode = \"danger-full-access\"\n");
        RequirementsConflict c = RequirementsConflicts.find(scan()).stream().collect(
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    assertThat(l).hasSize(1);
                    return l.get(0);
                }));
        assertThat(c.kind()).isEqualTo(RequirementsConflict.Kind.SANDBOX_MODE);
        assertThat(c.layer()).isEqualTo(LayerKind.PROFILE);
        assertThat(c.position().line()).isEqualTo(2);
        assertThat(c.inEffect()).isFalse();
        assertThat(c.note()).isEqualTo("Applies only with `--profile fast`.");
    }

    @Test
    void untrustedProjectValuesAreListedAsNotLoaded() throws IOException {
        requirements("allowed_sandbox_modes = [\"read-only\"]\n");
        user("");
        project("sandbox_mode = \"workspace-write\"\n", "untrusted");
        assertThat(RequirementsConflicts.find(scan())).singleElement().satisfies(c -> {
            assertThat(c.inEffect()).isFalse();
            assertThat(c.note()).contains("not trusted");
        });
    }

    @Test
    void featureSetAgainstAPinIncludingDeprecatedAliases() throws IOException {
        requirements("[features]\nhooks = false\nmemories = true\n");
        user("[features]\ncodex_hooks = true\nmemories = true\nundo = true\n");
        assertThat(RequirementsConflicts.find(scan())).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RequirementsConflict.Kind.FEATURE_PIN);
            assertThat(c.key()).isEqualTo("features.codex_hooks");
            assertThat(c.value()).isEqualTo("true");
            assertThat(c.requirement()).isEqualTo("features.hooks");
            assertThat(c.forbiddenBy().line()).isEqualTo(2);
            assertThat(c.position().line()).isEqualTo(2);
        });
    }

    @Test
    void managedHooksOnlyFlagsUserAndProjectHooksButNotManagedOnes() throws IOException {
        requirements("allow_managed_hooks_only = true\n");
        user("[[hooks.PreToolUse]]\nmatcher = \"Bash\"\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"echo hi\"\n");
        project("model = \"gpt-5\"\n", "trusted");
        Files.writeString(repo.resolve(".codex/hooks.json"),
                "{\"hooks\":{\"Stop\":[{\"hooks\":[{\"type\":\"command\",\"command\":\"true\"}]}]}}");
        Files.writeString(system.resolve("config.toml"),
                "[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"command\"\ncommand = \"audit\"\n");
        List<RequirementsConflict> cs = RequirementsConflicts.find(scan());
        assertThat(cs).hasSize(2).allMatch(c -> c.kind() == RequirementsConflict.Kind.UNMANAGED_HOOKS);
        assertThat(cs).extracting(c -> c.position().file())
                .containsExactlyInAnyOrder(home.resolve("config.toml"), repo.resolve(".codex/hooks.json"));
        assertThat(cs).filteredOn(c -> c.layer() == LayerKind.PROJECT).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("1 hook"));
        assertThat(cs).filteredOn(c -> c.layer() == LayerKind.USER).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("PreToolUse"));
    }

    @Test
    void editedRequirementsReplaceTheInstalledOnesAndADraftReadsAsIfInstalled() throws IOException {
        requirements("allowed_approval_policies = [\"on-request\"]\n");
        user("approval_policy = \"never\"\n");
        Stack stack = scan();
        assertThat(RequirementsConflicts.find(stack)).hasSize(1);
        Path installed = system.resolve("requirements.toml");
        RequirementsFile edited = new RequirementsFile(installed, false, TomlDocument.parse(SourceText.ofString(installed,
                "allowed_approval_policies = [\"on-request\", \"never\"]\n")), null);
        Requirements now = RequirementsConflicts.withEdited(stack.rootView().config().requirements(), edited);
        assertThat(RequirementsConflicts.find(stack, now)).isEmpty();
        assertThat(now.files()).hasSize(1);

        Path draft = temp.resolve("draft/requirements.toml");
        RequirementsFile d = new RequirementsFile(draft, false, TomlDocument.parse(SourceText.ofString(draft,
                "allowed_approval_policies = [\"never\"]\n")), null);
        Requirements asInstalled = RequirementsConflicts.withEdited(stack.rootView().config().requirements(), d);
        assertThat(asInstalled.files()).extracting(RequirementsFile::path).containsExactly(draft);
        assertThat(RequirementsConflicts.find(stack, asInstalled)).isEmpty();
        assertThat(RequirementsConflicts.isSource(stack.rootView().config().requirements(), draft)).isFalse();
    }

    @Test
    void unsavedConfigTextReplacesTheScannedFile() throws IOException {
        requirements("allowed_approval_policies = [\"on-request\"]\n");
        user("approval_policy = \"on-request\"\n");
        Stack stack = scan();
        Requirements req = stack.rootView().config().requirements();
        assertThat(RequirementsConflicts.find(stack)).isEmpty();
        Path file = home.resolve("config.toml");
        TomlDocument edited = TomlDocument.parse(SourceText.ofString(file, "# edited\napproval_policy = \"never\"\n"));
        assertThat(RequirementsConflicts.find(stack, req, java.util.Map.of(file, edited))).singleElement().satisfies(c -> {
            assertThat(c.position().line()).isEqualTo(2);
            assertThat(c.inEffect()).isTrue();
        });
    }
}
