package dev.codexstudio.core.skills.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * The libyaml 0.2.5 event parser, driven lazily by {@link YamlScanner} exactly as in libyaml, so that the
 * events produced before an error are the ones serde_yaml sees.
 */
final class YamlParser {

    private enum State {
        STREAM_START, IMPLICIT_DOCUMENT_START, DOCUMENT_START, DOCUMENT_CONTENT, DOCUMENT_END, BLOCK_NODE,
        BLOCK_NODE_OR_INDENTLESS_SEQUENCE, FLOW_NODE, BLOCK_SEQUENCE_FIRST_ENTRY, BLOCK_SEQUENCE_ENTRY,
        INDENTLESS_SEQUENCE_ENTRY, BLOCK_MAPPING_FIRST_KEY, BLOCK_MAPPING_KEY, BLOCK_MAPPING_VALUE,
        FLOW_SEQUENCE_FIRST_ENTRY, FLOW_SEQUENCE_ENTRY, FLOW_SEQUENCE_ENTRY_MAPPING_KEY,
        FLOW_SEQUENCE_ENTRY_MAPPING_VALUE, FLOW_SEQUENCE_ENTRY_MAPPING_END, FLOW_MAPPING_FIRST_KEY,
        FLOW_MAPPING_KEY, FLOW_MAPPING_VALUE, FLOW_MAPPING_EMPTY_VALUE, END
    }

    private record TagDirective(String handle, String prefix) {
    }

    private final YamlScanner scanner;
    private State state = State.STREAM_START;
    private final List<State> states = new ArrayList<>();
    private final List<YamlMark> marks = new ArrayList<>();
    private final List<TagDirective> tagDirectives = new ArrayList<>();
    private boolean failed;

    YamlParser(String input) {
        this.scanner = new YamlScanner(input);
    }

    /**
     * The next event, or {@code null} after the stream end.
     *
     * @throws YamlFailure on a reader, scanner or parser error
     */
    YamlEvent next() {
        if (failed || scanner.streamEndProduced() || state == State.END) {
            return null;
        }
        try {
            return stateMachine();
        } catch (YamlFailure e) {
            failed = true;
            throw e;
        }
    }

    private YamlFailure error(String problem, YamlMark problemMark) {
        return new YamlFailure(new YamlSyntaxError(problem, problemMark, 0, null, YamlMark.ZERO));
    }

    private YamlFailure error(String context, YamlMark contextMark, String problem, YamlMark problemMark) {
        return new YamlFailure(new YamlSyntaxError(problem, problemMark, 0, context, contextMark));
    }

    private State pop() {
        return states.remove(states.size() - 1);
    }

    private YamlMark popMark() {
        return marks.remove(marks.size() - 1);
    }

    private YamlEvent stateMachine() {
        return switch (state) {
            case STREAM_START -> parseStreamStart();
            case IMPLICIT_DOCUMENT_START -> parseDocumentStart(true);
            case DOCUMENT_START -> parseDocumentStart(false);
            case DOCUMENT_CONTENT -> parseDocumentContent();
            case DOCUMENT_END -> parseDocumentEnd();
            case BLOCK_NODE -> parseNode(true, false);
            case BLOCK_NODE_OR_INDENTLESS_SEQUENCE -> parseNode(true, true);
            case FLOW_NODE -> parseNode(false, false);
            case BLOCK_SEQUENCE_FIRST_ENTRY -> parseBlockSequenceEntry(true);
            case BLOCK_SEQUENCE_ENTRY -> parseBlockSequenceEntry(false);
            case INDENTLESS_SEQUENCE_ENTRY -> parseIndentlessSequenceEntry();
            case BLOCK_MAPPING_FIRST_KEY -> parseBlockMappingKey(true);
            case BLOCK_MAPPING_KEY -> parseBlockMappingKey(false);
            case BLOCK_MAPPING_VALUE -> parseBlockMappingValue();
            case FLOW_SEQUENCE_FIRST_ENTRY -> parseFlowSequenceEntry(true);
            case FLOW_SEQUENCE_ENTRY -> parseFlowSequenceEntry(false);
            case FLOW_SEQUENCE_ENTRY_MAPPING_KEY -> parseFlowSequenceEntryMappingKey();
            case FLOW_SEQUENCE_ENTRY_MAPPING_VALUE -> parseFlowSequenceEntryMappingValue();
            case FLOW_SEQUENCE_ENTRY_MAPPING_END -> parseFlowSequenceEntryMappingEnd();
            case FLOW_MAPPING_FIRST_KEY -> parseFlowMappingKey(true);
            case FLOW_MAPPING_KEY -> parseFlowMappingKey(false);
            case FLOW_MAPPING_VALUE -> parseFlowMappingValue(false);
            case FLOW_MAPPING_EMPTY_VALUE -> parseFlowMappingValue(true);
            case END -> null;
        };
    }

