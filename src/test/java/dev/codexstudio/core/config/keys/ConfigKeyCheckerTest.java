package dev.codexstudio.core.config.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.keys.KeyFinding.Kind;
import dev.codexstudio.core.io.SourceText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigKeyCheckerTest {

    private static final Path FILE = Path.of("/tmp/config.toml");

    private static List<KeyFinding> check(String toml) {
        SourceText src = SourceText.ofString(FILE, toml);
        TomlDocument doc = TomlDocument.parse(src);
        assertThat(doc.syntaxErrors()).isEmpty();
        KeyCatalogue cat = KeyCatalogue.bundled();
        return ConfigKeyChecker.check(cat, src, doc.table(), cat.configRoot());
    }

    @Test
    void validConfigHasNoFindings() {
        assertThat(check("""
                model = "gpt-5"
                model_reasoning_effort = "high"
                approval_policy = "on-request"
                sandbox_mode = "workspace-write"
                project_doc_max_bytes = 65536
                [sandbox_workspace_write]
                network_access = true
                [features]
                hooks = false
                some_future_flag = true
                [mcp_servers.docs]
                command = "npx"
                args = ["-y", "docs-mcp"]
                startup_timeout_sec = 20
                [[hooks.PreToolUse]]
                matcher = "Bash"
                [[hooks.PreToolUse.hooks]]
                type = "command"
                command = "echo hi"
                timeout = 30
                """)).isEmpty();
    }

    @Test
    void badEnumValueIsFatalAndPointsAtTheValue() {
        List<KeyFinding> f = check("model = \"a\"\nsandbox_mode = \"bogus\"\n");
        assertThat(f).singleElement().satisfies(k -> {
            assertThat(k.kind()).isEqualTo(Kind.INVALID_VALUE);
            assertThat(k.fatal()).isTrue();
            assertThat(k.position().line()).isEqualTo(2);
            assertThat(k.position().column()).isEqualTo(16);
            assertThat(k.message()).contains("`bogus`").contains("`read-only`, `workspace-write`, `danger-full-access`");
        });
    }

    @Test
    void unknownKeysAreNotFatalExceptInRuntimeClosedTables() {
        List<KeyFinding> f = check("reasoning_effort = \"high\"\n[features.tool_registry]\nzz = 1\n");
        assertThat(f).extracting(KeyFinding::kind, KeyFinding::fatal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_KEY, false),
                        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_KEY, true));
    }

    @Test
    void wrongTypesAndRanges() {
        List<KeyFinding> f = check("model = 5\nproject_doc_max_bytes = -1\nmcp_oauth_callback_port = 70000\n");
        assertThat(f).extracting(KeyFinding::kind).containsExactly(Kind.WRONG_TYPE, Kind.OUT_OF_RANGE, Kind.OUT_OF_RANGE);
        assertThat(f).allMatch(KeyFinding::fatal);
        assertThat(f.get(0).message()).isEqualTo("`model` must be a string, but it is an integer (5).");
    }

    @Test
    void approvalPolicyForms() {
        assertThat(check("approval_policy = \"on-failure\"\n")).isEmpty();
        assertThat(check("approval_policy = \"untrusted\"\n")).isEmpty();
        assertThat(check("approval_policy = { granular = { sandbox_approval = true, rules = true, mcp_elicitations = true } }\n")).isEmpty();
        assertThat(check("approval_policy = { granular = { sandbox_approval = true } }\n"))
                .extracting(KeyFinding::kind).containsExactly(Kind.MISSING_KEY, Kind.MISSING_KEY);
        assertThat(check("approval_policy = \"sometimes\"\n")).singleElement()
                .extracting(KeyFinding::message).asString().contains("`untrusted`, `on-failure`, `on-request`, `never`, `granular`");
    }

    @Test
    void featuresTakeBooleansOrTheirTable() {
        assertThat(check("[features]\nnot_a_feature = 1\n")).singleElement().satisfies(k -> {
            assertThat(k.kind()).isEqualTo(Kind.WRONG_TYPE);
            assertThat(k.fatal()).isTrue();
        });
        assertThat(check("[features.code_mode]\nzz = 1\n")).singleElement().satisfies(k -> {
            assertThat(k.kind()).isEqualTo(Kind.UNKNOWN_KEY);
            assertThat(k.fatal()).isTrue();
        });
        assertThat(check("[features]\ncode_mode = true\n")).isEmpty();
    }

    @Test
    void hookHandlersAreTaggedByType() {
        assertThat(check("[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\n"))
                .singleElement().satisfies(k -> assertThat(k.message()).contains("required key `command`"));
        assertThat(check("[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ncommand = \"x\"\n"))
                .singleElement().satisfies(k -> assertThat(k.message()).contains("required key `type`"));
        assertThat(check("[hooks.PostToolUse]\nmatcher = \"x\"\n")).singleElement()
                .satisfies(k -> assertThat(k.kind()).isEqualTo(Kind.WRONG_TYPE));
    }
}
