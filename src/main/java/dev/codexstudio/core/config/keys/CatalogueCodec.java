package dev.codexstudio.core.config.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the studio's compact catalogue format: JSON with a {@code root} type and named {@code types}.
 *
 * <p>Encoding of a type: the strings {@code "any"}, {@code "bool"}, {@code "string"}, {@code "number"} and
 * {@code "int"} for unconstrained primitives, {@code "#Name"} for a reference, otherwise an object with a
 * discriminator {@code t}: {@code string} ({@code min}, {@code max}, {@code pattern}), {@code int}
 * ({@code format}, {@code min}, {@code max}), {@code number} ({@code format}), {@code enum} ({@code values}),
 * {@code array} ({@code items}), {@code map} ({@code values}), {@code oneOf}/{@code anyOf} ({@code of}) and
 * {@code object} ({@code props}, {@code required}, {@code closed}, {@code additional}, {@code defaults},
 * {@code exclusive}).
 */
public final class CatalogueCodec {

    /** The format marker written into every catalogue file. */
    public static final String FORMAT = "codex-stack-studio/config-keys/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogueCodec() {
    }

    /** A decoded catalogue: the root type and the named types it refers to. */
    public record Catalogue(TypeExpr root, Map<String, TypeExpr> types) {
        public Catalogue {
            types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
        }
    }

    /** Renders a catalogue as deterministic, pretty-printed JSON (LF line ends, trailing newline). */
    public static String write(Catalogue catalogue, String source) {
        ObjectNode out = NODES.objectNode();
        out.put("format", FORMAT);
        out.put("source", source);
        out.set("root", encode(catalogue.root()));
        ObjectNode types = out.putObject("types");
        for (Map.Entry<String, TypeExpr> e : catalogue.types().entrySet()) {
            types.set(e.getKey(), encode(e.getValue()));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render catalogue", e);
        }
    }

    /** Parses a catalogue written by {@link #write}. */
    public static Catalogue read(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("catalogue is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !FORMAT.equals(tree.path("format").asText())) {
            throw new IllegalArgumentException("not a " + FORMAT + " catalogue");
        }
        Map<String, TypeExpr> types = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = tree.path("types").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            types.put(e.getKey(), decode(e.getValue()));
        }
        return new Catalogue(decode(tree.path("root")), types);
    }

    /** Encodes one type expression. */
    public static JsonNode encode(TypeExpr type) {
        if (type instanceof AnyType) {
            return NODES.textNode("any");
        }
        if (type instanceof BoolType) {
            return NODES.textNode("bool");
        }
        if (type instanceof Ref r) {
            return NODES.textNode("#" + r.name());
        }
        if (type instanceof StringType s) {
            if (s.minLength() == null && s.maxLength() == null && s.pattern() == null) {
                return NODES.textNode("string");
            }
            ObjectNode o = tagged("string");
            if (s.minLength() != null) {
                o.put("min", s.minLength());
            }
            if (s.maxLength() != null) {
                o.put("max", s.maxLength());
            }
            if (s.pattern() != null) {
                o.put("pattern", s.pattern());
            }
            return o;
        }
        if (type instanceof IntegerType i) {
            if (i.format() == null && i.minimum() == null && i.maximum() == null) {
                return NODES.textNode("int");
            }
            ObjectNode o = tagged("int");
            if (i.format() != null) {
                o.put("format", i.format());
            }
            if (i.minimum() != null) {
                o.put("min", i.minimum());
            }
            if (i.maximum() != null) {
                o.put("max", i.maximum());
            }
            return o;
        }
        if (type instanceof NumberType n) {
            if (n.format() == null && n.minimum() == null && n.maximum() == null) {
                return NODES.textNode("number");
            }
            ObjectNode o = tagged("number");
            if (n.format() != null) {
                o.put("format", n.format());
            }
            if (n.minimum() != null) {
                o.put("min", n.minimum());
            }
            if (n.maximum() != null) {
                o.put("max", n.maximum());
            }
            return o;
        }
        if (type instanceof EnumType e) {
            ObjectNode o = tagged("enum");
            ArrayNode values = o.putArray("values");
            e.values().forEach(values::add);
            return o;
        }
        if (type instanceof ArrayType a) {
            ObjectNode o = tagged("array");
            o.set("items", encode(a.items()));
            return o;
        }
        if (type instanceof MapType m) {
            ObjectNode o = tagged("map");
            o.set("values", encode(m.values()));
            return o;
        }
        if (type instanceof OneOf one) {
            return alternatives("oneOf", one.alternatives());
        }
        if (type instanceof AnyOf any) {
            return alternatives("anyOf", any.alternatives());
        }
        ObjectType obj = (ObjectType) type;
        ObjectNode o = tagged("object");
        ObjectNode props = o.putObject("props");
        obj.properties().forEach((k, v) -> props.set(k, encode(v)));
        if (!obj.required().isEmpty()) {
            ArrayNode req = o.putArray("required");
            obj.required().forEach(req::add);
        }
        if (obj.closed()) {
            o.put("closed", true);
        }
        if (obj.additional() != null) {
            o.set("additional", encode(obj.additional()));
        }
        if (!obj.defaults().isEmpty()) {
            o.set("defaults", MAPPER.valueToTree(obj.defaults()));
        }
        if (!obj.mutuallyExclusive().isEmpty()) {
            o.set("exclusive", MAPPER.valueToTree(obj.mutuallyExclusive()));
        }
        return o;
    }

    private static ObjectNode tagged(String tag) {
        ObjectNode o = NODES.objectNode();
        o.put("t", tag);
        return o;
    }

    private static ObjectNode alternatives(String tag, List<TypeExpr> alts) {
        ObjectNode o = tagged(tag);
        ArrayNode of = o.putArray("of");
        alts.forEach(a -> of.add(encode(a)));
        return o;
    }

    /** Decodes one type expression. */
    public static TypeExpr decode(JsonNode node) {
        if (node.isTextual()) {
            String s = node.asText();
            if (s.startsWith("#")) {
                return new Ref(s.substring(1));
            }
            return switch (s) {
                case "any" -> new AnyType();
                case "bool" -> new BoolType();
                case "string" -> StringType.plain();
                case "number" -> new NumberType(null, null, null);
                case "int" -> new IntegerType(null, null, null);
                default -> throw new IllegalArgumentException("unknown type shorthand `" + s + "`");
            };
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("a type must be a string or an object: " + node);
        }
        String tag = node.path("t").asText();
        return switch (tag) {
            case "string" -> new StringType(optInt(node, "min"), optInt(node, "max"), optText(node, "pattern"));
            case "int" -> new IntegerType(optText(node, "format"), optBig(node, "min"), optBig(node, "max"));
            case "number" -> new NumberType(optText(node, "format"), optDouble(node, "min"), optDouble(node, "max"));
            case "enum" -> new EnumType(texts(node.path("values")));
            case "array" -> new ArrayType(decode(node.path("items")));
            case "map" -> new MapType(decode(node.path("values")));
            case "oneOf" -> new OneOf(decodeAll(node.path("of")));
            case "anyOf" -> new AnyOf(decodeAll(node.path("of")));
            case "object" -> decodeObject(node);
            default -> throw new IllegalArgumentException("unknown type tag `" + tag + "`");
        };
    }

    private static ObjectType decodeObject(JsonNode node) {
        Map<String, TypeExpr> props = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.path("props").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            props.put(e.getKey(), decode(e.getValue()));
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> dit = node.path("defaults").fields();
        while (dit.hasNext()) {
            Map.Entry<String, JsonNode> e = dit.next();
            defaults.put(e.getKey(), plain(e.getValue()));
        }
        List<List<String>> exclusive = new ArrayList<>();
        for (JsonNode group : node.path("exclusive")) {
            exclusive.add(texts(group));
        }
        TypeExpr additional = node.has("additional") ? decode(node.get("additional")) : null;
        return new ObjectType(props, texts(node.path("required")), node.path("closed").asBoolean(false), additional,
                defaults, exclusive);
    }

    /** Converts a JSON value to plain Java: String, Long/BigInteger, Double, Boolean, List, Map or null. */
    public static Object plain(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? (Object) v.asLong() : v.bigIntegerValue();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isArray()) {
            List<Object> out = new ArrayList<>();
            v.forEach(x -> out.add(plain(x)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        v.fields().forEachRemaining(e -> out.put(e.getKey(), plain(e.getValue())));
        return out;
    }

    private static List<TypeExpr> decodeAll(JsonNode arr) {
        List<TypeExpr> out = new ArrayList<>();
        arr.forEach(n -> out.add(decode(n)));
        return out;
    }

    private static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Integer optInt(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asInt() : null;
    }

    private static BigInteger optBig(JsonNode node, String field) {
        return node.has(field) ? node.get(field).bigIntegerValue() : null;
    }

    private static Double optDouble(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asDouble() : null;
    }

    private static String optText(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : null;
    }
}
