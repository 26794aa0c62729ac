package dev.codexstudio.core.skills;

import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.skills.yaml.SerdeYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How Codex 0.169 reads a {@code SKILL.md}'s front matter ({@code codex-rs/skills/src/parser.rs}): the
 * block between a first line that trims to {@code ---} and the next such line, parsed as YAML by
 * serde_yaml; when that fails, parsed once more after quoting unquoted values that contain {@code ": "}
 * (the "repair"); then {@code name} (defaulting to the folder name, whitespace collapsed, at most 64
 * characters), {@code description} (required) and {@code metadata.short-description}.
 */
final class CodexFrontMatter {

    /** Codex's limit on a skill name, in characters. */
    static final int MAX_NAME_LENGTH = 64;

    static final String MISSING_FRONT_MATTER = "missing YAML frontmatter delimited by ---";
    static final String MISSING_DESCRIPTION = "missing field `description`";
    static final String NAME_TOO_LONG = "invalid name: exceeds maximum length of 64 characters";

    private static final SerdeYaml.Struct METADATA = new SerdeYaml.Struct("SkillFrontmatterMetadata",
            Map.of("short-description", new SerdeYaml.Opt(SerdeYaml.Str.STRING)));

    /** Codex's {@code SkillFrontmatter} struct. */
    static final SerdeYaml.Struct FRONT_MATTER = frontMatterSchema();

    private static SerdeYaml.Struct frontMatterSchema() {
        Map<String, SerdeYaml.Schema> fields = new LinkedHashMap<>();
        fields.put("name", new SerdeYaml.Opt(SerdeYaml.Str.STRING));
        fields.put("description", new SerdeYaml.Opt(SerdeYaml.Str.STRING));
        fields.put("metadata", METADATA);
        return new SerdeYaml.Struct("SkillFrontmatter", fields);
    }

    private CodexFrontMatter() {
    }

