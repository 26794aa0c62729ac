package dev.codexstudio.core.requirements;

import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.EffectiveConfig;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.keys.TomlSpans;
import dev.codexstudio.core.hooks.HookReadResult;
import dev.codexstudio.core.hooks.HookSource;
import dev.codexstudio.core.hooks.HooksJsonReader;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlTable;

/**
 * Every value in the stack's config files that the managed requirements forbid, in any layer (system, user, each
 * profile file, each project {@code .codex/config.toml}), with where it is written and whether Codex would use it
 * from the opened directory.
 *
 * <p>The validator ({@code RequirementsRules.conflicts}, {@code HookRules}) reports the same rules as diagnostics,
 * but only for the value in effect; this lists each forbidden value once per file, so an editor can show them all
 * and jump to them. The rules are Codex 0.169's: a {@code approval_policy} or {@code sandbox_mode} outside the
 * allowed lists is replaced by an allowed value ({@code on-failure} is the same policy as {@code on-request}); a
 * {@code [features]} value against a pin has no effect (deprecated aliases such as {@code codex_hooks} count as
 * their feature); with {@code allow_managed_hooks_only = true} user and project hooks (inline {@code [hooks]} events
 * and {@code hooks.json}) are ignored.
 */
public final class RequirementsConflicts {

    private static final Set<String> NOT_EVENTS = Set.of("state");

    private RequirementsConflicts() {
    }

    /** The conflicts with the requirements the stack was scanned with. */
    public static List<RequirementsConflict> find(Stack stack) {
        return find(stack, stack.rootView().config().requirements());
    }

    /** The conflicts with {@code requirements} (for example composed from a requirements file being edited). */
    public static List<RequirementsConflict> find(Stack stack, Requirements requirements) {
        return find(stack, requirements, Map.of());
    }

