package dev.codexstudio.core.hooks;

import dev.codexstudio.core.hooks.HookReadResult.Failure;
import dev.codexstudio.core.hooks.HookReadResult.FailureKind;
import dev.codexstudio.core.hooks.SerdeJson.Num;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code hooks.json} exactly as Codex 0.169 does ({@code serde_json::from_str} into its {@code HooksFile}):
 * the same inputs are accepted, the same ones skip the whole file with the same
 * {@code failed to parse hooks config <path>: <serde message> at line L column C} warning, and every group,
 * handler and field keeps its line and column.
 *
 * <p>Codex's serde behaviour reproduced here: the top level allows only {@code description} and {@code hooks}
 * (events at the top level fail with {@code unknown field `X`, expected `description` or `hooks`}); unknown event
 * names inside {@code hooks} and unknown fields of groups and handlers are ignored (so {@code timeoutSec} is
 * ignored); comments, trailing commas, duplicate keys of known fields, a byte-order mark and wrong types skip the
 * file; invalid UTF-8 fails the read; numbers are arbitrary-precision (a float where an integer is expected reads
 * as {@code invalid type: map}); structs also accept the array form serde allows.
 */
public final class HooksJsonReader {

    static final String TAG_VARIANTS = "`command`, `mcp_tool`, `prompt`, `agent`";
    static final String NUMBER_TOKEN = "$serde_json::private::Number";

    private HooksJsonReader() {
    }

    /**
     * Reads a {@code hooks.json} the way Codex does: absent (not a regular file) → {@link HookReadResult#absent};
     * unreadable → a {@code failed to read hooks config} failure; otherwise {@link #parse}.
     */
    public static HookReadResult read(Path file, String sourceLabel, boolean managed) {
        // Within one scan (TomlFiles.readOnce) the views share the layer folders: read each hooks.json once.
        return dev.codexstudio.core.config.TomlFiles.memo(new ReadKey(file, sourceLabel, managed),
                () -> readNow(file, sourceLabel, managed));
    }

    private record ReadKey(Path file, String sourceLabel, boolean managed) {
    }

    private static HookReadResult readNow(Path file, String sourceLabel, boolean managed) {
        try {
            if (!Files.isRegularFile(file)) {
                return HookReadResult.absent(file);
            }
            SourceText text = FileReads.readText(file);
            return parse(text, sourceLabel, managed);
        } catch (FileReads.FileTooLargeException e) {
            return HookReadResult.failed(file, new Failure(FailureKind.STUDIO_LIMIT, e.getMessage(), e.getMessage(),
                    SourcePosition.ofFile(file)));
        } catch (IOException | RuntimeException e) {
            String detail = ioMessage(e);
            return HookReadResult.failed(file, new Failure(FailureKind.READ,
                    "failed to read hooks config " + file + ": " + detail, detail, SourcePosition.ofFile(file)));
        }
    }