    /** The front matter text as Codex extracts it: lines joined with {@code \n}, or empty. */
    static Optional<String> extract(String contents) {
        List<String> lines = RustText.lines(contents);
        if (lines.isEmpty() || !RustText.trim(lines.get(0)).equals("---")) {
            return Optional.empty();
        }
        List<String> block = new ArrayList<>();
        boolean closed = false;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (RustText.trim(line).equals("---")) {
                closed = true;
                break;
            }
            block.add(line);
        }
        if (block.isEmpty() || !closed) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", block));
    }

    /** Parses a SKILL.md's decoded text the way Codex does. */
    static CodexReading parse(String contents, String defaultName) {
        return parse(contents, defaultName, yaml -> SerdeYaml.deserialize(yaml, FRONT_MATTER));
    }

    /**
     * As {@link #parse(String, String)}, reading the front-matter texts with {@code deserialize} (which must give
     * what {@code SerdeYaml.deserialize(yaml, FRONT_MATTER)} gives; a document passes the results it already has).
     */
    static CodexReading parse(String contents, String defaultName,
            java.util.function.Function<String, SerdeYaml.Result> deserialize) {
        Optional<String> extracted = extract(contents);
        if (extracted.isEmpty()) {
            return CodexReading.failure(MISSING_FRONT_MATTER, null);
        }
        String yaml = extracted.get();
        SerdeYaml.Result result = deserialize.apply(yaml);
        boolean repaired = false;
        if (!result.ok()) {
            Optional<String> fixed = repair(yaml);
            if (fixed.isPresent()) {
                SerdeYaml.Result second = deserialize.apply(fixed.get());
                if (second.ok()) {
                    result = second;
                    yaml = fixed.get();
                    repaired = true;
                }
            }
        }
        if (!result.ok()) {
            return new CodexReading(null, null, null, false, yaml, "invalid YAML: " + result.error(),
                    result.errorMark(), result.errorOffset());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) result.value();
        String rawName = (String) fields.get("name");
        String name = rawName == null ? "" : RustText.collapseWhitespace(rawName);
        if (name.isEmpty()) {
            name = defaultName;
        }
        String rawDescription = (String) fields.get("description");
        String description = rawDescription == null ? "" : RustText.collapseWhitespace(rawDescription);
        String shortDescription = null;
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) fields.get("metadata");
        if (metadata != null && metadata.get("short-description") instanceof String s) {
            String collapsed = RustText.collapseWhitespace(s);
            shortDescription = collapsed.isEmpty() ? null : collapsed;
        }
        if (RustText.charCount(name) > MAX_NAME_LENGTH) {
            return new CodexReading(null, null, null, repaired, yaml, NAME_TOO_LONG, null, 0);
        }
        if (description.isEmpty()) {
            return new CodexReading(null, null, null, repaired, yaml, MISSING_DESCRIPTION, null, 0);
        }
        return new CodexReading(name, description, shortDescription, repaired, yaml, null, null, 0);
    }

    /** The folder-name default: the parent directory's name, whitespace collapsed, else {@code skill}. */
    static String defaultName(String parentDirectoryName) {
        String name = parentDirectoryName == null ? "" : RustText.collapseWhitespace(parentDirectoryName);
        return name.isEmpty() ? "skill" : name;
    }

    /**
     * Codex's line-oriented repair: on each {@code key: value} line whose unquoted value contains
     * {@code ": "} (or is an invalid flow collection, or starts with {@code @} or a backtick), the value is
     * wrapped in single quotes. Empty when nothing changed.
     */
    static Optional<String> repair(String frontMatter) {
        boolean changed = false;
        Integer blockScalarIndent = null;
        List<String> out = new ArrayList<>();
        for (String line : RustText.lines(frontMatter)) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (blockScalarIndent != null) {
                if (RustText.trim(line).isEmpty() || indent > blockScalarIndent) {
                    out.add(line);
                    continue;
                }
                blockScalarIndent = null;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                out.add(line);
                continue;
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if (RustText.trim(key).isEmpty() || (!value.isEmpty() && !RustText.isWhitespace(value.codePointAt(0)))) {
                out.add(line);
                continue;
            }
            String trimmedStart = RustText.trimStart(value);
            String leadingWhitespace = value.substring(0, value.length() - trimmedStart.length());
            String scalar = trimmedStart;
            String comment = "";
            for (int i = 0; i < trimmedStart.length(); ) {
                int c = trimmedStart.codePointAt(i);
                if (c == '#' && (i == 0 || RustText.isWhitespace(trimmedStart.codePointBefore(i)))) {
                    int commentStart = RustText.trimEnd(trimmedStart.substring(0, i)).length();
                    scalar = trimmedStart.substring(0, commentStart);
                    comment = trimmedStart.substring(commentStart);
                    break;
                }
                i += Character.charCount(c);
            }
            scalar = RustText.trimEnd(scalar);
            if (scalar.isEmpty()) {
                out.add(line);
                continue;
            }
            int first = scalar.codePointAt(0);
            if (first == '|' || first == '>') {
                blockScalarIndent = indent;
                out.add(line);
                continue;
            }
            if (first == '\'' || first == '"') {
                out.add(line);
                continue;
            }
            boolean colonSeparator = false;
            for (int i = 0; i < scalar.length(); ) {
                int c = scalar.codePointAt(i);
                i += Character.charCount(c);
                if (c == ':' && i < scalar.length() && RustText.isWhitespace(scalar.codePointAt(i))) {
                    colonSeparator = true;
                    break;
                }
            }
            boolean invalidFlowLike = (first == '[' || first == '{' || first == '@' || first == '`')
                    && !SerdeYaml.isValidValue(scalar);
            if (!colonSeparator && !invalidFlowLike) {
                out.add(line);
                continue;
            }
            out.add(key + ":" + leadingWhitespace + "'" + scalar.replace("'", "''") + "'" + comment);
            changed = true;
        }
        return changed ? Optional.of(String.join("\n", out)) : Optional.empty();
    }
}
