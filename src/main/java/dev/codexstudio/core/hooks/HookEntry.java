package dev.codexstudio.core.hooks;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One hook as Codex's app-server {@code hooks/list} reports it, with links back to where it was written.
 *
 * @param key                    {@code <source path>:<event label>:<group index>:<handler index>}
 * @param event                  the event ({@code eventName} is {@link HookEvent#eventName()})
 * @param handlerType            {@code command} or {@code mcpTool}
 * @param matcher                the matcher Codex uses ({@code null} when omitted or ignored for the event)
 * @param command                the command ({@code null} for MCP hooks)
 * @param server                 MCP server ({@code null} for command hooks)
 * @param tool                   MCP tool ({@code null} for command hooks)
 * @param timeoutSec             effective timeout in seconds
 * @param statusMessage          status message, or {@code null}
 * @param async                  effective async flag (false for MCP hooks and for SessionEnd)
 * @param additionalContextLimit the limit Codex applies, or {@code null} (unset, or ignored for the event)
 * @param sourcePath             the file the hook came from
 * @param source                 {@code system}, {@code user}, {@code project}, …
 * @param enabled                false when {@code [hooks.state."<key>"] enabled = false} (never for managed hooks)
 * @param isManaged              whether the hook is managed (trusted without review)
 * @param currentHash            {@code sha256:<hex>} trust hash of the normalised hook
 * @param trustStatus            managed, trusted, modified or untrusted
 * @param displayOrder           position over all hooks Codex lists (0-based)
 * @param hookSource             the source it was read from
 * @param group                  its matcher group
 * @param handler                its handler
 */
public record HookEntry(String key, HookEvent event, String handlerType, String matcher, String command, String server,
        String tool, long timeoutSec, String statusMessage, boolean async, Long additionalContextLimit, Path sourcePath,
        String source, boolean enabled, boolean isManaged, String currentHash, TrustStatus trustStatus, long displayOrder,
        HookSource hookSource, MatcherGroup group, HookHandler handler) {

    public HookEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(handlerType, "handlerType");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(currentHash, "currentHash");
        Objects.requireNonNull(trustStatus, "trustStatus");
        Objects.requireNonNull(hookSource, "hookSource");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(handler, "handler");
    }

    /** The app-server {@code eventName}. */
    public String eventName() {
        return event.eventName();
    }

    public Optional<String> optionalMatcher() {
        return Optional.ofNullable(matcher);
    }

    /** Whether Codex would run this hook: enabled, and managed or trusted. */
    public boolean runs() {
        return enabled && (trustStatus == TrustStatus.MANAGED || trustStatus == TrustStatus.TRUSTED);
    }

    /** Codex's trust status of a hook. */
    public enum TrustStatus {
        MANAGED, TRUSTED, MODIFIED, UNTRUSTED;

        /** The app-server spelling ({@code managed}, …). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
