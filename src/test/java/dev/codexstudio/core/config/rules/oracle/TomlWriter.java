package dev.codexstudio.core.config.rules.oracle;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Renders plain Java values (Map, List, String, Long, Double, Boolean) as TOML, one top-level key per line. */
final class TomlWriter {

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_-]+");

    private TomlWriter() {
    }

    static String document(Map<String, Object> root) {
        StringBuilder sb = new StringBuilder();
        root.forEach((k, v) -> sb.append(key(k)).append(" = ").append(value(v)).append('\n'));
        return sb.toString();
    }

    static String key(String k) {
        return BARE.matcher(k).matches() ? k : string(k);
    }

    static String value(Object v) {
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            return String.valueOf(v);
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "nan";
            }
            if (d.isInfinite()) {
                return d > 0 ? "inf" : "-inf";
            }
            return String.valueOf(d);
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(value(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                return "{}";
            }
            StringBuilder sb = new StringBuilder("{ ");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ").append(key(String.valueOf(e.getKey()))).append(" = ").append(value(e.getValue()));
                first = false;
            }
            return sb.append(" }").toString();
        }
        throw new IllegalArgumentException("cannot render " + v);
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
