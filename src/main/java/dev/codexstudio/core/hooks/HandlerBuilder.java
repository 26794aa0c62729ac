package dev.codexstudio.core.hooks;

import dev.codexstudio.core.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Turns a buffered handler body into a {@link HookHandler} with serde's rules for Codex's
 * {@code HookHandlerConfig} variants: field names and aliases, required fields, duplicate fields, ignored unknown
 * fields, and the MCP input check. Errors are position-less serde messages (the caller positions them).
 */
final class HandlerBuilder {

    static final Set<String> VARIANTS = Set.of("command", "mcp_tool", "prompt", "agent");
    static final String INPUT_NOT_TOML = "MCP hook input must be representable as TOML";

    private static final List<String> COMMAND_FIELDS = List.of("command", "commandWindows", "timeout", "async",
            "statusMessage", "additionalContextLimit");
    private static final List<String> MCP_FIELDS = List.of("server", "tool", "input", "timeout", "statusMessage");

    private HandlerBuilder() {
    }

    static HookHandler build(String tag, Content body, int index, SourcePosition at, IntFunction<SourcePosition> pos)
            throws SerdeJson.Failure {
        return switch (tag) {
            case "command" -> command(body, index, at, pos);
            case "mcp_tool" -> mcp(body, index, at, pos);
            default -> unsupported(tag, body, index, at, pos);
        };
    }

    /** Canonical field name for a key of a variant, or null when serde ignores the key. */
    private static String field(String variant, String key) {
        if (variant.equals("command")) {
            if (key.equals("command_windows")) {
                return "commandWindows";
            }
            return COMMAND_FIELDS.contains(key) ? key : null;
        }
        if (variant.equals("mcp_tool")) {
            return MCP_FIELDS.contains(key) ? key : null;
        }
        return null;
    }

    /** The body as (canonical field → value), checking duplicates; or by position for the sequence form. */
    private static Map<String, Content> fields(String variant, Content body, List<String> declared,
            Map<String, SourcePosition> fieldPositions, List<String> unknown, IntFunction<SourcePosition> pos)
            throws SerdeJson.Failure {
        Map<String, Content> out = new LinkedHashMap<>();
        if (body instanceof Content.Map m) {
            for (Content.Entry e : m.entries()) {
                fieldPositions.putIfAbsent(e.key(), pos.apply(e.keyAt()));
                String f = field(variant, e.key());
                if (f == null) {
                    unknown.add(e.key());
                    continue;
                }
                if (out.containsKey(f)) {
                    throw SerdeJson.custom("duplicate field `" + f + "`");
                }
                out.put(f, e.value());
                checkValue(variant, f, e.value());
            }
            return out;
        }
        List<Content> items = ((Content.Seq) body).items();
        String expecting = structName(variant) + " with " + declared.size() + " element" + (declared.size() == 1 ? "" : "s");
        for (int i = 0; i < declared.size(); i++) {
            if (i >= items.size()) {
                String f = declared.get(i);
                boolean required = f.equals("command") || f.equals("server") || f.equals("tool");
                if (required) {
                    throw SerdeJson.custom("invalid length " + i + ", expected " + expecting);
                }
                break;
            }
            fieldPositions.putIfAbsent(declared.get(i), pos.apply(items.get(i).at()));
            out.put(declared.get(i), items.get(i));
            checkValue(variant, declared.get(i), items.get(i));
        }
        if (items.size() > declared.size()) {
            throw SerdeJson.custom("invalid length " + items.size() + ", expected " + declared.size()
                    + " element" + (declared.size() == 1 ? "" : "s") + " in sequence");
        }
        return out;
    }

    private static String structName(String variant) {
        return switch (variant) {
            case "command" -> "struct variant HookHandlerConfig::Command";
            case "mcp_tool" -> "struct variant HookHandlerConfig::McpTool";
            case "prompt" -> "struct variant HookHandlerConfig::Prompt";
            default -> "struct variant HookHandlerConfig::Agent";
        };
    }

    /** Type-checks a value when serde deserializes it (in entry order). */
    private static void checkValue(String variant, String f, Content v) throws SerdeJson.Failure {
        switch (f) {
            case "command", "server", "tool" -> string(v);
            case "commandWindows", "statusMessage" -> optString(v);
            case "timeout" -> optUnsigned(v, "u64");
            case "additionalContextLimit" -> optUnsigned(v, "usize");
            case "async" -> bool(v);
            case "input" -> input(v);
            default -> {
            }
        }
    }

    private static HookHandler command(Content body, int index, SourcePosition at, IntFunction<SourcePosition> pos)
            throws SerdeJson.Failure {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        Map<String, Content> f = fields("command", body, COMMAND_FIELDS, positions, unknown, pos);
        if (!f.containsKey("command")) {
            throw SerdeJson.custom("missing field `command`");
        }
        Boolean async = f.containsKey("async") ? bool(f.get("async")) : Boolean.FALSE;
        return new HookHandler.Command(string(f.get("command")), optString(f.get("commandWindows")),
                optUnsigned(f.get("timeout"), "u64"), async, optString(f.get("statusMessage")),
                optUnsigned(f.get("additionalContextLimit"), "usize"), index, at, positions, unknown);
    }

