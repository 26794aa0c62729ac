package dev.codexstudio.core.config.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts Codex's generated JSON Schema for {@code config.toml} into the studio's compact catalogue
 * ({@link CatalogueCodec}): type expressions and defaults only, no descriptions or other prose.
 *
 * <p>When the schema changes, regenerate with
 * {@code mvn -B -ntp -q test -Dtest=CatalogueFreshnessTest -Dstudio.catalogue.write=true}, or call
 * {@link #main} with {@code <schema.json> <out.json>}. Without arguments it reads
 * {@code ${studio.shared.dir}/reference/codex-config.schema.json} and writes {@link #RESOURCE} below
 * {@code src/main/resources}.
 */
public final class CatalogueGenerator {

    /** Where the catalogue lives, relative to {@code src/main/resources}. */
    public static final String RESOURCE = "dev/codexstudio/core/config/keys/config-keys.json";

    /** What the catalogue was generated from (recorded in the file). */
    public static final String SOURCE = "openai/codex codex-rs/core/config.schema.json (Apache-2.0), "
            + "converted by CatalogueGenerator";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogueGenerator() {
    }

    /** Generates the catalogue text from the schema text. */
    public static String generate(String schemaJson) throws IOException {
        JsonNode schema = MAPPER.readTree(schemaJson);
        Map<String, TypeExpr> types = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> defs = schema.path("definitions").fields();
        while (defs.hasNext()) {
            Map.Entry<String, JsonNode> e = defs.next();
            types.put(e.getKey(), convert(e.getValue()));
        }
        return CatalogueCodec.write(new CatalogueCodec.Catalogue(convert(schema), types), SOURCE);
    }

    /** Converts one schema node. */
    static TypeExpr convert(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isBoolean() || (node.isObject() && node.isEmpty())) {
            return new AnyType();
        }
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            return new Ref(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (node.has("allOf") && !node.has("type")) {
            JsonNode all = node.get("allOf");
            if (all.size() == 1) {
                return convert(all.get(0));
            }
            throw new IllegalArgumentException("unsupported allOf: " + node);
        }
        if (node.has("oneOf")) {
            return new OneOf(convertAll(node.get("oneOf")));
        }
        if (node.has("anyOf")) {
            return new AnyOf(convertAll(node.get("anyOf")));
        }
        if (node.has("enum")) {
            List<String> values = new ArrayList<>();
            node.get("enum").forEach(v -> values.add(v.asText()));
            return new EnumType(values);
        }
        String type = node.path("type").asText("");
        return switch (type) {
            case "boolean" -> new BoolType();
            case "string" -> new StringType(optInt(node, "minLength"), optInt(node, "maxLength"),
                    node.has("pattern") ? node.get("pattern").asText() : null);
            case "integer" -> new IntegerType(node.has("format") ? node.get("format").asText() : null,
                    optBig(node, "minimum"), optBig(node, "maximum"));
            case "number" -> new NumberType(node.has("format") ? node.get("format").asText() : null,
                    node.has("minimum") ? node.get("minimum").asDouble() : null,
                    node.has("maximum") ? node.get("maximum").asDouble() : null);
            case "array" -> new ArrayType(convert(node.get("items")));
            case "object" -> convertObject(node);
            default -> throw new IllegalArgumentException("unsupported schema node: " + node);
        };
    }

    private static TypeExpr convertObject(JsonNode node) {
        JsonNode additional = node.get("additionalProperties");
        boolean closed = additional != null && additional.isBoolean() && !additional.asBoolean();
        TypeExpr additionalType = additional != null && additional.isObject() ? convert(additional) : null;
        JsonNode props = node.get("properties");
        if ((props == null || props.isEmpty()) && additionalType != null && !node.has("required")) {
            return new MapType(additionalType);
        }
        Map<String, TypeExpr> properties = new LinkedHashMap<>();
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (props != null) {
            Iterator<Map.Entry<String, JsonNode>> it = props.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                properties.put(e.getKey(), convert(e.getValue()));
                JsonNode d = e.getValue().get("default");
                if (d != null && !d.isNull()) {
                    defaults.put(e.getKey(), CatalogueCodec.plain(d));
                }
            }
        }
        List<String> required = new ArrayList<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        List<List<String>> exclusive = new ArrayList<>();
        for (JsonNode part : node.path("allOf")) {
            JsonNode forbidden = part.path("not").path("required");
            if (!forbidden.isArray()) {
                throw new IllegalArgumentException("unsupported allOf inside an object: " + part);
            }
            List<String> group = new ArrayList<>();
            forbidden.forEach(f -> group.add(f.asText()));
            exclusive.add(group);
        }
        return new ObjectType(properties, required, closed, additionalType, defaults, exclusive);
    }

    private static List<TypeExpr> convertAll(JsonNode arr) {
        List<TypeExpr> out = new ArrayList<>();
        arr.forEach(n -> out.add(convert(n)));
        return out;
    }

    private static Integer optInt(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asInt() : null;
    }

    private static BigInteger optBig(JsonNode node, String field) {
        if (!node.has(field)) {
            return null;
        }
        return new BigDecimal(node.get(field).asText()).toBigIntegerExact();
    }

    /** {@code <schema.json> <out.json>}, or the shared schema and the project resource by default. */
    public static void main(String[] args) throws IOException {
        Path schema;
        Path out;
        if (args.length == 2) {
            schema = Path.of(args[0]);
            out = Path.of(args[1]);
        } else {
            schema = Path.of(System.getProperty("studio.shared.dir", "../shared"), "reference", "codex-config.schema.json");
            out = Path.of(System.getProperty("studio.project.dir", "."), "src", "main", "resources").resolve(RESOURCE);
        }
        String text = generate(Files.readString(schema, StandardCharsets.UTF_8));
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }
}
