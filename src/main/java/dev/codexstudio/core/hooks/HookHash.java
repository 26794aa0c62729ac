package dev.codexstudio.core.hooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Codex's hook trust hash: {@code "sha256:" + hex(sha256(compact JSON with recursively sorted keys))} of the
 * normalised hook identity {@code {"event_name": <label>, "matcher": <matcher Codex uses, omitted when none>,
 * "hooks": [<normalised handler>]}}.
 *
 * <p>Normalised command handler: {@code type}, {@code command}, {@code timeout} (effective: default 600, at least
 * 1, SessionEnd/Interrupt default 1 and capped at 3), {@code async} (as configured, even where Codex runs it
 * synchronously), {@code statusMessage} if set, {@code additionalContextLimit} if set, not the default 2500, and honoured by the
 * event;
 * never {@code commandWindows}. MCP handler: {@code type}, {@code server}, {@code tool}, {@code input} (default
 * {@code {}}, numbers as {@code {"$serde_json::private::Number": "<text>"}}), {@code timeout},
 * {@code statusMessage} if set. All verified against Codex 0.169's {@code currentHash}.
 */
public final class HookHash {

    /** Codex's default {@code additionalContextLimit} (tokens); a limit equal to it does not enter the hash. */
    public static final long DEFAULT_ADDITIONAL_CONTEXT_LIMIT = 2500;

    private HookHash() {
    }

    /** The hash of one handler of a group, as Codex lists it. */
    public static String of(HookEvent event, String effectiveMatcher, HookHandler handler) {
        // Within one scan every view lists the same handlers of the shared layers: hash each once.
        return dev.codexstudio.core.config.TomlFiles.memo(new HashKey(event, effectiveMatcher, handler),
                () -> ofNow(event, effectiveMatcher, handler));
    }

    private record HashKey(HookEvent event, String effectiveMatcher, HookHandler handler) {
    }

    private static String ofNow(HookEvent event, String effectiveMatcher, HookHandler handler) {
        Map<String, Object> h = new LinkedHashMap<>();
        if (handler instanceof HookHandler.Command c) {
            h.put("type", "command");
            h.put("command", c.command());
            h.put("timeout", new Raw(Long.toUnsignedString(event.effectiveTimeout(c.timeout()))));
            h.put("async", c.async());
            if (c.statusMessage() != null) {
                h.put("statusMessage", c.statusMessage());
            }
            if (c.additionalContextLimit() != null && event.supportsAdditionalContext()
                    && c.additionalContextLimit() != DEFAULT_ADDITIONAL_CONTEXT_LIMIT) {
                h.put("additionalContextLimit", new Raw(Long.toUnsignedString(c.additionalContextLimit())));
            }
        } else if (handler instanceof HookHandler.McpTool m) {
            h.put("type", "mcp_tool");
            h.put("server", m.server());
            h.put("tool", m.tool());
            h.put("input", m.input());
            h.put("timeout", new Raw(Long.toUnsignedString(event.effectiveTimeout(m.timeout()))));
            if (m.statusMessage() != null) {
                h.put("statusMessage", m.statusMessage());
            }
        } else {
            throw new IllegalArgumentException("Codex does not hash " + handler.type() + " hooks");
        }
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("event_name", event.label());
        if (effectiveMatcher != null) {
            identity.put("matcher", effectiveMatcher);
        }
        identity.put("hooks", List.of(h));
        return sha256(canonicalJson(identity));
    }

    /** {@code "sha256:" + hex(sha256(utf8(text)))}. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** A number already rendered as JSON text. */
    private record Raw(String text) {
    }

    /**
     * Compact JSON with keys sorted by code point (as a Rust {@code BTreeMap<String, _>}), strings escaped as
     * serde_json does.
     */
    static String canonicalJson(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v instanceof Raw r) {
            b.append(r.text());
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Boolean bool) {
            b.append(bool);
        } else if (v instanceof HookHandler.McpNumber n) {
            b.append('{');
            string(b, HooksJsonReader.NUMBER_TOKEN);
            b.append(':');
            string(b, n.text());
            b.append('}');
        } else if (v instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(b, list.get(i));
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(k -> keys.add((String) k));
            keys.sort(HookHash::compareCodePoints);
            b.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                string(b, keys.get(i));
                b.append(':');
                write(b, map.get(keys.get(i)));
            }
            b.append('}');
        } else {
            b.append("null");
        }
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
