package dev.codexstudio.core.config;

import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.keys.TypeExpr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/**
 * The settings the configuration form shows, each typed from the key catalogue: closed enumerations with their
 * exact values, reasoning efforts (any non-empty string, with the values Codex knows), unsigned integers with
 * the range of their Rust type, booleans and string lists. Also reads and checks what the user types, so the
 * form can validate every keystroke and write a TOML value only when it is one Codex accepts.
 */
public final class ConfigFields {

    /** How a field is edited. */
    public enum Type {
        /** A free string. */
        TEXT,
        /** One of {@link Field#values()} exactly. */
        CHOICE,
        /** Any non-empty string; {@link Field#values()} are suggestions (reasoning efforts). */
        SUGGEST,
        /** An integer in {@link Field#min()}..{@link Field#max()}. */
        INTEGER,
        /** A boolean. */
        BOOLEAN,
        /** A list of strings, typed comma-separated. */
        STRING_LIST
    }

    /**
     * One form field.
     *
     * @param path    the key path in {@code config.toml}
     * @param label   a short label
     * @param section the form section it belongs to
     * @param type    how it is edited
     * @param values  allowed values (CHOICE) or suggestions (SUGGEST), in the catalogue's order
     * @param min     lowest integer (INTEGER), else null
     * @param max     highest integer (INTEGER), else null
     * @param defaultText Codex's default, as shown when no layer sets the key ("" when none is stated)
     * @param help    one line of help
     */
    public record Field(List<String> path, String label, String section, Type type, List<String> values,
            BigInteger min, BigInteger max, String defaultText, String help) {

        public Field {
            path = List.copyOf(path);
            values = List.copyOf(values);
        }

        public String key() {
            return TomlDocument.joinKey(path);
        }
    }

    public static final String MODEL = "Model";
    public static final String SAFETY = "Sandbox and approvals";
    public static final String DOCS = "Project documents";

    /** Values of {@code approval_policy} the form offers: {@code untrusted} makes Codex refuse to start. */
    private static final Set<String> NOT_OFFERED = Set.of("untrusted", "on-failure");

    private final List<Field> fields;

