package dev.codexstudio.core.config.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.core.config.EffectiveConfig;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.Fix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlTable;

/**
 * The checks Codex runs on the merged config after deserialising it, each of which makes Codex refuse to start:
 * {@code approval_policy = "untrusted"}, a legacy {@code profile} selector, unknown or reserved model providers,
 * MCP servers whose transport is unclear, permission profiles, missing instruction files and an enabled rollout
 * budget without a limit. A problem is reported in the file that set the value that wins the merge.
 */
final class LoadChecks {

    /** Provider ids built into Codex (they cannot be redefined under {@code [model_providers]}). */
    static final Set<String> BUILT_IN_PROVIDERS = Set.of("openai", "ollama", "lmstudio", "amazon-bedrock",
            "amazon-bedrock-runtime");

    /** MCP server keys that only an HTTP server (with {@code url}) accepts. */
    static final List<String> HTTP_ONLY = List.of("url", "bearer_token_env_var", "http_headers", "env_http_headers",
            "http_headers_helper", "oauth", "oauth_resource", "auth");

    /** MCP server keys that only a stdio server (with {@code command}) accepts. */
    static final List<String> STDIO_ONLY = List.of("args", "env", "env_vars", "cwd");

    private final Path file;
    private final Path folder;
    private final Path userHome;
    private final TomlTable own;
    private final EffectiveConfig merged;
    private final TomlText text;
    private final List<Diagnostic> out = new ArrayList<>();

    private LoadChecks(Path file, Path userHome, TomlTable own, EffectiveConfig merged, TomlText text) {
        this.file = file;
        this.folder = file.toAbsolutePath().getParent();
        this.userHome = userHome;
        this.own = own;
        this.merged = merged;
        this.text = text;
    }

    /**
     * Runs the load-time checks for one file.
     *
     * @param file     the config file being checked
     * @param own      its parsed table (stripped project keys already ignored by {@code merged})
     * @param merged   the merged config of the layers Codex would load together with this file
     * @param text     the file's text, for positions and fixes
     * @param userHome for {@code ~/} in paths
     */
    static List<Diagnostic> check(Path file, Path userHome, TomlTable own, EffectiveConfig merged, TomlText text) {
        LoadChecks c = new LoadChecks(file, userHome, own, merged, text);
        c.approvalPolicy();
        c.legacyProfileSelector();
        c.modelProvider();
        c.modelProviders();
        c.mcpServers();
        c.permissions();
        c.files();
        c.rolloutBudget();
        c.multiAgentWaitTimeouts();
        c.enterpriseIdp();
        return c.out;
    }

    private boolean setHere(List<String> path) {
        return merged.origin(path).map(o -> o.file().equals(file)).orElse(false);
    }

    private Optional<Object> value(String... path) {
        return merged.get(List.of(path));
    }

    private void approvalPolicy() {
        if ("untrusted".equals(value("approval_policy").orElse(null)) && setHere(List.of("approval_policy"))) {
            Diagnostic d = Diagnostic.error("config/unsupported-value", text.keyPosition(List.of("approval_policy")),
                    "approval_policy = \"untrusted\" is no longer supported; remove this setting.")
                    .withHint("Remove the line (Codex then asks when needed, like `on-request`), or set `on-request` or `never`.");
            out.add(withFix(d, "Remove `approval_policy = \"untrusted\"`", text.removeKeyValueLine(List.of("approval_policy"))));
        }
    }

    private void legacyProfileSelector() {
        if (value("profile").orElse(null) instanceof String name && setHere(List.of("profile"))) {
            Diagnostic d = Diagnostic.error("config/legacy-profile", text.keyPosition(List.of("profile")),
                    "legacy `profile = \"" + name + "\"` config is no longer supported; use `--profile " + name + "` with `"
                            + name + ".config.toml` instead.")
                    .withHint("Remove the `profile` line; put the profile's settings in $CODEX_HOME/" + name
                            + ".config.toml and start Codex with `--profile " + name + "`.");
            out.add(withFix(d, "Remove `profile = \"" + name + "\"`", text.removeKeyValueLine(List.of("profile"))));
        }
    }

