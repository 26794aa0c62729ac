package dev.codexstudio.core.skills;

import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.skills.yaml.ScalarStyle;
import dev.codexstudio.core.skills.yaml.SerdeYaml;
import dev.codexstudio.core.skills.yaml.YamlComposer;
import dev.codexstudio.core.skills.yaml.YamlMark;
import dev.codexstudio.core.skills.yaml.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code SKILL.md}: its text, the front-matter block, the parsed front matter and the Markdown body.
 *
 * <p>Immutable. {@link #withField} and {@link #withoutField} return a new document in which only the
 * front-matter block changed: untouched lines keep their text, quoting and comments, line endings (CRLF)
 * and the byte-order mark are kept, and the body is kept byte for byte. An unedited document renders to
 * its original bytes.
 */
public final class SkillDocument {

    private static final SerdeYaml.Struct PROBE = new SerdeYaml.Struct("Probe",
            Map.of("k", new SerdeYaml.Opt(SerdeYaml.Str.STRING)));

    private final SourceText source;
    private final Block block;
    private final FrontMatter frontMatter;
    private final boolean edited;
    private final boolean truncated;
    private final List<Line> contentLines;
    private MarkMapper readMapper;
    /**
     * The front-matter texts this document deserialised while reading its block (as written and repaired), with
     * their results: {@link #codexReading} extracts the same text from the same bytes and need not parse it again.
     */
    private final Map<String, SerdeYaml.Result> deserialized = new java.util.HashMap<>(4);

    /**
     * Where the front matter is, as offsets into {@link SourceText#text()}.
     *
     * @param start         start of the opening {@code ---} line (0)
     * @param contentStart  start of the first line after it
     * @param contentEnd    start of the closing {@code ---} line
     * @param end           just after the closing line and its line break (where the body starts)
     * @param lineSeparator the opening line's line break ({@code \n} or {@code \r\n})
     */
    public record Block(int start, int contentStart, int contentEnd, int end, String lineSeparator) {
    }

    private record Line(int start, int contentEnd, int next) {
    }

    private SkillDocument(SourceText source, boolean edited, boolean truncated) {
        this.source = source;
        this.edited = edited;
        this.truncated = truncated;
        String text = source.text();
        List<Line> lines = lines(text);
        Block found = null;
        List<Line> content = List.of();
        if (!lines.isEmpty() && RustText.trim(lineText(text, lines.get(0))).equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                if (RustText.trim(lineText(text, lines.get(i))).equals("---")) {
                    Line open = lines.get(0);
                    Line close = lines.get(i);
                    found = new Block(0, open.next(), close.start(), close.next(),
                            text.substring(open.contentEnd(), open.next()).isEmpty() ? "\n"
                                    : text.substring(open.contentEnd(), open.next()));
                    content = List.copyOf(lines.subList(1, i));
                    break;
                }
            }
        }
        this.block = found;
        this.contentLines = content;
        this.frontMatter = found == null ? null : readFrontMatter();
    }

    /** Reads a {@code SKILL.md} (never fails: malformed input yields a document without front matter). */
    public static SkillDocument parse(SourceText source) {
        Objects.requireNonNull(source, "source");
        return new SkillDocument(source, false, false);
    }

    /** A document read from only the start of a file too large to read whole; it cannot be edited. */
    static SkillDocument parse(SourceText source, boolean truncated) {
        Objects.requireNonNull(source, "source");
        return new SkillDocument(source, false, truncated);
    }

    /** Whether only the start of the file was read (it is larger than the studio reads whole). */
    public boolean isTruncated() {
        return truncated;
    }

    /** The file's text as read (or, after an edit, as it would be written). */
    public SourceText source() {
        return source;
    }

    /** The front-matter block, when the file has one (an opening and a closing {@code ---} line). */
    public Optional<Block> block() {
        return Optional.ofNullable(block);
    }

    /** The parsed front matter, when the file has a block. */
    public Optional<FrontMatter> frontMatter() {
        return Optional.ofNullable(frontMatter);
    }

    /** The Markdown after the front matter (the whole text when there is no block). */
    public String body() {
        return block == null ? source.text() : source.text().substring(block.end());
    }

    /** Whether this document is the result of an edit. */
    public boolean isEdited() {
        return edited;
    }

    /** The text (without a byte-order mark), as {@link SourceText#text()}. */
    public String render() {
        return source.text();
    }

    /** The document as it would be written: the original bytes when unedited, the byte-order mark kept. */
    public SourceText toSourceText() {
        return source;
    }

    /** How Codex reads these bytes, with {@code defaultName} (the folder name) for a missing name. */
    public CodexReading codexReading(String defaultName) {
        if (truncated) {
            String text = (source.hasBom() ? "\uFEFF" : "") + source.text();
            return CodexFrontMatter.parse(text, CodexFrontMatter.defaultName(defaultName), this::deserialize);
        }
        Optional<String> utf8 = RustText.utf8Error(source.bytes());
        if (utf8.isPresent()) {
            return CodexReading.failure("failed to read file: " + utf8.get(), null);
        }
        String text = new String(source.bytes(), StandardCharsets.UTF_8);
        return CodexFrontMatter.parse(text, CodexFrontMatter.defaultName(defaultName), this::deserialize);
    }

    /** The position of a text offset. */
    public SourcePosition position(int offset) {
        return source.position(offset);
    }

    /**
     * The file position of a YAML mark of the parsed front matter (as {@link FrontMatter#root()} reports
     * them); the block start when there is no front matter.
     */
    public SourcePosition position(YamlMark mark) {
        return readMapper == null ? source.position(block == null ? 0 : block.contentStart())
                : readMapper.position(mark);
    }

    /**
     * The file position of a place in the front matter as written (a libyaml mark, or for a reader error a
     * byte offset into the front-matter text); the block start when there is no block.
     */
    SourcePosition frontMatterPosition(YamlMark mark, int byteOffset) {
        if (block == null) {
            return source.position(0);
        }
        String text = source.text();
        List<String> texts = new ArrayList<>();
        for (Line l : contentLines) {
            texts.add(lineText(text, l));
        }
        MarkMapper mapper = new MarkMapper(String.join("\n", texts));
        if (mark == null || (mark.isOrigin() && byteOffset > 0)) {
            return byteOffset > 0 ? mapper.positionOfByte(byteOffset) : source.position(block.contentStart());
        }
        return mapper.position(mark);
    }

    // ------------------------------------------------------------------ reading

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                out.add(new Line(start, text.length(), text.length()));
                break;
            }
            int contentEnd = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            out.add(new Line(start, contentEnd, nl + 1));
            start = nl + 1;
        }
        return out;
    }

    private static String lineText(String text, Line line) {
        return text.substring(line.start(), line.contentEnd());
    }

    /** {@code yaml} read as Codex's front-matter struct; each text is deserialised once per document. */
    private synchronized SerdeYaml.Result deserialize(String yaml) {
        SerdeYaml.Result r = deserialized.get(yaml);
        if (r == null) {
            r = SerdeYaml.deserialize(yaml, CodexFrontMatter.FRONT_MATTER);
            deserialized.put(yaml, r);
        }
        return r;
    }

    private FrontMatter readFrontMatter() {
        String text = source.text();
        List<String> texts = new ArrayList<>();
        for (Line l : contentLines) {
            texts.add(lineText(text, l));
        }
        String yaml = String.join("\n", texts);
        String read = yaml;
        boolean repaired = false;
        if (!texts.isEmpty()) {
            SerdeYaml.Result original = deserialize(yaml);
            if (!original.ok()) {
                Optional<String> fixed = CodexFrontMatter.repair(yaml);
                if (fixed.isPresent() && deserialize(fixed.get()).ok()) {
                    read = fixed.get();
                    repaired = true;
                }
            }
        }
        YamlComposer.Composed composed = YamlComposer.compose(read);
        MarkMapper mapper = new MarkMapper(read);
        readMapper = mapper;
        List<FrontMatter.Entry> entries = new ArrayList<>();
        if (composed.root() instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry e : mapping.entries()) {
                if (e.key().resolved() instanceof YamlNode.Scalar key) {
                    entries.add(new FrontMatter.Entry(key.value(), e.key(), e.value(),
                            mapper.position(e.key().start()), mapper.position(e.value().start())));
                }
            }
        }
        SourcePosition errorPosition = null;
        if (composed.error() != null) {
            errorPosition = composed.error().problemMark().isOrigin() && composed.error().problemOffset() > 0
                    ? mapper.positionOfByte(composed.error().problemOffset())
                    : mapper.position(composed.error().problemMark());
        }
        return new FrontMatter(entries, composed.root(), composed.error(), errorPosition, repaired);
    }

    /** Maps libyaml marks (code points into the joined front-matter text) to file positions. */
    private final class MarkMapper {
        private final String yaml;
        private final int[] lineStartCp;

        MarkMapper(String yaml) {
            this.yaml = yaml;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            int cp = 0;
            for (int i = 0; i < yaml.length(); ) {
                int c = yaml.codePointAt(i);
                i += Character.charCount(c);
                cp++;
                if (c == '\n') {
                    starts.add(cp);
                }
            }
            lineStartCp = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        SourcePosition position(YamlMark mark) {
            return positionOfCodePoint(mark.index());
        }

        SourcePosition positionOfByte(int byteOffset) {
            int bytes = 0;
            int cp = 0;
            for (int i = 0; i < yaml.length() && bytes < byteOffset; ) {
                int c = yaml.codePointAt(i);
                i += Character.charCount(c);
                bytes += new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
                cp++;
            }
            return positionOfCodePoint(cp);
        }

        SourcePosition positionOfCodePoint(int index) {
            int line = 0;
            int lo = 0;
            int hi = lineStartCp.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (lineStartCp[mid] <= index) {
                    line = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (line >= contentLines.size()) {
                return source.position(block.contentEnd());
            }
            Line l = contentLines.get(line);
            String lineText = lineText(source.text(), l);
            int cpCol = index - lineStartCp[line];
            int cps = lineText.codePointCount(0, lineText.length());
            int utf16 = lineText.offsetByCodePoints(0, Math.min(cpCol, cps));
            return source.position(l.start() + utf16);
        }
    }

    // ------------------------------------------------------------------ editing

    /**
     * Sets a top-level front-matter key to a string value. An existing key keeps its place and its key
     * text; its value lines are replaced (a trailing comment on a one-line value is kept); further
     * occurrences of the same key are removed. A new key is added as the block's last line. A file without
     * front matter gets a new block at its top.
     *
     * @throws IllegalStateException when the file is not valid UTF-8 (editing would change the body)
     */
    public SkillDocument withField(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        requireEditable();
        String text = source.text();
        String keyText = renderKey(key);
        if (block == null) {
            String sep = source.lineSeparator();
            return edit("---" + sep + keyText + ": " + renderScalar(value, null) + sep + "---" + sep + text);
        }
        List<TopLevel> found = topLevel().stream().filter(t -> t.key().equals(key)).toList();
        if (found.isEmpty()) {
            String line = keyText + ": " + renderScalar(value, null) + block.lineSeparator();
            return edit(text.substring(0, block.contentEnd()) + line + text.substring(block.contentEnd()));
        }
        TopLevel first = found.get(0);
        Line firstLine = contentLines.get(first.first());
        Line lastLine = contentLines.get(first.last());
        String firstText = lineText(text, firstLine);
        String prefix = firstText.substring(0, first.colon() + 1);
        String gap = gapAfterColon(firstText, first.colon());
        ScalarStyle style = frontMatterStyle(first);
        String comment = first.first() == first.last() ? trailingComment(first) : "";
        String replacement = prefix + gap + renderScalar(value, style) + comment
                + text.substring(lastLine.contentEnd(), lastLine.next());
        StringBuilder sb = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 1; i--) {
            TopLevel t = found.get(i);
            sb.delete(contentLines.get(t.first()).start(), contentLines.get(t.last()).next());
        }
        sb.replace(firstLine.start(), lastLine.next(), replacement);
        return edit(sb.toString());
    }

    /**
     * Removes every occurrence of a top-level front-matter key (its key line and value lines).
     *
     * @throws IllegalStateException when the file is not valid UTF-8
     */
    public SkillDocument withoutField(String key) {
        Objects.requireNonNull(key, "key");
        requireEditable();
        if (block == null) {
            return this;
        }
        List<TopLevel> found = topLevel().stream().filter(t -> t.key().equals(key)).toList();
        if (found.isEmpty()) {
            return this;
        }
        StringBuilder sb = new StringBuilder(source.text());
        for (int i = found.size() - 1; i >= 0; i--) {
            TopLevel t = found.get(i);
            sb.delete(contentLines.get(t.first()).start(), contentLines.get(t.last()).next());
        }
        return edit(sb.toString());
    }

    /**
     * Sets a top-level key to a mapping of strings (such as {@code metadata}): {@code key:} followed by one
     * indented {@code k: v} line per entry, in order. An existing key keeps its place, its key text and its
     * children's indentation, and a child line whose value is unchanged keeps its exact text (quoting, comment).
     * An empty map removes the key.
     *
     * @throws IllegalStateException when the file is not valid UTF-8
     */
    public SkillDocument withMapping(String key, Map<String, String> entries) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entries, "entries");
        requireEditable();
        if (entries.isEmpty()) {
            return withoutField(key);
        }
        String text = source.text();
        String sep = block == null ? source.lineSeparator() : block.lineSeparator();
        List<TopLevel> found = block == null ? List.of() : topLevel().stream().filter(t -> t.key().equals(key)).toList();
        String indent = "  ";
        Map<String, String> keptLines = new java.util.HashMap<>();
        String keyText = renderKey(key);
        if (!found.isEmpty()) {
            TopLevel first = found.get(0);
            keyText = lineText(text, contentLines.get(first.first())).substring(0, first.colon());
            for (int i = first.first() + 1; i <= first.last(); i++) {
                String l = lineText(text, contentLines.get(i));
                String t = RustText.trimStart(l);
                if (!t.isEmpty() && !t.startsWith("#")) {
                    indent = l.substring(0, l.length() - t.length());
                    break;
                }
            }
            if (frontMatter != null && !frontMatter.repaired() && !frontMatter.hasSyntaxError()) {
                Optional<FrontMatter.Entry> e = frontMatter.get(key);
                if (e.isPresent() && e.get().value().resolved() instanceof YamlNode.Mapping m) {
                    for (YamlNode.Entry c : m.entries()) {
                        if (c.key().resolved() instanceof YamlNode.Scalar k && c.value().resolved() instanceof YamlNode.Scalar v
                                && c.key().start().line() == c.value().end().line()
                                && c.key().start().line() < contentLines.size()
                                && v.value().equals(entries.get(k.value()))) {
                            keptLines.put(k.value(), lineText(text, contentLines.get(c.key().start().line())));
                        }
                    }
                }
            }
        }
        StringBuilder block2 = new StringBuilder(keyText).append(':').append(sep);
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String kept = keptLines.get(e.getKey());
            block2.append(kept != null ? kept : indent + renderKey(e.getKey()) + ": " + renderScalar(e.getValue(), null))
                    .append(sep);
        }
        if (block == null) {
            return edit("---" + sep + block2 + "---" + sep + text);
        }
        if (found.isEmpty()) {
            return edit(text.substring(0, block.contentEnd()) + block2 + text.substring(block.contentEnd()));
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 1; i--) {
            TopLevel t = found.get(i);
            sb.delete(contentLines.get(t.first()).start(), contentLines.get(t.last()).next());
        }
        TopLevel first = found.get(0);
        sb.replace(contentLines.get(first.first()).start(), contentLines.get(first.last()).next(), block2.toString());
        return edit(sb.toString());
    }

    /** The string entries of a top-level mapping (such as {@code metadata}), in order; empty when not a mapping. */
    public Map<String, String> mapping(String key) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (frontMatter == null) {
            return out;
        }
        frontMatter.get(key).ifPresent(e -> {
            if (e.value().resolved() instanceof YamlNode.Mapping m) {
                for (YamlNode.Entry c : m.entries()) {
                    if (c.key().resolved() instanceof YamlNode.Scalar k && c.value().resolved() instanceof YamlNode.Scalar v) {
                        out.put(k.value(), v.value());
                    }
                }
            }
        });
        return out;
    }

    private void requireEditable() {
        if (truncated) {
            throw new IllegalStateException(source.path() + " is too large to edit in the studio");
        }
        if (!source.isValidUtf8()) {
            throw new IllegalStateException(source.path() + " is not valid UTF-8; fix its encoding before editing");
        }
    }

    private SkillDocument edit(String newText) {
        return new SkillDocument(source.withText(newText), true, false);
    }

    /** A top-level key line and the lines its value spans (indices into the content lines). */
    private record TopLevel(String key, int first, int last, int colon) {
    }

    private List<TopLevel> topLevel() {
        String text = source.text();
        List<TopLevel> out = new ArrayList<>();
        int n = contentLines.size();
        for (int i = 0; i < n; i++) {
            String line = lineText(text, contentLines.get(i));
            if (!startsTopLevel(line)) {
                continue;
            }
            int[] colon = {-1};
            String key = keyOf(line, colon);
            if (key == null) {
                continue;
            }
            int last = i;
            for (int j = i + 1; j < n; j++) {
                String next = lineText(text, contentLines.get(j));
                if (startsTopLevel(next)) {
                    break;
                }
                if (!RustText.trim(next).isEmpty() && !next.startsWith("#")) {
                    last = j;
                }
            }
            out.add(new TopLevel(key, i, last, colon[0]));
        }
        return out;
    }

    private static boolean startsTopLevel(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        return c != ' ' && c != '\t' && c != '#' && !RustText.trim(line).isEmpty();
    }

    /** The key of a {@code key: value} line (quotes removed) and where its colon is, or null. */
    private static String keyOf(String line, int[] colon) {
        char q = line.charAt(0);
        if (q == '"' || q == '\'') {
            int i = 1;
            StringBuilder key = new StringBuilder();
            while (i < line.length()) {
                char c = line.charAt(i);
                if (q == '\'' && c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    key.append('\'');
                    i += 2;
                    continue;
                }
                if (q == '"' && c == '\\' && i + 1 < line.length()) {
                    key.append(line.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c == q) {
                    break;
                }
                key.append(c);
                i++;
            }
            int j = i + 1;
            while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                j++;
            }
            if (j < line.length() && line.charAt(j) == ':') {
                colon[0] = j;
                return key.toString();
            }
            return null;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ':' && (i + 1 == line.length() || RustText.isWhitespace(line.charAt(i + 1)))) {
                colon[0] = i;
                return RustText.trimEnd(line.substring(0, i));
            }
        }
        return null;
    }

    private static String gapAfterColon(String line, int colon) {
        int i = colon + 1;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        String gap = line.substring(colon + 1, i);
        return gap.isEmpty() || i == line.length() ? " " : gap;
    }

    private ScalarStyle frontMatterStyle(TopLevel t) {
        if (frontMatter == null || frontMatter.repaired()) {
            return null;
        }
        return frontMatter.get(t.key()).map(FrontMatter.Entry::style).orElse(null);
    }

    /** A {@code # comment} after a one-line scalar value, with the spaces before it, or empty. */
    private String trailingComment(TopLevel t) {
        if (frontMatter == null || frontMatter.repaired() || frontMatter.hasSyntaxError()) {
            return "";
        }
        Optional<FrontMatter.Entry> entry = frontMatter.get(t.key());
        if (entry.isEmpty() || !(entry.get().value() instanceof YamlNode.Scalar scalar)) {
            return "";
        }
        String line = lineText(source.text(), contentLines.get(t.first()));
        int endCol = scalar.end().column();
        if (scalar.end().line() != scalar.start().line() || endCol > line.codePointCount(0, line.length())) {
            return "";
        }
        String rest = line.substring(line.offsetByCodePoints(0, endCol));
        String trimmed = RustText.trimStart(rest);
        return trimmed.startsWith("#") && trimmed.length() < rest.length() ? rest : "";
    }

    private static String renderKey(String key) {
        String plain = renderScalar(key, null);
        return plain.isEmpty() ? "\"\"" : plain;
    }

    /**
     * YAML text for a string value that both Codex and strict YAML parsers read back as exactly that string:
     * plain when that is safe, else single- or double-quoted (the preferred style of the replaced value is
     * kept when possible).
     */
    static String renderScalar(String value, ScalarStyle preferred) {
        List<String> candidates = new ArrayList<>();
        if (preferred == ScalarStyle.DOUBLE_QUOTED) {
            candidates.add(doubleQuoted(value));
        }
        if (preferred == ScalarStyle.SINGLE_QUOTED) {
            candidates.add(singleQuoted(value));
        }
        candidates.add(value);
        candidates.add(singleQuoted(value));
        for (String candidate : candidates) {
            if (readsBack(candidate, value)) {
                return candidate;
            }
        }
        return doubleQuoted(value);
    }

    private static boolean readsBack(String rendered, String value) {
        if (rendered.isEmpty() || rendered.indexOf('\n') >= 0 || rendered.indexOf('\r') >= 0) {
            return false;
        }
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            if (c < 0x20 && c != '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return false;
            }
        }
        String yaml = "k: " + rendered;
        SerdeYaml.Result result = SerdeYaml.deserialize(yaml, PROBE);
        if (!result.ok()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Object read = ((Map<String, Object>) result.value()).get("k");
        if (!value.equals(read)) {
            return false;
        }
        YamlComposer.Composed composed = YamlComposer.compose(yaml);
        if (!(composed.root() instanceof YamlNode.Mapping m) || m.entries().size() != 1
                || !(m.entries().get(0).value() instanceof YamlNode.Scalar s) || s.tag() != null) {
            return false;
        }
        return s.style() != ScalarStyle.PLAIN || SerdeYaml.plainIsString(s.value());
    }

    private static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String doubleQuoted(String value) {
        StringBuilder sb = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case 0 -> sb.append("\\0");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case 0x0B -> sb.append("\\v");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                case 0x1B -> sb.append("\\e");
                case 0x85 -> sb.append("\\N");
                case 0x2028 -> sb.append("\\L");
                case 0x2029 -> sb.append("\\P");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                        sb.append(String.format("\\x%02X", c));
                    } else if (c == 0xFEFF || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) {
                        sb.append(String.format("\\u%04X", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
