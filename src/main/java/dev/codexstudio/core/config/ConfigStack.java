package dev.codexstudio.core.config;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.requirements.Requirements;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The config layers Codex builds for one working directory, lowest precedence first, including project
 * layers that are loaded but disabled because the project is not trusted.
 *
 * @param loadFailures why Codex would refuse to start with this config (empty when it loads)
 * @param warnings     startup warnings Codex prints (ignored project keys, …)
 */
public final class ConfigStack {

    private final CodexEnvironment environment;
    private final ProjectContext project;
    private final List<ConfigLayer> layers;
    private final Requirements requirements;
    private final List<LoadFailure> loadFailures;
    private final List<String> warnings;
    /** {@link #effective()} computed once; not used while any layer's document has been edited in memory. */
    private volatile EffectiveConfig effective;
    /** Values derived from this stack alone, by {@link #derived}. */
    private final java.util.Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    public ConfigStack(CodexEnvironment environment, ProjectContext project, List<ConfigLayer> layers,
            Requirements requirements, List<LoadFailure> loadFailures, List<String> warnings) {
        this.environment = environment;
        this.project = project;
        this.layers = List.copyOf(layers);
        this.requirements = requirements;
        this.loadFailures = List.copyOf(loadFailures);
        this.warnings = List.copyOf(warnings);
    }

    public CodexEnvironment environment() {
        return environment;
    }

    public ProjectContext project() {
        return project;
    }

    public List<ConfigLayer> layers() {
        return layers;
    }

    public Requirements requirements() {
        return requirements;
    }

    public List<LoadFailure> loadFailures() {
        return loadFailures;
    }

    public List<String> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ConfigStack c && java.util.Objects.equals(environment, c.environment)
                && java.util.Objects.equals(project, c.project) && layers.equals(c.layers)
                && java.util.Objects.equals(requirements, c.requirements) && loadFailures.equals(c.loadFailures)
                && warnings.equals(c.warnings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(environment, project, layers, requirements, loadFailures, warnings);
    }

    @Override
    public String toString() {
        return "ConfigStack[environment=" + environment + ", project=" + project + ", layers=" + layers
                + ", requirements=" + requirements + ", loadFailures=" + loadFailures + ", warnings=" + warnings + "]";
    }

    /** A reason Codex refuses the config, with where it points. */
    public record LoadFailure(SourcePosition position, String message) {
    }

    public List<ConfigLayer> enabledLayers() {
        return layers.stream().filter(ConfigLayer::enabled).toList();
    }

    public List<ConfigLayer> projectLayers() {
        return layers.stream().filter(l -> l.kind() == LayerKind.PROJECT).toList();
    }

    public Optional<ConfigLayer> layer(LayerKind kind) {
        return layers.stream().filter(l -> l.kind() == kind).findFirst();
    }

    public Optional<ConfigLayer> userLayer() {
        return layer(LayerKind.USER);
    }

    /** Effective (merged) config over the enabled layers. */
    public EffectiveConfig effective() {
        if (anyEdited()) {
            return EffectiveConfig.merge(enabledLayers());
        }
        EffectiveConfig e = effective;
        if (e == null) {
            e = EffectiveConfig.merge(enabledLayers());
            effective = e;
        }
        return e;
    }

    /**
     * What this stack's own values (refusals, rule findings, hook discovery, merges) depend on: the environment,
     * the requirements, the load failures, and the layers that can contribute anything — those whose file exists
     * and those whose folder exists (a project {@code .codex/} can hold {@code hooks.json} without a
     * {@code config.toml}). The views of many directories of one repository differ only in project layers
     * that point at folders that do not exist, so they share one shape.
     */
    public Object shape() {
        return derived(Shape.class, () -> new Shape(environment, requirements, loadFailures,
                layers.stream().filter(ConfigStack::contributes).toList()));
    }

    private record Shape(CodexEnvironment environment, Requirements requirements, List<LoadFailure> loadFailures,
            List<ConfigLayer> layers) {
    }

    /** True when the layer's file exists or could be planned, or its folder exists. */
    static boolean contributes(ConfigLayer layer) {
        return layer.exists() || dev.codexstudio.core.io.FileReads.isPlanned(layer.file())
                || ScanProbes.exists(layer.folder());
    }


    /**
     * A value computed from this stack's {@link #shape} only, for {@code key}: inside one scan
     * ({@link TomlFiles#readOnce}) every stack of the same shape shares it; computed afresh while a layer is edited
     * in memory.
     */
    public <T> T shared(Object key, java.util.function.Supplier<T> compute) {
        if (anyEdited()) {
            return compute.get();
        }
        return derived(key, () -> TomlFiles.memo(new SharedKey(key, shape()), compute));
    }

    private record SharedKey(Object key, Object shape) {
    }

    /**
     * A value computed from this stack (and the files it names) only, once per key: several discoveries ask for
     * the same thing (e.g. whether Codex refuses this config). Computed afresh while a layer is edited in memory.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Supplier<T> compute) {
        if (anyEdited()) {
            return compute.get();
        }
        Object v = derived.get(key);
        if (v == null) {
            v = compute.get();
            derived.put(key, v);
        }
        return (T) v;
    }

    private boolean anyEdited() {
        for (ConfigLayer l : layers) {
            if (l.document() != null && l.document().isEdited()) {
                return true;
            }
        }
        return false;
    }
}
