package dev.codexstudio.core.hooks;

import java.util.List;
import java.util.Optional;

/**
 * Everything Codex would list for one working directory: the hooks (in {@code displayOrder}), the warnings Codex
 * emits while discovering them (exact strings), and config load errors that stop Codex from loading any hook.
 *
 * @param entries      the hooks, in display order
 * @param warnings     Codex's discovery warnings, in order
 * @param errors       config load errors (when non-empty Codex lists no hooks at all)
 * @param reads        every read of a hook source (including skipped files and empty ones), in discovery order
 * @param hooksEnabled false when {@code [features] hooks = false} (no source is read)
 */
public record HookCatalog(List<HookEntry> entries, List<String> warnings, List<String> errors, List<HookReadResult> reads,
        boolean hooksEnabled) {

    public HookCatalog {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        reads = List.copyOf(reads);
    }

    /** The sources read successfully, in discovery order. */
    public List<HookSource> sources() {
        return reads.stream().flatMap(r -> r.optionalSource().stream()).toList();
    }

    public Optional<HookEntry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The hooks of one event, in display order. */
    public List<HookEntry> entries(HookEvent event) {
        return entries.stream().filter(e -> e.event() == event).toList();
    }
}
