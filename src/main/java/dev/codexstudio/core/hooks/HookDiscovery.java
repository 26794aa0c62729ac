package dev.codexstudio.core.hooks;

import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.rules.ConfigRules;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.hooks.HookEntry.TrustStatus;
import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.requirements.RequirementsFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codex 0.169's hook discovery for one config stack: what its app-server {@code hooks/list} reports.
 *
 * <p>Order: managed hooks from {@code requirements.toml} first; then, for every enabled config layer from lowest
 * to highest precedence, the layer folder's {@code hooks.json} (each folder read once: the user layer and a
 * profile share {@code $CODEX_HOME}) and the layer's inline {@code [hooks]}. {@code allow_managed_hooks_only}
 * keeps only managed sources; {@code [features] hooks = false} (or its deprecated alias {@code codex_hooks})
 * turns discovery off. Trust state comes from {@code [hooks.state]} of the user config only.
 */
public final class HookDiscovery {

    private HookDiscovery() {
    }

    /** What hooks/list would report for the stack. Never throws for bad input. */
    public static HookCatalog discover(ConfigStack stack) {
        try {
            // hooks/list depends on the stack's shape only: the directories of one repository share it
            return stack.shared(HookDiscovery.class, () -> discoverOrThrow(stack));
        } catch (RuntimeException e) {
            return new HookCatalog(List.of(), List.of(), List.of("the studio could not discover hooks: "
                    + e.getClass().getSimpleName()), List.of(), true);
        }
    }

    private static HookCatalog discoverOrThrow(ConfigStack stack) {
        List<String> errors = new ArrayList<>();
        stack.loadFailures().forEach(f -> errors.add(f.message()));
        List<HookReadResult> reads = new ArrayList<>();
        Run run = new Run(HookStates.read(stack.userLayer().flatMap(ConfigLayer::optionalDocument).orElse(null)));
        boolean enabled = hooksFeatureEnabled(stack);
        Optional<HookReadResult> managedRead = managedRequirementSource(stack);
        managedRead.flatMap(HookReadResult::optionalFailure).ifPresent(f -> errors.add(f.message()));
        configTypeError(stack.enabledLayers()).ifPresent(errors::add);
        if (errors.isEmpty()) {
            // Any other reason Codex refuses the config also leaves hooks/list with no hooks.
            ConfigRules.refusals(stack).stream().findFirst().ifPresent(d -> errors.add(
                    (d.position().isWholeFile() ? d.position().file().toString() : d.position().toString()) + ": "
                            + d.message()));
        }
        if (!enabled) {
            managedRead.filter(r -> r.failure() != null).ifPresent(reads::add);
        }
        if (enabled) {
            boolean managedOnly = stack.requirements().allowManagedHooksOnly();
            managedRead.ifPresent(read -> {
                reads.add(read);
                read.optionalSource().ifPresent(run::append);
            });
            Set<Path> foldersRead = new HashSet<>();
            for (ConfigLayer layer : stack.enabledLayers()) {
                String label = sourceLabel(layer.kind());
                boolean managed = layer.kind().isManaged();
                if (managedOnly && !managed) {
                    continue;
                }
                HookReadResult json = foldersRead.add(layer.folder().toAbsolutePath().normalize())
                        ? HooksJsonReader.read(layer.folder().resolve("hooks.json"), label, managed)
                        : HookReadResult.absent(layer.folder().resolve("hooks.json"));
                HookReadResult toml = layer.isParsed()
                        ? InlineHooksReader.readConfig(layer.document(), label, managed)
                        : HookReadResult.absent(layer.file());
                reads.add(json);
                reads.add(toml);
                run.warnings.addAll(json.codexWarnings());
                toml.optionalFailure().ifPresent(f -> run.warnings.add(f.message()));
                HookSource jsonSource = json.optionalSource().filter(s -> !s.isEmpty()).orElse(null);
                HookSource tomlSource = toml.optionalSource().filter(s -> !s.isEmpty()).orElse(null);
                if (jsonSource != null && tomlSource != null) {
                    run.warnings.add("loading hooks from both " + jsonSource.path() + " and " + tomlSource.path()
                            + "; prefer a single representation for this layer");
                }
                if (jsonSource != null) {
                    run.append(jsonSource);
                }
                if (tomlSource != null) {
                    run.append(tomlSource);
                }
            }
        }
        if (!errors.isEmpty()) {
            return new HookCatalog(List.of(), List.of(), errors, reads, enabled);
        }
        return new HookCatalog(run.entries, run.warnings, List.of(), reads, enabled);
    }

