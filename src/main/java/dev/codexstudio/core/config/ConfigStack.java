package dev.codexstudio.core.config;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.requirements.Requirements;
import java.util.List;
import java.util.Optional;

/**
 * The config layers Codex builds for one working directory, lowest precedence first, including project
 * layers that are loaded but disabled because the project is not trusted.
 *
 * @param loadFailures why Codex would refuse to start with this config (empty when it loads)
 * @param warnings     startup warnings Codex prints (ignored project keys, …)
 */
public record ConfigStack(
        CodexEnvironment environment,
        ProjectContext project,
        List<ConfigLayer> layers,
        Requirements requirements,
        List<LoadFailure> loadFailures,
        List<String> warnings) {

    public ConfigStack {
        layers = List.copyOf(layers);
        loadFailures = List.copyOf(loadFailures);
        warnings = List.copyOf(warnings);
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
        return EffectiveConfig.merge(enabledLayers());
    }
}
