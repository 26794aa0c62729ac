package dev.codexstudio.core.config.rules.oracle;

import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.keys.TypeExpr;
import dev.codexstudio.core.config.keys.TypeExpr.AnyOf;
import dev.codexstudio.core.config.keys.TypeExpr.AnyType;
import dev.codexstudio.core.config.keys.TypeExpr.ArrayType;
import dev.codexstudio.core.config.keys.TypeExpr.BoolType;
import dev.codexstudio.core.config.keys.TypeExpr.EnumType;
import dev.codexstudio.core.config.keys.TypeExpr.IntegerType;
import dev.codexstudio.core.config.keys.TypeExpr.MapType;
import dev.codexstudio.core.config.keys.TypeExpr.NumberType;
import dev.codexstudio.core.config.keys.TypeExpr.ObjectType;
import dev.codexstudio.core.config.keys.TypeExpr.OneOf;
import dev.codexstudio.core.config.keys.TypeExpr.Ref;
import dev.codexstudio.core.config.keys.TypeExpr.StringType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds config values from the catalogue for the oracle: the smallest valid value of a type, the paths of all
 * keys down to a depth, and a whole config with one chosen value placed at a path (siblings minimal).
 *
 * <p>Path segments: a property name, {@code *} for an entry of a map (written as key {@code x}), {@code []} for
 * the first array item, {@code |i} for the i-th alternative of a one-of/any-of.
 */
final class CatalogueInstances {

    /** Minimal bodies for tables whose smallest schema-valid form does not load (Codex checks more at run time). */
    private static final Map<String, Map<String, Object>> RUNTIME_MINIMAL = Map.of(
            "RawMcpServerConfig", Map.of("command", "x"),
            "ModelProviderInfo", Map.of("name", "x"));

    /** One key of the catalogue. */
    record KeyPath(List<String> segments, TypeExpr type) {
        String dotted() {
            return String.join(".", segments);
        }
    }

    private final KeyCatalogue catalogue;

    CatalogueInstances(KeyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    KeyCatalogue catalogue() {
        return catalogue;
    }

    /** All key paths below the config root, depth-first, down to {@code depth} table levels. */
    List<KeyPath> paths(int depth) {
        List<KeyPath> out = new ArrayList<>();
        walk(catalogue.configRoot(), new ArrayList<>(), depth, out);
        return out;
    }

    private void walk(TypeExpr declared, List<String> prefix, int depth, List<KeyPath> out) {
        TypeExpr t = catalogue.resolve(declared);
        if (!prefix.isEmpty()) {
            out.add(new KeyPath(List.copyOf(prefix), declared));
        }
        if (depth == 0) {
            return;
        }
        if (t instanceof ObjectType o) {
            o.properties().forEach((k, v) -> walk(v, with(prefix, k), depth - 1, out));
            if (o.additional() != null && !(o.additional() instanceof BoolType)) {
                walk(o.additional(), with(prefix, "*"), depth - 1, out);
            }
        } else if (t instanceof MapType m) {
            walk(m.values(), with(prefix, "*"), depth - 1, out);
        } else if (t instanceof ArrayType a) {
            walk(a.items(), with(prefix, "[]"), depth - 1, out);
        } else if (t instanceof OneOf one) {
            for (int i = 0; i < one.alternatives().size(); i++) {
                walk(one.alternatives().get(i), with(prefix, "|" + i), depth, out);
            }
        } else if (t instanceof AnyOf any) {
            for (int i = 0; i < any.alternatives().size(); i++) {
                walk(any.alternatives().get(i), with(prefix, "|" + i), depth, out);
            }
        }
    }

    private static List<String> with(List<String> prefix, String seg) {
        List<String> out = new ArrayList<>(prefix);
        out.add(seg);
        return out;
    }

    /** The smallest value Codex should accept for a type. */
    Object minimal(TypeExpr declared) {
        if (declared instanceof Ref r && RUNTIME_MINIMAL.containsKey(r.name())) {
            return new LinkedHashMap<>(RUNTIME_MINIMAL.get(r.name()));
        }
        TypeExpr t = catalogue.resolve(declared);
        if (t instanceof AnyType || t instanceof StringType) {
            return "x";
        }
        if (t instanceof BoolType) {
            return true;
        }
        if (t instanceof IntegerType i) {
            BigInteger min = i.effectiveMinimum();
            return min != null && min.compareTo(BigInteger.ONE) > 0 ? min.longValue() : 1L;
        }
        if (t instanceof NumberType n) {
            double d = 1.5;
            if (n.maximum() != null && d > n.maximum()) {
                d = n.maximum();
            }
            if (n.minimum() != null && d < n.minimum()) {
                d = n.minimum();
            }
            return d;
        }
        if (t instanceof EnumType e) {
            return e.values().get(0);
        }
        if (t instanceof ArrayType) {
            return new ArrayList<>();
        }
        if (t instanceof MapType) {
            return new LinkedHashMap<String, Object>();
        }
        if (t instanceof ObjectType o) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String req : o.required()) {
                m.put(req, minimal(o.properties().getOrDefault(req, new AnyType())));
            }
            return m;
        }
        List<TypeExpr> alts = t instanceof OneOf one ? one.alternatives() : ((AnyOf) t).alternatives();
        return minimal(alts.get(0));
    }

    /** A whole config with {@code leaf} at {@code path} and minimal siblings. */
    Map<String, Object> place(List<String> path, Object leaf) {
        Object root = build(catalogue.configRoot(), path, 0, leaf);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) root;
        return m;
    }

    @SuppressWarnings("unchecked")
    private Object build(TypeExpr declared, List<String> path, int at, Object leaf) {
        if (at == path.size()) {
            return leaf;
        }
        String seg = path.get(at);
        TypeExpr t = catalogue.resolve(declared);
        if (seg.startsWith("|")) {
            List<TypeExpr> alts = t instanceof OneOf one ? one.alternatives() : ((AnyOf) t).alternatives();
            return build(alts.get(Integer.parseInt(seg.substring(1))), path, at + 1, leaf);
        }
        if (seg.equals("[]")) {
            List<Object> l = new ArrayList<>();
            l.add(build(((ArrayType) t).items(), path, at + 1, leaf));
            return l;
        }
        Map<String, Object> base = t instanceof ObjectType ? (Map<String, Object>) minimal(t) : new LinkedHashMap<>();
        TypeExpr childType;
        if (t instanceof ObjectType o && !seg.equals("*")) {
            childType = o.properties().get(seg);
        } else if (t instanceof ObjectType o) {
            childType = o.additional();
        } else {
            childType = ((MapType) t).values();
        }
        String key = seg.equals("*") ? "x" : seg;
        Object child = build(childType, path, at + 1, leaf);
        if (childType instanceof Ref r && RUNTIME_MINIMAL.containsKey(r.name()) && child instanceof Map<?, ?> cm) {
            Map<String, Object> merged = new LinkedHashMap<>(RUNTIME_MINIMAL.get(r.name()));
            merged.putAll((Map<String, Object>) cm);
            child = merged;
        }
        base.put(key, child);
        return base;
    }

    /** A value of a different TOML type than {@code declared} accepts, or null when every type is accepted. */
    Object wrongValue(TypeExpr declared) {
        TypeExpr t = catalogue.resolve(declared);
        if (t instanceof StringType || t instanceof EnumType) {
            return 1L;
        }
        if (t instanceof BoolType) {
            return "yes";
        }
        if (t instanceof IntegerType || t instanceof NumberType) {
            return "one";
        }
        if (t instanceof ArrayType || t instanceof ObjectType || t instanceof MapType) {
            return "x";
        }
        return null;
    }
}