    private YamlEvent parseStreamStart() {
        Token token = scanner.peek();
        if (token.type() != Token.Type.STREAM_START) {
            throw error("did not find expected <stream-start>", token.start());
        }
        state = State.IMPLICIT_DOCUMENT_START;
        scanner.skipToken();
        return YamlEvent.of(YamlEvent.Type.STREAM_START, token.start(), token.start());
    }

    private YamlEvent parseDocumentStart(boolean implicit) {
        Token token = scanner.peek();
        if (!implicit) {
            while (token.type() == Token.Type.DOCUMENT_END) {
                scanner.skipToken();
                token = scanner.peek();
            }
        }
        if (implicit && token.type() != Token.Type.VERSION_DIRECTIVE && token.type() != Token.Type.TAG_DIRECTIVE
                && token.type() != Token.Type.DOCUMENT_START && token.type() != Token.Type.STREAM_END) {
            processDirectives();
            states.add(State.DOCUMENT_END);
            state = State.BLOCK_NODE;
            return YamlEvent.of(YamlEvent.Type.DOCUMENT_START, token.start(), token.start());
        }
        if (token.type() != Token.Type.STREAM_END) {
            YamlMark start = token.start();
            processDirectives();
            token = scanner.peek();
            if (token.type() != Token.Type.DOCUMENT_START) {
                throw error("did not find expected <document start>", token.start());
            }
            states.add(State.DOCUMENT_END);
            state = State.DOCUMENT_CONTENT;
            YamlMark end = token.end();
            scanner.skipToken();
            return YamlEvent.of(YamlEvent.Type.DOCUMENT_START, start, end);
        }
        state = State.END;
        scanner.skipToken();
        return YamlEvent.of(YamlEvent.Type.STREAM_END, token.start(), token.end());
    }

    private YamlEvent parseDocumentContent() {
        Token token = scanner.peek();
        Token.Type t = token.type();
        if (t == Token.Type.VERSION_DIRECTIVE || t == Token.Type.TAG_DIRECTIVE || t == Token.Type.DOCUMENT_START
                || t == Token.Type.DOCUMENT_END || t == Token.Type.STREAM_END) {
            state = pop();
            return emptyScalar(token.start());
        }
        return parseNode(true, false);
    }

    private YamlEvent parseDocumentEnd() {
        Token token = scanner.peek();
        YamlMark start = token.start();
        YamlMark end = start;
        if (token.type() == Token.Type.DOCUMENT_END) {
            end = token.end();
            scanner.skipToken();
        }
        tagDirectives.clear();
        state = State.DOCUMENT_START;
        return YamlEvent.of(YamlEvent.Type.DOCUMENT_END, start, end);
    }

    private void processDirectives() {
        boolean versionSeen = false;
        List<TagDirective> local = new ArrayList<>();
        Token token = scanner.peek();
        while (token.type() == Token.Type.VERSION_DIRECTIVE || token.type() == Token.Type.TAG_DIRECTIVE) {
            if (token.type() == Token.Type.VERSION_DIRECTIVE) {
                if (versionSeen) {
                    throw error("found duplicate %YAML directive", token.start());
                }
                if (token.major() != 1 || (token.minor() != 1 && token.minor() != 2)) {
                    throw error("found incompatible YAML document", token.start());
                }
                versionSeen = true;
            } else {
                TagDirective value = new TagDirective(token.handle(), token.suffix());
                appendTagDirective(value, false, token.start());
                local.add(value);
            }
            scanner.skipToken();
            token = scanner.peek();
        }
        appendTagDirective(new TagDirective("!", "!"), true, token.start());
        appendTagDirective(new TagDirective("!!", "tag:yaml.org,2002:"), true, token.start());
    }

