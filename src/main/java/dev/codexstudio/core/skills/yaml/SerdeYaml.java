package dev.codexstudio.core.skills.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code serde_yaml::from_str::<T>} (serde_yaml 0.9.34 on unsafe-libyaml) does with a YAML text, for
 * the handful of Rust types Codex deserializes skill files into: whether it succeeds, the value, and the
 * exact error message when it fails.
 *
 * <p>The behaviour mirrored includes the per-document loader (events before a syntax error are
 * deserialized first, so a type error can win over a later syntax error), null handling for
 * {@code Option}, empty scalars as empty maps and sequences, aliases, duplicate struct fields, the
 * "more than one document" check, and the {@code path: message at line L column C} rendering.
 */
public final class SerdeYaml {

    private static final String TAG_BOOL = "tag:yaml.org,2002:bool";
    private static final String TAG_INT = "tag:yaml.org,2002:int";
    private static final String TAG_FLOAT = "tag:yaml.org,2002:float";
    private static final String TAG_NULL = "tag:yaml.org,2002:null";
    private static final int RECURSION_LIMIT = 128;
    private static final Pattern RUST_FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private SerdeYaml() {
    }

    /** A Rust type that serde deserializes. */
    public sealed interface Schema {
    }

    /** {@code String} (expecting {@code a string}) or {@code PathBuf} (expecting {@code path string}). */
    public record Str(String expecting) implements Schema {
        public static final Str STRING = new Str("a string");
        public static final Str PATH = new Str("path string");
    }

    /** {@code bool}. */
    public record Bool() implements Schema {
    }

    /** {@code Option<T>}. */
    public record Opt(Schema inner) implements Schema {
    }

    /** {@code Vec<T>}. */
    public record Seq(Schema element) implements Schema {
    }

