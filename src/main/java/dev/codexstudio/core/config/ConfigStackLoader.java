package dev.codexstudio.core.config;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.requirements.Requirements;
import dev.codexstudio.core.requirements.RequirementsFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Builds the config layers for a working directory the way Codex 0.169 does: system, user, profile,
 * then a project layer for each {@code .codex} folder from the project root down to cwd (disabled unless
 * the project is trusted), then legacy {@code managed_config.toml}.
 */
public final class ConfigStackLoader {

    /** Keys Codex strips from project layers (they must come from user or managed config). */
    public static final List<String> PROJECT_LOCAL_DENYLIST = List.of(
            "openai_base_url", "chatgpt_base_url", "apps_mcp_product_sku", "responses_api_metadata", "model_provider",
            "model_providers",
            "notify", "profile", "profiles", "experimental_realtime_webrtc_call_base_url",
            "experimental_realtime_ws_base_url", "otel");

    /** Default {@code project_root_markers}. */
    public static final List<String> DEFAULT_ROOT_MARKERS = List.of(".git");

    private ConfigStackLoader() {
    }

    /**
     * Codex's config stack for {@code cwd}. One load is one snapshot of the file system: the {@code .git} of each
     * ancestor is looked at once, although the project root (strict and loose), the checkout and the trust root
     * each walk up from {@code cwd} (a scan's {@link TomlFiles#readOnce} covers all of its loads).
     */
    public static ConfigStack load(CodexEnvironment env, Path cwd) {
        return TomlFiles.readOnce(() -> loadNow(env, cwd));
    }

    private static ConfigStack loadNow(CodexEnvironment env, Path cwd) {
        Path dir = cwd.toAbsolutePath().normalize();
        List<ConfigLayer> layers = new ArrayList<>();
        List<ConfigStack.LoadFailure> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Requirements requirements = loadRequirements(env, failures);

        layers.add(requiredLayer(LayerKind.SYSTEM, env.systemConfigFile(), env.systemDir(), failures));
        ConfigLayer user = requiredLayer(LayerKind.USER, env.userConfigFile(), env.codexHome(), failures);
        layers.add(user);
        Path activeUserFile = env.userConfigFile();
        if (env.profile() != null) {
            String name = env.profile();
            activeUserFile = env.profileFile(name);
            if (user.isParsed()) {
                TomlTable base = user.document().table();
                boolean selected = base.isString("profile") && name.equals(base.getString("profile"));
                boolean table = base.isTable("profiles") && base.getTable("profiles").contains(List.of(name));
                if (selected || table) {
                    failures.add(new ConfigStack.LoadFailure(SourcePosition.ofFile(user.file()),
                            "--profile `" + name + "` cannot be used while " + user.file()
                                    + " contains legacy `profile = \"" + name + "\"` or `[profiles." + name
                                    + "]` config; move those settings into " + activeUserFile
                                    + " and remove the legacy profile selector/table."));
                }
            }
            layers.add(requiredLayer(LayerKind.PROFILE, activeUserFile, env.codexHome(), failures));
        }

        List<ConfigLayer> nonProject = List.copyOf(layers);
        EffectiveConfig merged = EffectiveConfig.merge(nonProject);
        List<String> markers = rootMarkers(merged, nonProject, failures);
        // merges are shared (by content), and so is the trust table read from one
        Map<String, TrustLevel> projects = merged.derived(TrustLevel.class, ConfigStackLoader::projects);
        ProjectContext project = new ProjectContext(dir, findProjectRoot(dir, markers, true),
                findProjectRoot(dir, markers, false), GitRoots.checkoutRoot(dir), GitRoots.trustRoot(dir), projects,
                activeUserFile);

        layers.addAll(projectLayers(env, project, failures, warnings));

        Path legacy = env.legacyManagedConfigFile();
        TomlFiles.Read legacyRead = TomlFiles.read(legacy);
        if (!legacyRead.absent()) {
            layers.add(new ConfigLayer(LayerKind.LEGACY_MANAGED, legacy, env.systemDir(), legacyRead.document(),
                    legacyRead.error(), true, null, List.of()));
        }
        return new ConfigStack(env, project, layers, requirements, failures, warnings);
    }