    private static HookHandler mcp(Content body, int index, SourcePosition at, IntFunction<SourcePosition> pos)
            throws SerdeJson.Failure {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        Map<String, Content> f = fields("mcp_tool", body, MCP_FIELDS, positions, unknown, pos);
        if (!f.containsKey("server")) {
            throw SerdeJson.custom("missing field `server`");
        }
        if (!f.containsKey("tool")) {
            throw SerdeJson.custom("missing field `tool`");
        }
        Map<String, Object> input = f.containsKey("input") ? input(f.get("input")) : Map.of();
        return new HookHandler.McpTool(string(f.get("server")), string(f.get("tool")), input,
                optUnsigned(f.get("timeout"), "u64"), optString(f.get("statusMessage")), index, at, positions, unknown);
    }

    private static HookHandler unsupported(String tag, Content body, int index, SourcePosition at,
            IntFunction<SourcePosition> pos) throws SerdeJson.Failure {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        fields(tag, body, List.of(), positions, unknown, pos);
        return new HookHandler.Unsupported(tag, index, at, positions, unknown);
    }

    // ---- serde conversions from Content ----

    private static String string(Content v) throws SerdeJson.Failure {
        if (v instanceof Content.Str s) {
            return s.value();
        }
        throw SerdeJson.invalidType(v.unexpected(), "a string");
    }

    private static String optString(Content v) throws SerdeJson.Failure {
        return v == null || v instanceof Content.Unit ? null : string(v);
    }

    private static boolean bool(Content v) throws SerdeJson.Failure {
        if (v instanceof Content.Bool b) {
            return b.value();
        }
        throw SerdeJson.invalidType(v.unexpected(), "a boolean");
    }

    /** An unsigned integer; values above {@link Long#MAX_VALUE} are kept as their unsigned bits. */
    private static Long optUnsigned(Content v, String expected) throws SerdeJson.Failure {
        if (v == null || v instanceof Content.Unit) {
            return null;
        }
        if (v instanceof Content.Number n) {
            switch (n.num().kind()) {
                case U64 -> {
                    return n.num().value();
                }
                case I64 -> {
                    if (n.num().value() >= 0) {
                        return n.num().value();
                    }
                    throw SerdeJson.invalidValue(n.unexpected(), expected);
                }
                default -> throw SerdeJson.invalidType("map", expected);
            }
        }
        if (v instanceof Content.Int i) {
            if (i.value() >= 0) {
                return i.value();
            }
            throw SerdeJson.invalidValue(i.unexpected(), expected);
        }
        throw SerdeJson.invalidType(v.unexpected(), expected);
    }

    /** The MCP input object, with Codex's check that it can be written as TOML. */
    private static Map<String, Object> input(Content v) throws SerdeJson.Failure {
        Map<String, Object> out = new LinkedHashMap<>();
        if (v instanceof Content.Map m) {
            for (Content.Entry e : m.entries()) {
                out.put(e.key(), value(e.value()));
            }
        } else if (v instanceof Content.Number n && n.num().kind() == SerdeJson.Num.Kind.OTHER) {
            out.put(HooksJsonReader.NUMBER_TOKEN, n.num().text());
        } else {
            throw SerdeJson.invalidType(v.unexpected(), "a map");
        }
        return out;
    }

    private static Object value(Content v) throws SerdeJson.Failure {
        if (v instanceof Content.Unit) {
            throw SerdeJson.custom(INPUT_NOT_TOML);
        }
        if (v instanceof Content.Bool b) {
            return b.value();
        }
        if (v instanceof Content.Str s) {
            return s.value();
        }
        if (v instanceof Content.Number n) {
            SerdeJson.Num num = n.num();
            if (num.kind() == SerdeJson.Num.Kind.U64 && num.value() < 0) {
                throw SerdeJson.custom(INPUT_NOT_TOML);
            }
            return new HookHandler.McpNumber(num.kind() == SerdeJson.Num.Kind.OTHER ? normalizeNumber(num.text())
                    : num.kind() == SerdeJson.Num.Kind.U64 ? Long.toUnsignedString(num.value()) : Long.toString(num.value()));
        }
        if (v instanceof Content.Int i) {
            return new HookHandler.McpNumber(Long.toString(i.value()));
        }
        if (v instanceof Content.Float f) {
            if (Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
                throw SerdeJson.custom(INPUT_NOT_TOML);
            }
            return new HookHandler.McpNumber(normalizeNumber(RustFormat.ryu(f.value())));
        }
        if (v instanceof Content.DateTime d) {
            return d.text();
        }
        if (v instanceof Content.Seq s) {
            List<Object> out = new ArrayList<>();
            for (Content c : s.items()) {
                out.add(value(c));
            }
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Content.Entry e : ((Content.Map) v).entries()) {
            out.put(e.key(), value(e.value()));
        }
        return out;
    }

    /** The number text Codex hashes: the exponent marker lower-cased and given an explicit sign. */
    static String normalizeNumber(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        String exp = text.substring(e + 1);
        if (!exp.startsWith("+") && !exp.startsWith("-")) {
            exp = "+" + exp;
        }
        return mantissa + "e" + exp;
    }
}
