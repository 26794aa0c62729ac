package dev.codexstudio.core.config.keys;

import dev.codexstudio.core.config.keys.TypeExpr.AnyType;
import dev.codexstudio.core.config.keys.TypeExpr.BoolType;
import dev.codexstudio.core.config.keys.TypeExpr.MapType;
import dev.codexstudio.core.config.keys.TypeExpr.ObjectType;
import dev.codexstudio.core.config.keys.TypeExpr.Ref;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys Codex 0.169 accepts in {@code config.toml} and {@code requirements.toml}, with their types.
 *
 * <p>Built from three resources in this package: {@code config-keys.json} (generated from Codex's JSON Schema by
 * the test-scope {@code CatalogueGenerator}), {@code config-overlay.json} (the measured differences between
 * schema and binary, see {@link RuntimeOverlay}) and {@code requirements-keys.json} (written by hand; its
 * references resolve against the config types). One more adjustment is made in code: the {@code [features]}
 * tables take their runtime shape, a table of booleans with a few keys that also accept a table.
 */
public final class KeyCatalogue {

    private static final String BASE = "dev/codexstudio/core/config/keys/";

    private final TypeExpr configRoot;
    private final TypeExpr requirementsRoot;
    private final Map<String, TypeExpr> types;
    private final RuntimeOverlay overlay;

    private KeyCatalogue(TypeExpr configRoot, TypeExpr requirementsRoot, Map<String, TypeExpr> types,
            RuntimeOverlay overlay) {
        this.configRoot = configRoot;
        this.requirementsRoot = requirementsRoot;
        this.types = types;
        this.overlay = overlay;
    }

    private static final class Holder {
        static final KeyCatalogue INSTANCE = fromResources(resource("config-keys.json"), resource("config-overlay.json"),
                resource("requirements-keys.json"));
    }

    /** The catalogue bundled with the studio (loaded once). */
    public static KeyCatalogue bundled() {
        return Holder.INSTANCE;
    }

    /** Builds a catalogue from the texts of the three resources. */
    public static KeyCatalogue fromResources(String configKeys, String overlayJson, String requirementsKeys) {
        RuntimeOverlay overlay = RuntimeOverlay.read(overlayJson);
        CatalogueCodec.Catalogue config = overlay.apply(CatalogueCodec.read(configKeys));
        CatalogueCodec.Catalogue requirements = CatalogueCodec.read(requirementsKeys);
        Map<String, TypeExpr> types = new LinkedHashMap<>(config.types());
        for (Map.Entry<String, TypeExpr> e : requirements.types().entrySet()) {
            if (types.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("requirements type " + e.getKey() + " clashes with a config type");
            }
        }
        TypeExpr root = runtimeFeatures(config.root());
        if (types.get("ConfigProfile") instanceof ObjectType profile) {
            types.put("ConfigProfile", runtimeFeatures(profile));
        }
        return new KeyCatalogue(root, requirements.root(), Map.copyOf(types), overlay);
    }

    /**
     * Codex reads {@code [features]} as a few typed keys plus a flattened map of booleans: any key with a boolean
     * value loads (unknown names are ignored with a warning), any other value fails.
     */
    private static TypeExpr runtimeFeatures(TypeExpr holder) {
        if (!(holder instanceof ObjectType obj) || !(obj.properties().get("features") instanceof ObjectType features)) {
            return holder;
        }
        Map<String, TypeExpr> typed = new LinkedHashMap<>();
        features.properties().forEach((k, v) -> {
            if (!(v instanceof BoolType)) {
                typed.put(k, v);
            }
        });
        ObjectType runtime = new ObjectType(typed, List.of(), false, new BoolType(), Map.of(), List.of());
        return obj.withProperty("features", runtime);
    }

    private static String resource(String name) {
        try (InputStream in = KeyCatalogue.class.getClassLoader().getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type of a whole {@code config.toml}. */
    public TypeExpr configRoot() {
        return configRoot;
    }

    /** The type of a whole {@code requirements.toml}. */
    public TypeExpr requirementsRoot() {
        return requirementsRoot;
    }

    public RuntimeOverlay overlay() {
        return overlay;
    }

    /** A named type. */
    public Optional<TypeExpr> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Follows references until a concrete type ({@link AnyType} for an unknown name). */
    public TypeExpr resolve(TypeExpr type) {
        TypeExpr t = type;
        for (int guard = 0; t instanceof Ref r && guard < 64; guard++) {
            t = types.getOrDefault(r.name(), new AnyType());
        }
        return t instanceof Ref ? new AnyType() : t;
    }

    /**
     * The type at a key path below {@code root} (array items are numeric segments), following tables, maps and
     * arrays; empty when the path leaves the catalogue.
     */
    public Optional<TypeExpr> typeAt(TypeExpr root, List<String> path) {
        TypeExpr t = resolve(root);
        for (String seg : path) {
            if (t instanceof ObjectType obj) {
                TypeExpr next = obj.properties().get(seg);
                if (next == null) {
                    next = obj.additional();
                }
                if (next == null) {
                    return Optional.empty();
                }
                t = resolve(next);
            } else if (t instanceof MapType map) {
                t = resolve(map.values());
            } else if (t instanceof TypeExpr.ArrayType arr && seg.chars().allMatch(Character::isDigit)) {
                t = resolve(arr.items());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(t);
    }
}