    /**
     * The error Codex refuses the config with because of {@code [hooks]}: Codex checks the merged config (tables
     * merge key by key, anything else replaces), and when that fails it reports the first layer, lowest first, whose
     * own {@code [hooks]} fails. A lower layer's bad event that a higher layer replaces is not an error.
     */
    static Optional<String> configTypeError(List<ConfigLayer> layers) {
        java.util.LinkedHashMap<String, ConfigLayer> owners = new java.util.LinkedHashMap<>();
        ConfigLayer nonTable = null;
        List<ConfigLayer> withState = new ArrayList<>();
        for (ConfigLayer layer : layers) {
            if (!layer.isParsed()) {
                continue;
            }
            Object hooks = layer.document().table().get(List.of("hooks"));
            if (hooks == null) {
                continue;
            }
            if (hooks instanceof org.tomlj.TomlTable t) {
                if (nonTable != null) {
                    nonTable = null;
                    owners.clear();
                    withState.clear();
                }
                for (String key : t.keySet()) {
                    owners.put(key, layer);
                    if (key.equals("state")) {
                        withState.add(layer);
                    }
                }
            } else {
                nonTable = layer;
                owners.clear();
                withState.clear();
            }
        }
        Optional<String> merged = Optional.empty();
        if (nonTable != null) {
            merged = InlineHooksReader.typeCheck(nonTable.document());
        } else {
            for (java.util.Map.Entry<String, ConfigLayer> e : owners.entrySet()) {
                if (e.getKey().equals("state")) {
                    for (ConfigLayer l : withState) {
                        merged = merged.or(() -> InlineHooksReader.typeCheck(l.document(), "state"));
                    }
                } else {
                    merged = merged.or(() -> InlineHooksReader.typeCheck(e.getValue().document(), e.getKey()));
                }
            }
        }
        if (merged.isEmpty()) {
            return merged;
        }
        for (ConfigLayer layer : layers) {
            if (layer.isParsed()) {
                Optional<String> own = InlineHooksReader.typeCheck(layer.document());
                if (own.isPresent()) {
                    return own;
                }
            }
        }
        return merged;
    }

    /**
     * The hooks of one source as Codex would list them, with keys, hashes and trust from {@code states} (display order
     * counted within the source; Codex's warnings are dropped). For a file whose layer Codex does not load (an
     * untrusted project), this is what it would list once the layer loads.
     */
    public static List<HookEntry> entriesOf(HookSource source, HookStates states) {
        Run run = new Run(states);
        run.append(source);
        return List.copyOf(run.entries);
    }

    /** Codex's {@code source} label for hooks of a config layer. */
    public static String sourceLabel(LayerKind kind) {
        return switch (kind) {
            case SYSTEM -> "system";
            case USER, PROFILE -> "user";
            case PROJECT -> "project";
            case LEGACY_MANAGED -> "legacyManagedConfigFile";
        };
    }

    /**
     * Whether the hooks feature is on: {@code [features] hooks} of the effective config (the canonical key wins over
     * the deprecated {@code codex_hooks}), pinned by requirements when they set it; on by default.
     */
    public static boolean hooksFeatureEnabled(ConfigStack stack) {
        Map<String, Boolean> pins = stack.requirements().featurePins();
        if (pins.containsKey("hooks")) {
            return pins.get("hooks");
        }
        if (pins.containsKey("codex_hooks")) {
            return pins.get("codex_hooks");
        }
        Optional<Object> canonical = stack.effective().get(List.of("features", "hooks"));
        if (canonical.isPresent() && canonical.get() instanceof Boolean b) {
            return b;
        }
        Optional<Object> alias = stack.effective().get(List.of("features", "codex_hooks"));
        if (alias.isPresent() && alias.get() instanceof Boolean b) {
            return b;
        }
        return true;
    }

    /** The managed {@code [hooks]} of {@code requirements.toml}, read with positions. */
    static Optional<HookReadResult> managedRequirementSource(ConfigStack stack) {
        Path file = stack.requirements().managedHooksFile();
        if (file == null) {
            return Optional.empty();
        }
        for (RequirementsFile f : stack.requirements().files()) {
            if (f.path().equals(file) && !f.legacy() && f.document() != null) {
                TomlDocument doc = f.document();
                return Optional.of(InlineHooksReader.readRequirements(doc, "system"));
            }
        }
        return Optional.empty();
    }

