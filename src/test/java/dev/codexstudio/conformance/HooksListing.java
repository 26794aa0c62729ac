package dev.codexstudio.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.hooks.HookEntry;

/**
 * One canonical text for a {@code hooks/list} answer, from Codex's JSON or from the studio's catalogue: every
 * hook with every field Codex reports (key, event, handler type, matcher, command or server/tool, timeout,
 * status message, async, additional-context limit, source path and source, enabled, managed, current hash,
 * trust status, display order), then the warnings, then whether the config failed to load.
 */
final class HooksListing {

    private HooksListing() {
    }

    static String ofCodex(JsonNode entry) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode h : entry.path("hooks")) {
            line(sb, h.path("key").asText(), h.path("eventName").asText(), h.path("handlerType").asText(),
                    text(h, "matcher"), text(h, "command"), text(h, "server"), text(h, "tool"), h.path("timeoutSec").asLong(),
                    text(h, "statusMessage"), h.path("async").asBoolean(), text(h, "additionalContextLimit"),
                    h.path("sourcePath").asText(), h.path("source").asText(), h.path("enabled").asBoolean(),
                    h.path("isManaged").asBoolean(), h.path("currentHash").asText(), h.path("trustStatus").asText(),
                    h.path("displayOrder").asLong());
        }
        for (JsonNode w : entry.path("warnings")) {
            sb.append("warning ").append(w.asText()).append('\n');
        }
        if (entry.path("errors").size() > 0) {
            sb.append("config failed to load\n");
        }
        return sb.toString();
    }

    static String ofStudio(HookCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        for (HookEntry h : catalog.entries()) {
            line(sb, h.key(), h.event().eventName(), h.handlerType(), h.matcher(), h.command(), h.server(), h.tool(),
                    h.timeoutSec(), h.statusMessage(), h.async(),
                    h.additionalContextLimit() == null ? null : h.additionalContextLimit().toString(),
                    h.sourcePath().toString(), h.source(), h.enabled(), h.isManaged(), h.currentHash(),
                    h.trustStatus().label(), h.displayOrder());
        }
        for (String w : catalog.warnings()) {
            sb.append("warning ").append(w).append('\n');
        }
        if (!catalog.errors().isEmpty()) {
            sb.append("config failed to load\n");
        }
        return sb.toString();
    }

    private static String text(JsonNode h, String field) {
        JsonNode n = h.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static void line(StringBuilder sb, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            sb.append(fields[i]);
        }
        sb.append('\n');
    }
}