    /**
     * A struct whose fields all have defaults (missing fields are fine), unknown keys ignored.
     *
     * @param name   the Rust type name used in messages ({@code struct NAME})
     * @param fields field name to type, in declaration order
     */
    public record Struct(String name, Map<String, Schema> fields) implements Schema {
        public Struct {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** A unit-variant enum; {@code variants} lists every accepted spelling, in declaration order. */
    public record Enum(List<String> variants) implements Schema {
        public Enum {
            variants = List.copyOf(variants);
        }
    }

    /**
     * The outcome of a deserialization.
     *
     * @param value       the value ({@code Map} for structs, {@code List}, {@code String}, {@code Boolean},
     *                    or {@code null} for a missing option) when {@code error} is {@code null}
     * @param error       serde_yaml's message when it fails
     * @param errorMark   where the error is, when serde_yaml knows (else null)
     * @param errorOffset for a reader error, its byte offset in the input (else 0)
     */
    public record Result(Object value, String error, YamlMark errorMark, int errorOffset) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Deserializes {@code input} into {@code schema} exactly as serde_yaml would. */
    public static Result deserialize(String input, Schema schema) {
        Loader loader = new Loader(input);
        Document document = loader.nextDocument();
        Object value;
        try {
            De de = new De(document, new int[1], new int[1], SerdePath.ROOT, RECURSION_LIMIT);
            value = de.deserialize(schema);
            if (document.error != null) {
                throw document.error;
            }
            if (loader.nextDocument() != null) {
                throw SerdeError.of(SerdeError.Kind.MORE_THAN_ONE_DOCUMENT);
            }
        } catch (SerdeError e) {
            return new Result(null, e.display(), e.mark(), e.offset());
        }
        return new Result(value, null, null, 0);
    }

    /** Whether {@code serde_yaml::from_str::<serde_yaml::Value>(input)} succeeds. */
    public static boolean isValidValue(String input) {
        Loader loader = new Loader(input);
        Document document = loader.nextDocument();
        try {
            De de = new De(document, new int[1], new int[1], SerdePath.ROOT, RECURSION_LIMIT);
            de.deserializeAny(false);
            if (document.error != null) {
                return false;
            }
            return loader.nextDocument() == null;
        } catch (SerdeError e) {
            return false;
        }
    }

    /**
     * Whether an untagged plain scalar with this text reads as a string (not null, a boolean or a number)
     * under serde_yaml's resolution rules.
     */
    public static boolean plainIsString(String text) {
        return untaggedDescription(text).startsWith("string ");
    }

    // ------------------------------------------------------------------ loader

    private enum Kind {
        ALIAS, SCALAR, SEQUENCE_START, SEQUENCE_END, MAPPING_START, MAPPING_END, VOID
    }

    private record Ev(Kind kind, YamlEvent event, YamlMark mark, int aliasId) {
    }

    private static final class Document {
        final List<Ev> events = new ArrayList<>();
        final Map<Integer, Integer> aliases = new HashMap<>();
        SerdeError error;
    }

    private static final class Loader {
        private YamlParser parser;
        private int documentCount;

        Loader(String input) {
            parser = new YamlParser(input);
        }

        Document nextDocument() {
            if (parser == null) {
                return null;
            }
            boolean first = documentCount == 0;
            documentCount++;
            Map<String, Integer> anchors = new HashMap<>();
            Document document = new Document();
            while (true) {
                YamlEvent event;
                try {
                    event = parser.next();
                } catch (YamlFailure f) {
                    document.error = SerdeError.syntax(f.error());
                    return document;
                }
                if (event == null || event.type() == YamlEvent.Type.STREAM_END) {
                    parser = null;
                    if (first) {
                        if (document.events.isEmpty()) {
                            YamlMark mark = event == null ? YamlMark.ZERO : event.start();
                            document.events.add(new Ev(Kind.VOID, null, mark, -1));
                        }
                        return document;
                    }
                    return null;
                }
                YamlMark mark = event.start();
                switch (event.type()) {
                    case STREAM_START, DOCUMENT_START -> {
                        continue;
                    }
                    case DOCUMENT_END -> {
                        return document;
                    }
                    case ALIAS -> {
                        Integer id = anchors.get(event.anchor());
                        if (id == null) {
                            document.error = SerdeError.at(SerdeError.Kind.UNKNOWN_ANCHOR, mark);
                            return document;
                        }
                        document.events.add(new Ev(Kind.ALIAS, event, mark, id));
                        continue;
                    }
                    case SCALAR, SEQUENCE_START, MAPPING_START -> {
                        if (event.anchor() != null) {
                            int id = anchors.size();
                            anchors.put(event.anchor(), id);
                            document.aliases.put(id, document.events.size());
                        }
                        Kind kind = event.type() == YamlEvent.Type.SCALAR ? Kind.SCALAR
                                : event.type() == YamlEvent.Type.SEQUENCE_START ? Kind.SEQUENCE_START
                                : Kind.MAPPING_START;
                        document.events.add(new Ev(kind, event, mark, -1));
                    }
                    case SEQUENCE_END -> document.events.add(new Ev(Kind.SEQUENCE_END, event, mark, -1));
                    case MAPPING_END -> document.events.add(new Ev(Kind.MAPPING_END, event, mark, -1));
                    default -> throw new IllegalStateException(event.type().name());
                }
            }
        }
    }

    // ------------------------------------------------------------------ deserializer

    private static final class De {
        private final Document document;
        private final int[] pos;
        private final int[] jumps;
        private final SerdePath path;
        private int remainingDepth;

        De(Document document, int[] pos, int[] jumps, SerdePath path, int remainingDepth) {
            this.document = document;
            this.pos = pos;
            this.jumps = jumps;
            this.path = path;
            this.remainingDepth = remainingDepth;
        }

        private De child(SerdePath childPath) {
            return new De(document, pos, jumps, childPath, remainingDepth);
        }

        private Ev peek() {
            if (pos[0] < document.events.size()) {
                return document.events.get(pos[0]);
            }
            throw document.error != null ? document.error : SerdeError.of(SerdeError.Kind.END_OF_STREAM);
        }

        private Ev next() {
            Ev ev = peek();
            pos[0]++;
            return ev;
        }

        private De jump(Ev alias) {
            jumps[0]++;
            if (jumps[0] > document.events.size() * 100) {
                throw SerdeError.of(SerdeError.Kind.REPETITION_LIMIT);
            }
            Integer found = document.aliases.get(alias.aliasId());
            int[] target = {found == null ? document.events.size() : found};
            return new De(document, target, jumps, SerdePath.alias(path), remainingDepth);
        }

        private void enter(YamlMark mark) {
            if (remainingDepth == 0) {
                throw SerdeError.at(SerdeError.Kind.RECURSION_LIMIT, mark);
            }
            remainingDepth--;
        }

        Object deserialize(Schema schema) {
            if (schema instanceof Str s) {
                return deserializeStr(s.expecting());
            }
            if (schema instanceof Bool) {
                return deserializeBool();
            }
            if (schema instanceof Opt o) {
                return deserializeOption(o.inner());
            }
            if (schema instanceof Seq s) {
                return deserializeSeq(s.element());
            }
            if (schema instanceof Struct s) {
                return deserializeStruct(s);
            }
            if (schema instanceof Enum e) {
                return deserializeEnum(e);
            }
            throw new IllegalArgumentException(String.valueOf(schema));
        }

        String deserializeStr(String expecting) {
            Ev ev = next();
            try {
                if (ev.kind() == Kind.SCALAR) {
                    return ev.event().value();
                }
                if (ev.kind() == Kind.ALIAS) {
                    return jump(ev).deserializeStr(expecting);
                }
                throw invalidType(ev, expecting);
            } catch (SerdeError e) {
                throw e.fixMark(ev.mark(), path);
            }
        }

        Boolean deserializeBool() {
            Ev ev = next();
            try {
                if (ev.kind() == Kind.ALIAS) {
                    return jump(ev).deserializeBool();
                }
                if (ev.kind() == Kind.SCALAR && isPlainOrTaggedLiteral(TAG_BOOL, ev.event())) {
                    Boolean b = parseBool(ev.event().value());
                    if (b != null) {
                        return b;
                    }
                }
                throw invalidType(ev, "a boolean");
            } catch (SerdeError e) {
                throw e.fixMark(ev.mark(), path);
            }
        }

        Object deserializeOption(Schema inner) {
            Ev ev = peek();
            boolean some;
            switch (ev.kind()) {
                case ALIAS -> {
                    pos[0]++;
                    return jump(ev).deserializeOption(inner);
                }
                case SCALAR -> {
                    YamlEvent s = ev.event();
                    if (s.style() != ScalarStyle.PLAIN) {
                        some = true;
                    } else if (s.tag() != null) {
                        if (s.tag().equals(TAG_NULL)) {
                            if (isNull(s.value())) {
                                some = false;
                            } else {
                                throw SerdeError.invalidValue(strDescription(s.value()), "null");
                            }
                        } else {
                            some = true;
                        }
                    } else {
                        some = !s.value().isEmpty() && !isNull(s.value());
                    }
                }
                case SEQUENCE_START, MAPPING_START -> some = true;
                case VOID -> some = false;
                default -> throw new IllegalStateException("unexpected end of collection");
            }
            if (some) {
                return deserialize(inner);
            }
            pos[0]++;
            return null;
        }

        List<Object> deserializeSeq(Schema element) {
            Ev ev = next();
            try {
                if (ev.kind() == Kind.ALIAS) {
                    return jump(ev).deserializeSeq(element);
                }
                if (ev.kind() == Kind.SEQUENCE_START) {
                    int saved = remainingDepth;
                    enter(ev.mark());
                    List<Object> out = new ArrayList<>();
                    try {
                        while (true) {
                            Kind k = peek().kind();
                            if (k == Kind.SEQUENCE_END || k == Kind.VOID) {
                                break;
                            }
                            De element0 = child(SerdePath.seq(path, out.size()));
                            out.add(element0.deserialize(element));
                        }
                    } finally {
                        remainingDepth = saved;
                    }
                    next();
                    return out;
                }
                if (isEmptyish(ev)) {
                    return new ArrayList<>();
                }
                throw invalidType(ev, "a sequence");
            } catch (SerdeError e) {
                throw e.fixMark(ev.mark(), path);
            }
        }

        Map<String, Object> deserializeStruct(Struct struct) {
            Ev ev = next();
            try {
                if (ev.kind() == Kind.ALIAS) {
                    return jump(ev).deserializeStruct(struct);
                }
                if (ev.kind() == Kind.MAPPING_START) {
                    int saved = remainingDepth;
                    enter(ev.mark());
                    Map<String, Object> out = new LinkedHashMap<>();
                    try {
                        while (true) {
                            Ev keyEvent = peek();
                            if (keyEvent.kind() == Kind.MAPPING_END || keyEvent.kind() == Kind.VOID) {
                                break;
                            }
                            String pathKey = keyEvent.kind() == Kind.SCALAR ? keyEvent.event().value() : null;
                            String field = deserializeStr("field identifier");
                            De value = child(pathKey != null ? SerdePath.map(path, pathKey) : SerdePath.unknown(path));
                            Schema fieldSchema = struct.fields().get(field);
                            if (fieldSchema == null) {
                                value.ignoreAny();
                            } else {
                                if (out.containsKey(field)) {
                                    throw SerdeError.message("duplicate field `" + field + "`");
                                }
                                out.put(field, value.deserialize(fieldSchema));
                            }
                        }
                    } finally {
                        remainingDepth = saved;
                    }
                    next();
                    return out;
                }
                if (isEmptyish(ev)) {
                    return new LinkedHashMap<>();
                }
                throw invalidType(ev, "struct " + struct.name());
            } catch (SerdeError e) {
                throw e.fixMark(ev.mark(), path);
            }
        }

        String deserializeEnum(Enum schema) {
            Ev ev = peek();
            try {
                switch (ev.kind()) {
                    case ALIAS -> {
                        pos[0]++;
                        return jump(ev).deserializeEnum(schema);
                    }
                    case SCALAR -> {
                        String tag = ev.event().tag();
                        if (tag != null && tag.startsWith("!")) {
                            String variant = tag.substring(1);
                            checkVariant(variant, schema);
                            Ev unit = next();
                            if (!(unit.event().style() == ScalarStyle.PLAIN
                                    && (unit.event().value().isEmpty() || isNull(unit.event().value())))) {
                                throw SerdeError.invalidValue(strDescription(unit.event().value()), "null")
                                        .fixMark(unit.mark(), path);
                            }
                            return variant;
                        }
                        String name = deserializeStr("variant identifier");
                        try {
                            checkVariant(name, schema);
                        } catch (SerdeError e) {
                            throw e.fixMark(ev.mark(), path);
                        }
                        return name;
                    }
                    case MAPPING_START, SEQUENCE_START -> {
                        String tag = ev.event().tag();
                        String kind = ev.kind() == Kind.MAPPING_START ? "map" : "sequence";
                        if (tag == null || !tag.startsWith("!")) {
                            throw SerdeError.invalidType(kind, "a YAML tag starting with '!'").fixMark(ev.mark(), path);
                        }
                        checkVariant(tag.substring(1), schema);
                        throw SerdeError.invalidType(kind, "unit variant").fixMark(ev.mark(), path);
                    }
                    case VOID -> throw SerdeError.of(SerdeError.Kind.END_OF_STREAM);
                    default -> throw new IllegalStateException("unexpected end of collection");
                }
            } catch (SerdeError e) {
                throw e.fixMark(ev.mark(), path);
            }
        }

        private static void checkVariant(String name, Enum schema) {
            if (!schema.variants().contains(name)) {
                throw SerdeError.message("unknown variant `" + name + "`, expected " + oneOf(schema.variants()));
            }
        }

        void ignoreAny() {
            int depth = 0;
            do {
                Ev ev = next();
                switch (ev.kind()) {
                    case SEQUENCE_START, MAPPING_START -> depth++;
                    case SEQUENCE_END, MAPPING_END -> depth--;
                    default -> {
                    }
                }
            } while (depth > 0);
        }

        /** serde_yaml::Value's deserialization: any value, duplicate mapping keys rejected. */
        Object deserializeAny(boolean taggedAlready) {
            Ev ev = next();
            try {
                switch (ev.kind()) {
                    case ALIAS -> {
                        return jump(ev).deserializeAny(false);
                    }
                    case SCALAR, SEQUENCE_START, MAPPING_START -> {
                        String tag = ev.event().tag();
                        if (!taggedAlready && tag != null && tag.startsWith("!")) {
                            if (tag.length() == 1) {
                                throw SerdeError.message("empty YAML tag is not allowed");
                            }
                            pos[0]--;
                            return List.of("!" + tag.substring(1), deserializeAny(true));
                        }
                        if (ev.kind() == Kind.SCALAR) {
                            return scalarValue(ev.event(), taggedAlready);
                        }
                        int saved = remainingDepth;
                        enter(ev.mark());
                        try {
                            if (ev.kind() == Kind.SEQUENCE_START) {
                                List<Object> out = new ArrayList<>();
                                while (peek().kind() != Kind.SEQUENCE_END && peek().kind() != Kind.VOID) {
                                    out.add(child(SerdePath.seq(path, out.size())).deserializeAny(false));
                                }
                                next();
                                return out;
                            }
                            Map<Object, Object> out = new LinkedHashMap<>();
                            while (peek().kind() != Kind.MAPPING_END && peek().kind() != Kind.VOID) {
                                Ev keyEvent = peek();
                                Object key = deserializeAny(false);
                                if (out.containsKey(key)) {
                                    throw SerdeError.message("duplicate entry in YAML map");
                                }
                                String pathKey = keyEvent.kind() == Kind.SCALAR ? keyEvent.event().value() : null;
                                out.put(key, child(pathKey != null ? SerdePath.map(path, pathKey)
                                        : SerdePath.unknown(path)).deserializeAny(false));
                            }
                            next();
                            return out;
                        } finally {
                            remainingDepth = saved;
                        }
                    }
                    case VOID -> throw SerdeError.of(SerdeError.Kind.END_OF_STREAM);
                    default -> throw new IllegalStateException("unexpected end of collection");
                }
            } catch (SerdeError e) {
                throw e.fixMark(ev.mark(), path);
            }
        }

        private static boolean isEmptyish(Ev ev) {
            return ev.kind() == Kind.VOID || (ev.kind() == Kind.SCALAR && ev.event().value().isEmpty()
                    && ev.event().style() == ScalarStyle.PLAIN);
        }
    }

    // ------------------------------------------------------------------ scalar resolution (serde_yaml de.rs)

    private static boolean isPlainOrTaggedLiteral(String expectedTag, YamlEvent scalar) {
        if (scalar.style() == ScalarStyle.PLAIN) {
            return true;
        }
        return scalar.style() == ScalarStyle.LITERAL && expectedTag.equals(scalar.tag());
    }

    private static boolean isNull(String v) {
        return v.equals("null") || v.equals("Null") || v.equals("NULL") || v.equals("~");
    }

    private static Boolean parseBool(String v) {
        return switch (v) {
            case "true", "True", "TRUE" -> Boolean.TRUE;
            case "false", "False", "FALSE" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** An integer value and the Rust integer type it fits first. */
    private record IntValue(BigInteger value, boolean wide) {
    }

    private static BigInteger fromStrRadix(String s, int radix, boolean signed, int bits) {
        if (s.isEmpty()) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        char c0 = s.charAt(0);
        if (c0 == '+' || c0 == '-') {
            if (s.length() == 1 || (c0 == '-' && !signed)) {
                return null;
            }
            negative = c0 == '-';
            i = 1;
        }
        for (int k = i; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), radix) < 0 || s.charAt(k) > 'z') {
                return null;
            }
        }
        BigInteger v = new BigInteger(s.substring(i), radix);
        if (negative) {
            v = v.negate();
        }
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        return v.compareTo(min) < 0 || v.compareTo(max) > 0 ? null : v;
    }

