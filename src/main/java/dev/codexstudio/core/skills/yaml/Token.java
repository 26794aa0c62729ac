package dev.codexstudio.core.skills.yaml;

/** A libyaml token. Only the fields that apply to its type are set. */
record Token(Type type, YamlMark start, YamlMark end, String value, ScalarStyle style, String handle,
        String suffix, int major, int minor) {

    enum Type {
        STREAM_START, STREAM_END, VERSION_DIRECTIVE, TAG_DIRECTIVE, DOCUMENT_START, DOCUMENT_END,
        BLOCK_SEQUENCE_START, BLOCK_MAPPING_START, BLOCK_END, FLOW_SEQUENCE_START, FLOW_SEQUENCE_END,
        FLOW_MAPPING_START, FLOW_MAPPING_END, BLOCK_ENTRY, FLOW_ENTRY, KEY, VALUE, ALIAS, ANCHOR, TAG, SCALAR
    }

    static Token simple(Type type, YamlMark start, YamlMark end) {
        return new Token(type, start, end, null, null, null, null, 0, 0);
    }
}
