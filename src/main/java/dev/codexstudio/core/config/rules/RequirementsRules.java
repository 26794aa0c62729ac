package dev.codexstudio.core.config.rules;

import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.EffectiveConfig;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.keys.ConfigKeyChecker;
import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.keys.KeyFinding;
import dev.codexstudio.core.config.keys.RuntimeOverlay;
import dev.codexstudio.core.config.keys.TomlPaths;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Fix;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.requirements.Requirements;
import dev.codexstudio.core.requirements.RequirementsFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Validates managed requirements ({@code /etc/codex/requirements.toml} and the legacy
 * {@code managed_config.toml}) and their conflicts with the config layers.
 *
 * <p>Measured with codex 0.169: a requirements file with a syntax error, a wrong type, an unknown enumeration value,
 * an {@code allowed_sandbox_modes} without {@code read-only}, an empty {@code allowed_approval_policies}, both
 * {@code [features]} and {@code [feature_requirements]}, or an empty {@code [rules] prefix_rules} stops Codex
 * (ERROR). Unknown keys are ignored (WARNING). A config value that the requirements forbid does not stop Codex: it
 * falls back to an allowed value and shows a warning, so conflicts are WARNINGs, reported in both files.
 */
public final class RequirementsRules {

    private RequirementsRules() {
    }

    /** Checks one requirements source. */
    public static List<Diagnostic> check(RequirementsFile file, ConfigStack stack) {
        return FileChecks.guarded("requirements", file.path(), () -> {
            List<Diagnostic> out = new ArrayList<>(checkFile(file));
            out.sort(Diagnostic.ORDER);
            return List.copyOf(out);
        });
    }

    private static List<Diagnostic> checkFile(RequirementsFile file) {
        List<Diagnostic> out = new ArrayList<>();
        TomlDocument doc = file.document();
        List<Diagnostic> readability = FileChecks.readability("requirements", file.path(), doc, file.readError());
        out.addAll(readability);
        if (doc != null) {
            FileChecks.byteOrderMark("requirements", doc).ifPresent(out::add);
        }
        if (!readability.isEmpty() || doc == null) {
            return out;
        }
        TomlTable table = doc.table();
        TomlText text = new TomlText(doc.source());
        if (file.legacy()) {
            out.add(legacyNote(file, table));
            return out;
        }
        KeyCatalogue catalogue = KeyCatalogue.bundled();
        for (KeyFinding f : ConfigKeyChecker.check(catalogue, doc.source(), table, catalogue.requirementsRoot())) {
            out.add(fromFinding(f, text));
        }
        semantic(table, text, out);
        featurePinNames(table, text, catalogue.overlay(), out);
        return out;
    }

    private static Diagnostic legacyNote(RequirementsFile file, TomlTable table) {
        List<String> parts = new ArrayList<>();
        if (table.get(List.of("approval_policy")) instanceof String ap) {
            parts.add("approval_policy = \"" + ap + "\" allows only `" + ap + "`");
        }
        if (table.get(List.of("sandbox_mode")) instanceof String sm) {
            parts.add("sandbox_mode = \"" + sm + "\" allows " + (sm.equals("read-only") ? "only `read-only`"
                    : "`read-only` and `" + sm + "`"));
        }
        String detail = parts.isEmpty() ? "" : ": " + String.join("; ", parts);
        return Diagnostic.info("requirements/legacy-managed-config", SourcePosition.ofFile(file.path()),
                "Codex reads this legacy managed_config.toml both as a config layer on top of all others and as "
                        + "requirements" + detail + ".")
                .withHint("Move the constraints to requirements.toml (`allowed_approval_policies`, "
                        + "`allowed_sandbox_modes`) and the defaults to /etc/codex/config.toml.");
    }

