package dev.codexstudio.core.config.rules;

import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.EffectiveConfig;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.TomlFiles;
import dev.codexstudio.core.config.keys.ConfigKeyChecker;
import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.keys.KeyFinding;
import dev.codexstudio.core.config.keys.RuntimeOverlay;
import dev.codexstudio.core.config.keys.TomlPaths;
import dev.codexstudio.core.config.keys.TypeExpr;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.Fix;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.requirements.RequirementsFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlTable;

/**
 * Validates {@code config.toml} files (system, user, profile, project, legacy managed) the way Codex 0.169 reads
 * them. The severity contract: ERROR exactly when Codex would refuse to start with the file (syntax errors, invalid
 * UTF-8, wrong types, unknown enumeration values, {@code approval_policy = "untrusted"}, a legacy {@code profile}
 * selector, …); WARNING or INFO for what Codex accepts but ignores, deprecates or what does not travel with a
 * repository. A project layer that Codex loads but disables (the project is not trusted on this machine) is checked
 * as if it were trusted, because that is how the repository is meant to be used; an info note says it is disabled.
 */
public final class ConfigRules {

    /** Top-level keys Codex removes from project layers before reading them (measured with 0.169). */
    public static final List<String> PROJECT_STRIPPED_KEYS = List.of("openai_base_url", "chatgpt_base_url",
            "apps_mcp_product_sku", "responses_api_metadata", "model_provider", "model_providers", "notify", "profile",
            "profiles", "experimental_realtime_webrtc_call_base_url", "experimental_realtime_ws_base_url", "otel");

    /** Feature keys the hooks rules check (so a finding about them is reported once). */
    private static final Set<String> HOOKS_FEATURE_KEYS = Set.of("hooks", "codex_hooks");

    private ConfigRules() {
    }

    /** Checks one layer of {@code stack}. Absent files yield nothing. */
    public static List<Diagnostic> check(ConfigLayer layer, ConfigStack stack) {
        if (!layer.exists()) {
            return List.of();
        }
        if (TomlFiles.anyEdited(stack.layers()) || layer.document() != null && layer.document().isEdited()) {
            return checkNow(layer, stack);
        }
        // Within a scan, the views of many directories share the same layers: check each layer once per stack shape.
        return TomlFiles.memo(new CheckKey(layer, stack.shape()), () -> checkNow(layer, stack));
    }

    /** What a layer's findings depend on: the layer and the stack's shape (merging, overrides, environment). */
    private record CheckKey(ConfigLayer layer, Object shape) {
    }

    private static List<Diagnostic> checkNow(ConfigLayer layer, ConfigStack stack) {
        return FileChecks.guarded("config", layer.file(), () -> sorted(new ConfigRuleRun(layer, stack, KeyCatalogue.bundled()).run()));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>(ds);
        out.sort(Diagnostic.ORDER);
        return List.copyOf(out);
    }

    /**
     * Everything about a stack: each config layer, the profile files in {@code $CODEX_HOME} that are not selected,
     * and the requirements files with their conflicts against the config layers.
     */
    public static List<Diagnostic> checkStack(ConfigStack stack) {
        List<Diagnostic> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (ConfigLayer layer : stack.layers()) {
            seen.add(layer.file().toAbsolutePath().normalize());
            out.addAll(check(layer, stack));
        }
        for (Path p : profileFiles(stack.environment())) {
            if (seen.add(p.toAbsolutePath().normalize())) {
                out.addAll(checkProfileFile(p, stack));
            }
        }
        for (RequirementsFile f : stack.requirements().files()) {
            out.addAll(RequirementsRules.check(f, stack));
        }
        out.addAll(FileChecks.guarded("requirements", stack.environment().systemRequirementsFile(),
                () -> RequirementsRules.conflicts(stack)));
        out.sort(Diagnostic.ORDER);
        return List.copyOf(out);
    }

    /**
     * The errors that make Codex refuse to start with this stack, for its working directory: load failures, and
     * errors in the layers Codex actually reads (enabled layers and requirements). Errors in a disabled project
     * layer do not count (Codex skips that layer), except invalid UTF-8, which Codex rejects in any layer. Empty
     * means Codex loads this config.
     */
    public static List<Diagnostic> refusals(ConfigStack stack) {
        return stack.shared(ConfigRules.class, () -> computeRefusals(stack));
    }

