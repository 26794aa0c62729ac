package dev.codexstudio.core.config.keys;

import dev.codexstudio.core.config.keys.KeyFinding.Kind;
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
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Checks a parsed TOML table against a catalogue type the way Codex's deserialiser does: wrong types, unknown
 * enumeration values, numbers out of range, missing required keys and mismatched forms make Codex refuse the
 * file ({@link KeyFinding#fatal()}); unknown keys are reported too but are fatal only in the few tables Codex
 * closes at run time ({@link RuntimeOverlay#runtimeClosedTypes()}, table forms of bool-or-table features,
 * single-key variant tables).
 */
public final class ConfigKeyChecker {

    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final KeyCatalogue catalogue;
    private final SourceText source;
    private final TomlSpans spans;
    private final Set<String> skipTopLevel;

    private ConfigKeyChecker(KeyCatalogue catalogue, SourceText source, Set<String> skipTopLevel) {
        this.catalogue = catalogue;
        this.source = source;
        this.spans = TomlSpans.of(source.text());
        this.skipTopLevel = Set.copyOf(skipTopLevel);
    }

    /**
     * Checks {@code table} (parsed from {@code source}) against {@code type}.
     *
     * @return findings in document order of discovery
     */
    public static List<KeyFinding> check(KeyCatalogue catalogue, SourceText source, TomlTable table, TypeExpr type) {
        return check(catalogue, source, table, type, Set.of());
    }

    /**
     * Checks {@code table} against {@code type}, skipping the given top-level keys (Codex strips some keys from
     * project layers before it reads them).
     */
    public static List<KeyFinding> check(KeyCatalogue catalogue, SourceText source, TomlTable table, TypeExpr type,
            Set<String> skipTopLevelKeys) {
        ConfigKeyChecker checker = new ConfigKeyChecker(catalogue, source, skipTopLevelKeys);
        List<KeyFinding> out = new ArrayList<>();
        checker.value(table, type, new ArrayList<>(), new Context(null, null, false), out);
        return List.copyOf(out);
    }

    /**
     * Where a value is checked: the named type it belongs to (for {@code Type.property} overlay entries), the
     * property name within it, and whether unknown keys are fatal here.
     */
    private record Context(String typeName, String property, boolean closedByUntaggedEnum, Boolean limitsGate) {

        Context(String typeName, String property, boolean closedByUntaggedEnum) {
            this(typeName, property, closedByUntaggedEnum, null);
        }

        boolean limitsSkipped() {
            return Boolean.FALSE.equals(limitsGate);
        }

        String qualifiedProperty() {
            return typeName == null || property == null ? null : typeName + "." + property;
        }
    }

    private void value(Object v, TypeExpr declared, List<String> path, Context ctx, List<KeyFinding> out) {
        TypeExpr type = declared;
        String typeName = ctx.typeName();
        boolean namedHere = false;
        while (type instanceof Ref r) {
            typeName = r.name();
            namedHere = true;
            type = catalogue.resolve(new Ref(r.name()));
            if (type instanceof Ref) {
                type = new AnyType();
            }
        }
        Context here = namedHere ? new Context(typeName, null, ctx.closedByUntaggedEnum(), ctx.limitsGate()) : ctx;
        if (type instanceof AnyType) {
            return;
        }
        if (type instanceof BoolType) {
            if (!(v instanceof Boolean)) {
                wrongType(v, type, path, out);
            }
        } else if (type instanceof StringType s) {
            string(v, s, path, here, namedHere ? typeName : null, out);
        } else if (type instanceof IntegerType i) {
            integer(v, i, path, here, out);
        } else if (type instanceof NumberType n) {
            number(v, n, path, here, out);
        } else if (type instanceof EnumType e) {
            enumeration(v, e, path, out);
        } else if (type instanceof ArrayType a) {
            if (!(v instanceof TomlArray arr)) {
                wrongType(v, type, path, out);
                return;
            }
            for (int k = 0; k < arr.size(); k++) {
                value(arr.get(k), a.items(), child(path, Integer.toString(k)), new Context(here.typeName(), null,
                        false, here.limitsGate()), out);
            }
        } else if (type instanceof MapType m) {
            if (!(v instanceof TomlTable t)) {
                wrongType(v, type, path, out);
                return;
            }
            for (String key : t.keySet()) {
                value(t.get(List.of(key)), m.values(), child(path, key), new Context(here.typeName(), null, false), out);
            }
        } else if (type instanceof ObjectType o) {
            object(v, o, path, here, namedHere ? typeName : null, out);
        } else if (type instanceof OneOf one) {
            oneOf(v, one, path, here, out);
        } else if (type instanceof AnyOf any) {
            anyOf(v, any, path, here, out);
        }
    }

    private void string(Object v, StringType s, List<String> path, Context ctx, String ownName, List<KeyFinding> out) {
        if (v instanceof Temporal) {
            return;
        }
        if (!(v instanceof String str)) {
            wrongType(v, s, path, out);
            return;
        }
        if (ctx.limitsSkipped()) {
            return;
        }
        boolean enforced = Boolean.TRUE.equals(ctx.limitsGate())
                || (ownName != null && catalogue.overlay().enforcedStringTypes().contains(ownName))
                || (ctx.qualifiedProperty() != null
                        && catalogue.overlay().enforcedStringProperties().contains(ctx.qualifiedProperty()));
        int length = str.codePointCount(0, str.length());
        int bytes = str.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (s.minLength() != null && length < s.minLength()) {
            if (length == 0) {
                out.add(finding(Kind.EMPTY_STRING, path, valuePos(path), "`" + displayPath(path) + "` must not be empty.",
                        enforced));
            } else {
                out.add(finding(Kind.STRING_CONSTRAINT, path, valuePos(path), "`" + displayPath(path)
                        + "` must be at least " + s.minLength() + " characters long.", enforced));
            }
        }
        if (s.maxLength() != null && bytes > s.maxLength()) {
            out.add(finding(Kind.STRING_CONSTRAINT, path, valuePos(path), "`" + displayPath(path) + "` must be at most "
                    + s.maxLength() + " bytes long (UTF-8), but it has " + bytes + ".", enforced));
        }
        if (s.pattern() != null && !str.isEmpty() && !matches(s.pattern(), str)) {
            out.add(finding(Kind.STRING_CONSTRAINT, path, valuePos(path), "`" + displayPath(path) + "` must match "
                    + s.pattern() + ".", enforced));
        }
    }

    private static boolean matches(String regex, String value) {
        try {
            return Pattern.compile(regex).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    private void integer(Object v, IntegerType i, List<String> path, Context ctx, List<KeyFinding> out) {
        if (!(v instanceof Long n)) {
            wrongType(v, i, path, out);
            return;
        }
        if (ctx.limitsSkipped()) {
            return;
        }
        BigInteger value = BigInteger.valueOf(n);
        IntegerType range = ctx.typeName() != null && catalogue.overlay().clampedRanges().contains(ctx.typeName())
                ? new IntegerType(i.format(), null, null) : i;
        BigInteger min = range.effectiveMinimum();
        BigInteger max = range.effectiveMaximum();
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            out.add(finding(Kind.OUT_OF_RANGE, path, valuePos(path), "`" + displayPath(path) + "` is " + n
                    + ", but it must be " + describeExpected(range) + ".", true));
        }
    }

    private void number(Object v, NumberType type, List<String> path, Context ctx, List<KeyFinding> out) {
        double d;
        if (v instanceof Long n) {
            d = n;
        } else if (v instanceof Double x) {
            d = x;
        } else {
            wrongType(v, type, path, out);
            return;
        }
        if (ctx.qualifiedProperty() != null && catalogue.overlay().nonNegativeFiniteNumbers().contains(ctx.qualifiedProperty())
                && (Double.isNaN(d) || Double.isInfinite(d) || d < 0)) {
            out.add(finding(Kind.OUT_OF_RANGE, path, valuePos(path), "`" + displayPath(path) + "` is " + v
                    + ", but it must be a finite number of seconds, not negative.", true));
            return;
        }
        if (ctx.limitsSkipped()) {
            return;
        }
        boolean below = type.minimum() != null && !(d >= type.minimum());
        boolean above = type.maximum() != null && !(d <= type.maximum());
        if (below || above) {
            out.add(finding(Kind.OUT_OF_RANGE, path, valuePos(path), "`" + displayPath(path) + "` is " + v
                    + ", but it must be " + describeExpected(type) + ".", true));
        }
    }

    private void enumeration(Object v, EnumType e, List<String> path, List<KeyFinding> out) {
        if (!(v instanceof String s)) {
            wrongType(v, e, path, out);
            return;
        }
        if (!e.values().contains(s)) {
            out.add(finding(Kind.INVALID_VALUE, path, valuePos(path), "`" + displayPath(path) + "` has the unknown value `"
                    + s + "`; expected " + oneOfList(e.values()) + ".", true));
        }
    }

    private void object(Object v, ObjectType o, List<String> path, Context ctx, String ownName, List<KeyFinding> out) {
        if (!(v instanceof TomlTable t)) {
            wrongType(v, o, path, out);
            return;
        }
        boolean runtimeClosed = ctx.closedByUntaggedEnum()
                || (ownName != null && catalogue.overlay().runtimeClosedTypes().contains(ownName));
        String typeName = ctx.typeName();
        Boolean gate = ctx.limitsGate();
        if (ownName != null && catalogue.overlay().enforcedWhenEnabled().contains(ownName)) {
            gate = Boolean.TRUE.equals(t.get(List.of("enabled")));
        }
        for (String key : t.keySet()) {
            if (path.isEmpty() && skipTopLevel.contains(key)) {
                continue;
            }
            Object child = t.get(List.of(key));
            List<String> childPath = child(path, key);
            TypeExpr propType = o.properties().get(key);
            if (propType != null) {
                value(child, propType, childPath, new Context(typeName, key, false, gate), out);
            } else if (o.additional() != null) {
                value(child, o.additional(), childPath, new Context(typeName, null, false, gate), out);
            } else if (o.closed() || runtimeClosed) {
                String where = path.isEmpty() ? "" : " in `" + displayPath(path) + "`";
                String message = runtimeClosed
                        ? "Unknown key `" + key + "`" + where + "; this table accepts only " + keyList(o.keys())
                                + ", so Codex refuses to load the config."
                        : "Unknown key `" + key + "`" + where + "; Codex ignores it.";
                out.add(new KeyFinding(Kind.UNKNOWN_KEY, childPath, runtimeClosed ? valuePos(childPath) : keyPos(childPath),
                        message, runtimeClosed, List.copyOf(o.keys())));
            }
        }
        for (String req : o.required()) {
            if (!t.contains(List.of(req)) && !(path.isEmpty() && skipTopLevel.contains(req))) {
                String owner = path.isEmpty() ? "the file" : "`" + displayPath(path) + "`";
                out.add(finding(Kind.MISSING_KEY, path, valuePos(path), owner + " is missing the required key `" + req + "`.",
                        true));
            }
        }
        for (List<String> group : o.mutuallyExclusive()) {
            if (group.stream().allMatch(k -> t.contains(List.of(k)))) {
                out.add(finding(Kind.CONFLICTING_KEYS, path, keyPos(child(path, group.get(group.size() - 1))),
                        keyList(group) + " cannot be used together in `" + displayPath(path) + "`.", true));
            }
        }
    }

    private void oneOf(Object v, OneOf one, List<String> path, Context ctx, List<KeyFinding> out) {
        List<TypeExpr> alts = one.alternatives().stream().map(catalogue::resolve).toList();
        if (alts.stream().allMatch(a -> a instanceof EnumType || isVariantTable(a))) {
            externallyTagged(v, one, alts, path, ctx, out);
            return;
        }
        String tag = internalTag(alts);
        if (tag != null) {
            internallyTagged(v, one, alts, tag, path, ctx, out);
            return;
        }
        anyOf(v, new AnyOf(one.alternatives()), path, ctx, out);
    }

    private static boolean isVariantTable(TypeExpr t) {
        return t instanceof ObjectType o && o.properties().size() == 1 && o.required().size() == 1
                && o.properties().containsKey(o.required().get(0));
    }

    private void externallyTagged(Object v, OneOf one, List<TypeExpr> alts, List<String> path, Context ctx,
            List<KeyFinding> out) {
        Set<String> unit = new LinkedHashSet<>();
        Map<String, TypeExpr> tables = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (TypeExpr a : alts) {
            if (a instanceof EnumType e) {
                unit.addAll(e.values());
                all.addAll(e.values());
            } else {
                ObjectType o = (ObjectType) a;
                String key = o.required().get(0);
                tables.put(key, o.properties().get(key));
                all.add(key);
            }
        }
        if (v instanceof String s) {
            if (unit.contains(s)) {
                return;
            }
            String message = tables.containsKey(s)
                    ? "`" + displayPath(path) + "` = \"" + s + "\" needs settings: write it as a table `{ " + s
                            + " = { … } }`."
                    : "`" + displayPath(path) + "` has the unknown value `" + s + "`; expected " + oneOfList(all) + ".";
            out.add(finding(Kind.INVALID_VALUE, path, valuePos(path), message, true));
            return;
        }
        if (v instanceof TomlTable t && !tables.isEmpty()) {
            if (t.size() == 1 && tables.containsKey(t.keySet().iterator().next())) {
                String key = t.keySet().iterator().next();
                value(t.get(List.of(key)), tables.get(key), child(path, key), new Context(ctx.typeName(), key, false), out);
                return;
            }
            out.add(finding(Kind.NO_MATCHING_FORM, path, valuePos(path), "`" + displayPath(path)
                    + "` must be " + describeExpected(one) + "; a table here needs exactly one key, one of "
                    + keyList(tables.keySet()) + ".", true));
            return;
        }
        wrongType(v, one, path, out);
    }

    /** The property that tags every alternative with a single constant, or null. */
    private String internalTag(List<TypeExpr> alts) {
        String tag = null;
        for (TypeExpr a : alts) {
            if (!(a instanceof ObjectType o)) {
                return null;
            }
            String found = null;
            for (String req : o.required()) {
                TypeExpr p = catalogue.resolve(o.properties().getOrDefault(req, new AnyType()));
                if (p instanceof EnumType e && e.values().size() == 1) {
                    found = req;
                    break;
                }
            }
            if (found == null || (tag != null && !tag.equals(found))) {
                return null;
            }
            tag = found;
        }
        return tag;
    }

    private void internallyTagged(Object v, OneOf one, List<TypeExpr> alts, String tag, List<String> path, Context ctx,
            List<KeyFinding> out) {
        if (!(v instanceof TomlTable t)) {
            wrongType(v, one, path, out);
            return;
        }
        List<String> tags = new ArrayList<>();
        for (TypeExpr a : alts) {
            tags.add(((EnumType) catalogue.resolve(((ObjectType) a).properties().get(tag))).values().get(0));
        }
        Object given = t.get(List.of(tag));
        if (given == null) {
            out.add(finding(Kind.MISSING_KEY, path, valuePos(path), "`" + displayPath(path) + "` is missing the required key `"
                    + tag + "` (one of " + tickList(tags) + ").", true));
            return;
        }
        int idx = given instanceof String s ? tags.indexOf(s) : -1;
        if (idx < 0) {
            List<String> tagPath = child(path, tag);
            out.add(finding(Kind.INVALID_VALUE, tagPath, valuePos(tagPath), "`" + displayPath(tagPath)
                    + "` has the unknown value `" + given + "`; expected " + oneOfList(tags) + ".", true));
            return;
        }
        value(v, one.alternatives().get(idx), path, ctx, out);
    }

    private void anyOf(Object v, AnyOf any, List<String> path, Context ctx, List<KeyFinding> out) {
        List<List<KeyFinding>> attempts = new ArrayList<>();
        for (TypeExpr alt : any.alternatives()) {
            List<KeyFinding> tried = new ArrayList<>();
            value(v, alt, path, new Context(ctx.typeName(), ctx.property(), true, ctx.limitsGate()), tried);
            if (tried.stream().noneMatch(KeyFinding::fatal)) {
                out.addAll(tried);
                return;
            }
            attempts.add(tried);
        }
        List<Integer> sameShape = new ArrayList<>();
        for (int k = 0; k < any.alternatives().size(); k++) {
            if (acceptsShape(catalogue.resolve(any.alternatives().get(k)), v)) {
                sameShape.add(k);
            }
        }
        if (sameShape.size() == 1) {
            out.addAll(attempts.get(sameShape.get(0)));
            return;
        }
        out.add(finding(Kind.NO_MATCHING_FORM, path, valuePos(path), "`" + displayPath(path) + "` must be "
                + describeExpected(any) + ", but it is " + describeValue(v) + ".", true));
    }

    /** Whether a type takes values of the same TOML kind as {@code v} (table, array, string, …). */
    private boolean acceptsShape(TypeExpr t, Object v) {
        if (t instanceof AnyType) {
            return true;
        }
        if (v instanceof TomlTable) {
            return t instanceof ObjectType || t instanceof MapType || t instanceof OneOf || t instanceof AnyOf;
        }
        if (v instanceof TomlArray) {
            return t instanceof ArrayType;
        }
        if (v instanceof String) {
            return t instanceof StringType || t instanceof EnumType;
        }
        if (v instanceof Boolean) {
            return t instanceof BoolType;
        }
        if (v instanceof Long) {
            return t instanceof IntegerType || t instanceof NumberType;
        }
        if (v instanceof Double) {
            return t instanceof NumberType;
        }
        return t instanceof StringType;
    }

    private void wrongType(Object v, TypeExpr expected, List<String> path, List<KeyFinding> out) {
        out.add(finding(Kind.WRONG_TYPE, path, valuePos(path), "`" + displayPath(path) + "` must be "
                + describeExpected(expected) + ", but it is " + describeValue(v) + ".", true));
    }

    private KeyFinding finding(Kind kind, List<String> path, SourcePosition at, String message,
            boolean fatal) {
        return new KeyFinding(kind, path, at, message, fatal, List.of());
    }

    private SourcePosition valuePos(List<String> path) {
        return source.position(spans.valueOffset(path));
    }

    private SourcePosition keyPos(List<String> path) {
        return source.position(spans.keyOffset(path));
    }

    private static List<String> child(List<String> path, String seg) {
        List<String> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(seg);
        return out;
    }

    /** A reader's rendering of a key path: {@code hooks.PreToolUse[0].matcher}, quoting non-bare keys. */
    public static String displayPath(List<String> path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path) {
            if (!seg.isEmpty() && seg.chars().allMatch(Character::isDigit) && sb.length() > 0) {
                sb.append('[').append(seg).append(']');
                continue;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(BARE_KEY.matcher(seg).matches() ? seg : "\"" + seg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return sb.length() == 0 ? "(root)" : sb.toString();
    }

    /** How a value looks, for messages: {@code an integer (5)}. */
    public static String describeValue(Object v) {
        if (v instanceof String s) {
            String shown = s.length() > 40 ? s.substring(0, 37) + "..." : s;
            return "a string (\"" + shown + "\")";
        }
        if (v instanceof Boolean b) {
            return "a boolean (" + b + ")";
        }
        if (v instanceof Long n) {
            return "an integer (" + n + ")";
        }
        if (v instanceof Double d) {
            return "a float (" + d + ")";
        }
        if (v instanceof TomlArray) {
            return "an array";
        }
        if (v instanceof TomlTable) {
            return "a table";
        }
        if (v instanceof Temporal) {
            return "a date-time (" + v + ")";
        }
        return "a " + (v == null ? "missing value" : v.getClass().getSimpleName());
    }

    /** What a type accepts, for messages: {@code a non-negative integer}. */
    private String describeExpected(TypeExpr type) {
        TypeExpr t = catalogue.resolve(type);
        if (t instanceof AnyType) {
            return "any value";
        }
        if (t instanceof BoolType) {
            return "a boolean";
        }
        if (t instanceof StringType) {
            return "a string";
        }
        if (t instanceof IntegerType i) {
            BigInteger min = i.effectiveMinimum();
            BigInteger max = i.effectiveMaximum();
            boolean hugeMax = max == null || max.bitLength() > 63;
            if (min != null && min.signum() == 0 && hugeMax) {
                return "a non-negative integer";
            }
            if (min != null && hugeMax) {
                return "an integer of at least " + min;
            }
            if (min != null) {
                return "an integer from " + min + " to " + max;
            }
            return "an integer";
        }
        if (t instanceof NumberType n) {
            if (n.minimum() != null && n.maximum() != null) {
                return "a number from " + n.minimum() + " to " + n.maximum();
            }
            return n.minimum() != null ? "a number of at least " + n.minimum() : "a number";
        }
        if (t instanceof EnumType e) {
            return oneOfList(e.values());
        }
        if (t instanceof ArrayType a) {
            String item = describeExpected(a.items());
            return "an array of " + (item.startsWith("one of") ? "values, each " + item : plural(item));
        }
        if (t instanceof ObjectType || t instanceof MapType) {
            return "a table";
        }
        List<TypeExpr> alts = t instanceof OneOf o ? o.alternatives() : ((AnyOf) t).alternatives();
        List<String> forms = new ArrayList<>();
        for (TypeExpr a : alts) {
            TypeExpr r = catalogue.resolve(a);
            String d = r instanceof EnumType e ? tickList(e.values()) : isVariantTable(r)
                    ? "a table `{ " + ((ObjectType) r).required().get(0) + " = … }`" : describeExpected(r);
            if (!forms.contains(d)) {
                forms.add(d);
            }
        }
        return String.join(" or ", forms);
    }

    private static String plural(String singular) {
        return switch (singular) {
            case "a string" -> "strings";
            case "a boolean" -> "booleans";
            case "a table" -> "tables";
            case "a number" -> "numbers";
            case "an integer" -> "integers";
            default -> "items that are each " + singular;
        };
    }

    private static String oneOfList(List<String> values) {
        return values.size() == 1 ? "`" + values.get(0) + "`" : "one of " + tickList(values);
    }

    private static String tickList(Collection<String> values) {
        return values.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", "));
    }

    private static String keyList(Collection<String> keys) {
        return keys.isEmpty() ? "no keys" : tickList(keys);
    }
}