    private static Diagnostic fromFinding(KeyFinding f, TomlText text) {
        if (f.kind() == KeyFinding.Kind.UNKNOWN_KEY) {
            String key = f.path().get(f.path().size() - 1);
            if (key.equals("deny_write")) {
                return Diagnostic.warning("requirements/no-such-key", f.position(),
                        "requirements.toml has no `deny_write` key, so Codex ignores it and nothing is write-protected by it.")
                        .withHint("Codex's only file restriction here is `[permissions.filesystem] deny_read = [\"/abs/path\", "
                                + "\"./glob/**\"]`; write limits come from `allowed_sandbox_modes`.");
            }
            if (key.equals("allowed_models")) {
                return Diagnostic.warning("requirements/no-such-key", f.position(),
                        "requirements.toml has no `allowed_models` list, so Codex ignores it and any model can be used.")
                        .withHint("`[models.new_thread] model = \"…\"` sets the default model for new threads; there is no "
                                + "model allow-list.");
            }
            Optional<String> s = KeySuggestions.closest(key, f.candidates());
            String hint = UnknownKeyHints.placement(key, f.path().size() == 1, null)
                    .orElse(s.map(x -> "Did you mean `" + x + "`?").orElse("Remove the key or fix its spelling."));
            return FileChecks.fromFinding("requirements", f, hint, s.flatMap(x -> text.renameKey(f.path(), x)
                    .map(e -> Fix.of("Rename `" + key + "` to `" + x + "`", e))).orElse(null));
        }
        return FileChecks.fromFinding("requirements", f, "", null);
    }

