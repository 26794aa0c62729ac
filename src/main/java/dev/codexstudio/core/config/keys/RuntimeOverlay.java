package dev.codexstudio.core.config.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.core.config.keys.TypeExpr.EnumType;
import dev.codexstudio.core.config.keys.TypeExpr.ObjectType;
import dev.codexstudio.core.config.keys.TypeExpr.OneOf;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Codex 0.169 binary does differently from its generated schema, read from the hand-maintained
 * resource {@code config-overlay.json} next to the catalogue. Each section there says why it exists.
 *
 * <ul>
 *   <li>{@code replaceTypes}, {@code addTypes}, {@code addEnumValues}, {@code addProperties}: type changes applied to the
 *       catalogue ({@code approval_policy} accepts {@code on-failure} and parses {@code untrusted}; keys and enum
 *       values newer than the schema).</li>
 *   <li>{@link #unsupportedKeys()}: keys that parse but make Codex refuse to start.</li>
 *   <li>{@link #runtimeClosedTypes()}: the few tables where an unknown key makes loading fail. Everywhere else
 *       Codex ignores unknown keys, even where the schema says {@code additionalProperties: false}.</li>
 *   <li>{@link #enforcedStringTypes()} / {@link #enforcedStringProperties()}: the string length and pattern
 *       constraints Codex checks at load (the others are schema-only).</li>
 *   <li>{@link #enforcedWhenEnabled()}: feature tables whose limits apply only when they are enabled.</li>
 *   <li>{@link #clampedRanges()}: tables whose numbers are clamped into range rather than refused.</li>
 *   <li>{@link #nonNegativeFiniteNumbers()}: float seconds that must be finite and not negative.</li>
 *   <li>{@link #knownReasoningEfforts()}: the reasoning effort values Codex knows (any non-empty string loads).</li>
 *   <li>{@link #features()} and {@link #featureAliases()}: the feature names of {@code codex features list}
 *       with their stage and default, and the legacy keys that set them.</li>
 * </ul>
 */
public final class RuntimeOverlay {

    /** The format marker of the overlay resource. */
    public static final String FORMAT = "codex-stack-studio/config-overlay/1";

    /** One feature as {@code codex features list} shows it. */
    public record Feature(String name, String stage, boolean enabledByDefault) {
        public boolean isRemoved() {
            return "removed".equals(stage);
        }

        public boolean isDeprecated() {
            return "deprecated".equals(stage);
        }
    }

    private final String codexVersion;
    private final Map<String, TypeExpr> replaceTypes;
    private final Map<String, TypeExpr> addTypes;
    private final Map<String, List<String>> addEnumValues;
    private final Map<String, Map<String, TypeExpr>> addProperties;
    private final Map<String, String> unsupportedKeys;
    private final Set<String> runtimeClosedTypes;
    private final Set<String> enforcedStringTypes;
    private final Set<String> enforcedStringProperties;
    private final Set<String> enforcedWhenEnabled;
    private final Set<String> clampedRanges;
    private final Set<String> nonNegativeFiniteNumbers;
    private final List<String> knownReasoningEfforts;
    private final Map<String, Feature> features;
    private final Map<String, String> featureAliases;

    private RuntimeOverlay(JsonNode root) {
        codexVersion = root.path("codexVersion").asText();
        Map<String, TypeExpr> replace = new LinkedHashMap<>();
        root.path("replaceTypes").fields().forEachRemaining(e -> replace.put(e.getKey(),
                CatalogueCodec.decode(e.getValue().path("type"))));
        replaceTypes = Collections.unmodifiableMap(replace);
        Map<String, TypeExpr> added = new LinkedHashMap<>();
        root.path("addTypes").fields().forEachRemaining(e -> added.put(e.getKey(),
                CatalogueCodec.decode(e.getValue().path("type"))));
        addTypes = Collections.unmodifiableMap(added);
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (JsonNode n : root.path("addEnumValues")) {
            enums.put(n.path("type").asText(), texts(n.path("values")));
        }
        addEnumValues = Collections.unmodifiableMap(enums);
        Map<String, Map<String, TypeExpr>> props = new LinkedHashMap<>();
        for (JsonNode n : root.path("addProperties")) {
            Map<String, TypeExpr> p = props.computeIfAbsent(n.path("in").asText(), k -> new LinkedHashMap<>());
            n.path("props").fields().forEachRemaining(e -> p.put(e.getKey(), CatalogueCodec.decode(e.getValue())));
        }
        addProperties = Collections.unmodifiableMap(props);
        Map<String, String> unsupported = new LinkedHashMap<>();
        root.path("unsupportedKeys").path("keys").fields()
                .forEachRemaining(e -> unsupported.put(e.getKey(), e.getValue().asText()));
        unsupportedKeys = Collections.unmodifiableMap(unsupported);
        runtimeClosedTypes = set(root.path("runtimeClosed").path("types"));
        enforcedStringTypes = set(root.path("enforcedStringConstraints").path("types"));
        enforcedStringProperties = set(root.path("enforcedStringConstraints").path("properties"));
        enforcedWhenEnabled = set(root.path("enforcedWhenEnabled").path("types"));
        clampedRanges = set(root.path("clampedRanges").path("types"));
        nonNegativeFiniteNumbers = set(root.path("nonNegativeFiniteNumbers").path("properties"));
        knownReasoningEfforts = List.copyOf(texts(root.path("reasoningEffort").path("known")));
        Map<String, Feature> f = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("features").path("known").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            f.put(e.getKey(), new Feature(e.getKey(), e.getValue().path(0).asText(), e.getValue().path(1).asBoolean()));
        }
        features = Collections.unmodifiableMap(f);
        Map<String, String> aliases = new LinkedHashMap<>();
        root.path("features").path("aliases").fields().forEachRemaining(e -> aliases.put(e.getKey(), e.getValue().asText()));
        featureAliases = Collections.unmodifiableMap(aliases);
    }

    /** Parses the overlay resource text. */
    public static RuntimeOverlay read(String json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("not a " + FORMAT + " overlay");
            }
            return new RuntimeOverlay(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("overlay is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Applies the type changes to the catalogue's named types and root. */
    CatalogueCodec.Catalogue apply(CatalogueCodec.Catalogue base) {
        Map<String, TypeExpr> types = new LinkedHashMap<>(base.types());
        for (Map.Entry<String, TypeExpr> e : replaceTypes.entrySet()) {
            if (types.put(e.getKey(), e.getValue()) == null) {
                throw new IllegalArgumentException("overlay replaces the unknown type " + e.getKey());
            }
        }
        for (Map.Entry<String, TypeExpr> e : addTypes.entrySet()) {
            if (types.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("overlay adds the type " + e.getKey() + ", which already exists");
            }
        }
        for (Map.Entry<String, List<String>> e : addEnumValues.entrySet()) {
            TypeExpr t = types.get(e.getKey());
            types.put(e.getKey(), withEnumValues(e.getKey(), t, e.getValue()));
        }
        TypeExpr root = base.root();
        for (Map.Entry<String, Map<String, TypeExpr>> e : addProperties.entrySet()) {
            if (e.getKey().equals("$root")) {
                root = withProperties("$root", root, e.getValue());
            } else {
                types.put(e.getKey(), withProperties(e.getKey(), types.get(e.getKey()), e.getValue()));
            }
        }
        return new CatalogueCodec.Catalogue(root, types);
    }

    private static TypeExpr withEnumValues(String name, TypeExpr t, List<String> values) {
        if (t instanceof EnumType en) {
            List<String> all = new ArrayList<>(en.values());
            values.stream().filter(v -> !all.contains(v)).forEach(all::add);
            return new EnumType(all);
        }
        if (t instanceof OneOf one) {
            List<TypeExpr> alts = new ArrayList<>(one.alternatives());
            alts.add(new EnumType(values));
            return new OneOf(alts);
        }
        throw new IllegalArgumentException("overlay adds enum values to " + name + ", which is not an enum");
    }

    private static TypeExpr withProperties(String name, TypeExpr t, Map<String, TypeExpr> props) {
        if (!(t instanceof ObjectType obj)) {
            throw new IllegalArgumentException("overlay adds properties to " + name + ", which is not a table type");
        }
        ObjectType out = obj;
        for (Map.Entry<String, TypeExpr> p : props.entrySet()) {
            out = out.withProperty(p.getKey(), p.getValue());
        }
        return out;
    }

    public String codexVersion() {
        return codexVersion;
    }

    /** Top-level keys Codex parses but refuses at load, with Codex's message. */
    public Map<String, String> unsupportedKeys() {
        return unsupportedKeys;
    }

    /** Named table types in which an unknown key makes Codex refuse the config. */
    public Set<String> runtimeClosedTypes() {
        return runtimeClosedTypes;
    }

    /** Named string types whose length/pattern constraints Codex enforces. */
    public Set<String> enforcedStringTypes() {
        return enforcedStringTypes;
    }

    /** {@code Type.property} strings whose length/pattern constraints Codex enforces. */
    public Set<String> enforcedStringProperties() {
        return enforcedStringProperties;
    }

    /** Table types whose limits Codex checks only when the table sets {@code enabled = true}. */
    public Set<String> enforcedWhenEnabled() {
        return enforcedWhenEnabled;
    }

    /** Table types whose integer minimum/maximum Codex clamps to instead of refusing. */
    public Set<String> clampedRanges() {
        return clampedRanges;
    }

    /** {@code Type.property} strings holding seconds that must be finite and not negative. */
    public Set<String> nonNegativeFiniteNumbers() {
        return nonNegativeFiniteNumbers;
    }

    public List<String> knownReasoningEfforts() {
        return knownReasoningEfforts;
    }

    /** The features Codex 0.169 knows, by key. */
    public Map<String, Feature> features() {
        return features;
    }

    /** Legacy feature keys and the feature each one sets. */
    public Map<String, String> featureAliases() {
        return featureAliases;
    }

    public Optional<Feature> feature(String key) {
        return Optional.ofNullable(features.get(key));
    }

    private static Set<String> set(JsonNode arr) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(texts(arr)));
    }

    private static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }
}
