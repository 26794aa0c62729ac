package dev.codexstudio.core.hooks;

import java.util.Map;
import java.util.Optional;

/**
 * Format-preserving edits of the hooks written in one file, as text in and text out: only the lines (or, in
 * JSON, the spans) of what is edited change. Groups and handlers are addressed as in Codex's hook keys (event,
 * group index within the event, handler index within the group). Every method returns the edited text, or empty
 * when the edit cannot be made safely (the text does not parse, the group or handler does not exist, or the
 * result would not read back as intended). Handler maps use the field names Codex reads ({@code type},
 * {@code command}, {@code timeout}, …) with {@link String}, {@link Long}, {@link Boolean} and, for an MCP
 * {@code input}, maps and lists.
 */
public interface HookFileEdits {

    /** Sets the group's {@code matcher}, or removes it when {@code matcher} is null. */
    Optional<String> setMatcher(String text, HookEvent event, int group, String matcher);

    /** Sets a handler field, or removes it when {@code value} is null. */
    Optional<String> setField(String text, HookEvent event, int group, int handler, String field, Object value);

    /** Appends a matcher group with one handler to the event's list (created when missing). */
    Optional<String> addGroup(String text, HookEvent event, String matcher, Map<String, Object> handler);

    /** Appends a handler to a group. */
    Optional<String> addHandler(String text, HookEvent event, int group, Map<String, Object> handler);

    /** Removes a handler (and its group when it was the group's only handler). */
    Optional<String> removeHandler(String text, HookEvent event, int group, int handler);

    /** Removes a matcher group with its handlers (and the event's list when it was the only group). */
    Optional<String> removeGroup(String text, HookEvent event, int group);

    /** The edits for a source's format: {@link HooksJsonWriter} or {@link InlineHooksWriter}. */
    static HookFileEdits forFormat(HookSource.Format format) {
        return format == HookSource.Format.JSON ? HooksJsonWriter.INSTANCE : InlineHooksWriter.INSTANCE;
    }
}
