package dev.codexstudio.core.skills.yaml;

import java.util.List;
import java.util.Optional;

/** A node of a composed YAML document, with where it starts and ends. */
public sealed interface YamlNode {

    YamlMark start();

    YamlMark end();

    /** The resolved tag ({@code tag:yaml.org,2002:str}, {@code !local}), or {@code null}. */
    String tag();

    /** A scalar. */
    record Scalar(String value, ScalarStyle style, String tag, YamlMark start, YamlMark end) implements YamlNode {
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, boolean flow, String tag, YamlMark start, YamlMark end)
            implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping, entries in document order (duplicates kept). */
    record Mapping(List<Entry> entries, boolean flow, String tag, YamlMark start, YamlMark end)
            implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The first entry whose key is a scalar equal to {@code key}. */
        public Optional<Entry> get(String key) {
            return entries.stream().filter(e -> e.key() instanceof Scalar s && s.value().equals(key)).findFirst();
        }
    }

    /** A mapping entry. */
    record Entry(YamlNode key, YamlNode value) {
    }

    /** An alias ({@code *name}), resolved to the node it refers to when that node was seen before. */
    record Alias(String name, YamlNode target, YamlMark start, YamlMark end) implements YamlNode {
        @Override
        public String tag() {
            return target == null ? null : target.tag();
        }
    }

    /** The node an alias refers to, or the node itself. */
    default YamlNode resolved() {
        YamlNode node = this;
        int hops = 0;
        while (node instanceof Alias a && a.target() != null && hops++ < 64) {
            node = a.target();
        }
        return node;
    }
}