    private static boolean startsWithSign(String s) {
        return s.startsWith("+") || s.startsWith("-");
    }

    private static BigInteger parseUnsignedInt(String scalar, int bits) {
        String unpositive = scalar.startsWith("+") ? scalar.substring(1) : scalar;
        String[][] prefixes = {{"0x", "16"}, {"0o", "8"}, {"0b", "2"}};
        for (String[] p : prefixes) {
            if (unpositive.startsWith(p[0])) {
                String rest = unpositive.substring(2);
                if (startsWithSign(rest)) {
                    return null;
                }
                BigInteger v = fromStrRadix(rest, Integer.parseInt(p[1]), false, bits);
                if (v != null) {
                    return v;
                }
            }
        }
        if (startsWithSign(unpositive) || digitsButNotNumber(scalar)) {
            return null;
        }
        return fromStrRadix(unpositive, 10, false, bits);
    }

    private static BigInteger parseNegativeInt(String scalar, int bits) {
        String[][] prefixes = {{"-0x", "16"}, {"-0o", "8"}, {"-0b", "2"}};
        for (String[] p : prefixes) {
            if (scalar.startsWith(p[0])) {
                BigInteger v = fromStrRadix("-" + scalar.substring(3), Integer.parseInt(p[1]), true, bits);
                if (v != null) {
                    return v;
                }
            }
        }
        if (digitsButNotNumber(scalar)) {
            return null;
        }
        return fromStrRadix(scalar, 10, true, bits);
    }

