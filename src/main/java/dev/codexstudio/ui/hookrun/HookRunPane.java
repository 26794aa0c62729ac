package dev.codexstudio.ui.hookrun;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.run.HookDryRun;
import dev.codexstudio.core.hooks.run.HookRunResult;
import dev.codexstudio.core.hooks.run.HookVerdict;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The dry-run dialog's content: the event, the editable stdin JSON with Reset and Save as sample, which handlers
 * it selects, and after Run, every handler's exit code, duration, stdout, stderr and verdict, under the combined
 * outcome.
 */
public final class HookRunPane extends BorderPane {

    /** The stylesheet of the dry run and the Run and trust section. */
    public static final String STYLESHEET = "/dev/codexstudio/ui/hookrun.css";

    private final HookRunViewModel model;
    private final Label matches = new Label();
    private final VBox results = new VBox(10);
    private final Label outcome = new Label();

    public HookRunPane(HookRunViewModel model) {
        this.model = model;
        setId("hookrun-pane");
        getStyleClass().add("hookrun-pane");
        getStylesheets().add(stylesheet());
        setPrefSize(1000, 660);
        setMinSize(760, 520);

        ComboBox<HookEvent> event = new ComboBox<>();
        event.setId("hookrun-event");
        event.getItems().setAll(model.events());
        event.setConverter(new StringConverter<>() {
            @Override
            public String toString(HookEvent e) {
                return e == null ? "" : e.tomlName();
            }

            @Override
            public HookEvent fromString(String s) {
                return HookEvent.fromTomlName(s).orElse(null);
            }
        });
        event.valueProperty().bindBidirectional(model.eventProperty());
        event.setDisable(model.eventFixed());
        Label title = new Label("Dry-run hooks of");
        title.getStyleClass().add("title-4");
        HBox head = new HBox(8, title, event);
        head.setAlignment(Pos.CENTER_LEFT);
        Label sub = new Label("Runs in " + model.cwd() + " with $SHELL -lc and the hook's timeout, as Codex does. "
                + "Nothing runs until you press Run.");
        sub.getStyleClass().add("text-muted");
        sub.setWrapText(true);
        VBox top = new VBox(4, head, sub);
        top.setPadding(new Insets(12, 14, 10, 14));
        top.getStyleClass().add("hookrun-header");
        setTop(top);

        TextArea payload = new TextArea();
        payload.setId("hookrun-payload");
        payload.getStyleClass().add("hookrun-mono");
        payload.setWrapText(true);
        payload.textProperty().bindBidirectional(model.payloadProperty());
        VBox.setVgrow(payload, Priority.ALWAYS);
        Label payloadTitle = new Label("stdin JSON");
        payloadTitle.getStyleClass().add("hookrun-caption");
        Label error = new Label();
        error.setId("hookrun-payload-error");
        error.getStyleClass().add("hookrun-error");
        error.setWrapText(true);
        error.textProperty().bind(model.payloadErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Button reset = new Button("Reset");
        reset.setId("hookrun-reset");
        reset.setOnAction(e -> model.resetPayload());
        Button save = new Button("Save as sample");
        save.setId("hookrun-save-sample");
        save.setOnAction(e -> model.saveSample());
        save.disableProperty().bind(model.payloadErrorProperty().isNotEmpty());
        Label sample = new Label();
        sample.setId("hookrun-sample-file");
        sample.getStyleClass().add("text-muted");
        sample.textProperty().bind(Bindings.createStringBinding(() -> "Sample: " + model.cwd().relativize(
                model.sampleFile()), model.eventProperty()));
        sample.setMinWidth(0);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        sample.setWrapText(true);
        HBox payloadBar = new HBox(6, reset, save);
        payloadBar.setAlignment(Pos.CENTER_LEFT);
        matches.setId("hookrun-matches");
        matches.setWrapText(true);
        matches.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(6, payloadTitle, payload, error, payloadBar, sample, matches);
        left.setPadding(new Insets(10, 8, 10, 14));
        left.setMinWidth(300);

        outcome.setId("hookrun-outcome");
        outcome.setWrapText(true);
        outcome.setMaxWidth(Double.MAX_VALUE);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        results.setId("hookrun-results");
        results.setPadding(new Insets(2));
        VBox resultsBox = new VBox(10, outcome, results);
        resultsBox.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane scroll = new ScrollPane(resultsBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("hookrun-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label resultsTitle = new Label("What Codex would do");
        resultsTitle.getStyleClass().add("hookrun-caption");
        VBox right = new VBox(6, resultsTitle, scroll);
        right.setPadding(new Insets(10, 14, 10, 8));
        right.setMinWidth(320);

        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);
        setCenter(split);

        Label status = new Label();
        status.setId("hookrun-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button run = new Button("Run");
        run.setId("hookrun-run");
        run.setDefaultButton(true);
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.runningProperty().or(model.payloadErrorProperty().isNotEmpty()));
        run.setOnAction(e -> model.run());
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setPrefWidth(90);
        HBox bottom = new HBox(10, status, run);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(8, 14, 10, 14));
        bottom.getStyleClass().add("hookrun-footer");
        setBottom(bottom);

        model.payloadProperty().addListener((o, a, b) -> refreshMatches());
        model.eventProperty().addListener((o, a, b) -> refreshMatches());
        model.reportProperty().addListener((o, a, b) -> showReport(b));
        refreshMatches();
        showReport(model.reportProperty().get());
    }

    public static String stylesheet() {
        return Objects.requireNonNull(HookRunPane.class.getResource(STYLESHEET)).toExternalForm();
    }

    private void refreshMatches() {
        matches.setText(model.matchSummary());
    }

    private void showReport(HookDryRun.Report r) {
        results.getChildren().clear();
        outcome.getStyleClass().removeIf(c -> c.startsWith("outcome-"));
        if (r == null) {
            outcome.setText("Not run yet. Edit the payload if you like, then press Run.");
            outcome.getStyleClass().addAll("hookrun-outcome", "outcome-none");
            return;
        }
        HookDryRun.Combined c = r.combined();
        outcome.setText(c.outcome().label().toUpperCase(Locale.ROOT) + "  " + c.summary()
                + (c.reason() == null ? "" : "\n" + c.reason()));
        outcome.getStyleClass().addAll("hookrun-outcome", styleOf(c.outcome()));
        int i = 0;
        for (HookDryRun.HandlerRun run : r.runs()) {
            results.getChildren().add(card(run, i++));
        }
        if (r.runs().isEmpty()) {
            Label none = new Label("No handler matched the payload.");
            none.getStyleClass().add("text-muted");
            results.getChildren().add(none);
        }
    }

    static String styleOf(HookVerdict.Outcome o) {
        return "outcome-" + o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Node card(HookDryRun.HandlerRun run, int i) {
        HookEntry e = run.entry();
        Label command = new Label(e.command() != null ? e.command() : "mcp " + e.server() + "/" + e.tool());
        command.getStyleClass().addAll("hookrun-mono", "hookrun-command");
        command.setWrapText(true);
        command.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(5, command);
        card.setId("hookrun-card-" + i);
        card.getStyleClass().add("hookrun-card");
        String trust = run.codexWouldSkip().orElse(e.trustStatus().label());
        if (!run.ran()) {
            card.getChildren().add(muted(trust + " · not run: " + run.skipped()));
            return card;
        }
        HookRunResult res = run.result();
        String exit = res.exitCode() != null ? "exit " + res.exitCode() : res.timedOut() ? "timed out" : "did not start";
        card.getChildren().add(muted(exit + " · " + String.format(Locale.ROOT, "%.2f s", res.duration().toNanos() / 1e9)
                + " · timeout " + e.timeoutSec() + " s" + (e.async() ? " · async" : "") + " · " + trust));
        HookVerdict v = run.verdict();
        Label verdict = new Label(v.outcome().label() + ": " + v.summary());
        verdict.setId("hookrun-verdict-" + i);
        verdict.getStyleClass().addAll("hookrun-verdict", styleOf(v.outcome()));
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        card.getChildren().add(verdict);
        detail(card, "Reason", v.reason());
        detail(card, "Context", v.additionalContext());
        detail(card, "System message", v.systemMessage());
        detail(card, "Stop reason", v.stopReason());
        detail(card, "Rewritten input", v.updatedInput());
        detail(card, "Error", v.failure());
        v.notes().forEach(n -> card.getChildren().add(muted(n)));
        output(card, "stdout", res.stdout(), res.stdoutTruncated(), "hookrun-stdout-" + i);
        output(card, "stderr", res.stderr(), res.stderrTruncated(), "hookrun-stderr-" + i);
        return card;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static void detail(VBox card, String name, String value) {
        if (value == null) {
            return;
        }
        Label l = new Label(name + ": " + value);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("hookrun-detail");
        card.getChildren().add(l);
    }

    private static void output(VBox card, String name, String text, boolean truncated, String id) {
        if (text.isEmpty()) {
            card.getChildren().add(muted(name + ": (empty)"));
            return;
        }
        Label caption = new Label(name + (truncated ? " (truncated at 1 MiB)" : ""));
        caption.getStyleClass().add("hookrun-caption");
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("hookrun-mono");
        long rows = text.lines().mapToLong(l -> 1 + l.length() / 70).sum() + 1;
        area.setPrefRowCount((int) Math.min(8, Math.max(2, rows)));
        card.getChildren().addAll(caption, area);
    }
}