    private void modelProvider() {
        if (!(value("model_provider").orElse(null) instanceof String id) || !setHere(List.of("model_provider"))) {
            return;
        }
        boolean defined = value("model_providers").orElse(null) instanceof Map<?, ?> m && m.containsKey(id);
        if (!BUILT_IN_PROVIDERS.contains(id) && !defined) {
            out.add(Diagnostic.error("config/unknown-model-provider", text.valuePosition(List.of("model_provider")),
                    "Model provider `" + id + "` not found: it is not built in and no [model_providers." + id
                            + "] table defines it, so Codex does not start.")
                    .withHint("Use a built-in provider (openai, ollama, lmstudio, amazon-bedrock) or add a [model_providers."
                            + id + "] table with at least `name` and `base_url`."));
        }
    }

    private void modelProviders() {
        if (!own.isTable("model_providers") || !(value("model_providers").orElse(null) instanceof Map<?, ?> all)) {
            return;
        }
        TomlTable providers = own.getTable("model_providers");
        for (String id : providers.keySet()) {
            List<String> path = List.of("model_providers", id);
            if (BUILT_IN_PROVIDERS.contains(id)) {
                out.add(Diagnostic.error("config/reserved-model-provider", text.keyPosition(path),
                        "model_providers contains the reserved built-in provider id `" + id
                                + "`; built-in providers cannot be overridden, so Codex does not start.")
                        .withHint("Rename the table, for example to [model_providers." + id + "-custom], and point "
                                + "`model_provider` at the new name."));
                continue;
            }
            if (!(all.get(id) instanceof Map<?, ?> entry)) {
                continue;
            }
            Object name = entry.get("name");
            if (name == null || (name instanceof String s && s.isEmpty())) {
                out.add(Diagnostic.error("config/invalid-model-provider", text.keyPosition(name == null ? path
                                : List.of("model_providers", id, "name")),
                        "Model provider `" + id + "` has no name (provider name must not be empty), so Codex does not start.")
                        .withHint("Add `name = \"…\"` to [model_providers." + id + "]."));
            }
            if (entry.containsKey("aws") && providers.get(List.of(id)) instanceof TomlTable mine && mine.contains(List.of("aws"))) {
                out.add(Diagnostic.error("config/invalid-model-provider",
                        text.keyPosition(List.of("model_providers", id, "aws")),
                        "Provider `" + id + "` sets `aws`, which is only supported for `amazon-bedrock` or "
                                + "`amazon-bedrock-runtime`, so Codex does not start.")
                        .withHint("Remove the `aws` table from [model_providers." + id + "]."));
            }
        }
    }

    private void mcpServers() {
        if (!own.isTable("mcp_servers") || !(value("mcp_servers").orElse(null) instanceof Map<?, ?> all)) {
            return;
        }
        TomlTable servers = own.getTable("mcp_servers");
        for (String name : servers.keySet()) {
            if (!(all.get(name) instanceof Map<?, ?> server) || !(servers.get(List.of(name)) instanceof TomlTable mine)) {
                continue;
            }
            List<String> path = List.of("mcp_servers", name);
            boolean stdio = server.containsKey("command");
            boolean http = server.containsKey("url");
            if (!stdio && !http) {
                out.add(Diagnostic.error("config/invalid-mcp-server", text.keyPosition(path),
                        "MCP server `" + name + "` has neither `command` (stdio) nor `url` (HTTP), so Codex reports an "
                                + "invalid transport and does not start.")
                        .withHint("Add `command = \"…\"` for a local server or `url = \"https://…\"` for a remote one."));
                continue;
            }
            List<String> unsupported = stdio ? HTTP_ONLY : STDIO_ONLY;
            String kind = stdio ? "stdio" : "streamable_http";
            for (String key : unsupported) {
                if (mine.contains(List.of(key))) {
                    List<String> keyPath = List.of("mcp_servers", name, key);
                    out.add(Diagnostic.error("config/invalid-mcp-server", text.keyPosition(keyPath),
                            "`" + key + "` is not supported for a " + kind + " MCP server (`" + name + "` has `"
                                    + (stdio ? "command" : "url") + "`), so Codex does not start.")
                            .withHint(stdio ? "Remove `" + key + "`, or remove `command` if this is a remote server."
                                    : "Remove `" + key + "`; remote servers take no process settings."));
                }
            }
        }
    }

