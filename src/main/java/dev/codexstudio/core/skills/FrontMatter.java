package dev.codexstudio.core.skills;

import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.skills.yaml.ScalarStyle;
import dev.codexstudio.core.skills.yaml.YamlNode;
import dev.codexstudio.core.skills.yaml.YamlSyntaxError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed front matter of a {@code SKILL.md}: its top-level keys in order, with positions.
 *
 * @param entries      top-level entries in document order (duplicate keys kept)
 * @param root         the composed YAML root, or null when the block is empty or unreadable
 * @param syntaxError  the first YAML syntax error (libyaml's), or null
 * @param errorPosition where that error is in the file, or null
 * @param repaired     the YAML was read after Codex's automatic quoting of {@code ": "} values
 */
public record FrontMatter(List<Entry> entries, YamlNode root, YamlSyntaxError syntaxError,
        SourcePosition errorPosition, boolean repaired) {

    public FrontMatter {
        entries = List.copyOf(entries);
    }

    /**
     * One top-level {@code key: value}.
     *
     * @param key           the key text
     * @param keyNode       the key node
     * @param value         the value node (aliases are resolved by {@link YamlNode#resolved()})
     * @param keyPosition   where the key is written
     * @param valuePosition where the value is written
     */
    public record Entry(String key, YamlNode keyNode, YamlNode value, SourcePosition keyPosition,
            SourcePosition valuePosition) {

        /** The value as a string when it is a scalar (not a sequence or mapping). */
        public Optional<String> scalar() {
            return value.resolved() instanceof YamlNode.Scalar s ? Optional.of(s.value()) : Optional.empty();
        }

        /** The scalar style of the value, or null when it is not a scalar. */
        public ScalarStyle style() {
            return value.resolved() instanceof YamlNode.Scalar s ? s.style() : null;
        }
    }

    /** The first entry for each key, in document order. */
    public Map<String, Entry> asMap() {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            map.putIfAbsent(e.key(), e);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The first entry with this key. */
    public Optional<Entry> get(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The scalar value of a key, if it is present and a scalar. */
    public Optional<String> string(String key) {
        return get(key).flatMap(Entry::scalar);
    }

    /** Whether the YAML has a syntax error (libyaml's verdict, before any type checking). */
    public boolean hasSyntaxError() {
        return syntaxError != null;
    }
}