    private static boolean digitsButNotNumber(String scalar) {
        String s = startsWithSign(scalar) ? scalar.substring(1) : scalar;
        if (s.length() <= 1 || s.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static IntValue visitInt(String v) {
        BigInteger r = parseUnsignedInt(v, 64);
        if (r != null) {
            return new IntValue(r, false);
        }
        r = parseNegativeInt(v, 64);
        if (r != null) {
            return new IntValue(r, false);
        }
        r = parseUnsignedInt(v, 128);
        if (r != null) {
            return new IntValue(r, true);
        }
        r = parseNegativeInt(v, 128);
        return r != null ? new IntValue(r, true) : null;
    }

    private static Double parseF64(String scalar) {
        String unpositive = scalar;
        if (scalar.startsWith("+")) {
            unpositive = scalar.substring(1);
            if (startsWithSign(unpositive)) {
                return null;
            }
        }
        switch (unpositive) {
            case ".inf", ".Inf", ".INF" -> {
                return Double.POSITIVE_INFINITY;
            }
            default -> {
            }
        }
        switch (scalar) {
            case "-.inf", "-.Inf", "-.INF" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case ".nan", ".NaN", ".NAN" -> {
                return Double.NaN;
            }
            default -> {
            }
        }
        if (RUST_FLOAT.matcher(unpositive).matches()) {
            double d = Double.parseDouble(unpositive);
            if (Double.isFinite(d)) {
                return d;
            }
        }
        return null;
    }

    /** What serde's {@code Unexpected} prints for a scalar, or the error serde_yaml raises for it. */
    private static SerdeError invalidType(Ev ev, String expected) {
        switch (ev.kind()) {
            case SEQUENCE_START -> {
                return SerdeError.invalidType("sequence", expected);
            }
            case MAPPING_START -> {
                return SerdeError.invalidType("map", expected);
            }
            case VOID -> {
                return SerdeError.of(SerdeError.Kind.END_OF_STREAM);
            }
            case SCALAR -> {
                return scalarInvalidType(ev.event(), expected);
            }
            default -> throw new IllegalStateException(ev.kind().name());
        }
    }

    private static SerdeError scalarInvalidType(YamlEvent scalar, String expected) {
        String v = scalar.value();
        String tag = scalar.tag();
        if (tag != null) {
            switch (tag) {
                case TAG_BOOL -> {
                    Boolean b = parseBool(v);
                    return b != null ? SerdeError.invalidType("boolean `" + b + "`", expected)
                            : SerdeError.invalidValue(strDescription(v), "a boolean");
                }
                case TAG_INT -> {
                    IntValue i = visitInt(v);
                    return i != null ? SerdeError.invalidType(intDescription(i), expected)
                            : SerdeError.invalidValue(strDescription(v), "an integer");
                }
                case TAG_FLOAT -> {
                    Double d = parseF64(v);
                    return d != null ? SerdeError.invalidType(floatDescription(d), expected)
                            : SerdeError.invalidValue(strDescription(v), "a float");
                }
                case TAG_NULL -> {
                    return isNull(v) ? SerdeError.invalidType("unit value", expected)
                            : SerdeError.invalidValue(strDescription(v), "null");
                }
                default -> {
                    if (tag.startsWith("!") && scalar.style() == ScalarStyle.PLAIN) {
                        return SerdeError.invalidType(untaggedDescription(v), expected);
                    }
                    return SerdeError.invalidType(strDescription(v), expected);
                }
            }
        }
        if (scalar.style() == ScalarStyle.PLAIN) {
            return SerdeError.invalidType(untaggedDescription(v), expected);
        }
        return SerdeError.invalidType(strDescription(v), expected);
    }

    private static String untaggedDescription(String v) {
        if (v.isEmpty() || isNull(v)) {
            return "unit value";
        }
        Boolean b = parseBool(v);
        if (b != null) {
            return "boolean `" + b + "`";
        }
        IntValue i = visitInt(v);
        if (i != null) {
            return intDescription(i);
        }
        if (!digitsButNotNumber(v)) {
            Double d = parseF64(v);
            if (d != null) {
                return floatDescription(d);
            }
        }
        return strDescription(v);
    }

    private static String intDescription(IntValue i) {
        if (!i.wide()) {
            return "integer `" + i.value() + "`";
        }
        return "integer `" + i.value() + "` as " + (i.value().signum() < 0 ? "i128" : "u128");
    }

    private static Object scalarValue(YamlEvent scalar, boolean taggedAlready) {
        String v = scalar.value();
        String tag = taggedAlready ? null : scalar.tag();
        if (tag != null) {
            switch (tag) {
                case TAG_BOOL -> {
                    Boolean b = parseBool(v);
                    if (b == null) {
                        throw SerdeError.invalidValue(strDescription(v), "a boolean");
                    }
                    return b;
                }
                case TAG_INT -> {
                    IntValue i = visitInt(v);
                    if (i == null) {
                        throw SerdeError.invalidValue(strDescription(v), "an integer");
                    }
                    return intValue(i);
                }
                case TAG_FLOAT -> {
                    Double d = parseF64(v);
                    if (d == null) {
                        throw SerdeError.invalidValue(strDescription(v), "a float");
                    }
                    return d;
                }
                case TAG_NULL -> {
                    if (!isNull(v)) {
                        throw SerdeError.invalidValue(strDescription(v), "null");
                    }
                    return Null.INSTANCE;
                }
                default -> {
                    return v;
                }
            }
        }
        if (scalar.style() != ScalarStyle.PLAIN) {
            return v;
        }
        if (v.isEmpty() || isNull(v)) {
            return Null.INSTANCE;
        }
        Boolean b = parseBool(v);
        if (b != null) {
            return b;
        }
        IntValue i = visitInt(v);
        if (i != null) {
            return intValue(i);
        }
        if (!digitsButNotNumber(v)) {
            Double d = parseF64(v);
            if (d != null) {
                return d.isNaN() ? Null.NAN : d;
            }
        }
        return v;
    }

    private static Object intValue(IntValue i) {
        if (i.wide()) {
            throw SerdeError.invalidType(intDescription(i), "any YAML value");
        }
        return i.value();
    }

    /** Stand-ins for values whose Java equality differs from serde_yaml's. */
    private enum Null {
        INSTANCE, NAN
    }

    /** Rust's {@code {}} for an f64, with serde's {@code .0} suffix for whole numbers. */
    static String floatDescription(double d) {
        return "floating point `" + rustFloat(d) + "`";
    }

    static String rustFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        String digits = d == 0 ? "0" : new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros()
                .toPlainString();
        return sign + digits + (digits.contains(".") ? "" : ".0");
    }

    /** serde's {@code Unexpected::Str}: {@code string "..."} with Rust's debug escaping. */
    static String strDescription(String v) {
        return "string " + rustDebug(v);
    }

    static String rustDebug(String v) {
        StringBuilder sb = new StringBuilder("\"");
        v.codePoints().forEach(c -> {
            switch (c) {
                case 0 -> sb.append("\\0");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                default -> {
                    if (printable(c)) {
                        sb.appendCodePoint(c);
                    } else {
                        sb.append("\\u{").append(Integer.toHexString(c)).append('}');
                    }
                }
            }
        });
        return sb.append('"').toString();
    }

    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        int type = Character.getType(c);
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            default -> true;
        };
    }

    /** serde's list of expected names: {@code `a`}, {@code `a` or `b`}, {@code one of `a`, `b`, `c`}. */
    static String oneOf(List<String> names) {
        if (names.isEmpty()) {
            return "no variants";
        }
        if (names.size() == 1) {
            return "`" + names.get(0) + "`";
        }
        if (names.size() == 2) {
            return "`" + names.get(0) + "` or `" + names.get(1) + "`";
        }
        StringBuilder sb = new StringBuilder("one of ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('`').append(names.get(i)).append('`');
        }
        return sb.toString();
    }
}
