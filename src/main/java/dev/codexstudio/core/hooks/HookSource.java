package dev.codexstudio.core.hooks;

import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One place hooks were read from: a {@code hooks.json}, the inline {@code [hooks]} table of a config layer, or
 * the {@code [hooks]} table of {@code requirements.toml}.
 *
 * @param path          the file (part of every hook key)
 * @param format        how the hooks are written
 * @param source        Codex's {@code source} label: {@code system}, {@code user}, {@code project},
 *                      {@code legacyManagedConfigFile}, …
 * @param managed       whether Codex trusts these hooks without review
 * @param events        event → its matcher groups, in Codex's event order (events without groups omitted)
 * @param description   the hooks.json {@code description}, or {@code null}
 * @param unknownEvents names under {@code hooks} that are not events (Codex ignores them) → their positions
 * @param position      where the hooks start (the {@code hooks} key, or the file)
 */
public record HookSource(Path path, Format format, String source, boolean managed, Map<HookEvent, List<MatcherGroup>> events,
        String description, Map<String, SourcePosition> unknownEvents, SourcePosition position) {

    /** How a source is written. */
    public enum Format {
        /** {@code hooks.json}. */
        JSON,
        /** The {@code [hooks]} table of a config layer's {@code config.toml}. */
        TOML_INLINE,
        /** The {@code [hooks]} table of {@code requirements.toml} (managed). */
        REQUIREMENTS
    }

    public HookSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(position, "position");
        EnumMap<HookEvent, List<MatcherGroup>> copy = new EnumMap<>(HookEvent.class);
        events.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        events = Collections.unmodifiableMap(copy);
        unknownEvents = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknownEvents));
    }

    /** Whether any event has a group (Codex ignores a source with none). */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    public List<MatcherGroup> groups(HookEvent event) {
        return events.getOrDefault(event, List.of());
    }

    /** Number of handlers over all events. */
    public int handlerCount() {
        return events.values().stream().flatMap(List::stream).mapToInt(g -> g.handlers().size()).sum();
    }
}