    private void permissions() {
        Object def = value("default_permissions").orElse(null);
        Object profiles = value("permissions").orElse(null);
        boolean hasProfiles = profiles instanceof Map<?, ?> m && !m.isEmpty();
        if (def instanceof String name && setHere(List.of("default_permissions")) && !name.startsWith(":")) {
            if (!(profiles instanceof Map<?, ?>)) {
                out.add(Diagnostic.error("config/invalid-permissions", text.keyPosition(List.of("default_permissions")),
                        "default_permissions requires a `[permissions]` table, and none is defined, so Codex does not start.")
                        .withHint("Define [permissions." + name + "] or use a built-in profile such as `:workspace` or "
                                + "`:read-only`."));
            } else if (!((Map<?, ?>) profiles).containsKey(name)) {
                out.add(Diagnostic.error("config/invalid-permissions", text.valuePosition(List.of("default_permissions")),
                        "default_permissions refers to the undefined profile `" + name + "`, so Codex does not start.")
                        .withHint("Define [permissions." + name + "] or pick one of the defined profiles."));
            }
        }
        if (def == null && hasProfiles && own.isTable("permissions") && !own.getTable("permissions").isEmpty()) {
            out.add(Diagnostic.error("config/invalid-permissions", text.keyPosition(List.of("permissions")),
                    "The config defines `[permissions]` profiles but does not set `default_permissions`, so Codex does "
                            + "not start.")
                    .withHint("Add `default_permissions = \"<profile name>\"` at the top of the file."));
        }
    }

    private void files() {
        for (String key : List.of("model_instructions_file", "experimental_compact_prompt_file", "model_catalog_json")) {
            if (!(value(key).orElse(null) instanceof String raw) || !setHere(List.of(key))) {
                continue;
            }
            Path p = resolve(raw);
            String problem = null;
            if (p == null || !Files.exists(p)) {
                problem = "does not exist";
            } else if (!Files.isRegularFile(p)) {
                problem = "is not a file";
            } else if (key.equals("model_catalog_json")) {
                problem = invalidJson(p);
            }
            if (problem != null) {
                out.add(Diagnostic.error("config/missing-file", text.valuePosition(List.of(key)),
                        "`" + key + "` points to " + (p == null ? raw : p) + ", which " + problem
                                + ", so Codex does not start.")
                        .withHint("Fix the path (relative paths are resolved against " + folder
                                + ") or remove the setting."));
            }
        }
    }

    private static String invalidJson(Path p) {
        try {
            new ObjectMapper().readTree(FileReads.readText(p).text());
            return null;
        } catch (JsonProcessingException e) {
            return "is not valid JSON";
        } catch (IOException e) {
            return "cannot be read";
        }
    }

