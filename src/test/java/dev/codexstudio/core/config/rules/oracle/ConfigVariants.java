package dev.codexstudio.core.config.rules.oracle;

import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.keys.TypeExpr;
import dev.codexstudio.core.config.keys.TypeExpr.EnumType;
import dev.codexstudio.core.config.keys.TypeExpr.IntegerType;
import dev.codexstudio.core.config.keys.TypeExpr.ObjectType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The config.toml variants of the differential test: hand-written cases for every rule and TOML edge, plus
 * variants generated from the catalogue (unknown keys at several depths, wrong types, bogus enumeration values,
 * numbers out of range, valid minimal values) and, when the shared folder is present, every config.toml of the
 * corpus. Deterministic: the same list on every run.
 */
public final class ConfigVariants {

    /** Where the variant's config goes. */
    public enum Placement {
        /** {@code $CODEX_HOME/config.toml}. */
        USER,
        /** A trusted project's {@code .codex/config.toml} (the user config only trusts the project). */
        TRUSTED_PROJECT,
        /** An untrusted project's {@code .codex/config.toml}. */
        UNTRUSTED_PROJECT
    }

    /** One variant: a stable name, the bytes of the file, where it goes, and extra user-config text. */
    public record Variant(String name, byte[] content, Placement placement, String userPrefix) {
        static Variant user(String name, String toml) {
            return new Variant(name, toml.getBytes(StandardCharsets.UTF_8), Placement.USER, "");
        }

        static Variant userBytes(String name, byte[] bytes) {
            return new Variant(name, bytes, Placement.USER, "");
        }

        static Variant project(String name, String toml, boolean trusted) {
            return new Variant(name, toml.getBytes(StandardCharsets.UTF_8),
                    trusted ? Placement.TRUSTED_PROJECT : Placement.UNTRUSTED_PROJECT, "");
        }
    }

    private ConfigVariants() {
    }

    /**
     * All variants. The catalogue-generated groups are sampled; {@code scale} multiplies the sample sizes (the
     * test uses 1; larger values explore more of the catalogue when investigating).
     */
    public static List<Variant> all(KeyCatalogue catalogue, int scale) {
        List<Variant> out = new ArrayList<>();
        out.addAll(handWritten());
        out.addAll(syntaxEdges());
        out.addAll(projectCases());
        out.addAll(generated(new CatalogueInstances(catalogue), scale));
        out.addAll(corpus());
        Set<String> names = new LinkedHashSet<>();
        for (Variant v : out) {
            if (!names.add(v.name())) {
                throw new IllegalStateException("duplicate variant name " + v.name());
            }
        }
        return out;
    }

