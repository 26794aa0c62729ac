package dev.codexstudio.core.claude;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.codexstudio.core.model.SourcePosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claude Code's settings files read as JSON with comments (JSONC): {@code //} and {@code /* *}{@code /} comments and
 * trailing commas are accepted, every value keeps its line and column, and a duplicate key keeps the last value
 * (as JavaScript's {@code JSON.parse} does). {@link Result#strictError()} says where the text first stops being
 * strict JSON, which Codex's {@code hooks.json} must be.
 */
public final class Jsonc {

    private static final JsonFactory STRICT = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();

    private Jsonc() {
    }

    /** A JSON value with the position where it starts. */
    public sealed interface Value {
        SourcePosition position();
    }

    /** An object; {@link #keyPositions()} gives where each key was written (the last occurrence). */
    public record Obj(Map<String, Value> members, Map<String, SourcePosition> keyPositions, List<String> duplicates,
            SourcePosition position) implements Value {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
            keyPositions = Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
            duplicates = List.copyOf(duplicates);
        }

        public Optional<Value> get(String key) {
            return Optional.ofNullable(members.get(key));
        }

        public SourcePosition keyPosition(String key) {
            return keyPositions.getOrDefault(key, position);
        }
    }

    public record Arr(List<Value> items, SourcePosition position) implements Value {
        public Arr {
            items = List.copyOf(items);
        }
    }

    public record Str(String value, SourcePosition position) implements Value {
    }

    /** A number as written. */
    public record Num(BigDecimal value, String text, SourcePosition position) implements Value {
    }

    public record Bool(boolean value, SourcePosition position) implements Value {
    }

    public record Null(SourcePosition position) implements Value {
    }

    /**
     * The outcome of reading a file.
     *
     * @param value       the root value, or {@code null} when even JSONC does not parse
     * @param error       why it does not parse (with position), or {@code null}
     * @param strictError where strict JSON first fails (a comment or a trailing comma), or {@code null} when strict
     */
    public record Result(Value value, Problem error, Problem strictError) {
        public boolean ok() {
            return value != null;
        }
    }

    /** A parse problem: a message and where. */
    public record Problem(String message, SourcePosition position) {
    }

    /** Parses {@code text} (already decoded, without a byte-order mark) of {@code file}. */
    public static Result parse(Path file, String text) {
        Problem strict = check(STRICT, file, text);
        if (strict == null) {
            return new Result(read(LENIENT, file, text), null, null);
        }
        Problem lenient = check(LENIENT, file, text);
        if (lenient != null) {
            return new Result(null, lenient, strict);
        }
        return new Result(read(LENIENT, file, text), null, strict);
    }

    private static Problem check(JsonFactory f, Path file, String text) {
        try (JsonParser p = f.createParser(text)) {
            if (p.nextToken() == null) {
                return new Problem("the file is empty", SourcePosition.ofFile(file));
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                return new Problem("unexpected content after the JSON value", at(file, l));
            }
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            return new Problem(e.getOriginalMessage(), l == null ? SourcePosition.ofFile(file) : at(file, l));
        } catch (IOException e) {
            return new Problem(String.valueOf(e.getMessage()), SourcePosition.ofFile(file));
        }
    }

    private static Value read(JsonFactory f, Path file, String text) {
        try (JsonParser p = f.createParser(text)) {
            p.nextToken();
            return value(p, file);
        } catch (IOException e) {
            throw new IllegalStateException("checked JSON did not parse", e);
        }
    }

    private static SourcePosition at(Path file, JsonLocation l) {
        return SourcePosition.of(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private static Value value(JsonParser p, Path file) throws IOException {
        SourcePosition pos = at(file, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Value> members = new LinkedHashMap<>();
                Map<String, SourcePosition> keys = new LinkedHashMap<>();
                List<String> dups = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    SourcePosition kp = at(file, p.currentTokenLocation());
                    p.nextToken();
                    Value v = value(p, file);
                    if (members.containsKey(name)) {
                        dups.add(name);
                        members.remove(name);
                    }
                    members.put(name, v);
                    keys.put(name, kp);
                }
                return new Obj(members, keys, dups, pos);
            }
            case START_ARRAY: {
                List<Value> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, file));
                }
                return new Arr(items, pos);
            }
            case VALUE_STRING:
                return new Str(p.getText(), pos);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Num(p.getDecimalValue(), p.getText(), pos);
            case VALUE_TRUE:
                return new Bool(true, pos);
            case VALUE_FALSE:
                return new Bool(false, pos);
            default:
                return new Null(pos);
        }
    }

    /** A short name of a value's type, for messages ("a string", "an array", …). */
    public static String typeName(Value v) {
        if (v instanceof Obj) {
            return "an object";
        }
        if (v instanceof Arr) {
            return "an array";
        }
        if (v instanceof Str) {
            return "a string";
        }
        if (v instanceof Num) {
            return "a number";
        }
        if (v instanceof Bool) {
            return "a boolean";
        }
        return "null";
    }
}
