package dev.codexstudio.ui.hookrun;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.run.HookDryRun;
import dev.codexstudio.core.hooks.run.HookPayloads;
import dev.codexstudio.core.hooks.run.HookRunner;
import dev.codexstudio.core.hooks.run.SamplePayloads;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The dry-run dialog: an event, the stdin JSON (prefilled from the project's saved sample or a realistic default,
 * editable, savable as the project's sample), the handlers it selects, and the run, which asks before running a
 * command for the first time in the session and then works on the studio's {@code TaskExecutor}.
 */
public final class HookRunViewModel {

    private final StudioViewModel studio;
    private final RunConsent consent;
    private final BiPredicate<String, String> confirm;
    private final HookRunner runner;
    private final List<HookEntry> candidates;
    private final boolean eventFixed;
    private final ObjectProperty<HookEvent> event = new SimpleObjectProperty<>();
    private final StringProperty payload = new SimpleStringProperty("");
    private final SimpleStringProperty payloadError = new SimpleStringProperty("");
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final SimpleObjectProperty<HookDryRun.Report> report = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();

    /**
     * @param candidates the hooks the dialog may run (one handler from the editor, or every hook Codex loads)
     * @param initial    the event to start with
     * @param eventFixed whether the user may pick another event
     * @param confirm    asks (header, message) before running commands not confirmed yet; true to run
     */
    public HookRunViewModel(StudioViewModel studio, RunConsent consent, BiPredicate<String, String> confirm,
            HookRunner runner, List<HookEntry> candidates, HookEvent initial, boolean eventFixed) {
        this.studio = studio;
        this.consent = consent;
        this.confirm = confirm;
        this.runner = runner;
        this.candidates = List.copyOf(candidates);
        this.eventFixed = eventFixed;
        event.set(initial);
        resetPayload();
        event.addListener((o, a, b) -> {
            report.set(null);
            resetPayload();
        });
        payload.addListener((o, a, b) -> checkPayload());
    }

    /** Every hook Codex loads from the repository root, for the menu's dialog. */
    public static List<HookEntry> loadedHooks(StudioViewModel studio) {
        return studio.stack().map(s -> s.rootView().hooks().entries()).orElse(List.of());
    }

    /** The event of the first loaded hook, else PreToolUse. */
    public static HookEvent firstEvent(List<HookEntry> entries) {
        return entries.stream().map(HookEntry::event).findFirst().orElse(HookEvent.PRE_TOOL_USE);
    }

    public ObjectProperty<HookEvent> eventProperty() {
        return event;
    }

    public boolean eventFixed() {
        return eventFixed;
    }

    public StringProperty payloadProperty() {
        return payload;
    }

    public ReadOnlyStringProperty payloadErrorProperty() {
        return payloadError;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<HookDryRun.Report> reportProperty() {
        return report;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Events to offer: those with hooks first (lifecycle order), then the rest. */
    public List<HookEvent> events() {
        List<HookEvent> with = new ArrayList<>();
        List<HookEvent> without = new ArrayList<>();
        for (HookEvent e : HookEvent.inLifecycleOrder()) {
            (candidates.stream().anyMatch(c -> c.event() == e) ? with : without).add(e);
        }
        with.addAll(without);
        return with;
    }

    /** The working directory hooks run in: the repository. */
    public Path cwd() {
        return studio.stack().map(Stack::root).or(studio::project).orElse(Path.of("").toAbsolutePath());
    }

    private Path projectRoot() {
        return studio.stack().map(s -> s.rootView().config().project().projectRoot()).orElse(cwd());
    }

    /** Where this event's sample is (or would be) saved. */
    public Path sampleFile() {
        return SamplePayloads.file(projectRoot(), event.get());
    }

    /** The candidate hooks of the current event. */
    public List<HookEntry> handlers() {
        return candidates.stream().filter(c -> c.event() == event.get()).toList();
    }

    /** The handlers of the current event whose matcher selects the payload (all of them when it does not parse). */
    public List<HookEntry> matching() {
        Optional<ObjectNode> p = parsed();
        String value = p.flatMap(j -> HookPayloads.matcherValue(event.get(), j)).orElse(null);
        return p.isEmpty() ? List.of() : HookDryRun.select(handlers(), event.get(), value);
    }

    /** "1 of 2 handlers match tool name Bash" and the like. */
    public String matchSummary() {
        HookEvent e = event.get();
        int all = handlers().size();
        if (all == 0) {
            return "No " + e.tomlName() + " hook to run here." + (loadedHooks(studio).isEmpty()
                    && studio.stack().isPresent() ? " Project hooks load once the project is trusted." : "");
        }
        Optional<ObjectNode> p = parsed();
        if (p.isEmpty()) {
            return all + (all == 1 ? " handler" : " handlers") + "; fix the payload to see which match.";
        }
        int n = matching().size();
        if (e.ignoresMatcher()) {
            return n + (n == 1 ? " handler runs" : " handlers run") + " (" + e.tomlName() + " ignores matchers).";
        }
        String value = HookPayloads.matcherValue(e, p.get()).orElse("(missing)");
        return n + " of " + all + (all == 1 ? " handler matches " : " handlers match ") + e.matcherTarget().label()
                + " " + value + ".";
    }

    private Optional<ObjectNode> parsed() {
        try {
            return Optional.of(HookPayloads.parse(payload.get()));
        } catch (HookPayloads.InvalidPayloadException e) {
            return Optional.empty();
        }
    }

    private void checkPayload() {
        try {
            HookPayloads.parse(payload.get());
            payloadError.set("");
        } catch (HookPayloads.InvalidPayloadException e) {
            payloadError.set("Not a JSON object: " + e.getMessage());
        }
    }

    /** Whether the project has a saved sample for the event. */
    public boolean hasSample() {
        return java.nio.file.Files.isRegularFile(sampleFile());
    }

    /** The saved sample (with cwd set to the repository) if there is one, else the default payload. */
    public void resetPayload() {
        HookEvent e = event.get();
        String text = null;
        try {
            Optional<String> sample = SamplePayloads.read(projectRoot(), e);
            if (sample.isPresent()) {
                ObjectNode j = HookPayloads.parse(sample.get());
                j.put("cwd", cwd().toString());
                text = HookPayloads.render(j);
                status.set("Payload from " + sampleFile() + ".");
            }
        } catch (IOException | HookPayloads.InvalidPayloadException ex) {
            status.set("The saved sample " + sampleFile() + " is not usable (" + ex.getMessage() + "): showing the default.");
        }
        if (text == null) {
            String tool = handlers().stream().map(HookEntry::matcher).filter(m -> m != null && !m.isEmpty())
                    .map(HookRunViewModel::toolFor).filter(t -> t != null && HookPayloads.matchesTools(e)).findFirst()
                    .orElse(null);
            String model = studio.stack().flatMap(s -> s.rootView().config().effective().getString("model")).orElse(null);
            text = HookPayloads.render(HookPayloads.defaultPayload(e, cwd(), tool, model));
            if (status.get().isEmpty() || status.get().startsWith("Payload from")) {
                status.set("Default payload for " + e.tomlName() + ": edit it as you like.");
            }
        }
        payload.set(text);
        checkPayload();
    }

    /** A tool name that a matcher selects, for a default payload that matches it (apply_patch for Edit|Write). */
    static String toolFor(String matcher) {
        for (String candidate : List.of("Bash", "apply_patch", "spawn_agent")) {
            if (dev.codexstudio.core.hooks.HookMatcher.of(matcher).matchesTool(candidate)) {
                return candidate;
            }
        }
        return dev.codexstudio.core.hooks.HookMatcher.isRegex(matcher) ? null : matcher.split("\\|")[0];
    }

    /** Saves the payload as the project's sample for the event. */
    public Optional<Path> saveSample() {
        try {
            Path f = SamplePayloads.save(projectRoot(), event.get(), payload.get());
            status.set("Saved " + f + ": commit it to share it with your team.");
            return Optional.of(f);
        } catch (IOException | HookPayloads.InvalidPayloadException e) {
            status.set("Not saved: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Runs the matching handlers in the background. Asks first for commands not yet confirmed in this session; false
     * when nothing was started (invalid payload, nothing matches, the user said no, a run is going on).
     */
    public boolean run() {
        if (running.get()) {
            return false;
        }
        Optional<ObjectNode> p = parsed();
        if (p.isEmpty()) {
            status.set("Fix the payload first: " + payloadError.get());
            return false;
        }
        List<HookEntry> run = matching();
        if (run.isEmpty()) {
            status.set(matchSummary());
            return false;
        }
        List<String> commands = run.stream().map(HookEntry::command).filter(c -> c != null).toList();
        List<String> ask = consent.unconfirmed(commands);
        if (!ask.isEmpty()) {
            if (!confirm.test(ask.size() == 1 ? "Run this command on your computer?" : "Run these commands on your computer?",
                    confirmation(ask, run))) {
                status.set("Not run.");
                return false;
            }
            consent.confirm(ask);
        }
        HookEvent e = event.get();
        ObjectNode json = p.get();
        Path cwd = cwd();
        running.set(true);
        status.set("Running " + run.size() + (run.size() == 1 ? " hook" : " hooks") + "…");
        studio.executor().submit("Dry-run " + e.tomlName() + " hooks", () -> HookDryRun.run(runner, run, e, json, cwd),
                r -> {
                    running.set(false);
                    report.set(r);
                    status.set("Ran " + r.combined().ran() + (r.combined().ran() == 1 ? " hook" : " hooks") + " in "
                            + cwd + ".");
                }, err -> {
                    running.set(false);
                    status.set("The dry run failed: " + (err.getMessage() == null ? err : err.getMessage()));
                });
        return true;
    }

    private String confirmation(List<String> commands, List<HookEntry> run) {
        StringBuilder sb = new StringBuilder();
        for (String c : commands) {
            sb.append("    ").append(c).append('\n');
        }
        long timeout = run.stream().mapToLong(HookEntry::timeoutSec).max().orElse(0);
        sb.append("\nThe studio runs ").append(commands.size() == 1 ? "it" : "them").append(" as Codex would: with $SHELL -lc in ")
                .append(cwd()).append(", the payload on stdin, and stops ").append(commands.size() == 1 ? "it" : "them")
                .append(" (with every child process) after ").append(timeout).append(" s at most. It asks once per "
                        + "command in this session.");
        return sb.toString();
    }
}
