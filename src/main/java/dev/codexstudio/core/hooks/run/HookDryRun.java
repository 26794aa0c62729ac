package dev.codexstudio.core.hooks.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookHandler;
import dev.codexstudio.core.hooks.HookMatcher;
import dev.codexstudio.core.hooks.run.HookVerdict.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dry run of an event: the handlers whose matcher selects the payload's value (tool name, source, trigger, agent
 * type or reason, as Codex matches), each run with {@link HookRunner} and judged with {@link HookVerdict}, and the
 * combined outcome Codex would act on. Codex starts matching handlers concurrently; the dry run runs them one after
 * the other, in Codex's display order, so their output stays readable.
 */
public final class HookDryRun {

    private HookDryRun() {
    }

    /**
     * One handler's part of a dry run.
     *
     * @param entry   the hook
     * @param result  what running it produced, or {@code null} when it was not run
     * @param verdict what Codex does with that, or {@code null} when it was not run
     * @param skipped why it was not run, or {@code null}
     */
    public record HandlerRun(HookEntry entry, HookRunResult result, HookVerdict verdict, String skipped) {
        public HandlerRun {
            Objects.requireNonNull(entry, "entry");
        }

        public boolean ran() {
            return verdict != null;
        }

        /** Why Codex itself would not run this hook now (untrusted, modified, disabled), or empty. */
        public Optional<String> codexWouldSkip() {
            if (!entry.enabled()) {
                return Optional.of("disabled in the user config: Codex does not run it");
            }
            return switch (entry.trustStatus()) {
                case UNTRUSTED -> Optional.of("untrusted: Codex does not run it until it is trusted");
                case MODIFIED -> Optional.of("modified since it was trusted: Codex does not run it until it is trusted again");
                default -> Optional.empty();
            };
        }
    }

    /**
     * The outcome over every handler that ran, as Codex combines them: the strongest decision wins (continue:false,
     * then block, deny, approve), every added context is kept, failures never block.
     *
     * @param outcome  the decision
     * @param summary  one sentence
     * @param reason   the reason of the deciding handler, or {@code null}
     * @param contexts every additional context, in order
     * @param ran      how many handlers ran
     * @param failures how many of them failed
     */
    public record Combined(Outcome outcome, String summary, String reason, List<String> contexts, int ran, int failures) {
        public Combined {
            contexts = List.copyOf(contexts);
        }
    }

    /**
     * The dry run of one event.
     *
     * @param event        the event
     * @param matcherValue the value matchers were tested against, or {@code null} (event without matchers)
     * @param payload      the stdin JSON sent to every handler
     * @param cwd          the working directory
     * @param runs         every matching handler, in order
     * @param combined     what Codex would do
     */
    public record Report(HookEvent event, String matcherValue, String payload, Path cwd, List<HandlerRun> runs,
            Combined combined) {
        public Report {
            runs = List.copyOf(runs);
        }
    }

    /** Whether a hook's matcher selects {@code matcherValue} ({@code null}: the payload has no such field). */
    public static boolean matches(HookEntry entry, String matcherValue) {
        if (entry.event().ignoresMatcher()) {
            return true;
        }
        HookMatcher m = HookMatcher.of(entry.matcher());
        if (m.kind() == HookMatcher.Kind.ALL) {
            return true;
        }
        if (matcherValue == null) {
            return false;
        }
        return HookPayloads.matchesTools(entry.event()) ? m.matchesTool(matcherValue) : m.matches(matcherValue);
    }

    /** The hooks of {@code event} that Codex would start for {@code matcherValue}, in order. */
    public static List<HookEntry> select(Collection<HookEntry> entries, HookEvent event, String matcherValue) {
        return entries.stream().filter(e -> e.event() == event).filter(e -> matches(e, matcherValue)).toList();
    }

    /** Runs one hook with {@code payload} in {@code cwd} (MCP tool hooks are not run: they call an MCP server). */
    public static HandlerRun runOne(HookRunner runner, HookEntry entry, String payload, Path cwd)
            throws InterruptedException {
        if (!(entry.handler() instanceof HookHandler.Command c)) {
            return new HandlerRun(entry, null, null, "mcp_tool hooks call a tool of MCP server `" + entry.server()
                    + "`: the dry run runs command hooks only");
        }
        HookRunResult r = runner.run(c.command(), c.commandWindows(), cwd, payload, entry.timeoutSec());
        return new HandlerRun(entry, r, HookVerdict.interpret(entry.event(), entry.async(), r), null);
    }

    /** Runs every hook of {@code entries} that matches the payload, then combines their verdicts. */
    public static Report run(HookRunner runner, Collection<HookEntry> entries, HookEvent event, ObjectNode payload,
            Path cwd) throws InterruptedException {
        String value = HookPayloads.matcherValue(event, payload).orElse(null);
        String text = HookPayloads.render(payload);
        List<HandlerRun> runs = new ArrayList<>();
        for (HookEntry e : select(entries, event, value)) {
            runs.add(runOne(runner, e, text, cwd));
        }
        return new Report(event, event.ignoresMatcher() ? null : value, text, cwd, runs, combine(event, runs));
    }

    /** Combines the verdicts of the handlers that ran. */
    public static Combined combine(HookEvent event, List<HandlerRun> runs) {
        List<HookVerdict> verdicts = runs.stream().filter(HandlerRun::ran).map(HandlerRun::verdict).toList();
        int failures = (int) verdicts.stream().filter(v -> v.outcome() == Outcome.FAILED).count();
        List<String> contexts = verdicts.stream().filter(v -> v.outcome() != Outcome.FAILED)
                .map(HookVerdict::additionalContext).filter(Objects::nonNull).toList();
        if (verdicts.isEmpty()) {
            return new Combined(Outcome.ALLOWED, "No hook ran: Codex goes on.", null, contexts, 0, 0);
        }
        HookVerdict decisive = null;
        for (Outcome o : Outcome.values()) {
            if (o == Outcome.FAILED) {
                continue;
            }
            Optional<HookVerdict> v = verdicts.stream().filter(x -> x.outcome() == o).findFirst();
            if (v.isPresent()) {
                decisive = v.get();
                break;
            }
        }
        String failed = failures == 0 ? "" : " " + failures + (failures == 1 ? " hook" : " hooks")
                + " failed (not blocking).";
        if (decisive == null) {
            return new Combined(Outcome.ALLOWED, "Every hook failed: Codex reports the errors and goes on.", null,
                    contexts, verdicts.size(), failures);
        }
        if (decisive.outcome() == Outcome.ALLOWED && !contexts.isEmpty()) {
            return new Combined(Outcome.CONTEXT_ADDED, "Codex adds the hooks' context for the model." + failed, null,
                    contexts, verdicts.size(), failures);
        }
        return new Combined(decisive.outcome(), decisive.summary() + failed, decisive.reason(), contexts,
                verdicts.size(), failures);
    }
}