    private Path resolve(String raw) {
        try {
            if (raw.equals("~") || raw.startsWith("~/")) {
                return userHome.resolve(raw.length() <= 2 ? "" : raw.substring(2)).normalize();
            }
            Path p = Path.of(raw);
            return (p.isAbsolute() ? p : folder.resolve(p)).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void rolloutBudget() {
        Object rb = value("features", "rollout_budget").orElse(null);
        boolean enabled;
        boolean hasLimit;
        List<String> where = List.of("features", "rollout_budget");
        if (rb instanceof Boolean b) {
            enabled = b;
            hasLimit = false;
        } else if (rb instanceof Map<?, ?> m) {
            enabled = Boolean.TRUE.equals(m.get("enabled"));
            hasLimit = m.get("limit_tokens") != null;
            where = m.containsKey("enabled") ? List.of("features", "rollout_budget", "enabled") : where;
        } else {
            return;
        }
        if (enabled && !hasLimit && setHere(firstLeaf(List.of("features", "rollout_budget")))) {
            out.add(Diagnostic.error("config/invalid-value", text.keyPosition(where),
                    "features.rollout_budget is enabled without `limit_tokens`, so Codex does not start.")
                    .withHint("Use a table with a limit: [features.rollout_budget] limit_tokens = 200000."));
        }
    }

    /** Defaults of the multi_agent_v2 wait timeouts in 0.169 (measured). */
    private static final long MIN_WAIT_DEFAULT = 10_000;
    private static final long DEFAULT_WAIT_DEFAULT = 30_000;
    private static final long MAX_WAIT_DEFAULT = 3_600_000;

    /** multi_agent_v2 needs min <= default <= max wait timeouts, with the defaults filled in. */
    private void multiAgentWaitTimeouts() {
        if (!(value("features", "multi_agent_v2").orElse(null) instanceof Map<?, ?> m)) {
            return;
        }
        List<String> base = List.of("features", "multi_agent_v2");
        long min = m.get("min_wait_timeout_ms") instanceof Long l ? l : MIN_WAIT_DEFAULT;
        long def = m.get("default_wait_timeout_ms") instanceof Long l ? l : DEFAULT_WAIT_DEFAULT;
        long max = m.get("max_wait_timeout_ms") instanceof Long l ? l : MAX_WAIT_DEFAULT;
        String problem = null;
        if (min > max) {
            problem = "min_wait_timeout_ms (" + min + ") must be at most max_wait_timeout_ms (" + max + ")";
        } else if (def < min) {
            problem = "default_wait_timeout_ms (" + def + ") must be at least min_wait_timeout_ms (" + min + ")";
        } else if (def > max) {
            problem = "default_wait_timeout_ms (" + def + ") must be at most max_wait_timeout_ms (" + max + ")";
        }
        if (problem != null && setHere(firstLeaf(base))) {
            out.add(Diagnostic.error("config/invalid-value", text.valuePosition(base),
                    "In features.multi_agent_v2, " + problem + " (unset values default to 10000, 30000 and 3600000), so "
                            + "Codex does not start.")
                    .withHint("Set the three wait timeouts so that min <= default <= max."));
        }
    }

    /** An enterprise IdP that names a token endpoint auth method needs a client secret. */
    private void enterpriseIdp() {
        List<String> method = List.of("mcp_enterprise_managed_auth", "idp", "token_endpoint_auth_method");
        if (value(method.toArray(String[]::new)).isPresent() && setHere(method)
                && value("mcp_enterprise_managed_auth", "idp", "client_secret").isEmpty()) {
            out.add(Diagnostic.error("config/missing-key", text.keyPosition(method),
                    "The enterprise IdP sets `token_endpoint_auth_method` without `client_secret`, so Codex does not start.")
                    .withHint("Add `client_secret` to [mcp_enterprise_managed_auth.idp] or remove the auth method."));
        }
    }

    /** The path of a leaf at or below {@code path} (tables have no origin of their own). */
    private List<String> firstLeaf(List<String> path) {
        List<String> p = new ArrayList<>(path);
        Object v = merged.get(p).orElse(null);
        while (v instanceof Map<?, ?> m && !m.isEmpty()) {
            Object key = m.keySet().iterator().next();
            p.add(String.valueOf(key));
            v = m.get(key);
        }
        return p;
    }

    private static Diagnostic withFix(Diagnostic d, String title, Optional<? extends Edit> edit) {
        return edit.map(e -> d.withFix(Fix.of(title, e))).orElse(d);
    }
}
