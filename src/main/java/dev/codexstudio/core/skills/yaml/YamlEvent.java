package dev.codexstudio.core.skills.yaml;

/**
 * A libyaml parser event.
 *
 * @param type     the kind of event
 * @param start    where it starts (for a node: its anchor, tag or content, whichever comes first)
 * @param end      where it ends
 * @param anchor   the anchor name ({@code &a}) or, for an alias, the alias name; else {@code null}
 * @param tag      the resolved tag, or {@code null}
 * @param value    a scalar's value
 * @param style    a scalar's style
 * @param flow     whether a collection is written in flow style ({@code [..]} / {@code {..}})
 */
public record YamlEvent(Type type, YamlMark start, YamlMark end, String anchor, String tag, String value,
        ScalarStyle style, boolean flow) {

    /** Event kinds. */
    public enum Type {
        STREAM_START, STREAM_END, DOCUMENT_START, DOCUMENT_END, ALIAS, SCALAR, SEQUENCE_START, SEQUENCE_END,
        MAPPING_START, MAPPING_END
    }

    static YamlEvent of(Type type, YamlMark start, YamlMark end) {
        return new YamlEvent(type, start, end, null, null, null, null, false);
    }
}
