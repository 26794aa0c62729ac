package dev.codexstudio.core.hooks;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import org.tomlj.TomlTable;

/**
 * Edits the trust state Codex keeps in the user {@code config.toml}, as its {@code /hooks} review does:
 * {@code [hooks.state."<key>"] trusted_hash = "<currentHash>"} to trust a hook, {@code enabled = false} to turn one
 * off. Edits are format-preserving: only the lines of that {@code [hooks.state."<key>"]} table change (a table that
 * becomes empty is removed). The given document is not modified; the edited copy is returned, or empty when the
 * config cannot be edited (TOML syntax errors, or {@code hooks}/{@code hooks.state} is not a table). Managed hooks
 * need no trust: for them the config is returned unchanged.
 */
public final class HookTrust {

    private HookTrust() {
    }

    /** Records the hook's current hash as trusted. */
    public static Optional<TomlDocument> trust(TomlDocument userConfig, HookEntry entry) {
        if (entry.isManaged()) {
            return copy(userConfig);
        }
        return edit(userConfig, entry.key(), "trusted_hash", entry.currentHash());
    }

    /** Forgets the trusted hash: the hook goes back to untrusted. */
    public static Optional<TomlDocument> untrust(TomlDocument userConfig, HookEntry entry) {
        if (entry.isManaged()) {
            return copy(userConfig);
        }
        return edit(userConfig, entry.key(), "trusted_hash", null);
    }

    /** Turns a hook off ({@code enabled = false}) or back on (the key is removed: on is Codex's default). */
    public static Optional<TomlDocument> setEnabled(TomlDocument userConfig, HookEntry entry, boolean enabled) {
        if (entry.isManaged()) {
            return copy(userConfig);
        }
        return edit(userConfig, entry.key(), "enabled", enabled ? null : Boolean.FALSE);
    }

    private static Optional<TomlDocument> copy(TomlDocument doc) {
        return Optional.of(TomlDocument.parse(doc.toSourceText()));
    }

    private static Optional<TomlDocument> edit(TomlDocument userConfig, String key, String field, Object value) {
        try {
            TomlDocument doc = TomlDocument.parse(userConfig.toSourceText());
            if (doc.hasSyntaxErrors() || !editable(doc.table(), key)) {
                return Optional.empty();
            }
            List<String> table = List.of("hooks", "state", key);
            List<String> path = List.of("hooks", "state", key, field);
            if (value != null) {
                doc.set(path, value);
                return Optional.of(TomlDocument.parse(doc.toSourceText()));
            }
            if (!doc.table().contains(path)) {
                return Optional.of(doc);
            }
            Object state = doc.table().get(table);
            boolean onlyField = state instanceof TomlTable t && t.keySet().size() == 1;
            if (onlyField) {
                Optional<SourceText> removed = removeTable(doc, table);
                if (removed.isPresent()) {
                    return Optional.of(TomlDocument.parse(removed.get()));
                }
            }
            doc.remove(path);
            return Optional.of(TomlDocument.parse(doc.toSourceText()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean editable(TomlTable root, String key) {
        Object hooks = root.get(List.of("hooks"));
        if (hooks == null) {
            return true;
        }
        if (!(hooks instanceof TomlTable h)) {
            return false;
        }
        Object state = h.get(List.of("state"));
        if (state == null) {
            return true;
        }
        if (!(state instanceof TomlTable s)) {
            return false;
        }
        Object entry = s.get(List.of(key));
        return entry == null || entry instanceof TomlTable;
    }

    /**
     * Removes a table written with its own {@code [header]}: the header line and its lines up to the next header (and
     * the blank line before it when it ends the file). Empty when the table is not written that way (dotted keys,
     * inline tables).
     */
    private static Optional<SourceText> removeTable(TomlDocument doc, List<String> table) {
        Optional<SourcePosition> at = doc.positionOf(table);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        SourceText src = doc.source();
        int line = at.get().line();
        String header = src.lineText(line).strip();
        if (!header.startsWith("[") || header.startsWith("[[")) {
            return Optional.empty();
        }
        int last = line;
        while (last < src.lineCount()) {
            String next = src.lineText(last + 1).strip();
            if (next.startsWith("[")) {
                break;
            }
            last++;
        }
        String text = src.text();
        int first = line;
        if (last >= src.lineCount() && line > 1 && src.lineText(line - 1).isBlank()) {
            first = line - 1;
        }
        int start = src.lineStart(first);
        int end = src.lineEndInclusive(last);
        return Optional.of(src.withText(text.substring(0, start) + text.substring(end)));
    }
}