    private static Requirements loadRequirements(CodexEnvironment env, List<ConfigStack.LoadFailure> failures) {
        List<RequirementsFile> files = new ArrayList<>();
        for (Path p : List.of(env.systemRequirementsFile(), env.legacyManagedConfigFile())) {
            TomlFiles.Read r = TomlFiles.read(p);
            if (r.absent()) {
                continue;
            }
            boolean legacy = p.equals(env.legacyManagedConfigFile());
            files.add(new RequirementsFile(p, legacy, r.document(), r.error()));
            addSyntaxFailure(r, failures);
        }
        return Requirements.compose(files);
    }

    private static ConfigLayer requiredLayer(LayerKind kind, Path file, Path folder,
            List<ConfigStack.LoadFailure> failures) {
        TomlFiles.Read r = TomlFiles.read(file);
        addSyntaxFailure(r, failures);
        return new ConfigLayer(kind, file, folder, r.document(), r.error(), true, null, List.of());
    }

    private static void addSyntaxFailure(TomlFiles.Read r, List<ConfigStack.LoadFailure> failures) {
        if (r.error() != null) {
            failures.add(new ConfigStack.LoadFailure(SourcePosition.ofFile(r.path()),
                    "Failed to read config file " + r.path() + ": " + r.error()));
        } else if (r.document() != null && r.document().hasSyntaxErrors()) {
            TomlDocument.SyntaxError e = r.document().syntaxErrors().get(0);
            failures.add(new ConfigStack.LoadFailure(e.position(), e.message()));
        }
    }

    /** {@code project_root_markers} as Codex reads them: from the enabled non-project layers, default {@code .git}. */
    public static List<String> rootMarkers(List<ConfigLayer> layers) {
        List<ConfigLayer> nonProject = layers.stream()
                .filter(l -> l.enabled() && l.kind() != LayerKind.PROJECT && l.kind() != LayerKind.LEGACY_MANAGED).toList();
        return rootMarkers(EffectiveConfig.merge(nonProject), nonProject, new ArrayList<>());
    }

