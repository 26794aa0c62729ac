package dev.codexstudio.core.hooks;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.hooks.HookReadResult.Failure;
import dev.codexstudio.core.hooks.HookReadResult.FailureKind;
import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Reads inline hooks from the {@code [hooks]} table of a config layer ({@code [[hooks.<Event>]]} arrays of tables
 * with {@code [[hooks.<Event>.hooks]]} handlers) or of {@code requirements.toml}, with Codex's serde rules and
 * positions from {@link TomlDocument#locate}.
 *
 * <p>A wrong type anywhere under {@code [hooks]} makes Codex refuse the whole config ({@link FailureKind#CONFIG}),
 * reported as {@code <path>:<line>:<col>: <serde message>} (config layers) or
 * {@code failed to parse requirements layer <path>: <message>} (requirements). The {@code state} key holds trust
 * state, not hooks; {@code managed_dir}/{@code windows_managed_dir} are requirement settings.
 */
public final class InlineHooksReader {

    private InlineHooksReader() {
    }

    /**
     * Reads the {@code [hooks]} table of a config layer's {@code config.toml} as Codex's discovery does (its
     * {@code HookEventsToml}: {@code state} is not looked at). A failure here is only a discovery warning when the
     * merged config is valid; see {@link #typeCheck} for the check that refuses the config.
     */
    public static HookReadResult readConfig(TomlDocument doc, String sourceLabel, boolean managed) {
        if (doc.isEdited()) {
            return read(doc, HookSource.Format.TOML_INLINE, sourceLabel, managed);
        }
        // Within one scan, every view whose stack holds this layer reads the same document: read it once.
        return dev.codexstudio.core.config.TomlFiles.memo(new ReadKey(doc, sourceLabel, managed),
                () -> read(doc, HookSource.Format.TOML_INLINE, sourceLabel, managed));
    }

    /** Documents compare by identity: the key stands for this document as read in the current scan. */
    private record ReadKey(TomlDocument doc, String sourceLabel, boolean managed) {
    }

    /**
     * The type check Codex's config loading applies to one layer's {@code [hooks]} (events and {@code state}): the
     * {@code path:line:col: message} it refuses the config with, or empty.
     */
    public static Optional<String> typeCheck(TomlDocument doc) {
        return typeCheck(doc, null);
    }

    /** Like {@link #typeCheck(TomlDocument)}, for one key under {@code [hooks]} only (all keys when null). */
    static Optional<String> typeCheck(TomlDocument doc, String onlyKey) {
        if (doc.isEdited()) {
            return typeCheckNow(doc, onlyKey);
        }
        return dev.codexstudio.core.config.TomlFiles.memo(new TypeCheckKey(doc, onlyKey),
                () -> typeCheckNow(doc, onlyKey));
    }

    private record TypeCheckKey(TomlDocument doc, String onlyKey) {
    }

    private static Optional<String> typeCheckNow(TomlDocument doc, String onlyKey) {
        try {
            if (doc.hasSyntaxErrors() || !doc.table().contains(List.of("hooks"))) {
                return Optional.empty();
            }
            Reader r = new Reader(doc, HookSource.Format.TOML_INLINE);
            Object hooks = doc.table().get(List.of("hooks"));
            try {
                if (!(hooks instanceof TomlTable table)) {
                    throw new TypeError(SerdeJson.invalidType(unexpected(hooks), "struct HooksToml").getMessage(),
                            List.of("hooks"));
                }
                for (String key : table.keySet()) {
                    if (onlyKey != null && !onlyKey.equals(key)) {
                        continue;
                    }
                    List<String> p = List.of("hooks", key);
                    if (key.equals("state")) {
                        HookStates.check(table.get(List.of(key)), p);
                    } else if (HookEvent.fromTomlName(key).isPresent()) {
                        r.groups(table.get(List.of(key)), p);
                    }
                }
                return Optional.empty();
            } catch (TypeError e) {
                SourcePosition pos = r.errorPosition(e.path);
                return Optional.of(doc.source().path() + ":" + pos.line() + ":" + pos.column() + ": " + e.getMessage());
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads the managed {@code [hooks]} table of a {@code requirements.toml}. */
    public static HookReadResult readRequirements(TomlDocument doc, String sourceLabel) {
        return read(doc, HookSource.Format.REQUIREMENTS, sourceLabel, true);
    }

    private static HookReadResult read(TomlDocument doc, HookSource.Format format, String sourceLabel, boolean managed) {
        Path path = doc.source().path();
        try {
            if (doc.hasSyntaxErrors() || !doc.table().contains(List.of("hooks"))) {
                return HookReadResult.absent(path);
            }
            return new Reader(doc, format).read(sourceLabel, managed);
        } catch (RuntimeException e) {
            return HookReadResult.absent(path);
        }
    }

    /** A type error at a TOML path. */
    static final class TypeError extends Exception {
        private static final long serialVersionUID = 1L;
        final List<String> path;

        TypeError(String message, List<String> path) {
            super(message, null, false, false);
            this.path = List.copyOf(path);
        }
    }

    private static final class Reader {
        final TomlDocument doc;
        final HookSource.Format format;
        final List<SourcePosition> positions = new ArrayList<>();

        Reader(TomlDocument doc, HookSource.Format format) {
            this.doc = doc;
            this.format = format;
        }

        HookReadResult read(String sourceLabel, boolean managed) {
            Path path = doc.source().path();
            Object hooks = doc.table().get(List.of("hooks"));
            List<String> at = List.of("hooks");
            try {
                if (!(hooks instanceof TomlTable table)) {
                    throw new TypeError(SerdeJson.invalidType(unexpected(hooks), format == HookSource.Format.REQUIREMENTS
                            ? "struct ManagedHooksRequirementsToml" : "struct HooksToml").getMessage(), at);
                }
                Map<HookEvent, List<MatcherGroup>> events = new EnumMap<>(HookEvent.class);
                Map<String, SourcePosition> unknown = new LinkedHashMap<>();
                for (String key : table.keySet()) {
                    List<String> p = List.of("hooks", key);
                    Object v = table.get(List.of(key));
                    HookEvent e = HookEvent.fromTomlName(key).orElse(null);
                    if (e != null) {
                        events.put(e, groups(v, p));
                    } else if (key.equals("state") && format != HookSource.Format.REQUIREMENTS) {
                        continue;
                    } else if ((key.equals("managed_dir") || key.equals("windows_managed_dir"))
                            && format == HookSource.Format.REQUIREMENTS) {
                        if (!(v instanceof String)) {
                            throw new TypeError(SerdeJson.invalidType(unexpected(v), "path string").getMessage(), p);
                        }
                    } else {
                        unknown.put(key, doc.locate(p));
                    }
                }
                return HookReadResult.ok(path, new HookSource(path, format, sourceLabel, managed, events, null, unknown,
                        doc.locate(at)));
            } catch (TypeError e) {
                SourcePosition pos = errorPosition(e.path);
                String message = format == HookSource.Format.REQUIREMENTS
                        ? "failed to parse requirements layer " + path + ": " + e.getMessage() + "\nin `hooks`"
                        : "failed to parse TOML hooks in " + path + ": " + e.getMessage() + "\nin `" + keyPath(e.path) + "`\n";
                return HookReadResult.failed(path, new Failure(FailureKind.CONFIG, message, e.getMessage(), pos));
            }
        }

        /**
         * Where Codex reports a type error: {@code hooks.state} values keep their own position; anything under an
         * event is buffered by serde ({@code flatten}) and reported at the {@code hooks} table itself: the value of
         * {@code hooks = …}, the {@code [hooks]} header, or the {@code hooks} key of the first {@code [hooks.…]} or
         * {@code [[hooks.…]]} header.
         */
        SourcePosition errorPosition(List<String> errorPath) {
            if (errorPath.size() >= 2 && errorPath.get(1).equals("state")) {
                return valuePosition(doc.locate(errorPath));
            }
            if (errorPath.size() == 1) {
                return valuePosition(doc.locate(errorPath));
            }
            var src = doc.source();
            boolean rootTable = true;
            for (int line = 1; line <= src.lineCount(); line++) {
                String text = src.lineText(line);
                String t = text.stripLeading();
                int indent = text.length() - t.length();
                boolean header = t.startsWith("[");
                if (t.startsWith("[hooks]") || t.startsWith("[ hooks ]")) {
                    return SourcePosition.of(src.path(), line, indent + 1);
                }
                if (t.startsWith("[[hooks.") || t.startsWith("[hooks.")) {
                    return SourcePosition.of(src.path(), line, indent + t.indexOf("hooks") + 1);
                }
                if (header) {
                    rootTable = false;
                    continue;
                }
                if (rootTable && (t.startsWith("hooks.") || t.startsWith("hooks =") || t.startsWith("hooks="))) {
                    return t.startsWith("hooks.") ? SourcePosition.of(src.path(), line, indent + 1)
                            : valuePosition(SourcePosition.of(src.path(), line, indent + 1));
                }
            }
            return doc.locate(List.of("hooks"));
        }

        /** The position of the value of the key at {@code keyAt} ({@code key = value} on one line). */
        SourcePosition valuePosition(SourcePosition keyAt) {
            if (keyAt.line() == 0) {
                return keyAt;
            }
            String line = doc.source().lineText(keyAt.line());
            int eq = line.indexOf('=', Math.max(0, keyAt.column() - 1));
            if (eq < 0) {
                return keyAt;
            }
            int v = eq + 1;
            while (v < line.length() && (line.charAt(v) == ' ' || line.charAt(v) == '\t')) {
                v++;
            }
            return SourcePosition.of(keyAt.file(), keyAt.line(), v + 1);
        }

        List<MatcherGroup> groups(Object v, List<String> p) throws TypeError {
            if (!(v instanceof TomlArray arr)) {
                throw new TypeError(SerdeJson.invalidType(unexpected(v), "a sequence").getMessage(), p);
            }
            List<MatcherGroup> out = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                out.add(group(arr.get(i), append(p, Integer.toString(i)), i));
            }
            return out;
        }

        MatcherGroup group(Object v, List<String> p, int index) throws TypeError {
            if (!(v instanceof TomlTable t)) {
                throw new TypeError(SerdeJson.invalidType(unexpected(v), "struct MatcherGroup").getMessage(), p);
            }
            String matcher = null;
            List<HookHandler> handlers = List.of();
            Map<String, SourcePosition> fields = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (String key : t.keySet()) {
                List<String> fp = append(p, key);
                Object fv = t.get(List.of(key));
                fields.put(key, doc.locate(fp));
                switch (key) {
                    case "matcher" -> {
                        if (!(fv instanceof String s)) {
                            throw new TypeError(SerdeJson.invalidType(unexpected(fv), "a string").getMessage(), fp);
                        }
                        matcher = s;
                    }
                    case "hooks" -> handlers = handlers(fv, fp);
                    default -> unknown.add(key);
                }
            }
            return new MatcherGroup(matcher, handlers, index, doc.locate(p), fields, unknown);
        }

        List<HookHandler> handlers(Object v, List<String> p) throws TypeError {
            if (!(v instanceof TomlArray arr)) {
                throw new TypeError(SerdeJson.invalidType(unexpected(v), "a sequence").getMessage(), p);
            }
            List<HookHandler> out = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                List<String> hp = append(p, Integer.toString(i));
                out.add(handler(arr.get(i), hp, i));
            }
            return out;
        }

        HookHandler handler(Object v, List<String> p, int index) throws TypeError {
            String expected = "internally tagged enum HookHandlerConfig";
            if (!(v instanceof TomlTable t)) {
                if (v instanceof TomlArray) {
                    throw new TypeError("missing field `type`", p);
                }
                throw new TypeError(SerdeJson.invalidType(unexpected(v), expected).getMessage(), p);
            }
            String tag = null;
            List<Content.Entry> entries = new ArrayList<>();
            for (String key : t.keySet()) {
                List<String> fp = append(p, key);
                Object fv = t.get(List.of(key));
                if (key.equals("type")) {
                    if (!(fv instanceof String s)) {
                        throw new TypeError(SerdeJson.invalidType(unexpected(fv), "variant identifier").getMessage(), fp);
                    }
                    if (!HandlerBuilder.VARIANTS.contains(s)) {
                        throw new TypeError("unknown variant `" + s + "`, expected one of " + HooksJsonReader.TAG_VARIANTS, fp);
                    }
                    tag = s;
                } else {
                    entries.add(new Content.Entry(key, register(doc.locate(fp)), content(fv, fp)));
                }
            }
            if (tag == null) {
                throw new TypeError("missing field `type`", p);
            }
            try {
                return HandlerBuilder.build(tag, new Content.Map(entries, register(doc.locate(p))), index, doc.locate(p),
                        positions::get);
            } catch (SerdeJson.Failure f) {
                throw new TypeError(f.code, p);
            }
        }

        int register(SourcePosition pos) {
            positions.add(pos);
            return positions.size() - 1;
        }

        Content content(Object v, List<String> p) {
            int at = register(doc.locate(p));
            if (v instanceof String s) {
                return new Content.Str(s, at);
            }
            if (v instanceof Boolean b) {
                return new Content.Bool(b, at);
            }
            if (v instanceof Long l) {
                return new Content.Int(l, at);
            }
            if (v instanceof Double d) {
                return new Content.Float(d, at);
            }
            if (v instanceof TomlArray a) {
                List<Content> items = new ArrayList<>();
                for (int i = 0; i < a.size(); i++) {
                    items.add(content(a.get(i), append(p, Integer.toString(i))));
                }
                return new Content.Seq(items, at);
            }
            if (v instanceof TomlTable t) {
                List<Content.Entry> entries = new ArrayList<>();
                for (String key : t.keySet()) {
                    List<String> kp = append(p, key);
                    entries.add(new Content.Entry(key, register(doc.locate(kp)), content(t.get(List.of(key)), kp)));
                }
                return new Content.Map(entries, at);
            }
            return new Content.DateTime(String.valueOf(v), at);
        }
    }

    /** serde's key path of an error under {@code hooks}: no indexes, and nothing below a handler list. */
    static String keyPath(List<String> path) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            String seg = path.get(i);
            if (seg.chars().allMatch(Character::isDigit)) {
                continue;
            }
            out.add(seg);
            if (seg.equals("hooks") && out.size() > 1) {
                break;
            }
        }
        return String.join(".", out);
    }

    static List<String> append(List<String> p, String seg) {
        List<String> out = new ArrayList<>(p);
        out.add(seg);
        return out;
    }

    /** serde's {@code Unexpected} for a TOML value. */
    static String unexpected(Object v) {
        if (v instanceof String s) {
            return SerdeJson.strUnexpected(s);
        }
        if (v instanceof Boolean b) {
            return "boolean `" + b + "`";
        }
        if (v instanceof Long l) {
            return "integer `" + l + "`";
        }
        if (v instanceof Double d) {
            return "floating point `" + RustFormat.float64(d) + "`";
        }
        if (v instanceof TomlArray) {
            return "sequence";
        }
        if (v instanceof TemporalAccessor) {
            return "map";
        }
        return "map";
    }

    /** Thrown by {@link HookStates#check} for a wrong type in {@code [hooks.state]}. */
    static TypeError typeError(String message, List<String> path) {
        return new TypeError(message, path);
    }
}