    private static List<Diagnostic> computeRefusals(ConfigStack stack) {
        List<Diagnostic> out = new ArrayList<>();
        for (ConfigStack.LoadFailure f : stack.loadFailures()) {
            out.add(Diagnostic.error("config/load-failure", f.position(), f.message()));
        }
        for (ConfigLayer layer : stack.layers()) {
            for (Diagnostic d : check(layer, stack)) {
                if (d.isError() && (layer.enabled() || d.rule().equals("config/invalid-utf8"))) {
                    out.add(d);
                }
            }
        }
        for (RequirementsFile f : stack.requirements().files()) {
            RequirementsRules.check(f, stack).stream().filter(Diagnostic::isError).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** The profile files ({@code *.config.toml}) directly in {@code $CODEX_HOME}, sorted by name. */
    public static List<Path> profileFiles(CodexEnvironment env) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(env.codexHome())) {
            return out;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(env.codexHome(), "*.config.toml")) {
            for (Path p : dir) {
                if (!Files.isDirectory(p)) {
                    out.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        // a migration plans its next round with the profile files it would create
        dev.codexstudio.core.io.FileReads.plannedIn(env.codexHome(), ".config.toml").stream()
                .filter(p -> !out.contains(p)).forEach(out::add);
        out.sort(null);
        return out;
    }

    /**
     * Checks a profile file {@code $CODEX_HOME/<name>.config.toml} that the stack did not select, as Codex would
     * read it with {@code --profile <name>}.
     */
    public static List<Diagnostic> checkProfileFile(Path file, ConfigStack stack) {
        TomlFiles.Read read = TomlFiles.read(file);
        if (read.absent()) {
            return List.of();
        }
        ConfigLayer layer = new ConfigLayer(LayerKind.PROFILE, file, stack.environment().codexHome(), read.document(),
                read.error(), true, null, List.of());
        return FileChecks.guarded("config", file, () -> sorted(new ConfigRuleRun(layer, stack, KeyCatalogue.bundled()).run()));
    }

    /** The profile name of a file called {@code <name>.config.toml}, or empty. */
    static Optional<String> profileName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".config.toml") && n.length() > ".config.toml".length()
                ? Optional.of(n.substring(0, n.length() - ".config.toml".length())) : Optional.empty();
    }

    /** What a layer's own findings depend on: the layer (its document, by identity) and the environment. */
    private record LayerKey(ConfigLayer layer, CodexEnvironment environment) {
    }

    /** A document, by identity. */
    private record TextKey(TomlDocument document) {
    }

    /** A key finding's diagnostic, with the key path it is about. */
    private record KeyDiagnostic(List<String> path, Diagnostic diagnostic) {
    }

    /** One layer's findings that do not depend on the rest of the stack, in the order they are reported. */
    private record LayerFindings(List<KeyDiagnostic> keys, List<Diagnostic> rest) {
    }

    /** One check of one layer. */
    private static final class ConfigRuleRun {
        private final ConfigLayer layer;
        private final ConfigStack stack;
        private final KeyCatalogue catalogue;
        private final List<Diagnostic> out = new ArrayList<>();

        ConfigRuleRun(ConfigLayer layer, ConfigStack stack, KeyCatalogue catalogue) {
            this.layer = layer;
            this.stack = stack;
            this.catalogue = catalogue;
        }

        List<Diagnostic> run() {
            TomlDocument doc = layer.document();
            if (layer.kind() == LayerKind.PROFILE) {
                profileFileName();
            }
            List<Diagnostic> readability = FileChecks.readability("config", layer.file(), doc, layer.readError());
            out.addAll(readability);
            if (readability.isEmpty() && doc != null) {
                FileChecks.byteOrderMark("config", doc).ifPresent(out::add);
                content(doc);
            } else if (doc != null) {
                FileChecks.byteOrderMark("config", doc).ifPresent(out::add);
            }
            return finish();
        }

        private void profileFileName() {
            Optional<String> name = profileName(layer.file());
            if (name.isPresent() && !CodexEnvironment.PROFILE_NAME.matcher(name.get()).matches()) {
                out.add(Diagnostic.warning("config/invalid-profile-name", SourcePosition.ofFile(layer.file()),
                        "`" + name.get() + "` is not a valid profile name (only letters, digits, `_` and `-`), so "
                                + "`--profile` can never select this file.")
                        .withHint("Rename the file to use only A-Z, a-z, 0-9, `_` and `-` before `.config.toml`."));
            }
        }

        private void content(TomlDocument doc) {
            // What depends on this layer alone is worked out once per scan; the views of many directories check
            // the same user and project files against stacks that differ only above or below them.
            LayerFindings own = doc.isEdited() ? layerFindings(doc)
                    : TomlFiles.memo(new LayerKey(layer, stack.environment()), () -> layerFindings(doc));
            for (KeyDiagnostic k : own.keys()) {
                Diagnostic d = k.diagnostic();
                if (d.isError() && replacedHooks(k.path())) {
                    d = new Diagnostic(d.rule(), Severity.WARNING, d.position(), d.message().replace(
                            "; Codex refuses to load this file.", ".") + " A higher config layer replaces this hook event, "
                            + "so Codex only warns that it skips these inline hooks.", d.hint(), d.fix());
                }
                out.add(d);
            }
            out.addAll(own.rest());
            out.addAll(LoadChecks.check(layer.file(), stack.environment().userHome(), doc.table(),
                    mergedWithThisLayer(), textOf(doc)));
        }

        /** The document's line index, built once per scan for a document that is not being edited. */
        private static TomlText textOf(TomlDocument doc) {
            return doc.isEdited() ? new TomlText(doc.source())
                    : TomlFiles.memo(new TextKey(doc), () -> new TomlText(doc.source()));
        }

        /** The findings of one layer that do not depend on the other layers of the stack. */
        private LayerFindings layerFindings(TomlDocument doc) {
            List<KeyDiagnostic> keys = new ArrayList<>();
            List<Diagnostic> mine = new ArrayList<>();
            TomlTable table = doc.table();
            TomlText text = textOf(doc);
            boolean project = layer.kind() == LayerKind.PROJECT;
            Set<String> stripped = new LinkedHashSet<>();
            if (project) {
                for (String key : PROJECT_STRIPPED_KEYS) {
                    if (table.contains(List.of(key))) {
                        stripped.add(key);
                    }
                }
            }
            for (KeyFinding f : ConfigKeyChecker.check(catalogue, doc.source(), table, catalogue.configRoot(), stripped)) {
                keys.add(new KeyDiagnostic(f.path(), fromFinding(f, table, text)));
            }
            List<Diagnostic> saved = new ArrayList<>(out);
            out.clear();
            for (String key : stripped) {
                out.add(Diagnostic.warning("config/ignored-project-key", text.keyPosition(List.of(key)),
                        "Codex ignores `" + key + "` in a project config; it is only read from your user or system config.")
                        .withHint("Move `" + key + "` to " + stack.environment().userConfigFile() + "."));
            }
            unsupportedKeys(table, text);
            approvalAlias(table, text);
            if (!project) {
                legacyProfiles(table, text);
            }
            features(table, text);
            projectDocs(table, text);
            if (project) {
                if (table.isTable("projects")) {
                    out.add(Diagnostic.warning("config/inert-trust-setting", text.keyPosition(List.of("projects")),
                            "`[projects]` trust settings in a project config have no effect; Codex reads trust only from "
                                    + "your user config.")
                            .withHint("Remove the table here and trust the project in " + stack.environment().userConfigFile()
                                    + "."));
                }
                out.addAll(PortabilityChecks.check(table, text));
            }
            mine.addAll(out);
            out.clear();
            out.addAll(saved);
            return new LayerFindings(List.copyOf(keys), List.copyOf(mine));
        }

        /**
         * Whether an inline-hooks value at {@code path} is replaced in the merged config by a higher enabled layer:
         * Codex type-checks {@code [hooks]} on the merged config, where a higher layer's event (or a non-table
         * {@code hooks} value) replaces this one, so this layer's bad event does not stop Codex.
         */
        private boolean replacedHooks(List<String> path) {
            if (path.isEmpty() || !path.get(0).equals("hooks") || path.size() >= 2 && path.get(1).equals("state")) {
                return false;
            }
            int at = stack.layers().indexOf(layer);
            if (at < 0 || !layer.enabled()) {
                return false;
            }
            for (ConfigLayer higher : stack.layers().subList(at + 1, stack.layers().size())) {
                if (!higher.enabled() || !higher.isParsed()) {
                    continue;
                }
                Object hooks = higher.document().table().get(List.of("hooks"));
                if (hooks == null) {
                    continue;
                }
                if (!(hooks instanceof TomlTable t) || path.size() == 1 || t.contains(List.of(path.get(1)))) {
                    return true;
                }
            }
            return false;
        }

        private Diagnostic fromFinding(KeyFinding f, TomlTable table, TomlText text) {
            if (f.kind() == KeyFinding.Kind.UNKNOWN_KEY) {
                String key = f.path().get(f.path().size() - 1);
                Object parent = TomlPaths.get(table, f.path().subList(0, f.path().size() - 1)).orElse(null);
                List<String> candidates = new ArrayList<>(f.candidates());
                Optional<String> intended = KeySuggestions.closest(key, candidates);
                String strict = f.fatal() ? "" : " With `--strict-config` Codex refuses it.";
                if (intended.isPresent() && parent instanceof TomlTable pt && pt.contains(List.of(intended.get()))) {
                    // the key it was meant to be is already set: the stray line is simply dead
                    String hint = "`" + intended.get() + "` is already set here, so this line has no effect; remove it."
                            + strict;
                    Fix removal = text.removeKeyValueLine(f.path())
                            .map(e -> Fix.of("Remove `" + key + "`", e)).orElse(null);
                    return FileChecks.fromFinding("config", f, hint, removal);
                }
                if (parent instanceof TomlTable pt) {
                    candidates.removeIf(c -> pt.contains(List.of(c)));
                }
                Optional<String> suggestion = KeySuggestions.closest(key, candidates);
                String hint = UnknownKeyHints.placement(key, f.path().size() == 1, catalogue)
                        .orElse(suggestion.map(s -> "Did you mean `" + s + "`?")
                                .orElse("Remove the key or fix its spelling.")) + strict;
                Fix fix = suggestion.flatMap(s -> text.renameKey(f.path(), s)
                        .map(e -> Fix.of("Rename `" + key + "` to `" + s + "`", e))).orElse(null);
                return FileChecks.fromFinding("config", f, hint, fix);
            }
            if (f.kind() == KeyFinding.Kind.INVALID_VALUE && f.path().size() == 3 && f.path().get(0).equals("model_providers")
                    && f.path().get(2).equals("wire_api")) {
                Diagnostic d = new Diagnostic("config/invalid-value", Severity.ERROR, f.position(),
                        "`wire_api = \"chat\"` is no longer supported (providers must speak the Responses API), so Codex "
                                + "does not start.", "Set `wire_api = \"responses\"`.", null);
                return text.replaceStringValue(f.path(), "responses")
                        .map(e -> d.withFix(Fix.of("Use `wire_api = \"responses\"`", e))).orElse(d);
            }
            return FileChecks.fromFinding("config", f, "", null);
        }

        private void unsupportedKeys(TomlTable table, TomlText text) {
            for (Map.Entry<String, String> e : catalogue.overlay().unsupportedKeys().entrySet()) {
                List<String> path = List.of(e.getKey());
                if (table.contains(path)) {
                    Diagnostic d = Diagnostic.error("config/unsupported-key", text.keyPosition(path), e.getValue() + ".")
                            .withHint("Remove the line.");
                    out.add(text.removeKeyValueLine(path).map(x -> d.withFix(Fix.of("Remove `" + e.getKey() + "`", x)))
                            .orElse(d));
                }
            }
        }

        private void approvalAlias(TomlTable table, TomlText text) {
            if ("on-failure".equals(table.get(List.of("approval_policy")))) {
                Diagnostic d = Diagnostic.warning("config/deprecated-value", text.valuePosition(List.of("approval_policy")),
                        "`approval_policy = \"on-failure\"` is a deprecated alias that Codex reads as `on-request`.")
                        .withHint("Write `on-request`.");
                out.add(text.replaceStringValue(List.of("approval_policy"), "on-request")
                        .map(e -> d.withFix(Fix.of("Replace `on-failure` with `on-request`", e))).orElse(d));
            }
        }

        private void legacyProfiles(TomlTable table, TomlText text) {
            if (!table.isTable("profiles")) {
                return;
            }
            TomlTable profiles = table.getTable("profiles");
            Path home = stack.environment().codexHome();
            for (String name : profiles.keySet()) {
                List<String> path = List.of("profiles", name);
                boolean selected = layer.kind() == LayerKind.USER && name.equals(stack.environment().profile());
                if (selected) {
                    out.add(Diagnostic.error("config/profile-conflict", text.keyPosition(path),
                            "`--profile " + name + "` cannot be used while this file contains the legacy `[profiles." + name
                                    + "]` table, so Codex does not start.")
                            .withHint("Move the settings into " + home.resolve(name + ".config.toml")
                                    + " and remove the table."));
                } else {
                    out.add(Diagnostic.warning("config/legacy-profile", text.keyPosition(path),
                            "`[profiles." + name + "]` is parsed but no longer applied: Codex now reads profiles from "
                                    + home.resolve(name + ".config.toml") + ", selected with `--profile " + name + "`.")
                            .withHint("Move these settings into " + name + ".config.toml in " + home
                                    + " and remove the table."));
                }
                if (profiles.get(List.of(name)) instanceof TomlTable p && p.contains(List.of("review_model"))) {
                    out.add(Diagnostic.warning("config/profile-only-key", text.keyPosition(List.of("profiles", name,
                            "review_model")), "`review_model` is a top-level key; Codex does not read it inside a profile.")
                            .withHint("Set `review_model` at the top of the config file."));
                }
            }
            if (table.get(List.of("profile")) instanceof String sel && layer.kind() == LayerKind.USER
                    && sel.equals(stack.environment().profile())) {
                out.add(Diagnostic.error("config/profile-conflict", text.keyPosition(List.of("profile")),
                        "`--profile " + sel + "` cannot be used while this file selects the legacy profile `" + sel
                                + "`, so Codex does not start.")
                        .withHint("Remove the `profile` line."));
            }
        }

        private void features(TomlTable table, TomlText text) {
            if (!table.isTable("features")) {
                return;
            }
            TomlTable features = table.getTable("features");
            RuntimeOverlay overlay = catalogue.overlay();
            Map<String, String> aliases = overlay.featureAliases();
            for (String key : features.keySet()) {
                if (HOOKS_FEATURE_KEYS.contains(key)) {
                    continue; // the hooks rules explain the hooks feature and its codex_hooks alias
                }
                Object value = features.get(List.of(key));
                List<String> path = List.of("features", key);
                String canonical = aliases.get(key);
                if (canonical != null) {
                    Diagnostic d = Diagnostic.warning("config/deprecated-feature", text.keyPosition(path),
                            "`" + key + "` is a deprecated alias of the feature `" + canonical + "`.")
                            .withHint("Write `" + canonical + "` instead.");
                    Optional<Edit.ReplaceText> e = features.contains(List.of(canonical)) ? Optional.empty()
                            : text.renameKey(path, canonical);
                    out.add(e.map(edit -> d.withFix(Fix.of("Rename `" + key + "` to `" + canonical + "`", edit))).orElse(d));
                    continue;
                }
                Optional<RuntimeOverlay.Feature> feature = overlay.feature(key);
                if (feature.isEmpty()) {
                    if (value instanceof Boolean && !typedFeatureKey(key)) {
                        Optional<String> s = KeySuggestions.closest(key, overlay.features().keySet());
                        Diagnostic d = Diagnostic.warning("config/unknown-feature", text.keyPosition(path),
                                "Codex " + overlay.codexVersion() + " has no feature `" + key + "`; it ignores this setting.")
                                .withHint(s.map(x -> "Did you mean `" + x + "`?").orElse("Check `codex features list`.")
                                        + " (With `--strict-config` it is an error.)");
                        Optional<Fix> fix = s.filter(target -> !features.contains(List.of(target)))
                                .flatMap(target -> text.renameKey(path, target)
                                        .map(e -> Fix.of("Rename `" + key + "` to `" + target + "`", e)));
                        out.add(fix.map(d::withFix).orElse(d));
                    }
                    continue;
                }
                RuntimeOverlay.Feature f = feature.get();
                if (f.isRemoved()) {
                    out.add(Diagnostic.warning("config/removed-feature", text.keyPosition(path),
                            "The feature `" + key + "` has been removed from Codex; this setting has no effect.")
                            .withHint("Remove the line."));
                } else if (f.isDeprecated()) {
                    out.add(Diagnostic.warning("config/deprecated-feature", text.keyPosition(path),
                            "The feature `" + key + "` is deprecated in Codex " + overlay.codexVersion() + ".")
                            .withHint("Check the Codex changelog for its replacement and remove the line."));
                } else if (value instanceof Boolean b && b == f.enabledByDefault() && "stable".equals(f.stage())) {
                    Diagnostic d = Diagnostic.info("config/needless-feature", text.keyPosition(path),
                            "`" + key + " = " + b + "` is already the default for this stable feature, so the line changes "
                                    + "nothing.")
                            .withHint(key.equals("hooks") ? "Hooks are on by default; set `hooks = false` only to turn them off."
                                    : "Remove the line.");
                    out.add(text.removeKeyValueLine(path).map(e -> d.withFix(Fix.of("Remove `" + key + " = " + b + "`", e)))
                            .orElse(d));
                }
            }
        }

        /** Keys of [features] that take a table rather than a feature flag (for example `tool_registry`). */
        private boolean typedFeatureKey(String key) {
            return catalogue.typeAt(catalogue.configRoot(), List.of("features")).filter(
                    t -> t instanceof TypeExpr.ObjectType o && o.properties().containsKey(key))
                    .isPresent();
        }

        private void projectDocs(TomlTable table, TomlText text) {
            if (Long.valueOf(0L).equals(table.get(List.of("project_doc_max_bytes")))) {
                out.add(Diagnostic.info("config/project-docs-disabled", text.valuePosition(List.of("project_doc_max_bytes")),
                        "`project_doc_max_bytes = 0` turns off AGENTS.md files from the project; only the global "
                                + "AGENTS.md in $CODEX_HOME is sent.")
                        .withHint("Remove the line to use the default budget of 32768 bytes (shared by all project "
                                + "AGENTS.md files)."));
            }
        }

        /** The merged config Codex would build with this layer loaded (even when the stack disabled it). */
        private EffectiveConfig mergedWithThisLayer() {
            Path self = layer.file().toAbsolutePath().normalize();
            boolean inStack = stack.layers().stream().anyMatch(l -> l.file().toAbsolutePath().normalize().equals(self));
            List<ConfigLayer> layers = new ArrayList<>();
            boolean placed = false;
            for (ConfigLayer l : stack.layers()) {
                if (l.file().toAbsolutePath().normalize().equals(self)) {
                    layers.add(withStrippedKeys(layer));
                    placed = true;
                    continue;
                }
                if (l.enabled()) {
                    layers.add(withStrippedKeys(l));
                }
                if (!inStack && !placed && l.kind() == LayerKind.USER && layer.kind() == LayerKind.PROFILE) {
                    layers.add(withStrippedKeys(layer));
                    placed = true;
                }
            }
            if (!placed) {
                layers.add(withStrippedKeys(layer));
            }
            return EffectiveConfig.merge(layers);
        }

        /** The layer as Codex merges it: enabled, and without the keys it strips from project layers. */
        private static ConfigLayer withStrippedKeys(ConfigLayer l) {
            List<String> ignored = l.kind() == LayerKind.PROJECT ? PROJECT_STRIPPED_KEYS : List.of();
            return new ConfigLayer(l.kind(), l.file(), l.folder(), l.document(), l.readError(), true,
                    null, ignored);
        }

        /**
         * For a disabled project layer (the project is not trusted on this machine), adds a note why. Findings keep
         * their severity: the repository's config is meant to be loaded once the project is trusted, and then Codex
         * would refuse it (see docs/decisions/0003).
         */
        private List<Diagnostic> finish() {
            if (layer.enabled() || layer.kind() != LayerKind.PROJECT) {
                return List.copyOf(out);
            }
            List<Diagnostic> adjusted = new ArrayList<>(out);
            String reason = layer.disabledReason() == null ? "The project is not trusted." : layer.disabledReason();
            adjusted.add(Diagnostic.info("config/untrusted-project", SourcePosition.ofFile(layer.file()),
                    "Codex does not load this project config on this machine yet, because the project is not trusted.")
                    .withHint(reason));
            return List.copyOf(adjusted);
        }
    }
}