    private void appendTagDirective(TagDirective value, boolean allowDuplicates, YamlMark at) {
        for (TagDirective existing : tagDirectives) {
            if (existing.handle().equals(value.handle())) {
                if (allowDuplicates) {
                    return;
                }
                throw error("found duplicate %TAG directive", at);
            }
        }
        tagDirectives.add(value);
    }

    private YamlEvent parseNode(boolean block, boolean indentlessSequence) {
        Token token = scanner.peek();
        if (token.type() == Token.Type.ALIAS) {
            state = pop();
            scanner.skipToken();
            return new YamlEvent(YamlEvent.Type.ALIAS, token.start(), token.end(), token.value(), null, null, null,
                    false);
        }
        YamlMark start = token.start();
        YamlMark end = start;
        YamlMark tagMark = YamlMark.ZERO;
        String anchor = null;
        String tagHandle = null;
        String tagSuffix = null;
        if (token.type() == Token.Type.ANCHOR) {
            anchor = token.value();
            start = token.start();
            end = token.end();
            scanner.skipToken();
            token = scanner.peek();
            if (token.type() == Token.Type.TAG) {
                tagHandle = token.handle();
                tagSuffix = token.suffix();
                tagMark = token.start();
                end = token.end();
                scanner.skipToken();
                token = scanner.peek();
            }
        } else if (token.type() == Token.Type.TAG) {
            tagHandle = token.handle();
            tagSuffix = token.suffix();
            start = token.start();
            tagMark = token.start();
            end = token.end();
            scanner.skipToken();
            token = scanner.peek();
            if (token.type() == Token.Type.ANCHOR) {
                anchor = token.value();
                end = token.end();
                scanner.skipToken();
                token = scanner.peek();
            }
        }
        String tag = null;
        if (tagHandle != null) {
            if (tagHandle.isEmpty()) {
                tag = tagSuffix;
            } else {
                for (TagDirective d : tagDirectives) {
                    if (d.handle().equals(tagHandle)) {
                        tag = d.prefix() + tagSuffix;
                        break;
                    }
                }
                if (tag == null) {
                    throw error("while parsing a node", start, "found undefined tag handle", tagMark);
                }
            }
        }
        if (indentlessSequence && token.type() == Token.Type.BLOCK_ENTRY) {
            end = token.end();
            state = State.INDENTLESS_SEQUENCE_ENTRY;
            return new YamlEvent(YamlEvent.Type.SEQUENCE_START, start, end, anchor, tag, null, null, false);
        }
        switch (token.type()) {
            case SCALAR -> {
                end = token.end();
                state = pop();
                scanner.skipToken();
                return new YamlEvent(YamlEvent.Type.SCALAR, start, end, anchor, tag, token.value(), token.style(),
                        false);
            }
            case FLOW_SEQUENCE_START -> {
                end = token.end();
                state = State.FLOW_SEQUENCE_FIRST_ENTRY;
                return new YamlEvent(YamlEvent.Type.SEQUENCE_START, start, end, anchor, tag, null, null, true);
            }
            case FLOW_MAPPING_START -> {
                end = token.end();
                state = State.FLOW_MAPPING_FIRST_KEY;
                return new YamlEvent(YamlEvent.Type.MAPPING_START, start, end, anchor, tag, null, null, true);
            }
            default -> {
            }
        }
        if (block && token.type() == Token.Type.BLOCK_SEQUENCE_START) {
            end = token.end();
            state = State.BLOCK_SEQUENCE_FIRST_ENTRY;
            return new YamlEvent(YamlEvent.Type.SEQUENCE_START, start, end, anchor, tag, null, null, false);
        }
        if (block && token.type() == Token.Type.BLOCK_MAPPING_START) {
            end = token.end();
            state = State.BLOCK_MAPPING_FIRST_KEY;
            return new YamlEvent(YamlEvent.Type.MAPPING_START, start, end, anchor, tag, null, null, false);
        }
        if (anchor != null || tag != null) {
            state = pop();
            return new YamlEvent(YamlEvent.Type.SCALAR, start, end, anchor, tag, "", ScalarStyle.PLAIN, false);
        }
        throw error(block ? "while parsing a block node" : "while parsing a flow node", start,
                "did not find expected node content", token.start());
    }

