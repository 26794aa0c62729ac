package dev.codexstudio.core.hooks;

import java.util.List;

/**
 * A value buffered the way serde buffers the body of an internally tagged enum ({@code Content}), with the
 * offset where it starts ({@code at}: a byte offset for JSON, a position index for TOML).
 */
sealed interface Content {

    int at();

    /** serde's {@code Unexpected} text for this value (serde_json spells unit as {@code null}). */
    String unexpected();

    record Unit(int at) implements Content {
        @Override
        public String unexpected() {
            return "null";
        }
    }

    record Bool(boolean value, int at) implements Content {
        @Override
        public String unexpected() {
            return "boolean `" + value + "`";
        }
    }

    record Str(String value, int at) implements Content {
        @Override
        public String unexpected() {
            return SerdeJson.strUnexpected(value);
        }
    }

    /** A JSON number (serde_json arbitrary precision: a non-integer is buffered as a map). */
    record Number(SerdeJson.Num num, int at) implements Content {
        @Override
        public String unexpected() {
            return num.kind() == SerdeJson.Num.Kind.OTHER ? "map" : num.unexpected();
        }
    }

    /** A TOML integer (always i64). */
    record Int(long value, int at) implements Content {
        @Override
        public String unexpected() {
            return "integer `" + value + "`";
        }
    }

    /** A TOML float. */
    record Float(double value, int at) implements Content {
        @Override
        public String unexpected() {
            return "floating point `" + RustFormat.float64(value) + "`";
        }
    }

    /** A TOML date-time (kept as its text). */
    record DateTime(String text, int at) implements Content {
        @Override
        public String unexpected() {
            return "map";
        }
    }

    record Seq(List<Content> items, int at) implements Content {
        @Override
        public String unexpected() {
            return "sequence";
        }
    }

    record Map(List<Entry> entries, int at) implements Content {
        @Override
        public String unexpected() {
            return "map";
        }
    }

    /** A map entry with the offset of its key. */
    record Entry(String key, int keyAt, Content value) {
    }
}