    private static List<String> rootMarkers(EffectiveConfig merged, List<ConfigLayer> layers,
            List<ConfigStack.LoadFailure> failures) {
        Optional<Object> v = merged.get(List.of("project_root_markers"));
        if (v.isEmpty()) {
            return DEFAULT_ROOT_MARKERS;
        }
        if (v.get() instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                out.add((String) o);
            }
            return out;
        }
        SourcePosition at = merged.origin(List.of("project_root_markers")).map(EffectiveConfig.Origin::position)
                .orElse(SourcePosition.ofFile(layers.get(layers.size() - 1).file()));
        failures.add(new ConfigStack.LoadFailure(at, "project_root_markers must be an array of strings"));
        return DEFAULT_ROOT_MARKERS;
    }

    private static Map<String, TrustLevel> projects(EffectiveConfig merged) {
        Map<String, TrustLevel> out = new LinkedHashMap<>();
        Optional<Object> v = merged.get(List.of("projects"));
        if (v.isPresent() && v.get() instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> p && p.get("trust_level") instanceof String s) {
                    if (s.equals("trusted")) {
                        out.put(String.valueOf(e.getKey()), TrustLevel.TRUSTED);
                    } else if (s.equals("untrusted")) {
                        out.put(String.valueOf(e.getKey()), TrustLevel.UNTRUSTED);
                    }
                }
            }
        }
        return ProjectContext.frozen(out);
    }

    /**
     * Nearest ancestor of cwd (inclusive) containing any marker; cwd itself when none is found or the
     * markers are empty.
     *
     * @param strictGit true for config layers and trust, where {@code .git} must be a valid git entry; false
     *                  for AGENTS.md and skills, where any {@code .git} entry counts
     */
    public static Path findProjectRoot(Path cwd, List<String> markers, boolean strictGit) {
        if (markers.isEmpty()) {
            return cwd;
        }
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            for (String marker : markers) {
                if (GitRoots.markerPresent(dir, marker, strictGit)) {
                    return dir;
                }
            }
        }
        return cwd;
    }

    /** Directories from the project root down to cwd, inclusive. */
    public static List<Path> rootToCwd(Path projectRoot, Path cwd) {
        List<Path> dirs = new ArrayList<>();
        for (Path d = cwd; d != null; d = d.getParent()) {
            dirs.add(d);
            if (d.equals(projectRoot)) {
                break;
            }
        }
        Collections.reverse(dirs);
        return dirs;
    }

    private static List<ConfigLayer> projectLayers(CodexEnvironment env, ProjectContext project,
            List<ConfigStack.LoadFailure> failures, List<String> warnings) {
        List<ConfigLayer> out = new ArrayList<>();
        Path codexHome = env.codexHome();
        Path codexHomeReal = realPath(codexHome);
        for (Path dir : rootToCwd(project.projectRoot(), project.cwd())) {
            Path dotCodex = dir.resolve(".codex");
            if (!ScanProbes.isDirectory(dotCodex)) {
                continue;
            }
            if (dotCodex.equals(codexHome) || realPath(dotCodex).equals(codexHomeReal)) {
                continue;
            }
            ProjectContext.Decision decision = project.decisionFor(dir);
            String reason = project.disabledReason(decision).orElse(null);
            Path file = dotCodex.resolve("config.toml");
            TomlFiles.Read r = TomlFiles.read(file);
            if (r.absent()) {
                out.add(new ConfigLayer(LayerKind.PROJECT, file, dotCodex, null, null, reason == null, reason, List.of()));
                continue;
            }
            boolean broken = r.error() != null || r.document().hasSyntaxErrors();
            boolean badUtf8 = r.document() != null && !r.document().source().isValidUtf8();
            if (badUtf8) {
                // Invalid UTF-8 stops Codex even when the project is not trusted.
                failures.add(new ConfigStack.LoadFailure(r.document().source().firstMalformedPosition(),
                        "Failed to read project config file " + file + ": " + r.error()));
            } else if (broken && decision.isTrusted()) {
                String detail = r.error() != null ? r.error()
                        : r.document().syntaxErrors().get(0).message();
                SourcePosition at = r.error() != null ? SourcePosition.ofFile(file)
                        : r.document().syntaxErrors().get(0).position();
                failures.add(new ConfigStack.LoadFailure(at, "Error parsing project config file " + file + ": " + detail));
            }
            List<String> ignored = new ArrayList<>();
            if (!broken) {
                TomlTable t = r.document().table();
                for (String key : PROJECT_LOCAL_DENYLIST) {
                    if (t.contains(List.of(key))) {
                        ignored.add(key);
                    }
                }
                if (reason == null && !ignored.isEmpty()) {
                    warnings.add("Ignored unsupported project-local config keys in " + file + ": "
                            + String.join(", ", ignored) + ". If you want these settings to apply, manually set them "
                            + "in your user-level config.toml.");
                }
            }
            out.add(new ConfigLayer(LayerKind.PROJECT, file, dotCodex, r.document(), r.error(), reason == null, reason,
                    ignored));
        }
        return out;
    }

    private static Path realPath(Path p) {
        return ScanProbes.realPath(p).orElseGet(() -> p.toAbsolutePath().normalize());
    }

    /** Whether a value is an array of strings (helper for rules). */
    static boolean isStringArray(Object v) {
        if (v instanceof TomlArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (!(a.get(i) instanceof String)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
