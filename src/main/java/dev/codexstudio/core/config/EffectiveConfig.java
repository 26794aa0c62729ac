package dev.codexstudio.core.config;

import dev.codexstudio.core.io.ContentCache;
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
    private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>(4);

    private EffectiveConfig(Map<String, Object> root, Map<List<String>, Origin> origins,
            Map<List<String>, List<Origin>> shadowed) {
        this.root = root;
        this.origins = origins;
        this.shadowed = shadowed;
    }

    public static EffectiveConfig empty() {
        return new EffectiveConfig(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /**
     * The merges of the layer sets merged most recently, by what a merge depends on: each contributing layer's
     * kind, file, ignored keys and parsed table (tables are shared by text, {@link TomlParseCache}, so the same
     * texts find the same tables, and a changed file has a new one). Every view of a scan, every scan again and
     * every command merges the same user and profile files; the 300-line user config took half of an effective
     * AGENTS.md's time. Merged configs are never changed once made ({@link #freeze}).
     */
    private static final ContentCache<MergeKey, EffectiveConfig> MERGES =
            new ContentCache<>(256, 4L * TomlParseCache.MAX_TEXT_CHARS, MergeKey::chars);

    /** Merges the given layers, lowest precedence first; unparsed layers contribute nothing. */
    public static EffectiveConfig merge(List<ConfigLayer> layers) {
        if (TomlFiles.anyEdited(layers)) {
            return mergeNow(layers);
        }
        // only parsed layers contribute to a merge, so only they are in the key
        List<ConfigLayer> parsed = new ArrayList<>(layers.size());
        List<LayerKey> parts = new ArrayList<>(layers.size());
        for (ConfigLayer l : layers) {
            if (l.isParsed()) {
                parsed.add(l);
                parts.add(new LayerKey(l.kind(), l.file(), l.document().originalSource().path(),
                        l.ignoredKeys(), new Same(l.document().table()), l.document().originalSource().text().length()));
            }
        }
        MergeKey key = new MergeKey(List.copyOf(parts));
        // inside a scan the memo makes threads that ask at once wait for one merge instead of both merging
        return TomlFiles.memo(key, () -> MERGES.get(key, () -> mergeNow(parsed)));
    }

    /** Forgets the merges kept by content (with the parses, for the first-scan benchmark). */
    public static void forgetMerges() {
        MERGES.clear();
    }

    /** A value compared by identity. */
    private record Same(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private record LayerKey(LayerKind kind, Path file, Path sourcePath, List<String> ignoredKeys, Same table,
            int chars) {
    }

    private record MergeKey(List<LayerKey> layers) {
        long chars() {
            long n = 0;
            for (LayerKey l : layers) {
                n += l.chars();
            }
            return n;
        }
    }

    /**
     * A value computed from this merged config alone, once (e.g. the trust table read from it): merges are shared,
     * so their derived values are too.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(Object key, java.util.function.Function<EffectiveConfig, T> compute) {
        return (T) derived.computeIfAbsent(key, k -> compute.apply(this));
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
        freeze(root);
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

    /** Makes every table and array under {@code map} unmodifiable, in place: merged configs are shared. */
    private static void freeze(Map<String, Object> map) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            e.setValue(frozen(e.getValue()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Object frozen(Object value) {
        if (value instanceof Map<?, ?> m) {
            freeze((Map<String, Object>) m);
            return Collections.unmodifiableMap(m);
        }
        if (value instanceof List<?> l) {
            List<Object> list = (List<Object>) l;
            list.replaceAll(EffectiveConfig::frozen);
            return Collections.unmodifiableList(list);
        }
        return value;
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
