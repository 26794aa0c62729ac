package dev.codexstudio.core.skills.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a node tree from the first document of a YAML text, with libyaml's acceptance. On a syntax error
 * the tree holds what was read before the error (open collections are closed where the error struck).
 */
public final class YamlComposer {

    /**
     * A composed document.
     *
     * @param root        the root node, or {@code null} when the document is empty or nothing was read
     * @param error       the first syntax error, or {@code null}
     * @param moreDocuments whether a second document follows the first
     */
    public record Composed(YamlNode root, YamlSyntaxError error, boolean moreDocuments) {
    }

    private YamlComposer() {
    }

    /** Composes the first document of {@code input}. */
    public static Composed compose(String input) {
        YamlParser parser = new YamlParser(input);
        Deque<Frame> stack = new ArrayDeque<>();
        Map<String, YamlNode> anchors = new HashMap<>();
        YamlNode[] root = {null};
        YamlSyntaxError error = null;
        boolean documentEnded = false;
        try {
            while (!documentEnded) {
                YamlEvent event = parser.next();
                if (event == null) {
                    break;
                }
                switch (event.type()) {
                    case STREAM_START, DOCUMENT_START -> {
                    }
                    case STREAM_END -> documentEnded = true;
                    case DOCUMENT_END -> documentEnded = true;
                    case SCALAR -> add(stack, root, anchors, event, new YamlNode.Scalar(event.value(), event.style(),
                            event.tag(), event.start(), event.end()));
                    case ALIAS -> add(stack, root, anchors, event, new YamlNode.Alias(event.anchor(),
                            anchors.get(event.anchor()), event.start(), event.end()));
                    case SEQUENCE_START, MAPPING_START -> stack.push(new Frame(event));
                    case SEQUENCE_END, MAPPING_END -> {
                        Frame frame = stack.pop();
                        add(stack, root, anchors, frame.start, frame.build(event.end()));
                    }
                    default -> throw new IllegalStateException(event.type().name());
                }
            }
        } catch (YamlFailure f) {
            error = f.error();
            while (!stack.isEmpty()) {
                Frame frame = stack.pop();
                add(stack, root, anchors, frame.start, frame.build(error.problemMark()));
            }
        }
        boolean more = false;
        if (error == null) {
            try {
                YamlEvent next = parser.next();
                more = next != null && next.type() != YamlEvent.Type.STREAM_END;
            } catch (YamlFailure f) {
                more = true;
            }
        }
        return new Composed(root[0], error, more);
    }

    private static void add(Deque<Frame> stack, YamlNode[] root, Map<String, YamlNode> anchors, YamlEvent event,
            YamlNode node) {
        if (event.anchor() != null && event.type() != YamlEvent.Type.ALIAS) {
            anchors.put(event.anchor(), node);
        }
        if (stack.isEmpty()) {
            if (root[0] == null) {
                root[0] = node;
            }
        } else {
            stack.peek().children.add(node);
        }
    }

    private static final class Frame {
        final YamlEvent start;
        final List<YamlNode> children = new ArrayList<>();

        Frame(YamlEvent start) {
            this.start = start;
        }

        YamlNode build(YamlMark end) {
            if (start.type() == YamlEvent.Type.SEQUENCE_START) {
                return new YamlNode.Sequence(children, start.flow(), start.tag(), start.start(), end);
            }
            List<YamlNode.Entry> entries = new ArrayList<>();
            for (int i = 0; i + 1 < children.size(); i += 2) {
                entries.add(new YamlNode.Entry(children.get(i), children.get(i + 1)));
            }
            return new YamlNode.Mapping(entries, start.flow(), start.tag(), start.start(), end);
        }
    }
}