    private static List<Variant> handWritten() {
        List<Variant> v = new ArrayList<>();
        v.add(Variant.user("empty", ""));
        v.add(Variant.user("comment-only", "# nothing here\n"));
        v.add(Variant.user("typical", """
                model = "gpt-5"
                model_reasoning_effort = "high"
                approval_policy = "on-request"
                sandbox_mode = "workspace-write"
                [sandbox_workspace_write]
                network_access = true
                writable_roots = ["/tmp/extra"]
                [tui]
                animations = false
                [mcp_servers.docs]
                command = "npx"
                args = ["-y", "docs"]
                env = { A = "b" }
                startup_timeout_sec = 20
                tool_timeout_sec = 60.5
                """));
        v.add(Variant.user("approval-untrusted", "approval_policy = \"untrusted\"\n"));
        v.add(Variant.user("approval-on-failure", "approval_policy = \"on-failure\"\n"));
        v.add(Variant.user("approval-never", "approval_policy = \"never\"\n"));
        v.add(Variant.user("approval-granular-ok", "approval_policy = { granular = { sandbox_approval = true, rules = true, mcp_elicitations = false } }\n"));
        v.add(Variant.user("approval-granular-missing", "approval_policy = { granular = { sandbox_approval = true } }\n"));
        v.add(Variant.user("approval-granular-string", "approval_policy = \"granular\"\n"));
        v.add(Variant.user("approval-wrong-case", "approval_policy = \"On-Request\"\n"));
        v.add(Variant.user("approval-two-keys", "approval_policy = { granular = { sandbox_approval = true, rules = true, mcp_elicitations = true }, never = {} }\n"));
        v.add(Variant.user("reasoning-effort-typo", "reasoning_effort = \"high\"\n"));
        v.add(Variant.user("reasoning-effort-custom", "model_reasoning_effort = \"turbo\"\n"));
        v.add(Variant.user("reasoning-effort-empty", "model_reasoning_effort = \"\"\n"));
        v.add(Variant.user("plan-effort-empty", "plan_mode_reasoning_effort = \"\"\n"));
        v.add(Variant.user("plan-effort-ultra", "plan_mode_reasoning_effort = \"ultra\"\n"));
        v.add(Variant.user("profile-selector", "profile = \"work\"\n[profiles.work]\nmodel = \"o3\"\n"));
        v.add(Variant.user("profile-empty-selector", "profile = \"\"\n"));
        v.add(Variant.user("profile-wrong-type", "profile = 5\n"));
        v.add(Variant.user("profiles-table", "[profiles.work]\nmodel = \"o3\"\napproval_policy = \"never\"\n"));
        v.add(Variant.user("profiles-review-model", "[profiles.work]\nreview_model = \"o3\"\n"));
        v.add(Variant.user("profiles-bad-type", "[profiles.work]\nmodel = 5\n"));
        v.add(Variant.user("profiles-untrusted", "[profiles.work]\napproval_policy = \"untrusted\"\n"));
        v.add(Variant.user("profiles-not-table", "profiles = 5\n"));
        v.add(Variant.user("hooks-single-table", "[hooks.PostToolUse]\nmatcher = \"Bash\"\n"));
        v.add(Variant.user("hooks-array-ok", """
                [[hooks.PostToolUse]]
                matcher = "^Bash$"
                [[hooks.PostToolUse.hooks]]
                type = "command"
                command = "python3 ~/.codex/hooks/post.py"
                timeout = 30
                statusMessage = "Checking output"
                """));
        v.add(Variant.user("hooks-missing-command", "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\n"));
        v.add(Variant.user("hooks-missing-type", "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ncommand = \"x\"\n"));
        v.add(Variant.user("hooks-bad-type-tag", "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"shell\"\ncommand = \"x\"\n"));
        v.add(Variant.user("hooks-prompt-type", "[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"prompt\"\n"));
        v.add(Variant.user("hooks-unknown-event", "[[hooks.Bogus]]\nmatcher = \"x\"\n"));
        v.add(Variant.user("hooks-interrupt-event", "[[hooks.Interrupt]]\n[[hooks.Interrupt.hooks]]\ntype = \"command\"\ncommand = \"x\"\n"));
        v.add(Variant.user("hooks-matcher-int", "[[hooks.PreToolUse]]\nmatcher = 5\n"));
        v.add(Variant.user("hooks-timeout-negative", "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"x\"\ntimeout = -1\n"));
        v.add(Variant.user("hooks-unknown-handler-key", "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"x\"\ntimeoutSec = 5\n"));
        v.add(Variant.user("hooks-state", "[hooks.state.\"/x/config.toml:pre_tool_use:0:0\"]\ntrusted_hash = \"sha256:00\"\nenabled = false\n"));
        v.add(Variant.user("hooks-state-bad", "[hooks.state.\"a:b\"]\ntrusted_hash = 5\n"));
        v.add(Variant.user("features-codex-hooks", "[features]\ncodex_hooks = true\n"));
        v.add(Variant.user("features-hooks-true", "[features]\nhooks = true\n"));
        v.add(Variant.user("features-hooks-false", "[features]\nhooks = false\n"));
        v.add(Variant.user("features-unknown", "[features]\nteleport = true\n"));
        v.add(Variant.user("features-unknown-int", "[features]\nteleport = 1\n"));
        v.add(Variant.user("features-known-string", "[features]\nhooks = \"yes\"\n"));
        v.add(Variant.user("features-removed", "[features]\nplugin_hooks = true\n"));
        v.add(Variant.user("features-dotted-name", "[features]\n\"guardianv2.thread_context\" = true\n"));
        v.add(Variant.user("features-table-ok", "[features.multi_agent_v2]\nmax_concurrent_threads_per_session = 4\n"));
        v.add(Variant.user("features-table-unknown", "[features.code_mode]\nzz = 1\n"));
        v.add(Variant.user("features-tool-registry-bool", "[features]\ntool_registry = true\n"));
        v.add(Variant.user("features-tool-registry-unknown", "[features.tool_registry]\nzz = true\n"));
        v.add(Variant.user("features-tool-namespace-bad", "[features.multi_agent_v2]\ntool_namespace = \"a b\"\n"));
        v.add(Variant.user("features-rollout-bool", "[features]\nrollout_budget = true\n"));
        v.add(Variant.user("features-rollout-limit", "[features.rollout_budget]\nlimit_tokens = 5000\n"));
        v.add(Variant.user("features-rollout-enabled-nolimit", "[features.rollout_budget]\nenabled = true\n"));
        v.add(Variant.user("features-rollout-disabled", "[features.rollout_budget]\nenabled = false\n"));
        v.add(Variant.user("features-rollout-enabled-zero", "[features.rollout_budget]\nenabled = true\nlimit_tokens = 0\n"));
        v.add(Variant.user("features-rollout-no-enabled-negative", "[features.rollout_budget]\nlimit_tokens = -5\n"));
        v.add(Variant.user("features-rollout-reminders-only", "[features.rollout_budget]\nreminder_at_remaining_tokens = [5]\n"));
        v.add(Variant.user("features-token-budget-enabled-zero", "[features.token_budget]\nenabled = true\nreminder_threshold_tokens = 0\n"));
        v.add(Variant.user("features-token-budget-disabled-zero", "[features.token_budget]\nreminder_threshold_tokens = 0\n"));
        v.add(Variant.user("features-token-budget-empty-template", "[features.token_budget]\nenabled = true\nreminder_message_template = \"\"\n"));
        v.add(Variant.user("features-token-budget-long", "[features.token_budget]\nenabled = true\nguidance_message = \""
                + "é".repeat(1001) + "\"\n"));
        v.add(Variant.user("features-wait-max-small", "[features.multi_agent_v2]\nmax_wait_timeout_ms = 1\n"));
        v.add(Variant.user("features-wait-default-small", "[features.multi_agent_v2]\ndefault_wait_timeout_ms = 1\n"));
        v.add(Variant.user("features-wait-ordered", "[features.multi_agent_v2]\nmin_wait_timeout_ms = 0\ndefault_wait_timeout_ms = 5\nmax_wait_timeout_ms = 10\n"));
        v.add(Variant.user("features-wait-negative", "[features.multi_agent_v2]\nmin_wait_timeout_ms = -1\n"));
        v.add(Variant.user("guardian-threshold-high", "[features.guardianv2]\nreview_threshold = 1.5\n"));
        v.add(Variant.user("guardian-threshold-ok", "[features.guardianv2]\nreview_threshold = 0.25\n"));
        v.add(Variant.user("rollout-weight-negative-enabled", "[features.rollout_budget]\nenabled = true\nlimit_tokens = 9\n"
                + "prefill_token_weight = -1.0\n"));
        v.add(Variant.user("rollout-weight-negative-disabled", "[features.rollout_budget]\nprefill_token_weight = -1.0\n"));
        v.add(Variant.user("thread-store-in-memory-id", "experimental_thread_store = { type = \"in_memory\", id = \"t\" }\n"));
        v.add(Variant.user("features-aliases", "[features]\nconnectors = false\nweb_search = true\ncollab = false\n"));
        v.add(Variant.user("project-doc-zero", "project_doc_max_bytes = 0\n"));
        v.add(Variant.user("project-doc-negative", "project_doc_max_bytes = -1\n"));
        v.add(Variant.user("project-doc-float", "project_doc_max_bytes = 5.0\n"));
        v.add(Variant.user("project-doc-string", "project_doc_max_bytes = \"32k\"\n"));
        v.add(Variant.user("root-markers-string", "project_root_markers = \".git\"\n"));
        v.add(Variant.user("fallback-mixed-array", "project_doc_fallback_filenames = [\"CLAUDE.md\", 1]\n"));
        v.add(Variant.user("sandbox-bogus", "model = \"a\"\nsandbox_mode = \"bogus\"\n"));
        v.add(Variant.user("sandbox-trailing-space", "sandbox_mode = \"read-only \"\n"));
        v.add(Variant.user("sandbox-ww-unknown", "[sandbox_workspace_write]\nnetwork = true\n"));
        v.add(Variant.user("sandbox-ww-relative-root", "[sandbox_workspace_write]\nwritable_roots = [\"relative/dir\"]\n"));
        v.add(Variant.user("trust-level-bogus", "[projects.\"/x\"]\ntrust_level = \"bogus\"\n"));
        v.add(Variant.user("trust-level-empty-table", "[projects.\"/x\"]\n"));
        v.add(Variant.user("model-int", "model = 5\n"));
        v.add(Variant.user("model-empty", "model = \"\"\n"));
        v.add(Variant.user("model-date", "model = 1979-05-27\n"));
        v.add(Variant.user("model-array", "model = [\"a\"]\n"));
        v.add(Variant.user("port-too-big", "mcp_oauth_callback_port = 70000\n"));
        v.add(Variant.user("context-window-max", "model_context_window = 9223372036854775807\n"));
        v.add(Variant.user("model-provider-unknown", "model_provider = \"azure\"\n"));
        v.add(Variant.user("model-provider-oss", "model_provider = \"oss\"\n"));
        v.add(Variant.user("model-provider-bedrock-runtime", "model_provider = \"amazon-bedrock-runtime\"\n"));
        v.add(Variant.user("model-provider-defined", "model_provider = \"mine\"\n[model_providers.mine]\nname = \"Mine\"\nbase_url = \"http://localhost:1234/v1\"\n"));
        v.add(Variant.user("model-provider-reserved", "[model_providers.openai]\nname = \"x\"\n"));
        v.add(Variant.user("model-provider-no-name", "[model_providers.m]\nbase_url = \"http://x\"\n"));
        v.add(Variant.user("model-provider-empty-name", "[model_providers.m]\nname = \"\"\n"));
        v.add(Variant.user("model-provider-chat", "[model_providers.m]\nname = \"M\"\nwire_api = \"chat\"\n"));
        v.add(Variant.user("model-provider-aws", "[model_providers.m]\nname = \"M\"\naws = { profile = \"p\" }\n"));
        v.add(Variant.user("mcp-no-transport", "[mcp_servers.x]\nenabled = true\n"));
        v.add(Variant.user("mcp-both-transports", "[mcp_servers.x]\ncommand = \"a\"\nurl = \"http://x\"\n"));
        v.add(Variant.user("mcp-stdio-headers", "[mcp_servers.x]\ncommand = \"a\"\nhttp_headers = { A = \"b\" }\n"));
        v.add(Variant.user("mcp-http-args", "[mcp_servers.x]\nurl = \"http://x\"\nargs = [\"a\"]\n"));
        v.add(Variant.user("mcp-http-ok", "[mcp_servers.x]\nurl = \"https://example.com/mcp\"\nbearer_token_env_var = \"TOKEN\"\n"));
        v.add(Variant.user("mcp-timeout-negative", "[mcp_servers.x]\ncommand = \"a\"\nstartup_timeout_sec = -5\n"));
        v.add(Variant.user("mcp-timeout-nan", "[mcp_servers.x]\ncommand = \"a\"\ntool_timeout_sec = nan\n"));
        v.add(Variant.user("mcp-timeout-int", "[mcp_servers.x]\ncommand = \"a\"\nstartup_timeout_sec = 5\n"));
        v.add(Variant.user("mcp-unknown-key", "[mcp_servers.x]\ncommand = \"a\"\ntransport = \"stdio\"\n"));
        v.add(Variant.user("mcp-auth-ema", "[mcp_servers.x]\nurl = \"http://x\"\nauth = \"ema_auth\"\n"));
        v.add(Variant.user("mcp-env-vars-table", "[mcp_servers.x]\ncommand = \"a\"\nenv_vars = [{ name = \"A\", zz = 1 }]\n"));
        v.add(Variant.user("permissions-no-default", "[permissions.dev]\n"));
        v.add(Variant.user("permissions-default-undefined", "default_permissions = \"dev\"\n[permissions.other]\n"));
        v.add(Variant.user("permissions-default-no-table", "default_permissions = \"dev\"\n"));
        v.add(Variant.user("permissions-builtin", "default_permissions = \":workspace\"\n"));
        v.add(Variant.user("permissions-ok", "default_permissions = \"dev\"\n[permissions.dev]\n"));
        v.add(Variant.user("instructions-file-missing", "model_instructions_file = \"missing.md\"\n"));
        v.add(Variant.user("instructions-file-dir", "model_instructions_file = \"/\"\n"));
        v.add(Variant.user("compact-prompt-missing", "experimental_compact_prompt_file = \"nope.md\"\n"));
        v.add(Variant.user("model-catalog-missing", "model_catalog_json = \"nope.json\"\n"));
        v.add(Variant.user("shell-env-filters-exclude", "[shell_environment_policy]\nexclude = [\"A\"]\nfilters = {}\n"));
        v.add(Variant.user("shell-env-include-exclude", "[shell_environment_policy]\ninclude_only = [\"A\"]\nexclude = [\"B\"]\n"));
        v.add(Variant.user("shell-env-inherit-bogus", "[shell_environment_policy]\ninherit = \"some\"\n"));
        v.add(Variant.user("windows-sandbox-mxc", "[windows]\nsandbox = \"mxc\"\n"));
        v.add(Variant.user("tui-osc777", "[tui]\nnotification_method = \"osc777\"\n"));
        v.add(Variant.user("tui-new-key", "[tui]\nauto_recap = false\n"));
        v.add(Variant.user("tui-new-key-wrong", "[tui]\nauto_recap = \"no\"\n"));
        v.add(Variant.user("thread-store-in-memory", "experimental_thread_store = { type = \"in_memory\" }\n"));
        v.add(Variant.user("otel-exporter-two-keys", "[otel]\nexporter = { otlp-grpc = { endpoint = \"x\" }, none = {} }\n"));
        v.add(Variant.user("otel-exporter-none", "[otel]\nexporter = \"none\"\n"));
        v.add(Variant.user("notify-empty", "notify = []\n"));
        v.add(Variant.user("notify-string", "notify = \"say done\"\n"));
        v.add(Variant.user("unknown-nested-deep", "[tui.keymap.global]\nzz_unknown = \"ctrl-x\"\n"));
        v.add(Variant.user("unknown-top-many", "foo = 1\nbar = \"x\"\n[baz]\nqux = true\n"));
        v.add(Variant.user("skills-config", "[[skills.config]]\npath = \"/abs/SKILL.md\"\nenabled = false\n"));
        v.add(Variant.user("skills-max-tokens-zero", "[skills]\nmax_context_tokens = 0\n"));
        v.add(Variant.user("goals-zero", "[goals]\nmax_goal_token_budget = 0\n"));
        v.add(Variant.user("dotted-keys", "tui.animations = false\nsandbox_workspace_write.network_access = true\n"));
        v.add(Variant.user("dotted-keys-bad", "tui.animations = \"no\"\n"));
        v.add(Variant.user("quoted-keys", "\"model\" = \"a\"\n'sandbox_mode' = \"read-only\"\n"));
        v.add(Variant.user("quoted-keys-bad", "\"sandbox_mode\" = \"nope\"\n"));
        v.add(Variant.user("inline-multiline", "tui = {\n  animations = false,\n  notifications = true,\n}\n"));
        v.add(Variant.user("inline-multiline-bad", "tui = {\n  animations = false,\n  notifications = 3,\n}\n"));
        v.add(Variant.user("history-persistence-bad", "[history]\npersistence = \"some\"\n"));
        v.add(Variant.user("web-search-bogus", "web_search = \"sometimes\"\n"));
        v.add(Variant.user("personality-bogus", "personality = \"grumpy\"\n"));
        v.add(Variant.user("verbosity-ok", "model_verbosity = \"low\"\n"));
        v.add(Variant.user("summary-none", "model_reasoning_summary = \"none\"\n"));
        v.add(Variant.user("service-tier", "service_tier = \"flex\"\n"));
        v.add(Variant.user("new-top-level-key", "thread_unload_delay_secs = 30\n"));
        v.add(Variant.user("thread-store-endpoint", "experimental_thread_store_endpoint = \"http://localhost:9\"\n"));
        v.add(Variant.user("compact-threshold-150", "model_post_turn_compact_threshold_percent = 150\n"));
        v.add(Variant.user("compact-threshold-50", "model_post_turn_compact_threshold_percent = 50\n"));
        v.add(Variant.user("enterprise-auth-method-no-secret", "[mcp_enterprise_managed_auth.idp]\nissuer = \"https://idp\"\n"
                + "client_id = \"c\"\ntoken_endpoint_auth_method = \"client_secret_post\"\n"));
        v.add(Variant.user("enterprise-auth-ok", "[mcp_enterprise_managed_auth.idp]\nissuer = \"https://idp\"\nclient_id = \"c\"\n"));
        v.add(Variant.user("enterprise-auth-string", "mcp_enterprise_managed_auth = \"x\"\n"));
        v.add(Variant.user("new-top-level-key-bad", "thread_unload_delay_secs = -30\n"));
        return v;
    }

