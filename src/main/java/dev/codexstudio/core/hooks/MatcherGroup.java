package dev.codexstudio.core.hooks;

import dev.codexstudio.core.model.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an event's list: an optional matcher and its handlers.
 *
 * @param matcher        the matcher as written, or {@code null} when omitted (or {@code null} in JSON)
 * @param handlers       the handlers, in file order
 * @param index          index within the event's list (part of the hook key)
 * @param position       where the group starts
 * @param fieldPositions field name as written → position of its key
 * @param unknownFields  fields Codex ignores
 */
public record MatcherGroup(String matcher, List<HookHandler> handlers, int index, SourcePosition position,
        Map<String, SourcePosition> fieldPositions, List<String> unknownFields) {

    public MatcherGroup {
        Objects.requireNonNull(position, "position");
        handlers = List.copyOf(handlers);
        fieldPositions = Map.copyOf(fieldPositions);
        unknownFields = List.copyOf(unknownFields);
    }

    public Optional<String> optionalMatcher() {
        return Optional.ofNullable(matcher);
    }

    /** Where the matcher was written, or the group's position. */
    public SourcePosition matcherPosition() {
        return fieldPositions.getOrDefault("matcher", position);
    }
}