    /** The effective matcher of a group for an event: null when omitted or ignored by the event. */
    public static String effectiveMatcher(HookEvent event, MatcherGroup group) {
        return event.ignoresMatcher() ? null : group.matcher();
    }

    /** Accumulates entries and warnings in Codex's order. */
    private static final class Run {
        final HookStates states;
        final List<HookEntry> entries = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        long displayOrder;

        Run(HookStates states) {
            this.states = states;
        }

        void append(HookSource source) {
            for (HookEvent event : HookEvent.values()) {
                for (MatcherGroup group : source.groups(event)) {
                    appendGroup(source, event, group);
                }
            }
        }

        private void appendGroup(HookSource source, HookEvent event, MatcherGroup group) {
            Path path = source.path();
            String matcher = effectiveMatcher(event, group);
            if (matcher != null && HookMatcher.isRegex(matcher)) {
                Optional<String> err = RustRegex.matcherError(matcher);
                if (err.isPresent()) {
                    warnings.add("invalid matcher " + RustFormat.debug(matcher) + " in " + path + ": " + err.get());
                    return;
                }
            }
            for (HookHandler handler : group.handlers()) {
                if (handler instanceof HookHandler.Command c) {
                    if (RustText.isBlank(c.command())) {
                        warnings.add("skipping empty hook command in " + path);
                        continue;
                    }
                    warnIfClamped(event, c.timeout(), path);
                    boolean async = c.async();
                    if (async && event.runsAsyncSynchronously()) {
                        warnings.add("running async " + event.tomlName() + " hook synchronously in " + path);
                        async = false;
                    }
                    Long acl = c.additionalContextLimit();
                    if (acl != null && !event.supportsAdditionalContext()) {
                        warnings.add("ignoring additionalContextLimit for " + event.tomlName() + " hook in " + path
                                + ": this event cannot emit additionalContext");
                        acl = null;
                    }
                    add(source, event, group, handler, matcher, c.command(), null, null,
                            event.effectiveTimeout(c.timeout()), c.statusMessage(), async, acl, "command");
                } else if (handler instanceof HookHandler.McpTool m) {
                    if (event.rejectsMcpTool()) {
                        warnings.add("skipping MCP tool hook in " + path + ": " + event.tomlName()
                                + " MCP hooks are not supported");
                        continue;
                    }
                    warnIfClamped(event, m.timeout(), path);
                    add(source, event, group, handler, matcher, null, m.server(), m.tool(),
                            event.effectiveTimeout(m.timeout()), m.statusMessage(), false, null, "mcpTool");
                } else {
                    String type = handler.type();
                    warnings.add("skipping " + type + " hook in " + path + ": " + type + " hooks are not supported yet");
                }
            }
        }

        private void warnIfClamped(HookEvent event, Long timeout, Path path) {
            if (event.hasShortTimeout() && timeout != null
                    && Long.compareUnsigned(timeout, HookEvent.SHORT_EVENT_TIMEOUT_CAP) > 0) {
                warnings.add("clamping " + event.tomlName() + " hook timeout to 3s in " + path);
            }
        }

        private void add(HookSource source, HookEvent event, MatcherGroup group, HookHandler handler, String matcher,
                String command, String server, String tool, long timeout, String statusMessage, boolean async, Long acl,
                String handlerType) {
            String key = HookKeys.key(source.path(), event, group.index(), handler.index());
            HookStates.State state = states.get(key).orElse(null);
            boolean managed = source.managed();
            boolean enabled = managed || state == null || !Boolean.FALSE.equals(state.enabled());
            String trusted = managed || state == null ? null : state.trustedHash();
            String hash = HookHash.of(event, matcher, handler);
            TrustStatus status = managed ? TrustStatus.MANAGED
                    : trusted == null ? TrustStatus.UNTRUSTED
                    : trusted.equals(hash) ? TrustStatus.TRUSTED : TrustStatus.MODIFIED;
            entries.add(new HookEntry(key, event, handlerType, matcher, command, server, tool, timeout, statusMessage,
                    async, acl, source.path(), source.source(), enabled, managed, hash, status, displayOrder++, source,
                    group, handler));
        }
    }
}
