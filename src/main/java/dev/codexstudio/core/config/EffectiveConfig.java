package dev.codexstudio.core.config;

import dev.codexstudio.core.model.SourcePosition;
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
 * The merged config, as Codex merges layers: tables merge key by key, any other value (including arrays
 * and arrays of tables) replaces the lower layer's value. Every leaf remembers where it came from and
 * which lower layers it overrides.
 */
public final class EffectiveConfig {

    /** Where a value was set. */
    public record Origin(LayerKind layer, Path file, SourcePosition position) {
    }

    /** One effective leaf value. {@code overridden} lists lower layers that also set it, highest first. */
    public record Entry(List<String> path, Object value, Origin origin, List<Origin> overridden) {
        public String dottedKey() {
            return TomlDocument.joinKey(path);
        }
    }

    private final Map<String, Object> root;
    private final Map<List<String>, Origin> origins;
    private final Map<List<String>, List<Origin>> shadowed;

    private EffectiveConfig(Map<String, Object> root, Map<List<String>, Origin> origins,
            Map<List<String>, List<Origin>> shadowed) {
        this.root = root;
        this.origins = origins;
        this.shadowed = shadowed;
    }

    public static EffectiveConfig empty() {
        return new EffectiveConfig(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** Merges the given layers, lowest precedence first; unparsed layers contribute nothing. */
    public static EffectiveConfig merge(List<ConfigLayer> layers) {
        if (TomlFiles.anyEdited(layers)) {
            return mergeNow(layers);
        }
        // A scan merges the same layers for many directories; share the result within it.
        // layers with neither a file nor a folder contribute nothing: leave them out of the key
        List<ConfigLayer> key = layers.stream().filter(ConfigStack::contributes).toList();
        return TomlFiles.memo(new MergeKey(key), () -> mergeNow(key));
    }

    private record MergeKey(List<ConfigLayer> layers) {
    }

    private static EffectiveConfig mergeNow(List<ConfigLayer> layers) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<List<String>, Origin> origins = new LinkedHashMap<>();
        Map<List<String>, List<Origin>> shadowed = new LinkedHashMap<>();
        for (ConfigLayer layer : layers) {
            if (!layer.isParsed()) {
                continue;
            }
            TomlDocument doc = layer.document();
            mergeTable(root, doc.table(), new ArrayList<>(), layer, doc, origins, shadowed, null);
        }
        return new EffectiveConfig(root, origins, shadowed);
    }

    private static void mergeTable(Map<String, Object> into, TomlTable table, List<String> prefix, ConfigLayer layer,
            TomlDocument doc, Map<List<String>, Origin> origins, Map<List<String>, List<Origin>> shadowed,
            SourcePosition parentBest) {
        for (String key : table.keySet()) {
            if (prefix.isEmpty() && layer.ignoredKeys().contains(key)) {
                continue;
            }
            Object value = table.get(List.of(key));
            // where the key is, as doc.locate(path) finds it, one level at a time
            SourcePosition here = doc.locateStep(table, key, parentBest);
            List<String> path = new ArrayList<>(prefix);
            path.add(key);
            if (value instanceof TomlTable sub) {
                Object existing = into.get(key);
                Map<String, Object> child;
                if (existing instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> cast = (Map<String, Object>) m;
                    child = cast;
                } else {
                    if (existing != null) {
                        dropUnder(List.copyOf(path), origins, shadowed);
                    }
                    child = new LinkedHashMap<>();
                    into.put(key, child);
                }
                mergeTable(child, sub, path, layer, doc, origins, shadowed, here);
            } else {
                List<String> key0 = List.copyOf(path);
                Object existing = into.get(key);
                if (existing instanceof Map<?, ?>) {
                    dropUnder(key0, origins, shadowed);
                }
                Origin previous = origins.get(key0);
                into.put(key, toJava(value));
                Origin origin = new Origin(layer.kind(), layer.file(), here != null ? here : doc.locateFallback());
                if (previous != null) {
                    List<Origin> chain = new ArrayList<>();
                    chain.add(previous);
                    chain.addAll(shadowed.getOrDefault(key0, List.of()));
                    shadowed.put(key0, chain);
                }
                origins.put(key0, origin);
            }
        }
    }

    private static void dropUnder(List<String> path, Map<List<String>, Origin> origins,
            Map<List<String>, List<Origin>> shadowed) {
        origins.keySet().removeIf(k -> k.size() >= path.size() && k.subList(0, path.size()).equals(path));
        shadowed.keySet().removeIf(k -> k.size() >= path.size() && k.subList(0, path.size()).equals(path));
    }

    /** Converts tomlj values to plain Java: Map, List, String, Long, Double, Boolean, java.time values. */
    public static Object toJava(Object value) {
        if (value instanceof TomlTable t) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String k : t.keySet()) {
                m.put(k, toJava(t.get(List.of(k))));
            }
            return m;
        }
        if (value instanceof TomlArray a) {
            List<Object> l = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) {
                l.add(toJava(a.get(i)));
            }
            return l;
        }
        return value;
    }

    /** The whole merged tree (unmodifiable view). */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(root);
    }

    public Optional<Object> get(List<String> path) {
        Object node = root;
        for (String seg : path) {
            if (!(node instanceof Map<?, ?> m) || !m.containsKey(seg)) {
                return Optional.empty();
            }
            node = m.get(seg);
        }
        return Optional.ofNullable(node);
    }

    public Optional<Object> get(String dotted) {
        return get(TomlDocument.parseKey(dotted));
    }

    public Optional<String> getString(String dotted) {
        return get(dotted).filter(String.class::isInstance).map(String.class::cast);
    }

    public Optional<Origin> origin(List<String> path) {
        return Optional.ofNullable(origins.get(List.copyOf(path)));
    }

    /** Every leaf value with its origin, in the order keys first appeared. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<List<String>, Origin> e : origins.entrySet()) {
            out.add(new Entry(e.getKey(), get(e.getKey()).orElse(null), e.getValue(),
                    List.copyOf(shadowed.getOrDefault(e.getKey(), List.of()))));
        }
        return out;
    }
}