    private static List<Variant> syntaxEdges() {
        List<Variant> v = new ArrayList<>();
        v.add(Variant.user("syntax-missing-value", "model = \n"));
        v.add(Variant.user("syntax-unquoted", "model = gpt-5\n"));
        v.add(Variant.user("syntax-duplicate-key", "model = \"a\"\nmodel = \"b\"\n"));
        v.add(Variant.user("syntax-duplicate-table", "[tui]\nanimations = true\n[tui]\nnotifications = true\n"));
        v.add(Variant.user("syntax-dotted-then-table", "tui.animations = false\n[tui]\nnotifications = true\n"));
        v.add(Variant.user("syntax-extend-inline", "tui = { animations = false }\n[tui.keymap]\n"));
        v.add(Variant.user("syntax-unclosed-string", "model = \"abc\n"));
        v.add(Variant.user("syntax-unclosed-table", "[tui\nanimations = true\n"));
        v.add(Variant.user("syntax-unclosed-array", "notify = [\"a\",\n"));
        v.add(Variant.user("syntax-bad-escape", "model = \"a\\qb\"\n"));
        v.add(Variant.user("syntax-big-int", "project_doc_max_bytes = 99999999999999999999\n"));
        v.add(Variant.user("syntax-u64-max", "project_doc_max_bytes = 18446744073709551615\n"));
        v.add(Variant.user("syntax-leading-zero", "project_doc_max_bytes = 0123\n"));
        v.add(Variant.user("syntax-unicode-bare-key", "ключ = 1\n"));
        v.add(Variant.user("syntax-bare-cr", "model = \"a\"\rx = 1\n"));
        v.add(Variant.user("syntax-ctrl-in-comment", "# bell \u0007 here\nmodel = \"a\"\n"));
        v.add(Variant.user("syntax-del-in-comment", "# del \u007f here\n"));
        v.add(Variant.user("syntax-array-table-conflict", "[[tui]]\n"));
        v.add(Variant.user("syntax-key-without-value", "model\n"));
        v.add(Variant.user("syntax-second-line-error", "model = \"a\"\n\n  sandbox_mode = \"read-only\" junk\n"));
        v.add(Variant.user("syntax-inline-trailing-comma", "tui = { animations = false, }\n"));
        v.add(Variant.user("syntax-escape-e", "model = \"\\e[1m\"\n"));
        v.add(Variant.user("syntax-escape-x", "model = \"\\x41\"\n"));
        v.add(Variant.user("syntax-time-no-seconds", "zz_time = 07:32\n"));
        v.add(Variant.user("syntax-multiline-string", "developer_instructions = \"\"\"\nBe terse.\nAlways test.\n\"\"\"\n"));
        v.add(Variant.user("syntax-literal-strings", "developer_instructions = '''\nC:\\path\n'''\nmodel = 'o3'\n"));
        v.add(Variant.user("syntax-nan-inf", "zz_a = nan\nzz_b = -inf\n"));
        v.add(Variant.user("syntax-hex-int", "project_doc_max_bytes = 0x8000\n"));
        v.add(Variant.user("syntax-underscore-int", "project_doc_max_bytes = 32_768\n"));
        v.add(Variant.user("syntax-plus-int", "project_doc_max_bytes = +5\n"));
        v.add(Variant.user("crlf", "model = \"a\"\r\n[tui]\r\nanimations = false\r\n"));
        v.add(Variant.user("crlf-bad-value", "model = \"a\"\r\nsandbox_mode = \"x\"\r\n"));
        v.add(Variant.userBytes("bom", bytes("\uFEFFmodel = \"a\"\n")));
        v.add(Variant.userBytes("bom-bad-value", bytes("\uFEFFsandbox_mode = \"x\"\n")));
        v.add(Variant.userBytes("invalid-utf8-string", new byte[] {'m', 'o', 'd', 'e', 'l', ' ', '=', ' ', '"', 'a', (byte) 0xff, '"', '\n'}));
        v.add(Variant.userBytes("invalid-utf8-comment", new byte[] {'#', ' ', (byte) 0xc3, '(', '\n'}));
        v.add(Variant.userBytes("utf16", new byte[] {(byte) 0xff, (byte) 0xfe, 'm', 0, '=', 0}));
        v.add(Variant.userBytes("nul-in-comment", new byte[] {'#', ' ', 'a', 0, 'b', '\n'}));
        v.add(Variant.userBytes("nul-in-string", new byte[] {'m', 'o', 'd', 'e', 'l', ' ', '=', ' ', '"', 'a', 0, '"', '\n'}));
        v.add(Variant.user("non-ascii-value", "developer_instructions = \"Réponds en français 🙂\"\nsandbox_mode = \"é\"\n"));
        return v;
    }

