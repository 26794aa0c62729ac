package dev.codexstudio.core.config;

import dev.codexstudio.core.model.CodexEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where each value of one config file stands in Codex's layering: the effective value and the layer it comes
 * from, the lower layers it overrides, and, for a value set in this file, whether a higher layer overrides it,
 * the file's layer is disabled (untrusted project) or Codex strips the key (project-local denylist).
 *
 * <p>The file's own layer uses the text being edited (not the file on disk). A profile file that is not the
 * selected {@code --profile} is placed where {@code codex --profile NAME} puts it: right above the user config.
 */
public final class ConfigOrigins {

    private final List<ConfigLayer> layers;
    private final int self;
    private final EffectiveConfig effective;
    private final Path projectRoot;
    private final CodexEnvironment environment;

    /** One layer's value for a key. */
    public record Setting(ConfigLayer layer, Object value, int line) {
    }

    /**
     * The standing of one key.
     *
     * @param here        this file's value, if set
     * @param effective   the value Codex uses, if any layer sets it
     * @param winner      the layer that value comes from
     * @param overridden  lower enabled layers that set it too (highest first)
     * @param overriding  higher enabled layers that set it, when this file sets it too (lowest first)
     * @param notApplied  layers that set it but that Codex does not apply (disabled, or the key stripped)
     * @param sentence    one sentence for the form
     */
    public record Standing(Optional<Object> here, Optional<Object> effective, Optional<Setting> winner,
            List<Setting> overridden, List<Setting> overriding, List<Setting> notApplied, String sentence) {

        /** True when this file sets the key and Codex takes this file's value. */
        public boolean hereApplies() {
            return here.isPresent() && sentence.startsWith("Applies");
        }

        /** True when this file sets the key but Codex takes another layer's value, or ignores this one. */
        public boolean hereIsShadowed() {
            return here.isPresent() && !hereApplies();
        }
    }

    private ConfigOrigins(List<ConfigLayer> layers, int self, Path projectRoot, CodexEnvironment environment) {
        this.layers = List.copyOf(layers);
        this.self = self;
        this.projectRoot = projectRoot;
        this.environment = environment;
        this.effective = EffectiveConfig.merge(this.layers.stream().filter(ConfigLayer::enabled).toList());
    }

