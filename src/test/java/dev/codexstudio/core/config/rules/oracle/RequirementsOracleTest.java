package dev.codexstudio.core.config.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.config.rules.ConfigRules;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test for {@code /etc/codex/requirements.toml} and the legacy {@code managed_config.toml}: Codex reads
 * them only from {@code /etc/codex}, so each run overlays {@code /etc} in a private mount namespace
 * ({@code unshare -m}); the real {@code /etc} is never modified. Runs only with the Codex binary
 * ({@code -Dstudio.codex.bin}) and where that namespace trick works (root); skipped otherwise, also on CI. The
 * requirements files of the shared corpus are included when the shared folder is present.
 */
class RequirementsOracleTest {

    /** A requirements variant: files for /etc/codex and the user config. */
    private record Case(String name, String requirements, String managedConfig, String userConfig) {
    }

    @TempDir
    Path temp;

    private static List<Case> cases() throws IOException {
        List<Case> c = new ArrayList<>();
        String[] requirements = {
            "allowed_sandbox_modes = [\"read-only\", \"workspace-write\"]\n",
            "allowed_sandbox_modes = [\"workspace-write\"]\n",
            "allowed_sandbox_modes = []\n",
            "allowed_sandbox_modes = \"read-only\"\n",
            "allowed_sandbox_modes = [\"read-only\", \"bogus\"]\n",
            "allowed_sandbox_modes = [\"read-only\", \"external-sandbox\"]\n",
            "allowed_approval_policies = [\"on-request\", \"never\"]\n",
            "allowed_approval_policies = []\n",
            "allowed_approval_policies = [\"bogus\"]\n",
            "allowed_approval_policies = [\"untrusted\", \"on-failure\"]\n",
            "allowed_approval_policies = [\"granular\"]\n",
            "allowed_approval_policies = [{ granular = { sandbox_approval = true, rules = true, mcp_elicitations = true } }]\n",
            "deny_write = [\"/etc\"]\n",
            "allowed_models = [\"gpt-5\"]\n",
            "[permissions.filesystem]\ndeny_read = [\"/secrets\", \"./private/**\"]\n",
            "[permissions.filesystem]\ndeny_read = \"/secrets\"\n",
            "[permissions.filesystem]\ndeny_write = [\"/x\"]\n",
            "zz_unknown = 1\n",
            "[features]\nhooks = false\n",
            "[features]\nhooks = \"no\"\n",
            "[features]\nnot_a_feature = true\n",
            "[feature_requirements]\nhooks = false\n",
            "feature_requirements = { hooks = false }\n[features]\nmemories = true\n",
            "allow_managed_hooks_only = true\n",
            "allow_managed_hooks_only = \"yes\"\n",
            "[hooks]\nmanaged_dir = \"/opt/hooks\"\n[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"x\"\n",
            "[hooks.PreToolUse]\nmatcher = \"x\"\n",
            "[hooks]\nmanaged_dir = 5\n",
            "[rules]\nprefix_rules = []\n",
            "[rules]\nprefix_rules = [{ pattern = [{ token = \"rm\" }], decision = \"forbidden\" }]\n",
            "default_permissions = \"dev\"\n",
            "[rules]\nprefix_rules = [{ pattern = [{ token = \"rm\" }], decision = \"allow\" }]\n",
            "[rules]\nprefix_rules = [{ pattern = [], decision = \"prompt\" }]\n",
            "[rules]\nprefix_rules = [{ pattern = [{}], decision = \"prompt\" }]\n",
            "[rules]\nprefix_rules = [{ pattern = [{ token = \"a\", any_of = [\"b\"] }], decision = \"prompt\" }]\n",
            "[rules]\nprefix_rules = [{ pattern = [{ any_of = [] }], decision = \"prompt\" }]\n",
            "[rules]\nprefix_rules = [{ pattern = [{ token = \"\" }], decision = \"prompt\" }]\n",
            "[rules]\nprefix_rules = [{ pattern = [\"rm\"], decision = \"forbidden\" }]\n",
            "[rules]\nprefix_rules = [{ pattern = [{ any_of = [\"rm\", \"rmdir\"] }], decision = \"prompt-user\", zz = 1 }]\n",
            "[marketplaces]\nzz = 1\n",
            "[mcp_servers.x]\ncommand = \"a\"\n",
            "enforce_residency = \"eu\"\n",
            "[models.new_thread]\nmodel = \"gpt-5\"\n",
            "remote_sandbox_config = [{ hostname_patterns = [\"*.corp\"], allowed_sandbox_modes = [\"read-only\"] }]\n",
            "allowed_web_search_modes = [\"bogus\"]\n",
            "allowed_login_methods = [\"api\"]\n",
            "x = \n",
            "\uFEFFallowed_sandbox_modes = [\"read-only\"]\n",
        };
        for (int i = 0; i < requirements.length; i++) {
            c.add(new Case("req-" + i, requirements[i], null, ""));
        }
        c.add(new Case("conflict-sandbox", "allowed_sandbox_modes = [\"read-only\"]\n", null,
                "sandbox_mode = \"danger-full-access\"\n"));
        c.add(new Case("conflict-approval", "allowed_approval_policies = [\"on-request\"]\n", null,
                "approval_policy = \"never\"\n"));
        c.add(new Case("alias-approval", "allowed_approval_policies = [\"on-request\"]\n", null,
                "approval_policy = \"on-failure\"\n"));
        c.add(new Case("conflict-feature", "[features]\nhooks = false\n", null, "[features]\nhooks = true\n"));
        c.add(new Case("managed-hooks-only", "allow_managed_hooks_only = true\n", null,
                "[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"command\"\ncommand = \"x\"\n"));
        String[] legacy = {"approval_policy = \"never\"\n", "sandbox_mode = \"bogus\"\n", "model = 5\n", "zzz = 1\n",
            "approval_policy = \"untrusted\"\n", "x = \n", "sandbox_mode = \"workspace-write\"\n"};
        for (int i = 0; i < legacy.length; i++) {
            c.add(new Case("legacy-" + i, null, legacy[i], ""));
        }
        Path corpus = Path.of(System.getProperty("studio.shared.dir", "../shared"), "corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> walk = Files.walk(corpus)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (n.endsWith("requirements.toml")) {
                        c.add(new Case("corpus:" + corpus.relativize(p), Files.readString(p), null, ""));
                    } else if (n.equals("managed_config.toml")) {
                        c.add(new Case("corpus:" + corpus.relativize(p), null, Files.readString(p), ""));
                    }
                }
            }
        }
        return c;
    }

    @Test
    void requirementsRulesAgreeWithCodex() throws Exception {
        String prop = System.getProperty("studio.codex.bin", "");
        Path binary = prop.isBlank() ? null : Path.of(prop);
        assumeTrue(binary != null && Files.isExecutable(binary), "Codex binary not found; skipping");
        assumeTrue(CodexOracle.canOverlayEtc(temp), "cannot overlay /etc in a mount namespace (needs root); skipping");
        List<String> differences = new ArrayList<>();
        int agree = 0;
        int rejected = 0;
        List<Case> cases = cases();
        for (int i = 0; i < cases.size(); i++) {
            Case k = cases.get(i);
            Path dir = temp.resolve(String.format("r%02d", i));
            Path home = Files.createDirectories(dir.resolve("home"));
            Path userHome = Files.createDirectories(dir.resolve("userhome"));
            Path etc = Files.createDirectories(dir.resolve("etc").resolve("codex"));
            if (k.requirements() != null) {
                Files.writeString(etc.resolve("requirements.toml"), k.requirements(), StandardCharsets.UTF_8);
            }
            if (k.managedConfig() != null) {
                Files.writeString(etc.resolve("managed_config.toml"), k.managedConfig(), StandardCharsets.UTF_8);
            }
            Files.writeString(home.resolve("config.toml"), k.userConfig(), StandardCharsets.UTF_8);
            CodexOracle.Outcome codex = new CodexOracle(binary).withEtc(dir.resolve("etc")).featuresList(home, userHome, dir);
            assertThat(codex.exitCode()).as("overlay mount failed for " + k.name()).isNotEqualTo(99);
            ConfigStack stack = ConfigStackLoader.load(new CodexEnvironment(home, userHome, etc, null), dir);
            List<Diagnostic> errors = ConfigRules.checkStack(stack).stream().filter(Diagnostic::isError).toList();
            rejected += codex.accepted() ? 0 : 1;
            if (codex.accepted() == errors.isEmpty()) {
                agree++;
            } else {
                differences.add("[" + k.name() + "] codex=" + (codex.accepted() ? "accept" : "reject: " + codex.summary())
                        + " ours=" + (errors.isEmpty() ? "accept" : errors) + "\n  requirements: " + k.requirements()
                        + "\n  managed_config: " + k.managedConfig() + "\n  user: " + k.userConfig());
            }
        }
        assertThat(rejected).as("Codex must reject the broken requirements (is the overlay in effect?)").isGreaterThan(15);
        if (!differences.isEmpty()) {
            fail("requirements verdict agreement " + agree + "/" + cases.size() + ":\n" + String.join("\n", differences));
        }
    }
}