    private YamlEvent parseBlockSequenceEntry(boolean first) {
        if (first) {
            Token token = scanner.peek();
            marks.add(token.start());
            scanner.skipToken();
        }
        Token token = scanner.peek();
        if (token.type() == Token.Type.BLOCK_ENTRY) {
            YamlMark mark = token.end();
            scanner.skipToken();
            token = scanner.peek();
            if (token.type() != Token.Type.BLOCK_ENTRY && token.type() != Token.Type.BLOCK_END) {
                states.add(State.BLOCK_SEQUENCE_ENTRY);
                return parseNode(true, false);
            }
            state = State.BLOCK_SEQUENCE_ENTRY;
            return emptyScalar(mark);
        }
        if (token.type() == Token.Type.BLOCK_END) {
            state = pop();
            popMark();
            scanner.skipToken();
            return YamlEvent.of(YamlEvent.Type.SEQUENCE_END, token.start(), token.end());
        }
        throw error("while parsing a block collection", popMark(), "did not find expected '-' indicator",
                token.start());
    }

    private YamlEvent parseIndentlessSequenceEntry() {
        Token token = scanner.peek();
        if (token.type() == Token.Type.BLOCK_ENTRY) {
            YamlMark mark = token.end();
            scanner.skipToken();
            token = scanner.peek();
            if (token.type() != Token.Type.BLOCK_ENTRY && token.type() != Token.Type.KEY
                    && token.type() != Token.Type.VALUE && token.type() != Token.Type.BLOCK_END) {
                states.add(State.INDENTLESS_SEQUENCE_ENTRY);
                return parseNode(true, false);
            }
            state = State.INDENTLESS_SEQUENCE_ENTRY;
            return emptyScalar(mark);
        }
        state = pop();
        return YamlEvent.of(YamlEvent.Type.SEQUENCE_END, token.start(), token.start());
    }

    private YamlEvent parseBlockMappingKey(boolean first) {
        if (first) {
            Token token = scanner.peek();
            marks.add(token.start());
            scanner.skipToken();
        }
        Token token = scanner.peek();
        if (token.type() == Token.Type.KEY) {
            YamlMark mark = token.end();
            scanner.skipToken();
            token = scanner.peek();
            if (token.type() != Token.Type.KEY && token.type() != Token.Type.VALUE
                    && token.type() != Token.Type.BLOCK_END) {
                states.add(State.BLOCK_MAPPING_VALUE);
                return parseNode(true, true);
            }
            state = State.BLOCK_MAPPING_VALUE;
            return emptyScalar(mark);
        }
        if (token.type() == Token.Type.BLOCK_END) {
            state = pop();
            popMark();
            scanner.skipToken();
            return YamlEvent.of(YamlEvent.Type.MAPPING_END, token.start(), token.end());
        }
        throw error("while parsing a block mapping", popMark(), "did not find expected key", token.start());
    }

    private YamlEvent parseBlockMappingValue() {
        Token token = scanner.peek();
        if (token.type() == Token.Type.VALUE) {
            YamlMark mark = token.end();
            scanner.skipToken();
            token = scanner.peek();
            if (token.type() != Token.Type.KEY && token.type() != Token.Type.VALUE
                    && token.type() != Token.Type.BLOCK_END) {
                states.add(State.BLOCK_MAPPING_KEY);
                return parseNode(true, true);
            }
            state = State.BLOCK_MAPPING_KEY;
            return emptyScalar(mark);
        }
        state = State.BLOCK_MAPPING_KEY;
        return emptyScalar(token.start());
    }

    private YamlEvent parseFlowSequenceEntry(boolean first) {
        if (first) {
            Token token = scanner.peek();
            marks.add(token.start());
            scanner.skipToken();
        }
        Token token = scanner.peek();
        if (token.type() != Token.Type.FLOW_SEQUENCE_END) {
            if (!first) {
                if (token.type() == Token.Type.FLOW_ENTRY) {
                    scanner.skipToken();
                    token = scanner.peek();
                } else {
                    throw error("while parsing a flow sequence", popMark(), "did not find expected ',' or ']'",
                            token.start());
                }
            }
            if (token.type() == Token.Type.KEY) {
                state = State.FLOW_SEQUENCE_ENTRY_MAPPING_KEY;
                scanner.skipToken();
                return new YamlEvent(YamlEvent.Type.MAPPING_START, token.start(), token.end(), null, null, null, null,
                        true);
            }
            if (token.type() != Token.Type.FLOW_SEQUENCE_END) {
                states.add(State.FLOW_SEQUENCE_ENTRY);
                return parseNode(false, false);
            }
        }
        state = pop();
        popMark();
        scanner.skipToken();
        return YamlEvent.of(YamlEvent.Type.SEQUENCE_END, token.start(), token.end());
    }