    /**
     * The layering for {@code file} with its current text {@code document} ({@code null} when it does not
     * parse), among the layers of {@code stack} (Codex's view from one working directory).
     */
    public static ConfigOrigins of(ConfigStack stack, Path file, TomlDocument document) {
        Path abs = file.toAbsolutePath().normalize();
        List<ConfigLayer> out = new ArrayList<>(stack.layers());
        int self = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).file().equals(abs)) {
                self = i;
            }
        }
        CodexEnvironment env = stack.environment();
        boolean isProfile = abs.getParent() != null && abs.getParent().equals(env.codexHome())
                && abs.getFileName().toString().endsWith(".config.toml");
        if (self < 0 && isProfile) {
            out.removeIf(l -> l.kind() == LayerKind.PROFILE);
            int user = 0;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).kind() == LayerKind.USER) {
                    user = i + 1;
                }
            }
            out.add(user, new ConfigLayer(LayerKind.PROFILE, abs, env.codexHome(), document, null, true, null, List.of()));
            self = user;
        } else if (self < 0) {
            out.add(new ConfigLayer(LayerKind.PROJECT, abs, abs.getParent(), document, null, false,
                    "This file is not a config layer for this working directory.", List.of()));
            self = out.size() - 1;
        } else {
            ConfigLayer l = out.get(self);
            List<String> ignored = l.ignoredKeys();
            if (l.kind() == LayerKind.PROJECT && document != null && !document.hasSyntaxErrors()) {
                ignored = ConfigStackLoader.PROJECT_LOCAL_DENYLIST.stream()
                        .filter(k -> document.table().contains(List.of(k))).toList();
            }
            out.set(self, new ConfigLayer(l.kind(), l.file(), l.folder(), document, null, l.enabled(), l.disabledReason(),
                    ignored));
        }
        return new ConfigOrigins(out, self, stack.project().projectRoot(), env);
    }

    /** The layers in precedence order (lowest first), this file's layer with its current text. */
    public List<ConfigLayer> layers() {
        return layers;
    }

    public ConfigLayer selfLayer() {
        return layers.get(self);
    }

    public EffectiveConfig effective() {
        return effective;
    }

    /** Why Codex does not apply this file at all, if it does not. */
    public Optional<String> selfDisabledReason() {
        ConfigLayer l = selfLayer();
        return l.enabled() ? Optional.empty() : Optional.ofNullable(l.disabledReason());
    }

    /** The standing of one key path. */
    public Standing standing(List<String> path) {
        List<String> key = List.copyOf(path);
        Optional<Object> here = valueIn(selfLayer(), key);
        Optional<EffectiveConfig.Origin> origin = effective.origin(key);
        Optional<Object> eff = origin.isPresent() ? effective.get(key) : Optional.empty();
        int winnerIndex = origin.map(o -> indexOf(o.file())).orElse(-1);
        Optional<Setting> winner = winnerIndex < 0 ? Optional.empty()
                : Optional.of(new Setting(layers.get(winnerIndex), eff.orElse(null), origin.get().position().line()));
        List<Setting> overridden = new ArrayList<>();
        List<Setting> overriding = new ArrayList<>();
        List<Setting> notApplied = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            ConfigLayer l = layers.get(i);
            Optional<Object> v = valueIn(l, key);
            if (v.isEmpty() || i == winnerIndex) {
                continue;
            }
            Setting s = new Setting(l, v.get(), line(l, key));
            if (!applies(l, key)) {
                notApplied.add(s);
            } else if (i < winnerIndex) {
                overridden.add(0, s);
            } else if (i > self && here.isPresent()) {
                overriding.add(s);
            }
        }
        if (winnerIndex > self && here.isPresent() && applies(selfLayer(), key)) {
            overriding.add(0, winner.get());
        }
        return new Standing(here, eff, winner, overridden, overriding, notApplied,
                sentence(key, here, eff, winner, winnerIndex, overridden, notApplied));
    }

    private String sentence(List<String> key, Optional<Object> here, Optional<Object> eff, Optional<Setting> winner,
            int winnerIndex, List<Setting> overridden, List<Setting> notApplied) {
        StringBuilder sb = new StringBuilder();
        ConfigLayer me = selfLayer();
        String lower = overridden.stream().map(s -> describe(s.layer()) + " (" + ConfigFields.toml(s.value()) + ")")
                .collect(Collectors.joining(", "));
        String overrides = overridden.isEmpty() ? "" : "; overrides " + lower;
        if (here.isPresent() && winnerIndex == self) {
            sb.append("Applies: ").append(describe(me)).append(" overrides ")
                    .append(overridden.isEmpty() ? "no other layer" : lower);
        } else if (here.isPresent() && !me.enabled()) {
            sb.append("Set here, but Codex does not load this file");
            eff.ifPresent(v -> sb.append("; Codex uses ").append(ConfigFields.toml(v)).append(" from ")
                    .append(describe(winner.get().layer())));
        } else if (here.isPresent() && !applies(me, key)) {
            sb.append("Set here, but Codex ignores `").append(key.get(0))
                    .append("` in project config; set it in the user config.toml");
        } else if (here.isPresent() && winner.isPresent()) {
            sb.append("Set here, but ").append(describe(winner.get().layer())).append(" overrides it with ")
                    .append(ConfigFields.toml(winner.get().value()));
            if (winner.get().line() > 0) {
                sb.append(" (line ").append(winner.get().line()).append(')');
            }
        } else if (eff.isPresent() && winner.isPresent()) {
            sb.append("Not set here; Codex uses ").append(ConfigFields.toml(eff.get())).append(" from ")
                    .append(describe(winner.get().layer()));
            if (winner.get().line() > 0) {
                sb.append(" (line ").append(winner.get().line()).append(')');
            }
            if (!overridden.isEmpty()) {
                sb.append(overrides);
            }
            if (winnerIndex < self) {
                sb.append(". Setting it here overrides that");
            } else {
                sb.append(". Setting it here has no effect: that layer is higher");
            }
        } else {
            sb.append("Not set in any layer: Codex's default applies");
        }
        for (Setting s : notApplied) {
            if (s.layer() == me) {
                continue;
            }
            sb.append(". ").append(capitalise(describe(s.layer()))).append(" sets ")
                    .append(ConfigFields.toml(s.value())).append(" but ")
                    .append(s.layer().enabled() ? "Codex ignores that key there" : "that layer is disabled (not trusted)");
        }
        sb.append('.');
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private boolean applies(ConfigLayer l, List<String> key) {
        return l.enabled() && !l.ignoredKeys().contains(key.get(0));
    }

    private int indexOf(Path file) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).file().equals(file)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Object> valueIn(ConfigLayer l, List<String> key) {
        if (!l.isParsed()) {
            return Optional.empty();
        }
        try {
            Object v = l.document().table().get(key);
            return v == null || v instanceof org.tomlj.TomlTable ? Optional.empty()
                    : Optional.of(EffectiveConfig.toJava(v));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int line(ConfigLayer l, List<String> key) {
        return l.isParsed() ? l.document().positionOf(key).map(p -> p.line()).orElse(0) : 0;
    }

    /**
     * A layer as the form names it: {@code user ~/.codex/config.toml}, {@code profile fast (~/.codex/fast.config.toml)},
     * {@code project .codex/config.toml} (relative to the project root), {@code system /etc/codex/config.toml}.
     */
    public String describe(ConfigLayer l) {
        return describe(l, projectRoot, environment);
    }

    public static String describe(ConfigLayer l, Path projectRoot, CodexEnvironment env) {
        Objects.requireNonNull(l, "layer");
        String shown = shortPath(l.file(), projectRoot, env);
        return switch (l.kind()) {
            case SYSTEM -> "system " + shown;
            case USER -> "user " + shown;
            case PROFILE -> {
                String n = l.file().getFileName().toString();
                yield "profile " + n.substring(0, n.length() - ".config.toml".length()) + " (" + shown + ")";
            }
            case PROJECT -> "project " + shown;
            case LEGACY_MANAGED -> "legacy managed " + shown;
        };
    }

    /** A path relative to the project root when inside it, {@code ~/…} when in the user's home, else absolute. */
    public static String shortPath(Path file, Path projectRoot, CodexEnvironment env) {
        if (projectRoot != null && file.startsWith(projectRoot)) {
            return projectRoot.relativize(file).toString().replace('\\', '/');
        }
        if (env != null && file.startsWith(env.userHome())) {
            return "~/" + env.userHome().relativize(file).toString().replace('\\', '/');
        }
        return file.toString();
    }
}