    private static void semantic(TomlTable table, TomlText text, List<Diagnostic> out) {
        if (table.get(List.of("allowed_sandbox_modes")) instanceof TomlArray modes && !contains(modes, "read-only")) {
            out.add(Diagnostic.error("requirements/invalid-value", text.valuePosition(List.of("allowed_sandbox_modes")),
                    "`allowed_sandbox_modes` must include `read-only`, so Codex does not start.")
                    .withHint("Add \"read-only\" to the list."));
        }
        if (table.get(List.of("allowed_approval_policies")) instanceof TomlArray a && a.isEmpty()) {
            out.add(Diagnostic.error("requirements/invalid-value", text.valuePosition(List.of("allowed_approval_policies")),
                    "`allowed_approval_policies` cannot be empty, so Codex does not start.")
                    .withHint("List at least one policy, for example [\"on-request\"]."));
        }
        if (table.contains(List.of("features")) && table.contains(List.of("feature_requirements"))) {
            out.add(Diagnostic.error("requirements/duplicate-key", text.keyPosition(List.of("feature_requirements")),
                    "`[feature_requirements]` is another name for `[features]`; having both is a duplicate field, so Codex "
                            + "does not start.")
                    .withHint("Merge the two tables into `[features]`."));
        }
        if (TomlPaths.get(table, List.of("rules", "prefix_rules")).orElse(null) instanceof TomlArray rules) {
            if (rules.isEmpty()) {
                out.add(Diagnostic.error("requirements/invalid-value", text.valuePosition(List.of("rules", "prefix_rules")),
                        "`[rules] prefix_rules` cannot be empty, so Codex does not start.")
                        .withHint("Add at least one rule, or remove the [rules] table."));
            }
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i) instanceof TomlTable rule) {
                    prefixRule(rule, List.of("rules", "prefix_rules", Integer.toString(i)), i, text, out);
                }
            }
        }
        if (table.contains(List.of("default_permissions")) && !table.contains(List.of("allowed_permission_profiles"))) {
            out.add(Diagnostic.error("requirements/invalid-value", text.keyPosition(List.of("default_permissions")),
                    "requirements.toml `default_permissions` requires `allowed_permission_profiles`, so Codex does not start.")
                    .withHint("Add `[allowed_permission_profiles]` listing the profiles users may select."));
        }
    }

    /** The checks Codex applies to one {@code [rules] prefix_rules} entry after parsing it. */
    private static void prefixRule(TomlTable rule, List<String> path, int index, TomlText text, List<Diagnostic> out) {
        String where = "prefix rule " + index;
        if ("allow".equals(rule.get(List.of("decision")))) {
            out.add(Diagnostic.error("requirements/invalid-value", text.valuePosition(append(path, "decision")),
                    "The " + where + " has decision `allow`, which is not permitted in requirements.toml, so Codex does not start.")
                    .withHint("Use `prompt`, `prompt-user` or `forbidden`; requirements can only restrict."));
        }
        if (!(rule.get(List.of("pattern")) instanceof TomlArray pattern)) {
            return;
        }
        if (pattern.isEmpty()) {
            out.add(Diagnostic.error("requirements/invalid-value", text.valuePosition(append(path, "pattern")),
                    "The " + where + " has an empty pattern, so Codex does not start.")
                    .withHint("List the command tokens, for example `pattern = [{ token = \"rm\" }]`."));
        }
        for (int t = 0; t < pattern.size(); t++) {
            if (!(pattern.get(t) instanceof TomlTable token)) {
                continue;
            }
            List<String> tokenPath = append(append(path, "pattern"), Integer.toString(t));
            Object single = token.get(List.of("token"));
            Object anyOf = token.get(List.of("any_of"));
            String problem = null;
            if (single == null && anyOf == null) {
                problem = "sets neither `token` nor `any_of`";
            } else if ("".equals(single)) {
                problem = "has an empty `token`";
            } else if (anyOf instanceof TomlArray a && a.isEmpty()) {
                problem = "has an empty `any_of`";
            }
            if (problem != null) {
                out.add(Diagnostic.error("requirements/invalid-value", text.valuePosition(tokenPath),
                        "Pattern token " + t + " of the " + where + " " + problem + ", so Codex does not start.")
                        .withHint("Set either `token = \"cmd\"` or a non-empty `any_of = [\"a\", \"b\"]`."));
            }
        }
    }

    private static List<String> append(List<String> path, String seg) {
        List<String> out = new ArrayList<>(path);
        out.add(seg);
        return out;
    }

    private static void featurePinNames(TomlTable table, TomlText text, RuntimeOverlay overlay, List<Diagnostic> out) {
        for (String tableKey : List.of("features", "feature_requirements")) {
            if (!table.isTable(tableKey)) {
                continue;
            }
            TomlTable pins = table.getTable(tableKey);
            for (String key : pins.keySet()) {
                if (overlay.feature(key).isEmpty() && !overlay.featureAliases().containsKey(key)) {
                    Optional<String> s = KeySuggestions.closest(key, overlay.features().keySet());
                    out.add(Diagnostic.warning("requirements/unknown-feature", text.keyPosition(List.of(tableKey, key)),
                            "Codex " + overlay.codexVersion() + " has no feature `" + key + "`, so this pin has no effect.")
                            .withHint(s.map(x -> "Did you mean `" + x + "`?").orElse("Check `codex features list`.")));
                }
            }
        }
    }

    private static boolean contains(TomlArray arr, String value) {
        for (int i = 0; i < arr.size(); i++) {
            if (value.equals(arr.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Conflicts between the requirements and the config layers: a {@code sandbox_mode} or {@code approval_policy}
     * the requirements forbid (WARNING in both files: Codex falls back to an allowed value), a feature set against a
     * pin (WARNING), and hooks in config files made inert by {@code allow_managed_hooks_only} (INFO).
     */
    public static List<Diagnostic> conflicts(ConfigStack stack) {
        Requirements req = stack.requirements();
        List<Diagnostic> out = new ArrayList<>();
        if (req.isEmpty()) {
            return out;
        }
        EffectiveConfig merged = stack.effective();
        allowedValue(stack, merged, req.allowedSandboxModes(), "sandbox_mode", "allowed_sandbox_modes", "read-only", out);
        List<String> approvals = req.allowedApprovalPolicies().stream().map(RequirementsRules::normaliseApproval).toList();
        allowedValue(stack, merged, approvals, "approval_policy", "allowed_approval_policies",
                approvals.isEmpty() ? "" : approvals.get(0), out);
        featurePins(stack, req, out);
        managedHooksOnly(stack, req, out);
        return out;
    }

    private static String normaliseApproval(String v) {
        return v.equals("on-failure") ? "on-request" : v;
    }

    private static void allowedValue(ConfigStack stack, EffectiveConfig merged, List<String> allowed, String key,
            String requirementKey, String fallback, List<Diagnostic> out) {
        if (allowed.isEmpty()) {
            return;
        }
        Object raw = merged.get(List.of(key)).orElse(null);
        String value = raw instanceof String s ? s : raw instanceof Map<?, ?> m && m.size() == 1
                ? String.valueOf(m.keySet().iterator().next()) : null;
        if (value == null) {
            return;
        }
        String effective = key.equals("approval_policy") ? normaliseApproval(value) : value;
        if (allowed.contains(effective)) {
            return;
        }
        List<String> leaf = raw instanceof Map<?, ?> ? List.of(key, value) : List.of(key);
        Optional<EffectiveConfig.Origin> origin = merged.origin(firstLeaf(merged, leaf));
        Optional<Source> source = requirementSource(stack, requirementKey, key);
        String allowedText = String.join(", ", allowed.stream().map(a -> "`" + a + "`").toList());
        String from = source.map(s -> s.file().toString()).orElse("the requirements");
        if (origin.isPresent()) {
            Path file = origin.get().file();
            SourcePosition at = valuePosition(stack, file, List.of(key)).orElse(origin.get().position());
            out.add(Diagnostic.warning("requirements/conflict", at,
                    "`" + key + " = \"" + value + "\"` is not allowed by " + from + " (allowed: " + allowedText
                            + "), so Codex ignores it and falls back to `" + fallback + "`.")
                    .withHint("Choose one of the allowed values, or ask your administrator to allow `" + value + "`."));
        }
        source.ifPresent(s -> out.add(Diagnostic.warning("requirements/conflict", s.position(),
                "`" + requirementKey + "` forbids `" + value + "`, which " + origin.map(o -> o.file().toString())
                        .orElse("the config") + " sets for `" + key + "`; Codex falls back to `" + fallback + "`.")
                .withHint("Either allow `" + value + "` here or change the config value.")));
    }

    private static List<String> firstLeaf(EffectiveConfig merged, List<String> path) {
        List<String> p = new ArrayList<>(path);
        Object v = merged.get(p).orElse(null);
        while (v instanceof Map<?, ?> m && !m.isEmpty()) {
            Object k = m.keySet().iterator().next();
            p.add(String.valueOf(k));
            v = m.get(k);
        }
        return p;
    }

    /** Where a requirement was set: the last source that defines it. */
    private record Source(Path file, SourcePosition position) {
    }

    private static Optional<Source> requirementSource(ConfigStack stack, String requirementKey, String legacyKey) {
        Source found = null;
        for (RequirementsFile f : stack.requirements().files()) {
            if (f.document() == null || f.document().hasSyntaxErrors()) {
                continue;
            }
            String k = f.legacy() ? legacyKey : requirementKey;
            if (f.document().table().contains(List.of(k))) {
                found = new Source(f.path(), new TomlText(f.document().source()).valuePosition(List.of(k)));
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<SourcePosition> valuePosition(ConfigStack stack, Path file, List<String> path) {
        for (ConfigLayer l : stack.layers()) {
            if (l.file().equals(file) && l.document() != null) {
                return Optional.of(new TomlText(l.document().source()).valuePosition(path));
            }
        }
        return Optional.empty();
    }

    private static void featurePins(ConfigStack stack, Requirements req, List<Diagnostic> out) {
        if (req.featurePins().isEmpty()) {
            return;
        }
        Map<String, String> aliases = KeyCatalogue.bundled().overlay().featureAliases();
        for (ConfigLayer layer : stack.enabledLayers()) {
            if (!layer.isParsed() || !layer.document().table().isTable("features")) {
                continue;
            }
            TomlTable features = layer.document().table().getTable("features");
            TomlText text = new TomlText(layer.document().source());
            for (String key : features.keySet()) {
                String canonical = aliases.getOrDefault(key, key);
                Boolean pin = req.featurePins().containsKey(canonical) ? req.featurePins().get(canonical)
                        : req.featurePins().get(key);
                if (pin != null && features.get(List.of(key)) instanceof Boolean b && b != pin) {
                    out.add(Diagnostic.warning("requirements/conflict", text.valuePosition(List.of("features", key)),
                            "Requirements pin the feature `" + canonical + " = " + pin + "`, so `" + key + " = " + b
                                    + "` here has no effect.")
                            .withHint("Remove the line; the feature is managed by your administrator."));
                }
            }
        }
    }

    private static final Set<String> NOT_EVENTS = Set.of("state");

    private static void managedHooksOnly(ConfigStack stack, Requirements req, List<Diagnostic> out) {
        if (!req.allowManagedHooksOnly()) {
            return;
        }
        for (ConfigLayer layer : stack.layers()) {
            if (layer.kind().isManaged() || !layer.isParsed() || !layer.document().table().isTable("hooks")) {
                continue;
            }
            TomlTable hooks = layer.document().table().getTable("hooks");
            if (hooks.keySet().stream().allMatch(NOT_EVENTS::contains)) {
                continue;
            }
            TomlText text = new TomlText(layer.document().source());
            out.add(Diagnostic.info("requirements/managed-hooks-only", text.keyPosition(List.of("hooks")),
                    "Requirements set `allow_managed_hooks_only = true`, so Codex ignores the hooks defined in this file.")
                    .withHint("Ask your administrator to add the hook to the managed hooks in requirements.toml."));
        }
    }
}