    private YamlEvent parseFlowSequenceEntryMappingKey() {
        Token token = scanner.peek();
        if (token.type() != Token.Type.VALUE && token.type() != Token.Type.FLOW_ENTRY
                && token.type() != Token.Type.FLOW_SEQUENCE_END) {
            states.add(State.FLOW_SEQUENCE_ENTRY_MAPPING_VALUE);
            return parseNode(false, false);
        }
        YamlMark mark = token.end();
        scanner.skipToken();
        state = State.FLOW_SEQUENCE_ENTRY_MAPPING_VALUE;
        return emptyScalar(mark);
    }

    private YamlEvent parseFlowSequenceEntryMappingValue() {
        Token token = scanner.peek();
        if (token.type() == Token.Type.VALUE) {
            scanner.skipToken();
            token = scanner.peek();
            if (token.type() != Token.Type.FLOW_ENTRY && token.type() != Token.Type.FLOW_SEQUENCE_END) {
                states.add(State.FLOW_SEQUENCE_ENTRY_MAPPING_END);
                return parseNode(false, false);
            }
        }
        state = State.FLOW_SEQUENCE_ENTRY_MAPPING_END;
        return emptyScalar(token.start());
    }

    private YamlEvent parseFlowSequenceEntryMappingEnd() {
        Token token = scanner.peek();
        state = State.FLOW_SEQUENCE_ENTRY;
        return YamlEvent.of(YamlEvent.Type.MAPPING_END, token.start(), token.start());
    }

    private YamlEvent parseFlowMappingKey(boolean first) {
        if (first) {
            Token token = scanner.peek();
            marks.add(token.start());
            scanner.skipToken();
        }
        Token token = scanner.peek();
        if (token.type() != Token.Type.FLOW_MAPPING_END) {
            if (!first) {
                if (token.type() == Token.Type.FLOW_ENTRY) {
                    scanner.skipToken();
                    token = scanner.peek();
                } else {
                    throw error("while parsing a flow mapping", popMark(), "did not find expected ',' or '}'",
                            token.start());
                }
            }
            if (token.type() == Token.Type.KEY) {
                scanner.skipToken();
                token = scanner.peek();
                if (token.type() != Token.Type.VALUE && token.type() != Token.Type.FLOW_ENTRY
                        && token.type() != Token.Type.FLOW_MAPPING_END) {
                    states.add(State.FLOW_MAPPING_VALUE);
                    return parseNode(false, false);
                }
                state = State.FLOW_MAPPING_VALUE;
                return emptyScalar(token.start());
            }
            if (token.type() != Token.Type.FLOW_MAPPING_END) {
                states.add(State.FLOW_MAPPING_EMPTY_VALUE);
                return parseNode(false, false);
            }
        }
        state = pop();
        popMark();
        scanner.skipToken();
        return YamlEvent.of(YamlEvent.Type.MAPPING_END, token.start(), token.end());
    }

    private YamlEvent parseFlowMappingValue(boolean empty) {
        Token token = scanner.peek();
        if (empty) {
            state = State.FLOW_MAPPING_KEY;
            return emptyScalar(token.start());
        }
        if (token.type() == Token.Type.VALUE) {
            scanner.skipToken();
            token = scanner.peek();
            if (token.type() != Token.Type.FLOW_ENTRY && token.type() != Token.Type.FLOW_MAPPING_END) {
                states.add(State.FLOW_MAPPING_KEY);
                return parseNode(false, false);
            }
        }
        state = State.FLOW_MAPPING_KEY;
        return emptyScalar(token.start());
    }

    private static YamlEvent emptyScalar(YamlMark mark) {
        return new YamlEvent(YamlEvent.Type.SCALAR, mark, mark, null, null, "", ScalarStyle.PLAIN, false);
    }
}
