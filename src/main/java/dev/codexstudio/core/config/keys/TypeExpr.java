package dev.codexstudio.core.config.keys;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A type expression of the config key catalogue: what value a key accepts. The expressions are a compact
 * re-statement of the parts of Codex's JSON Schema that matter for validation (no prose), plus the runtime
 * overlays described in {@link RuntimeOverlay}.
 */
public sealed interface TypeExpr {

    /** Accepts any value (keys Codex knows but whose type the catalogue does not describe). */
    record AnyType() implements TypeExpr {
    }

    /** A TOML boolean. */
    record BoolType() implements TypeExpr {
    }

    /**
     * A TOML string (Codex also accepts a TOML date-time where it expects a string).
     *
     * @param minLength minimum length in characters, or {@code null}
     * @param maxLength maximum length in characters, or {@code null}
     * @param pattern   a regular expression the value must match, or {@code null}
     */
    record StringType(Integer minLength, Integer maxLength, String pattern) implements TypeExpr {
        /** A string without constraints. */
        public static StringType plain() {
            return new StringType(null, null, null);
        }
    }

    /**
     * A TOML integer.
     *
     * @param format  the Rust integer type the schema names ({@code uint}, {@code uint16}, {@code int64}, …), or
     *                {@code null}
     * @param minimum an explicit lower bound from the schema, or {@code null}
     * @param maximum an explicit upper bound from the schema, or {@code null}
     */
    record IntegerType(String format, BigInteger minimum, BigInteger maximum) implements TypeExpr {

        /** The lowest value Codex accepts: the larger of the schema minimum and the format's range. */
        public BigInteger effectiveMinimum() {
            BigInteger formatMin = formatRange()[0];
            if (minimum == null) {
                return formatMin;
            }
            return formatMin == null ? minimum : formatMin.max(minimum);
        }

        /** The highest value Codex accepts: the smaller of the schema maximum and the format's range. */
        public BigInteger effectiveMaximum() {
            BigInteger formatMax = formatRange()[1];
            if (maximum == null) {
                return formatMax;
            }
            return formatMax == null ? maximum : formatMax.min(maximum);
        }

        /** The Rust type name used in Codex's messages, e.g. {@code usize} for {@code uint}. */
        public String rustTypeName() {
            if (format == null) {
                return "i64";
            }
            return switch (format) {
                case "uint" -> "usize";
                case "int" -> "isize";
                case "uint8" -> "u8";
                case "uint16" -> "u16";
                case "uint32" -> "u32";
                case "uint64" -> "u64";
                case "int8" -> "i8";
                case "int16" -> "i16";
                case "int32" -> "i32";
                case "int64" -> "i64";
                default -> format;
            };
        }

        private BigInteger[] formatRange() {
            if (format == null) {
                return new BigInteger[] {null, null};
            }
            return switch (format) {
                case "uint", "uint64" -> new BigInteger[] {BigInteger.ZERO, BigInteger.TWO.pow(64).subtract(BigInteger.ONE)};
                case "uint32" -> new BigInteger[] {BigInteger.ZERO, BigInteger.valueOf(0xFFFF_FFFFL)};
                case "uint16" -> new BigInteger[] {BigInteger.ZERO, BigInteger.valueOf(0xFFFF)};
                case "uint8" -> new BigInteger[] {BigInteger.ZERO, BigInteger.valueOf(0xFF)};
                case "int32" -> new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)};
                case "int16" -> new BigInteger[] {BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)};
                case "int8" -> new BigInteger[] {BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE)};
                default -> new BigInteger[] {null, null};
            };
        }
    }

    /**
     * A TOML float (Codex also accepts an integer where it expects a float).
     *
     * @param format  the Rust float type ({@code double}), or {@code null}
     * @param minimum an inclusive lower bound, or {@code null}
     * @param maximum an inclusive upper bound, or {@code null}
     */
    record NumberType(String format, Double minimum, Double maximum) implements TypeExpr {
    }

    /** A string from a closed set of values. */
    record EnumType(List<String> values) implements TypeExpr {
        public EnumType {
            values = List.copyOf(values);
        }
    }

    /** A TOML array whose items all have one type. */
    record ArrayType(TypeExpr items) implements TypeExpr {
        public ArrayType {
            Objects.requireNonNull(items, "items");
        }
    }

    /**
     * A table with known keys.
     *
     * @param properties          the known keys and their types, in catalogue order
     * @param required            keys that must be present
     * @param closed              whether the schema forbids other keys ({@code additionalProperties: false})
     * @param additional          the type of other keys' values, or {@code null} when other keys are not typed
     * @param defaults            default values the schema states (plain Java values), by key
     * @param mutuallyExclusive   groups of keys that must not all be present together
     */
    record ObjectType(
            Map<String, TypeExpr> properties,
            List<String> required,
            boolean closed,
            TypeExpr additional,
            Map<String, Object> defaults,
            List<List<String>> mutuallyExclusive) implements TypeExpr {

        public ObjectType {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
            required = List.copyOf(required);
            defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
            List<List<String>> groups = new ArrayList<>();
            for (List<String> g : mutuallyExclusive) {
                groups.add(List.copyOf(g));
            }
            mutuallyExclusive = List.copyOf(groups);
        }

        /** The same object with one more (or replaced) property. */
        public ObjectType withProperty(String key, TypeExpr type) {
            Map<String, TypeExpr> props = new LinkedHashMap<>(properties);
            props.put(key, type);
            return new ObjectType(props, required, closed, additional, defaults, mutuallyExclusive);
        }

        /** The same object, closed or open. */
        public ObjectType withClosed(boolean newClosed) {
            return new ObjectType(properties, required, newClosed, additional, defaults, mutuallyExclusive);
        }

        public Set<String> keys() {
            return properties.keySet();
        }
    }

    /** A table whose keys are free-form names and whose values all have one type. */
    record MapType(TypeExpr values) implements TypeExpr {
        public MapType {
            Objects.requireNonNull(values, "values");
        }
    }

    /**
     * Exactly one of several forms ({@code oneOf}): in Codex these are Rust enums, typically a string such as
     * {@code "never"} or a single-key table such as {@code { granular = { … } }}.
     */
    record OneOf(List<TypeExpr> alternatives) implements TypeExpr {
        public OneOf {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** At least one of several forms ({@code anyOf}): in Codex these are untagged enums such as "bool or table". */
    record AnyOf(List<TypeExpr> alternatives) implements TypeExpr {
        public AnyOf {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** A reference to a named type of the catalogue. */
    record Ref(String name) implements TypeExpr {
        public Ref {
            Objects.requireNonNull(name, "name");
        }
    }
}