    private ConfigFields(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The form's fields, typed from the bundled catalogue. */
    public static ConfigFields bundled() {
        return of(KeyCatalogue.bundled());
    }

    public static ConfigFields of(KeyCatalogue catalogue) {
        List<Field> out = new ArrayList<>();
        List<String> efforts = catalogue.overlay().knownReasoningEfforts();
        out.add(text(catalogue, "model", MODEL, "Model", "The model Codex uses, e.g. gpt-5.5."));
        out.add(suggest("model_reasoning_effort", MODEL, "Reasoning effort", efforts,
                "Any non-empty value is accepted; these are the values Codex knows."));
        out.add(suggest("plan_mode_reasoning_effort", MODEL, "Plan mode effort", efforts,
                "Reasoning effort while planning (plan mode)."));
        out.add(choice(catalogue, "model_reasoning_summary", MODEL, "Reasoning summary", "",
                "How much of the model's reasoning Codex shows."));
        out.add(choice(catalogue, "model_verbosity", MODEL, "Verbosity", "", "Length of the model's answers."));
        out.add(choice(catalogue, "personality", MODEL, "Personality", "", "The tone of the model's answers."));
        out.add(text(catalogue, "review_model", MODEL, "Review model",
                "Model used by /review (top level only)."));
        out.add(choice(catalogue, "sandbox_mode", SAFETY, "Sandbox mode", "",
                "What commands may touch; cannot be combined with default_permissions."));
        out.add(choice(catalogue, "approval_policy", SAFETY, "Approval policy", "",
                "When Codex asks before running a command. \"untrusted\" is refused by Codex 0.169."));
        out.add(choice(catalogue, "approvals_reviewer", SAFETY, "Approvals reviewer", "",
                "Who answers approval requests."));
        out.add(choice(catalogue, "web_search", SAFETY, "Web search", "",
                "Whether the model may search the web (cached results or live)."));
        out.add(bool(List.of("sandbox_workspace_write", "network_access"), SAFETY, "Network access", "false",
                "workspace-write sandbox: allow network access."));
        out.add(list(List.of("sandbox_workspace_write", "writable_roots"), SAFETY, "Writable roots", "[]",
                "workspace-write sandbox: more absolute paths commands may write."));
        out.add(integer(catalogue, "project_doc_max_bytes", DOCS, "Project doc budget", "32768",
                "Total bytes of AGENTS.md read from the project root down to the working directory; 0 turns them off."));
        out.add(list(List.of("project_doc_fallback_filenames"), DOCS, "Fallback file names", "[]",
                "Read in a directory without AGENTS.md, in this order (comma-separated)."));
        out.add(list(List.of("project_root_markers"), DOCS, "Project root markers", "[\".git\"]",
                "Files or folders that mark the project root; an empty list stops the walk up."));
        return new ConfigFields(out);
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String dottedKey) {
        return fields.stream().filter(f -> f.key().equals(dottedKey)).findFirst();
    }

    /** The distinct sections in form order. */
    public List<String> sections() {
        return List.copyOf(new LinkedHashSet<>(fields.stream().map(Field::section).toList()));
    }

    private static Field text(KeyCatalogue c, String key, String section, String label, String help) {
        return new Field(List.of(key), label, section, Type.TEXT, List.of(), null, null, "", help);
    }

    private static Field suggest(String key, String section, String label, List<String> known, String help) {
        return new Field(List.of(key), label, section, Type.SUGGEST, known, null, null, "", help);
    }

    private static Field choice(KeyCatalogue c, String key, String section, String label, String def, String help) {
        List<String> values = new ArrayList<>(enumValues(c, c.typeAt(c.configRoot(), List.of(key)).orElse(null)));
        values.removeIf(NOT_OFFERED::contains);
        return new Field(List.of(key), label, section, Type.CHOICE, values, null, null, def, help);
    }

    private static Field bool(List<String> path, String section, String label, String def, String help) {
        return new Field(path, label, section, Type.BOOLEAN, List.of("true", "false"), null, null, def, help);
    }

    private static Field list(List<String> path, String section, String label, String def, String help) {
        return new Field(path, label, section, Type.STRING_LIST, List.of(), null, null, def, help);
    }

    private static Field integer(KeyCatalogue c, String key, String section, String label, String def, String help) {
        TypeExpr t = c.typeAt(c.configRoot(), List.of(key)).orElse(null);
        BigInteger min = null;
        BigInteger max = null;
        if (t instanceof TypeExpr.IntegerType it) {
            min = it.effectiveMinimum();
            max = it.effectiveMaximum();
        }
        return new Field(List.of(key), label, section, Type.INTEGER, List.of(), min, max, def, help);
    }

    /** Every string value of an enumeration, also inside {@code oneOf}/{@code anyOf} alternatives. */
    static List<String> enumValues(KeyCatalogue c, TypeExpr type) {
        List<String> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        TypeExpr t = c.resolve(type);
        if (t instanceof TypeExpr.EnumType e) {
            out.addAll(e.values());
        } else if (t instanceof TypeExpr.OneOf o) {
            o.alternatives().forEach(a -> out.addAll(enumValues(c, a)));
        } else if (t instanceof TypeExpr.AnyOf a) {
            a.alternatives().forEach(x -> out.addAll(enumValues(c, x)));
        }
        return out;
    }

    /** What the user typed, checked: the TOML value to write, or why it cannot be written. */
    public record Parsed(Optional<Object> value, Optional<String> error) {
        static Parsed ok(Object v) {
            return new Parsed(Optional.of(v), Optional.empty());
        }

        static Parsed bad(String message) {
            return new Parsed(Optional.empty(), Optional.of(message));
        }

        /** Empty input: the key is removed. */
        static Parsed remove() {
            return new Parsed(Optional.empty(), Optional.empty());
        }

        public boolean isRemove() {
            return value.isEmpty() && error.isEmpty();
        }
    }

    /**
     * Reads what the user typed for a field. An empty (blank) input means "not set here": the key is removed.
     * Reasoning efforts are the exception Codex makes: {@code ""} is an error there, but a blank field still
     * just removes the key.
     */
    public static Parsed parse(Field f, String input) {
        String raw = input == null ? "" : input;
        String s = raw.strip();
        if (s.isEmpty()) {
            return Parsed.remove();
        }
        switch (f.type()) {
            case TEXT, SUGGEST -> {
                return Parsed.ok(s);
            }
            case CHOICE -> {
                if (!f.values().contains(s)) {
                    return Parsed.bad("`" + s + "` is not one of " + String.join(", ", f.values()));
                }
                return Parsed.ok(s);
            }
            case BOOLEAN -> {
                if (!s.equals("true") && !s.equals("false")) {
                    return Parsed.bad("must be true or false");
                }
                return Parsed.ok(Boolean.valueOf(s));
            }
            case INTEGER -> {
                String digits = s.replace("_", "");
                BigInteger n;
                try {
                    n = new BigInteger(digits);
                } catch (NumberFormatException e) {
                    return Parsed.bad("`" + s + "` is not a whole number");
                }
                if (f.min() != null && n.compareTo(f.min()) < 0) {
                    return Parsed.bad("must be at least " + f.min());
                }
                if (f.max() != null && n.compareTo(f.max()) > 0) {
                    return Parsed.bad("must be at most " + f.max());
                }
                if (n.bitLength() > 63) {
                    return Parsed.bad("too large for a TOML integer");
                }
                return Parsed.ok(n.longValueExact());
            }
            case STRING_LIST -> {
                List<String> items = new ArrayList<>();
                if (!s.equals("[]")) {
                    for (String part : s.split(",", -1)) {
                        String item = part.strip();
                        if (item.isEmpty()) {
                            return Parsed.bad("empty entry in the list");
                        }
                        items.add(item);
                    }
                }
                return Parsed.ok(stringArray(items));
            }
            default -> throw new IllegalStateException(f.type().toString());
        }
    }

    /** A TOML array of strings. */
    public static TomlArray stringArray(List<String> items) {
        StringBuilder sb = new StringBuilder("v = [");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(TomlDocument.renderValue(items.get(i)));
        }
        sb.append(']');
        TomlParseResult r = Toml.parse(sb.toString());
        return r.getArray("v");
    }

    /** A value as the form shows it in a text field: strings bare, lists comma-separated. */
    public static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof TomlArray a) {
            return display(EffectiveConfig.toJava(a));
        }
        if (value instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(o -> parts.add(String.valueOf(o)));
            return String.join(", ", parts);
        }
        return String.valueOf(value);
    }

    /** A value as TOML would spell it ({@code "gpt-5"}, {@code 42}, {@code [".git"]}), for origins and compares. */
    public static String toml(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            for (Object o : l) {
                items.add(toml(o));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof java.util.Map<?, ?> m) {
            List<String> items = new ArrayList<>();
            m.forEach((k, v) -> items.add(TomlDocument.joinKey(List.of(String.valueOf(k))) + " = " + toml(v)));
            return "{ " + String.join(", ", items) + " }";
        }
        if (value instanceof String s) {
            return TomlDocument.renderValue(s);
        }
        return String.valueOf(value);
    }
}
