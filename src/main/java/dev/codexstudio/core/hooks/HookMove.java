package dev.codexstudio.core.hooks;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves one handler from one hooks file to another (hooks.json ⇄ inline {@code [[hooks.<Event>]]} of a config.toml,
 * user ⇄ project scope): the handler is removed from the source (its group too when it was the group's only
 * handler) and appended to the target as a new group with the same matcher, both with the format-preserving edits
 * of {@link HookFileEdits}. The hook's key changes with its file and position, so Codex asks to trust it again.
 */
public final class HookMove {

    private HookMove() {
    }

    /**
     * The two edited texts.
     *
     * @param sourceText the source file without the handler
     * @param targetText the target file with the handler in a new group
     * @param newKey     the hook's key in the target
     * @param dropped    fields Codex ignores that are not carried over
     */
    public record Plan(String sourceText, String targetText, String newKey, List<String> dropped) {
        public Plan {
            dropped = List.copyOf(dropped);
        }
    }

    /** The fields of a handler as Codex reads them, in the usual order; empty for handlers Codex does not run. */
    public static Optional<Map<String, Object>> fields(HookHandler handler) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (handler instanceof HookHandler.Command c) {
            m.put("type", "command");
            m.put("command", c.command());
            put(m, "commandWindows", c.commandWindows());
            put(m, "timeout", c.timeout());
            if (c.fieldPositions().containsKey("async")) {
                m.put("async", c.async());
            }
            put(m, "statusMessage", c.statusMessage());
            put(m, "additionalContextLimit", c.additionalContextLimit());
            return Optional.of(m);
        }
        if (handler instanceof HookHandler.McpTool t) {
            m.put("type", "mcp_tool");
            m.put("server", t.server());
            m.put("tool", t.tool());
            if (!t.input().isEmpty() || t.fieldPositions().containsKey("input")) {
                m.put("input", t.input());
            }
            put(m, "timeout", t.timeout());
            put(m, "statusMessage", t.statusMessage());
            return Optional.of(m);
        }
        return Optional.empty();
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /** Reads the hooks of a text in a format (empty when it has none or does not parse). */
    public static Optional<HookSource> read(Path path, String text, HookSource.Format format) {
        try {
            if (format == HookSource.Format.JSON) {
                return text.isBlank() ? Optional.empty()
                        : HooksJsonReader.parse(SourceText.ofString(path, text), "user", false).optionalSource();
            }
            return InlineHooksReader.readConfig(TomlDocument.parse(SourceText.ofString(path, text)), "user", false)
                    .optionalSource();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Plans the move of handler {@code handler} of group {@code group} of {@code event}, or empty when either edit
     * cannot be made safely (or the handler is not one Codex runs).
     */
    public static Optional<Plan> plan(Path sourcePath, String sourceText, HookSource.Format sourceFormat, HookEvent event,
            int group, int handler, Path targetPath, String targetText, HookSource.Format targetFormat) {
        Optional<HookSource> src = read(sourcePath, sourceText, sourceFormat);
        if (src.isEmpty() || group < 0 || group >= src.get().groups(event).size()) {
            return Optional.empty();
        }
        MatcherGroup g = src.get().groups(event).get(group);
        if (handler < 0 || handler >= g.handlers().size()) {
            return Optional.empty();
        }
        HookHandler h = g.handlers().get(handler);
        Optional<Map<String, Object>> fields = fields(h);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> removed = HookFileEdits.forFormat(sourceFormat).removeHandler(sourceText, event, group, handler);
        int index = read(targetPath, targetText, targetFormat).map(s -> s.groups(event).size()).orElse(0);
        Optional<String> added = HookFileEdits.forFormat(targetFormat).addGroup(targetText, event, g.matcher(), fields.get());
        if (removed.isEmpty() || added.isEmpty()) {
            return Optional.empty();
        }
        List<String> dropped = new ArrayList<>(h.unknownFields());
        g.unknownFields().forEach(f -> dropped.add("group " + f));
        return Optional.of(new Plan(removed.get(), added.get(), HookKeys.key(targetPath, event, index, 0), dropped));
    }
}