    /**
     * The conflicts with {@code requirements} when some config files hold edited, unsaved text: {@code editedConfigs}
     * maps a config file to its in-memory document (it replaces what the scan read, also for which layer wins).
     */
    public static List<RequirementsConflict> find(Stack stack, Requirements requirements,
            Map<Path, TomlDocument> editedConfigs) {
        if (!editedConfigs.isEmpty()) {
            stack = withConfigs(stack, editedConfigs);
        }
        List<RequirementsConflict> out = new ArrayList<>();
        if (requirements.isEmpty()) {
            return out;
        }
        List<String> approvals = requirements.allowedApprovalPolicies().stream()
                .map(RequirementsConflicts::normaliseApproval).distinct().toList();
        Map<String, String> aliases = KeyCatalogue.bundled().overlay().featureAliases();
        Set<Path> hookFiles = new LinkedHashSet<>();
        for (ConfigLayer layer : stack.configFiles()) {
            if (!layer.isParsed() || layer.kind() == LayerKind.LEGACY_MANAGED) {
                continue;
            }
            TomlTable t = layer.document().table();
            Scope scope = scope(stack, layer);
            if (!approvals.isEmpty()) {
                approvalValue(t).ifPresent(v -> {
                    if (!approvals.contains(normaliseApproval(v))) {
                        out.add(conflict(RequirementsConflict.Kind.APPROVAL_POLICY, layer, scope, List.of("approval_policy"),
                                "\"" + v + "\"", "allowed_approval_policies", requirements,
                                "`approval_policy = \"" + v + "\"` is not allowed (allowed: " + quoted(approvals)
                                        + "), so Codex ignores it and uses `" + approvals.get(0) + "`."));
                    }
                });
            }
            List<String> modes = requirements.allowedSandboxModes();
            if (!modes.isEmpty() && t.get(List.of("sandbox_mode")) instanceof String mode && !modes.contains(mode)) {
                out.add(conflict(RequirementsConflict.Kind.SANDBOX_MODE, layer, scope, List.of("sandbox_mode"),
                        "\"" + mode + "\"", "allowed_sandbox_modes", requirements,
                        "`sandbox_mode = \"" + mode + "\"` is not allowed (allowed: " + quoted(modes)
                                + "), so Codex ignores it and uses `read-only`."));
            }
            if (!requirements.featurePins().isEmpty() && t.get(List.of("features")) instanceof TomlTable features) {
                for (String key : features.keySet()) {
                    String canonical = aliases.getOrDefault(key, key);
                    Boolean pin = requirements.featurePins().containsKey(canonical)
                            ? requirements.featurePins().get(canonical) : requirements.featurePins().get(key);
                    if (pin != null && features.get(List.of(key)) instanceof Boolean b && b != pin) {
                        String pinKey = requirements.featurePins().containsKey(canonical) ? canonical : key;
                        out.add(conflict(RequirementsConflict.Kind.FEATURE_PIN, layer, scope, List.of("features", key),
                                String.valueOf(b), "features." + pinKey, requirements,
                                "The requirements pin `" + pinKey + " = " + pin + "`, so `" + key + " = " + b
                                        + "` here has no effect."));
                    }
                }
            }
            if (requirements.allowManagedHooksOnly() && !layer.kind().isManaged()) {
                if (t.get(List.of("hooks")) instanceof TomlTable hooks
                        && !hooks.keySet().stream().allMatch(NOT_EVENTS::contains)) {
                    out.add(conflict(RequirementsConflict.Kind.UNMANAGED_HOOKS, layer, scope, List.of("hooks"),
                            describe(hooks), "allow_managed_hooks_only", requirements,
                            "`allow_managed_hooks_only = true` makes Codex ignore the hooks defined in this file."));
                }
                Path json = layer.folder().resolve("hooks.json");
                if (hookFiles.add(json) && Files.isRegularFile(json)) {
                    int handlers = handlerCount(stack, json);
                    out.add(new RequirementsConflict(RequirementsConflict.Kind.UNMANAGED_HOOKS,
                            new SourcePosition(json, 1, 1), layer.kind(), "hooks", handlers < 0 ? "hooks.json"
                                    : handlers + (handlers == 1 ? " hook" : " hooks"), scope.enabled(),
                            scope.enabled() ? "" : scope.disabledNote(), "allow_managed_hooks_only",
                            requirementPosition(requirements, List.of("allow_managed_hooks_only"), null).orElse(null),
                            "`allow_managed_hooks_only = true` makes Codex ignore the hooks in this hooks.json."));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code requirements} with one source replaced by the in-memory document of that file. A file that is not a
     * source (a draft outside the system folder) is read as if it were installed: in place of the system
     * {@code requirements.toml} (or of the legacy {@code managed_config.toml} for a file of that name).
     */
    public static Requirements withEdited(Requirements requirements, RequirementsFile edited) {
        List<RequirementsFile> files = new ArrayList<>(requirements.files());
        int at = -1;
        for (int i = 0; i < files.size() && at < 0; i++) {
            if (files.get(i).path().equals(edited.path())) {
                at = i;
            }
        }
        for (int i = 0; i < files.size() && at < 0; i++) {
            if (files.get(i).legacy() == edited.legacy()) {
                at = i;
            }
        }
        if (at >= 0) {
            files.set(at, edited);
        } else {
            files.add(edited.legacy() ? files.size() : 0, edited);
        }
        return Requirements.compose(files);
    }

    private static Stack withConfigs(Stack stack, Map<Path, TomlDocument> edited) {
        List<CwdView> views = new ArrayList<>();
        for (CwdView v : stack.views()) {
            ConfigStack cs = v.config();
            ConfigStack replaced = new ConfigStack(cs.environment(), cs.project(), replace(cs.layers(), edited),
                    cs.requirements(), cs.loadFailures(), cs.warnings());
            views.add(new CwdView(v.cwd(), replaced, v.instructions(), v.skills(), v.hooks()));
        }
        return new Stack(stack.root(), stack.environment(), views, replace(stack.configFiles(), edited), stack.guidance(),
                stack.scanTruncated());
    }

    private static List<ConfigLayer> replace(List<ConfigLayer> layers, Map<Path, TomlDocument> edited) {
        List<ConfigLayer> out = new ArrayList<>();
        for (ConfigLayer l : layers) {
            TomlDocument doc = edited.get(l.file());
            out.add(doc == null ? l : new ConfigLayer(l.kind(), l.file(), l.folder(), doc, null, l.enabled(),
                    l.disabledReason(), l.ignoredKeys()));
        }
        return out;
    }

    /** Whether {@code file} is one of the sources Codex reads the requirements from. */
    public static boolean isSource(Requirements requirements, Path file) {
        return requirements.files().stream().anyMatch(f -> f.path().equals(file));
    }

    static String normaliseApproval(String v) {
        return v.equals("on-failure") ? "on-request" : v;
    }

    /** {@code approval_policy} as a string, or {@code granular} for the table form. */
    private static Optional<String> approvalValue(TomlTable t) {
        Object v = t.get(List.of("approval_policy"));
        if (v instanceof String s) {
            return Optional.of(s);
        }
        if (v instanceof TomlTable tt && tt.keySet().size() == 1) {
            return Optional.of(tt.keySet().iterator().next());
        }
        return Optional.empty();
    }

    private static String describe(TomlTable hooks) {
        List<String> events = hooks.keySet().stream().filter(k -> !NOT_EVENTS.contains(k)).toList();
        return String.join(", ", events);
    }

    /** Handlers in a hooks.json as the stack read it (or read now), -1 when it cannot be parsed. */
    private static int handlerCount(Stack stack, Path json) {
        for (CwdView v : stack.views()) {
            for (HookReadResult r : v.hooks().reads()) {
                if (r.path().equals(json) && r.optionalSource().isPresent()) {
                    return r.optionalSource().get().handlerCount();
                }
            }
        }
        return HooksJsonReader.read(json, "user", false).optionalSource().map(HookSource::handlerCount).orElse(-1);
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(a -> "`" + a + "`").toList());
    }

    /** Whether a layer's values reach Codex from the opened directory (or the first view that reads the layer). */
    private record Scope(CwdView view, ConfigLayer viewLayer) {
        boolean enabled() {
            return viewLayer != null && viewLayer.enabled();
        }

        String disabledNote() {
            if (viewLayer == null) {
                return "";
            }
            return "Codex does not load this layer" + (viewLayer.disabledReason() == null ? "."
                    : ": the project is not trusted.");
        }
    }

    private static Scope scope(Stack stack, ConfigLayer layer) {
        for (CwdView v : stack.views()) {
            for (ConfigLayer l : v.config().layers()) {
                if (l.file().equals(layer.file())) {
                    return new Scope(v, l);
                }
            }
        }
        return new Scope(null, null);
    }

    private static RequirementsConflict conflict(RequirementsConflict.Kind kind, ConfigLayer layer, Scope scope,
            List<String> path, String value, String requirement, Requirements requirements, String message) {
        TomlDocument doc = layer.document();
        TomlSpans spans = TomlSpans.of(doc.source().text());
        SourcePosition at = doc.source().position(spans.valueOffset(path));
        String note = note(layer, scope, path);
        List<String> reqPath = TomlDocument.parseKey(requirement);
        String legacyKey = kind == RequirementsConflict.Kind.APPROVAL_POLICY ? "approval_policy"
                : kind == RequirementsConflict.Kind.SANDBOX_MODE ? "sandbox_mode" : null;
        SourcePosition forbiddenBy = requirementPosition(requirements, reqPath, legacyKey).orElse(null);
        return new RequirementsConflict(kind, at, layer.kind(), TomlDocument.joinKey(path), value, note.isEmpty(), note,
                requirement, forbiddenBy, message);
    }

    private static String note(ConfigLayer layer, Scope scope, List<String> path) {
        if (scope.viewLayer() == null) {
            return layer.kind() == LayerKind.PROFILE
                    ? "Applies only with `--profile " + profileName(layer.file()) + "`."
                    : "Not read from the opened directory.";
        }
        if (!scope.viewLayer().enabled()) {
            return scope.disabledNote();
        }
        EffectiveConfig effective = scope.view().config().effective();
        Optional<Path> winner = effective.origin(path).map(EffectiveConfig.Origin::file)
                .or(() -> effective.entries().stream()
                        .filter(e -> e.path().size() > path.size() && e.path().subList(0, path.size()).equals(path))
                        .map(e -> e.origin().file()).findFirst());
        if (winner.isPresent() && !winner.get().equals(layer.file())) {
            return "Overridden by " + winner.get() + ".";
        }
        return "";
    }

    private static String profileName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".config.toml") ? n.substring(0, n.length() - ".config.toml".length()) : n;
    }

    /** Where the last source that sets a requirement writes it. */
    private static Optional<SourcePosition> requirementPosition(Requirements requirements, List<String> path,
            String legacyKey) {
        SourcePosition found = null;
        for (RequirementsFile f : requirements.files()) {
            if (f.document() == null || f.document().hasSyntaxErrors()) {
                continue;
            }
            List<List<String>> candidates = new ArrayList<>();
            if (f.legacy()) {
                if (legacyKey != null) {
                    candidates.add(List.of(legacyKey));
                }
            } else {
                candidates.add(path);
                if (path.size() == 2 && path.get(0).equals("features")) {
                    candidates.add(List.of("feature_requirements", path.get(1)));
                }
            }
            for (List<String> p : candidates) {
                if (f.document().table().contains(p)) {
                    TomlSpans spans = TomlSpans.of(f.document().source().text());
                    found = f.document().source().position(spans.valueOffset(p));
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Conflicts grouped by the config file they are in, in file order. */
    public static Map<Path, List<RequirementsConflict>> byFile(List<RequirementsConflict> conflicts) {
        Map<Path, List<RequirementsConflict>> out = new LinkedHashMap<>();
        for (RequirementsConflict c : conflicts) {
            out.computeIfAbsent(c.position().file(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