    /**
     * Every config.toml of the shared corpus (when the shared folder is available): files in a {@code .codex} folder
     * as a trusted project's config, the others as a user config.
     */
    private static List<Variant> corpus() {
        Path corpus = Path.of(System.getProperty("studio.shared.dir", "../shared"), "corpus");
        List<Variant> out = new ArrayList<>();
        if (!Files.isDirectory(corpus)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().equals("config.toml")).sorted().toList()) {
                boolean project = p.getParent().getFileName().toString().equals(".codex");
                out.add(new Variant("corpus:" + corpus.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p),
                        project ? Placement.TRUSTED_PROJECT : Placement.USER, ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Variant> projectCases() {
        List<Variant> v = new ArrayList<>();
        for (boolean trusted : new boolean[] {true, false}) {
            String t = trusted ? "trusted" : "untrusted";
            v.add(Variant.project("project-" + t + "-ok", "model = \"o3\"\n[features]\nhooks = false\n", trusted));
            v.add(Variant.project("project-" + t + "-wrong-type", "model = 5\n", trusted));
            v.add(Variant.project("project-" + t + "-syntax", "model = \n", trusted));
            v.add(Variant.project("project-" + t + "-untrusted-approval", "approval_policy = \"untrusted\"\n", trusted));
            v.add(Variant.project("project-" + t + "-stripped-wrong", "model_provider = 5\nnotify = 7\nprofiles = 1\notel = \"x\"\n"
                    + "responses_api_metadata = [[1]]\n", trusted));
            v.add(Variant.project("project-" + t + "-profile", "profile = \"work\"\n", trusted));
            v.add(Variant.project("project-" + t + "-provider-unknown", "model_provider = \"azure\"\n", trusted));
            v.add(Variant.project("project-" + t + "-secret", "[mcp_servers.gh]\nurl = \"https://api.example.com/mcp\"\n"
                    + "http_headers = { Authorization = \"Bearer abcdefghijklmnopqrstuvwxyz012345\" }\n", trusted));
            v.add(Variant.project("project-" + t + "-personal-path", "[sandbox_workspace_write]\nwritable_roots = [\"/home/alice/cache\"]\n",
                    trusted));
            v.add(Variant.project("project-" + t + "-instructions-missing", "model_instructions_file = \"missing.md\"\n", trusted));
            v.add(Variant.project("project-" + t + "-unknown-key", "reasoning_effort = \"high\"\n", trusted));
            v.add(new Variant("project-" + t + "-invalid-utf8", new byte[] {'m', '=', '"', (byte) 0xfe, '"', '\n'},
                    trusted ? Placement.TRUSTED_PROJECT : Placement.UNTRUSTED_PROJECT, ""));
        }
        v.add(new Variant("project-trusted-mcp-merge", "[mcp_servers.x]\nurl = \"http://x\"\n".getBytes(StandardCharsets.UTF_8),
                Placement.TRUSTED_PROJECT, "[mcp_servers.x]\ncommand = \"a\"\n"));
        v.add(new Variant("project-trusted-provider-from-user", "model_provider = \"mine\"\n".getBytes(StandardCharsets.UTF_8),
                Placement.TRUSTED_PROJECT, "[model_providers.mine]\nname = \"Mine\"\n"));
        v.add(new Variant("project-trusted-overrides-untrusted-approval",
                "approval_policy = \"never\"\n".getBytes(StandardCharsets.UTF_8), Placement.TRUSTED_PROJECT,
                "approval_policy = \"untrusted\"\n"));
        v.add(new Variant("project-trusted-permissions-from-user", "default_permissions = \"dev\"\n".getBytes(StandardCharsets.UTF_8),
                Placement.TRUSTED_PROJECT, "[permissions.dev]\n"));
        return v;
    }

    private static List<Variant> generated(CatalogueInstances inst, int scale) {
        List<Variant> v = new ArrayList<>();
        List<CatalogueInstances.KeyPath> paths = inst.paths(6).stream()
                .filter(p -> !p.segments().get(0).equals("profiles") || p.segments().size() <= 3)
                .toList();
        Random random = new Random(169);
        KeyCatalogue cat = inst.catalogue();

        List<CatalogueInstances.KeyPath> closed = new ArrayList<>();
        List<CatalogueInstances.KeyPath> leaves = new ArrayList<>();
        List<CatalogueInstances.KeyPath> enums = new ArrayList<>();
        List<CatalogueInstances.KeyPath> ints = new ArrayList<>();
        for (CatalogueInstances.KeyPath p : paths) {
            TypeExpr t = cat.resolve(p.type());
            if (t instanceof ObjectType o && o.additional() == null) {
                closed.add(p);
            }
            if (inst.wrongValue(p.type()) != null) {
                leaves.add(p);
            }
            if (t instanceof EnumType) {
                enums.add(p);
            }
            if (t instanceof IntegerType) {
                ints.add(p);
            }
        }
        for (CatalogueInstances.KeyPath p : sample(closed, 45 * scale, random)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) inst.minimal(p.type()));
            body.put("zz_unknown_key", 1L);
            v.add(Variant.user("gen-unknown-key:" + p.dotted(), TomlWriter.document(inst.place(p.segments(), body))));
        }
        for (CatalogueInstances.KeyPath p : sample(leaves, 110 * scale, random)) {
            v.add(Variant.user("gen-wrong-type:" + p.dotted(),
                    TomlWriter.document(inst.place(p.segments(), inst.wrongValue(p.type())))));
        }
        for (CatalogueInstances.KeyPath p : sample(enums, 35 * scale, random)) {
            v.add(Variant.user("gen-bogus-enum:" + p.dotted(), TomlWriter.document(inst.place(p.segments(), "zz-bogus"))));
        }
        for (CatalogueInstances.KeyPath p : sample(ints, 40 * scale, random)) {
            IntegerType it = (IntegerType) cat.resolve(p.type());
            BigInteger min = it.effectiveMinimum();
            BigInteger max = it.effectiveMaximum();
            Object bad;
            if (min != null && min.signum() >= 0) {
                bad = min.longValue() - 1;
            } else if (max != null && max.bitLength() < 63) {
                bad = max.longValue() + 1;
            } else {
                bad = -1L;
            }
            v.add(Variant.user("gen-range:" + p.dotted(), TomlWriter.document(inst.place(p.segments(), bad))));
        }
        for (CatalogueInstances.KeyPath p : sample(leaves, 45 * scale, random)) {
            v.add(Variant.user("gen-valid:" + p.dotted(), TomlWriter.document(inst.place(p.segments(), inst.minimal(p.type())))));
        }
        return v;
    }

    private static <T> List<T> sample(List<T> from, int n, Random random) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }
}
