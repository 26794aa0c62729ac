package dev.codexstudio.core.hooks;

import dev.codexstudio.core.model.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One handler of a matcher group, as written. Positions: {@link #position()} is where the handler starts;
 * {@link #fieldPositions()} maps each field name as written (including unknown ones) to where its key is.
 */
public sealed interface HookHandler {

    /** The handler's {@code type} as written ({@code command}, {@code mcp_tool}, {@code prompt}, {@code agent}). */
    String type();

    /** Index within its group's {@code hooks} list (part of the hook key). */
    int index();

    SourcePosition position();

    /** Field name as written → position of its key. */
    Map<String, SourcePosition> fieldPositions();

    /** Fields Codex does not know for this handler type (silently ignored by Codex), in file order. */
    List<String> unknownFields();

    /** Where a field was written, or the handler's own position. */
    default SourcePosition positionOf(String field) {
        return fieldPositions().getOrDefault(field, position());
    }

    /**
     * A {@code type = "command"} handler.
     *
     * @param command                the shell command (required)
     * @param commandWindows         {@code commandWindows}/{@code command_windows}, used on Windows, or {@code null}
     * @param timeout                {@code timeout} in seconds as written, or {@code null}
     * @param async                  {@code async} (default false)
     * @param statusMessage          {@code statusMessage}, or {@code null}
     * @param additionalContextLimit {@code additionalContextLimit} in tokens, or {@code null}
     */
    record Command(String command, String commandWindows, Long timeout, boolean async, String statusMessage,
            Long additionalContextLimit, int index, SourcePosition position, Map<String, SourcePosition> fieldPositions,
            List<String> unknownFields) implements HookHandler {
        public Command {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(position, "position");
            fieldPositions = Map.copyOf(fieldPositions);
            unknownFields = List.copyOf(unknownFields);
        }

        @Override
        public String type() {
            return "command";
        }
    }

    /**
     * A {@code type = "mcp_tool"} handler: calls {@code tool} on MCP server {@code server} with {@code input}.
     *
     * @param input the input object: values are {@link String}, {@link Boolean}, {@link McpNumber},
     *              {@code List<Object>} and {@code Map<String, Object>} (insertion-ordered)
     */
    record McpTool(String server, String tool, Map<String, Object> input, Long timeout, String statusMessage,
            int index, SourcePosition position, Map<String, SourcePosition> fieldPositions, List<String> unknownFields)
            implements HookHandler {
        public McpTool {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(position, "position");
            input = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(input));
            fieldPositions = Map.copyOf(fieldPositions);
            unknownFields = List.copyOf(unknownFields);
        }

        @Override
        public String type() {
            return "mcp_tool";
        }
    }

    /** A {@code prompt} or {@code agent} handler: Codex parses it, then skips it with a warning. */
    record Unsupported(String type, int index, SourcePosition position, Map<String, SourcePosition> fieldPositions,
            List<String> unknownFields) implements HookHandler {
        public Unsupported {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(position, "position");
            fieldPositions = Map.copyOf(fieldPositions);
            unknownFields = List.copyOf(unknownFields);
        }
    }

    /**
     * A number inside an MCP handler's {@code input}, kept as Codex keeps it (the text that enters the trust hash).
     *
     * @param text integers as their value ({@code -0} → {@code 0}); other numbers as written with the exponent
     *             normalised to {@code e+N}/{@code e-N}
     */
    record McpNumber(String text) {
        public McpNumber {
            Objects.requireNonNull(text, "text");
        }
    }
}