    private static String ioMessage(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied (os error 13)";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory (os error 2)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Parses hooks.json text (bytes as on disk). Never throws for bad input. */
    public static HookReadResult parse(SourceText text, String sourceLabel, boolean managed) {
        Path path = text.path();
        if (!text.isValidUtf8()) {
            String detail = "stream did not contain valid UTF-8";
            return HookReadResult.failed(path, new Failure(FailureKind.READ,
                    "failed to read hooks config " + path + ": " + detail, detail, text.firstMalformedPosition()));
        }
        Reader r = new Reader(text);
        try {
            HookSource source = r.hooksFile(sourceLabel, managed);
            r.json.end();
            return HookReadResult.ok(path, source);
        } catch (SerdeJson.Failure f) {
            r.json.fix(f);
            String detail = f.display();
            return HookReadResult.failed(path, new Failure(FailureKind.PARSE,
                    "failed to parse hooks config " + path + ": " + detail, f.code, r.pos(f.byteOffset)));
        } catch (RuntimeException | StackOverflowError e) {
            String detail = "unreadable hooks file: " + e.getClass().getSimpleName();
            return HookReadResult.failed(path, new Failure(FailureKind.PARSE,
                    "failed to parse hooks config " + path + ": " + detail, detail, SourcePosition.ofFile(path)));
        }
    }

    /** The typed deserialisation of Codex's hook structs over {@link SerdeJson}. */
    private static final class Reader {
        final SourceText text;
        final SerdeJson json;
        final int bomLength;
        int lastByte;
        int lastChar;

        Reader(SourceText text) {
            this.text = text;
            this.json = new SerdeJson(text.bytes());
            this.bomLength = text.hasBom() ? 3 : 0;
        }

        /** Byte offset in the file → position in {@link SourceText#text()}. */
        SourcePosition pos(int byteOffset) {
            int target = Math.max(byteOffset, bomLength);
            if (target < lastByte) {
                lastByte = bomLength;
                lastChar = 0;
            }
            byte[] b = json.bytes;
            int i = Math.max(lastByte, bomLength);
            int chars = lastChar;
            while (i < target && i < b.length) {
                int c = b[i] & 0xFF;
                int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                chars += len == 4 ? 2 : 1;
                i += len;
            }
            lastByte = i;
            lastChar = chars;
            return text.position(chars);
        }

        // ---- HooksFile ----

        HookSource hooksFile(String sourceLabel, boolean managed) throws SerdeJson.Failure {
            int b = json.ws();
            if (b < 0) {
                throw json.peekError("EOF while parsing a value");
            }
            String[] description = {null};
            Map<HookEvent, List<MatcherGroup>> events = new EnumMap<>(HookEvent.class);
            Map<String, SourcePosition> unknown = new LinkedHashMap<>();
            SourcePosition[] hooksAt = {null};
            if (b == '[') {
                json.enter();
                json.eat();
                SerdeJson.Failure ret = null;
                try {
                    boolean[] first = {true};
                    if (json.hasNextElement(first)) {
                        description[0] = optString("a string");
                        if (json.hasNextElement(first)) {
                            hooksAt[0] = pos(json.index);
                            events(events, unknown);
                        }
                    }
                } catch (SerdeJson.Failure f) {
                    ret = f;
                }
                json.leave();
                json.closeSeq(ret);
            } else if (b == '{') {
                json.enter();
                json.eat();
                SerdeJson.Failure ret = null;
                try {
                    boolean[] first = {true};
                    boolean seenDescription = false;
                    boolean seenHooks = false;
                    while (json.hasNextKey(first)) {
                        int keyAt = json.index;
                        String k = json.key();
                        if (k.equals("description")) {
                            if (seenDescription) {
                                throw SerdeJson.custom("duplicate field `description`");
                            }
                            seenDescription = true;
                            json.colon();
                            description[0] = optString("a string");
                        } else if (k.equals("hooks")) {
                            if (seenHooks) {
                                throw SerdeJson.custom("duplicate field `hooks`");
                            }
                            seenHooks = true;
                            hooksAt[0] = pos(keyAt);
                            json.colon();
                            events(events, unknown);
                        } else {
                            throw SerdeJson.custom("unknown field `" + k + "`, expected `description` or `hooks`");
                        }
                    }
                } catch (SerdeJson.Failure f) {
                    ret = f;
                }
                json.leave();
                json.closeMap(ret);
            } else {
                throw json.peekInvalidType("struct HooksFile");
            }
            SourcePosition at = hooksAt[0] != null ? hooksAt[0] : SourcePosition.ofFile(text.path());
            return new HookSource(text.path(), HookSource.Format.JSON, sourceLabel, managed, events, description[0], unknown,
                    at);
        }

        // ---- HookEventsToml ----

        void events(Map<HookEvent, List<MatcherGroup>> events, Map<String, SourcePosition> unknown)
                throws SerdeJson.Failure {
            int b = json.ws();
            if (b < 0) {
                throw json.peekError("EOF while parsing a value");
            }
            if (b == '[') {
                json.enter();
                json.eat();
                SerdeJson.Failure ret = null;
                try {
                    boolean[] first = {true};
                    for (HookEvent e : HookEvent.values()) {
                        if (!json.hasNextElement(first)) {
                            break;
                        }
                        events.put(e, groups());
                    }
                } catch (SerdeJson.Failure f) {
                    ret = f;
                }
                json.leave();
                json.closeSeq(ret);
            } else if (b == '{') {
                json.enter();
                json.eat();
                SerdeJson.Failure ret = null;
                try {
                    boolean[] first = {true};
                    while (json.hasNextKey(first)) {
                        int keyAt = json.index;
                        String k = json.key();
                        HookEvent e = HookEvent.fromTomlName(k).orElse(null);
                        if (e == null) {
                            unknown.putIfAbsent(k, pos(keyAt));
                            json.colon();
                            json.ignoreValue();
                            continue;
                        }
                        if (events.containsKey(e)) {
                            throw SerdeJson.custom("duplicate field `" + k + "`");
                        }
                        json.colon();
                        events.put(e, groups());
                    }
                } catch (SerdeJson.Failure f) {
                    ret = f;
                }
                json.leave();
                json.closeMap(ret);
            } else {
                throw json.peekInvalidType("struct HookEventsToml");
            }
        }

        // ---- Vec<MatcherGroup> ----

        List<MatcherGroup> groups() throws SerdeJson.Failure {
            int b = json.ws();
            if (b < 0) {
                throw json.peekError("EOF while parsing a value");
            }
            if (b != '[') {
                throw json.peekInvalidType("a sequence");
            }
            List<MatcherGroup> out = new ArrayList<>();
            json.enter();
            json.eat();
            SerdeJson.Failure ret = null;
            try {
                boolean[] first = {true};
                while (json.hasNextElement(first)) {
                    out.add(group(out.size()));
                }
            } catch (SerdeJson.Failure f) {
                ret = f;
            }
            json.leave();
            json.closeSeq(ret);
            return out;
        }

        MatcherGroup group(int groupIndex) throws SerdeJson.Failure {
            int b = json.ws();
            if (b < 0) {
                throw json.peekError("EOF while parsing a value");
            }
            SourcePosition at = pos(json.index);
            String matcher = null;
            List<HookHandler> handlers = List.of();
            Map<String, SourcePosition> fields = new LinkedHashMap<>();
            List<String> unknownFields = new ArrayList<>();
            if (b == '[') {
                json.enter();
                json.eat();
                SerdeJson.Failure ret = null;
                try {
                    boolean[] first = {true};
                    if (json.hasNextElement(first)) {
                        fields.put("matcher", pos(json.index));
                        matcher = optString("a string");
                        if (json.hasNextElement(first)) {
                            fields.put("hooks", pos(json.index));
                            handlers = handlers();
                        }
                    }
                } catch (SerdeJson.Failure f) {
                    ret = f;
                }
                json.leave();
                json.closeSeq(ret);
            } else if (b == '{') {
                json.enter();
                json.eat();
                SerdeJson.Failure ret = null;
                try {
                    boolean[] first = {true};
                    boolean seenMatcher = false;
                    boolean seenHooks = false;
                    while (json.hasNextKey(first)) {
                        int keyAt = json.index;
                        String k = json.key();
                        if (k.equals("matcher")) {
                            if (seenMatcher) {
                                throw SerdeJson.custom("duplicate field `matcher`");
                            }
                            seenMatcher = true;
                            fields.put(k, pos(keyAt));
                            json.colon();
                            matcher = optString("a string");
                        } else if (k.equals("hooks")) {
                            if (seenHooks) {
                                throw SerdeJson.custom("duplicate field `hooks`");
                            }
                            seenHooks = true;
                            fields.put(k, pos(keyAt));
                            json.colon();
                            handlers = handlers();
                        } else {
                            fields.putIfAbsent(k, pos(keyAt));
                            unknownFields.add(k);
                            json.colon();
                            json.ignoreValue();
                        }
                    }
                } catch (SerdeJson.Failure f) {
                    ret = f;
                }
                json.leave();
                json.closeMap(ret);
            } else {
                throw json.peekInvalidType("struct MatcherGroup");
            }
            return new MatcherGroup(matcher, handlers, groupIndex, at, fields, unknownFields);
        }

        String optString(String expected) throws SerdeJson.Failure {
            if (json.ws() == 'n') {
                json.eat();
                json.parseIdent("ull");
                return null;
            }
            return string(expected);
        }

        String string(String expected) throws SerdeJson.Failure {
            int b = json.ws();
            if (b < 0) {
                throw json.peekError("EOF while parsing a value");
            }
            if (b != '"') {
                throw json.peekInvalidType(expected);
            }
            json.eat();
            return json.parseStr();
        }

        // ---- Vec<HookHandlerConfig> ----

        List<HookHandler> handlers() throws SerdeJson.Failure {
            int b = json.ws();
            if (b < 0) {
                throw json.peekError("EOF while parsing a value");
            }
            if (b != '[') {
                throw json.peekInvalidType("a sequence");
            }
            List<HookHandler> out = new ArrayList<>();
            json.enter();
            json.eat();
            SerdeJson.Failure ret = null;
            try {
                boolean[] first = {true};
                while (json.hasNextElement(first)) {
                    out.add(handler(out.size()));
                }
            } catch (SerdeJson.Failure f) {
                ret = f;
            }
            json.leave();
            json.closeSeq(ret);
            return out;
        }

        /** An internally tagged {@code HookHandlerConfig}: serde buffers everything but the tag. */
        HookHandler handler(int handlerIndex) throws SerdeJson.Failure {
            String expected = "internally tagged enum HookHandlerConfig";
            int b = json.ws();
            if (b < 0) {
                throw json.peekError("EOF while parsing a value");
            }
            SourcePosition at = pos(json.index);
            String tag = null;
            Content body;
            switch (b) {
                case 'n' -> {
                    json.eat();
                    json.parseIdent("ull");
                    throw json.fix(SerdeJson.custom("invalid type: null, expected " + expected));
                }
                case 't' -> {
                    json.eat();
                    json.parseIdent("rue");
                    throw json.fix(SerdeJson.invalidType("boolean `true`", expected));
                }
                case 'f' -> {
                    json.eat();
                    json.parseIdent("alse");
                    throw json.fix(SerdeJson.invalidType("boolean `false`", expected));
                }
                case '"' -> {
                    json.eat();
                    String s = json.parseStr();
                    throw json.fix(SerdeJson.invalidType(SerdeJson.strUnexpected(s), expected));
                }
                case '[' -> {
                    json.enter();
                    json.eat();
                    SerdeJson.Failure ret = null;
                    List<Content> rest = new ArrayList<>();
                    int startAt = json.index;
                    try {
                        boolean[] first = {true};
                        if (!json.hasNextElement(first)) {
                            throw SerdeJson.custom("missing field `type`");
                        }
                        tag = variantIdentifier();
                        while (json.hasNextElement(first)) {
                            rest.add(content());
                        }
                    } catch (SerdeJson.Failure f) {
                        ret = f;
                    }
                    json.leave();
                    json.closeSeq(ret);
                    body = new Content.Seq(rest, startAt);
                }
                case '{' -> {
                    json.enter();
                    json.eat();
                    SerdeJson.Failure ret = null;
                    List<Content.Entry> entries = new ArrayList<>();
                    int startAt = json.index;
                    try {
                        boolean[] first = {true};
                        while (json.hasNextKey(first)) {
                            int keyAt = json.index;
                            String k = json.key();
                            if (k.equals("type")) {
                                if (tag != null) {
                                    throw SerdeJson.custom("duplicate field `type`");
                                }
                                json.colon();
                                tag = variantIdentifier();
                            } else {
                                json.colon();
                                entries.add(new Content.Entry(k, keyAt, content()));
                            }
                        }
                        if (tag == null) {
                            throw SerdeJson.custom("missing field `type`");
                        }
                    } catch (SerdeJson.Failure f) {
                        ret = f;
                    }
                    json.leave();
                    json.closeMap(ret);
                    body = new Content.Map(entries, startAt);
                }
                default -> {
                    if (b == '-' || (b >= '0' && b <= '9')) {
                        if (b == '-') {
                            json.eat();
                        }
                        Num n = json.parseAnyNumber(b != '-');
                        if (n.kind() == Num.Kind.OTHER) {
                            throw json.fix(SerdeJson.custom("missing field `type`"));
                        }
                        throw json.fix(SerdeJson.invalidType(n.unexpected(), expected));
                    }
                    throw json.peekError("expected value");
                }
            }
            return HandlerBuilder.build(tag, body, handlerIndex, at, this::pos);
        }

        String variantIdentifier() throws SerdeJson.Failure {
            int b = json.ws();
            if (b < 0) {
                throw json.peekError("EOF while parsing a value");
            }
            if (b != '"') {
                throw json.peekInvalidType("variant identifier");
            }
            json.eat();
            String s = json.parseStr();
            if (!HandlerBuilder.VARIANTS.contains(s)) {
                throw json.fix(SerdeJson.custom("unknown variant `" + s + "`, expected one of " + TAG_VARIANTS));
            }
            return s;
        }

        /** serde's {@code Content} buffering of any value ({@code deserialize_any}, recursion counted). */
        Content content() throws SerdeJson.Failure {
            int b = json.ws();
            if (b < 0) {
                throw json.peekError("EOF while parsing a value");
            }
            int at = json.index;
            switch (b) {
                case 'n' -> {
                    json.eat();
                    json.parseIdent("ull");
                    return new Content.Unit(at);
                }
                case 't' -> {
                    json.eat();
                    json.parseIdent("rue");
                    return new Content.Bool(true, at);
                }
                case 'f' -> {
                    json.eat();
                    json.parseIdent("alse");
                    return new Content.Bool(false, at);
                }
                case '"' -> {
                    json.eat();
                    return new Content.Str(json.parseStr(), at);
                }
                case '[' -> {
                    json.enter();
                    json.eat();
                    SerdeJson.Failure ret = null;
                    List<Content> items = new ArrayList<>();
                    try {
                        boolean[] first = {true};
                        while (json.hasNextElement(first)) {
                            items.add(content());
                        }
                    } catch (SerdeJson.Failure f) {
                        ret = f;
                    }
                    json.leave();
                    json.closeSeq(ret);
                    return new Content.Seq(items, at);
                }
                case '{' -> {
                    json.enter();
                    json.eat();
                    SerdeJson.Failure ret = null;
                    List<Content.Entry> entries = new ArrayList<>();
                    try {
                        boolean[] first = {true};
                        while (json.hasNextKey(first)) {
                            int keyAt = json.index;
                            String k = json.key();
                            json.colon();
                            entries.add(new Content.Entry(k, keyAt, content()));
                        }
                    } catch (SerdeJson.Failure f) {
                        ret = f;
                    }
                    json.leave();
                    json.closeMap(ret);
                    return new Content.Map(entries, at);
                }
                default -> {
                    if (b == '-') {
                        json.eat();
                        return new Content.Number(json.parseAnyNumber(false), at);
                    }
                    if (b >= '0' && b <= '9') {
                        return new Content.Number(json.parseAnyNumber(true), at);
                    }
                    throw json.peekError("expected value");
                }
            }
        }
    }
}
