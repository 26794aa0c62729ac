package dev.codexstudio.ui.hooks;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEntry.TrustStatus;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookHandler;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The hook lifecycle of one working directory of the open stack: every hook event in the order a session meets
 * it, with the handlers Codex lists for it there (how many, from which sources, their trust state, whether they
 * can block). Needs no display: the view only draws what this computes.
 */
public final class LifecycleViewModel {

    /** The main flow of a session, drawn as a chain. */
    public static final List<HookEvent> MAIN_FLOW = List.of(HookEvent.SESSION_START, HookEvent.USER_PROMPT_SUBMIT,
            HookEvent.PRE_TOOL_USE, HookEvent.PERMISSION_REQUEST, HookEvent.POST_TOOL_USE, HookEvent.PRE_COMPACT,
            HookEvent.POST_COMPACT, HookEvent.STOP, HookEvent.SESSION_END);

    /** The sub-agent branch, drawn off the tool-use part of the main flow. */
    public static final List<HookEvent> SUBAGENT_BRANCH = List.of(HookEvent.SUBAGENT_START, HookEvent.SUBAGENT_STOP);

    /**
     * Events whose hooks can block or deny what Codex is about to do, from codex-formats.md §2 "Hooks", "Exit
     * codes and stdout" (exit 2 + stderr: PreToolUse blocks the tool, PermissionRequest denies, UserPromptSubmit
     * blocks the prompt, Stop/SubagentStop block the stop) and "JSON decisions by event" ({@code decision:"block"}
     * for PreToolUse, PostToolUse, Stop/SubagentStop and UserPromptSubmit; PermissionRequest
     * {@code behavior:"deny"}). PostToolUse's block cannot undo the tool that already ran: it stops the turn with
     * the reason. Every other event (SessionStart, SubagentStart, compaction, model requests, Interrupt,
     * SessionEnd) only adds context or observes. Only synchronous hooks can block (§2: "async hooks cannot block").
     */
    private static final Set<HookEvent> BLOCKING = Set.of(HookEvent.USER_PROMPT_SUBMIT, HookEvent.PRE_TOOL_USE,
            HookEvent.PERMISSION_REQUEST, HookEvent.POST_TOOL_USE, HookEvent.STOP, HookEvent.SUBAGENT_STOP);

    /** Where an event is drawn. */
    public enum Lane { MAIN, SUBAGENT, OTHER }

    /** Source categories shown on a node, in this order. */
    public static final List<String> SOURCE_ORDER = List.of("user", "project", "managed");

    /** One handler as the side panel lists it. */
    public record HandlerRow(HookEntry entry, String matcher, String action, Path file, int line, TrustStatus trust,
            long timeoutSec, boolean enabled, boolean async) {

        /** One line for the list. */
        public String summary() {
            return action;
        }

        public String details() {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            return name + ":" + line + " · " + trust.label() + (enabled ? "" : ", disabled") + " · timeout "
                    + timeoutSec + " s" + (async ? " · async" : "");
        }
    }

    /** One matcher group (of one source file) of an event. */
    public record GroupRow(String matcher, Path file, int line, List<HandlerRow> handlers) {
        public GroupRow {
            handlers = List.copyOf(handlers);
        }
    }

    /**
     * One event node.
     *
     * @param sources          source category ({@code user}, {@code project}, {@code managed}, or Codex's own
     *                         label for others) → handler count, only categories with handlers
     * @param trust            trust status → handler count (every status, zero included)
     * @param blockingHandlers handlers that can block: synchronous handlers of a blocking event
     */
    public record EventNode(HookEvent event, Lane lane, int handlers, Map<String, Integer> sources,
            Map<TrustStatus, Integer> trust, boolean eventCanBlock, int blockingHandlers, List<GroupRow> groups) {

        public EventNode {
            sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
            trust = java.util.Collections.unmodifiableMap(new EnumMap<>(trust));
            groups = List.copyOf(groups);
        }

        public String name() {
            return event.tomlName();
        }

        public boolean isEmpty() {
            return handlers == 0;
        }

        public boolean canBlock() {
            return blockingHandlers > 0;
        }

        /** "2 handlers", "1 handler", "no handlers". */
        public String countText() {
            return handlers == 0 ? "no handlers" : handlers + (handlers == 1 ? " handler" : " handlers");
        }

        /** "user 1 · project 2". */
        public String sourcesText() {
            List<String> parts = new ArrayList<>();
            sources.forEach((k, v) -> parts.add(k + " " + v));
            return String.join(" · ", parts);
        }

        /** Non-zero trust counts: "1 trusted · 2 untrusted". */
        public String trustText() {
            List<String> parts = new ArrayList<>();
            for (TrustStatus t : List.of(TrustStatus.TRUSTED, TrustStatus.UNTRUSTED, TrustStatus.MODIFIED, TrustStatus.MANAGED)) {
                int n = trust.getOrDefault(t, 0);
                if (n > 0) {
                    parts.add(n + " " + t.label());
                }
            }
            return String.join(" · ", parts);
        }
    }

    private final StudioViewModel studio;
    private final ObjectProperty<Path> cwd = new SimpleObjectProperty<>();
    private final ObjectProperty<HookEvent> selected = new SimpleObjectProperty<>();

    public LifecycleViewModel(StudioViewModel studio) {
        this.studio = studio;
        studio.stackProperty().addListener((o, a, b) -> {
            Path keep = cwd.get();
            if (b == null) {
                cwd.set(null);
            } else if (keep == null || b.view(keep).isEmpty()) {
                cwd.set(b.rootView().cwd());
            }
        });
        studio.stack().ifPresent(s -> cwd.set(s.rootView().cwd()));
    }

    public StudioViewModel studio() {
        return studio;
    }

    /** Whether the lane of the diagram an event is drawn in. */
    public static Lane laneOf(HookEvent event) {
        if (MAIN_FLOW.contains(event)) {
            return Lane.MAIN;
        }
        return SUBAGENT_BRANCH.contains(event) ? Lane.SUBAGENT : Lane.OTHER;
    }

    /** Events in neither the main flow nor the sub-agent branch, in lifecycle order. */
    public static List<HookEvent> otherEvents() {
        return HookEvent.inLifecycleOrder().stream().filter(e -> laneOf(e) == Lane.OTHER).toList();
    }

    /** Whether hooks of this event can block or deny (see {@link #BLOCKING}). */
    public static boolean eventCanBlock(HookEvent event) {
        return BLOCKING.contains(event);
    }

    /** The source category of a hook: {@code managed} for managed hooks, else Codex's source label. */
    public static String sourceCategory(HookEntry e) {
        return e.isManaged() ? "managed" : e.source();
    }

    /** The directory whose view is shown (the stack's root by default; null before a project is open). */
    public ObjectProperty<Path> cwdProperty() {
        return cwd;
    }

    /** The selected event, or null. */
    public ObjectProperty<HookEvent> selectedProperty() {
        return selected;
    }

    /** The directories to choose from (root first). */
    public List<Path> directories() {
        return studio.stack().map(s -> s.views().stream().map(CwdView::cwd).toList()).orElse(List.of());
    }

    /** The view shown. */
    public Optional<CwdView> view() {
        Optional<Stack> s = studio.stack();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Path c = cwd.get();
        return Optional.of(c == null ? s.get().rootView() : s.get().view(c).orElse(s.get().rootView()));
    }

    /** Every event (main flow, branch, others), empty before a project is open. */
    public List<EventNode> nodes() {
        Optional<CwdView> v = view();
        if (v.isEmpty()) {
            return List.of();
        }
        List<EventNode> out = new ArrayList<>();
        List<HookEvent> order = new ArrayList<>(MAIN_FLOW);
        order.addAll(SUBAGENT_BRANCH);
        order.addAll(otherEvents());
        for (HookEvent e : order) {
            out.add(node(v.get(), e));
        }
        return out;
    }

    /** One event's node, empty before a project is open. */
    public Optional<EventNode> node(HookEvent event) {
        return view().map(v -> node(v, event));
    }

    private static EventNode node(CwdView view, HookEvent event) {
        List<HookEntry> entries = view.hooks().entries(event);
        Map<String, Integer> sources = new LinkedHashMap<>();
        for (String s : SOURCE_ORDER) {
            int n = (int) entries.stream().filter(h -> sourceCategory(h).equals(s)).count();
            if (n > 0) {
                sources.put(s, n);
            }
        }
        for (HookEntry h : entries) {
            if (!SOURCE_ORDER.contains(sourceCategory(h))) {
                sources.merge(sourceCategory(h), 1, Integer::sum);
            }
        }
        Map<TrustStatus, Integer> trust = new EnumMap<>(TrustStatus.class);
        for (TrustStatus t : TrustStatus.values()) {
            trust.put(t, (int) entries.stream().filter(h -> h.trustStatus() == t).count());
        }
        boolean blocks = eventCanBlock(event);
        int blocking = blocks ? (int) entries.stream().filter(h -> !h.async()).count() : 0;
        Map<String, List<HandlerRow>> groups = new LinkedHashMap<>();
        Map<String, HookEntry> firstOfGroup = new LinkedHashMap<>();
        for (HookEntry h : entries) {
            String k = h.sourcePath() + "#" + h.group().index();
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row(h));
            firstOfGroup.putIfAbsent(k, h);
        }
        List<GroupRow> rows = new ArrayList<>();
        groups.forEach((k, hs) -> {
            HookEntry f = firstOfGroup.get(k);
            rows.add(new GroupRow(matcherText(f), f.sourcePath(), f.group().position().line(), hs));
        });
        return new EventNode(event, laneOf(event), entries.size(), sources, trust, blocks, blocking, rows);
    }

    private static String matcherText(HookEntry h) {
        if (h.event().ignoresMatcher()) {
            return "(no matcher: " + h.event().tomlName() + " ignores matchers)";
        }
        return h.matcher() == null || h.matcher().isEmpty() ? "* (every " + targetName(h) + ")" : h.matcher();
    }

    private static String targetName(HookEntry h) {
        return h.event().matcherTarget().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static HandlerRow row(HookEntry h) {
        String action = h.handler() instanceof HookHandler.McpTool m ? "mcp " + m.server() + " / " + m.tool()
                : h.command() != null ? h.command() : h.handlerType();
        return new HandlerRow(h, matcherText(h), action, h.sourcePath(), h.handler().position().line(), h.trustStatus(),
                h.timeoutSec(), h.enabled(), h.async());
    }
}
