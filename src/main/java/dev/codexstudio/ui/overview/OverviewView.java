package dev.codexstudio.ui.overview;

import dev.codexstudio.core.config.TrustLevel;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.app.Icons;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Overview tab: before a project is open, a welcome with the recent projects; afterwards the project's
 * trust state (with the action to trust it) and a card per layer.
 */
public final class OverviewView extends ScrollPane {

    private final OverviewViewModel model;
    private final VBox content = new VBox(16);
    private final Dialogs dialogs;
    private final Runnable openRepository;
    private final Consumer<Path> openRecent;
    private boolean refreshPending;
    private long generation;

    public OverviewView(OverviewViewModel model, Dialogs dialogs, Runnable openRepository, Consumer<Path> openRecent) {
        this.model = model;
        this.dialogs = dialogs;
        this.openRepository = openRepository;
        this.openRecent = openRecent;
        setId("overview");
        getStyleClass().add("overview");
        setFitToWidth(true);
        content.setPadding(new Insets(24));
        setContent(content);
        getStylesheets().add(OverviewView.class.getResource("/dev/codexstudio/ui/overview.css").toExternalForm());
        model.studio().stackProperty().addListener((o, a, b) -> requestRefresh());
        model.studio().problems().addListener((ListChangeListener<Object>) c -> requestRefresh());
        model.studio().recentProjects().addListener((ListChangeListener<Path>) c -> requestRefresh());
        // before the first stack: the welcome, or the project being scanned
        model.studio().scanningProperty().addListener((o, a, b) -> {
            if (model.studio().stack().isEmpty()) {
                requestRefresh();
            }
        });
        refresh();
    }

    /**
     * Refreshes once after the changes of one event (a new scan sets the stack and then its findings): the
     * refresh runs after the events already waiting, and what it computes from the stack runs in the background.
     */
    private void requestRefresh() {
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        model.studio().executor().onUiThreadLater(() -> {
            refreshPending = false;
            refresh();
        });
    }

    private void refresh() {
        long gen = ++generation;
        var stack = model.studio().stack();
        if (stack.isEmpty() && model.studio().scanningProperty().get() && model.studio().project().isPresent()) {
            content.getChildren().clear();
            scanning(model.studio().project().get());
            return;
        }
        if (stack.isEmpty()) {
            showLatest(gen, "list the samples", () -> model.studio().samples(), java.util.List.of(), this::welcome);
            return;
        }
        var problems = java.util.List.copyOf(model.studio().problems());
        showLatest(gen, "summarise the stack", () -> OverviewViewModel.cards(stack.get(), problems),
                java.util.List.of(), this::project);
    }

    /**
     * Computes {@code work} in the background and shows its result ({@code otherwise} when it fails), unless a
     * newer refresh has started meanwhile.
     */
    private <T> void showLatest(long gen, String name, java.util.concurrent.Callable<T> work, T otherwise,
            Consumer<T> show) {
        Consumer<T> render = value -> {
            if (gen == generation) {
                content.getChildren().clear();
                show.accept(value);
            }
        };
        model.studio().executor().submit(name, work, render, error -> render.accept(otherwise));
    }

    /** While the first scan of a project runs: its name and where it is, instead of the welcome. */
    private void scanning(Path project) {
        Label title = new Label(project.getFileName() == null ? project.toString() : project.getFileName().toString());
        title.getStyleClass().add("title-2");
        Label note = new Label("Reading the Codex stack of " + project + "…");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        content.getChildren().addAll(title, note);
    }

    private void welcome(java.util.List<dev.codexstudio.core.samples.BundledSamples.Sample> samples) {
        Label title = new Label("Codex Stack Studio");
        title.getStyleClass().add("title-1");
        Label sub = new Label("See, understand and edit a repository's Codex customisation stack: AGENTS.md guidance, "
                + "skills, hooks and configuration, exactly as Codex 0.169 reads them.");
        sub.setWrapText(true);
        Button open = new Button("Open Repository…", Icons.of(Feather.FOLDER));
        open.getStyleClass().add("accent");
        open.setId("overview-open");
        open.setOnAction(e -> openRepository.run());
        content.getChildren().addAll(title, sub, open);
        samples(samples);
        if (!model.studio().recentProjects().isEmpty()) {
            Label recent = new Label("Recent");
            recent.getStyleClass().add("title-4");
            VBox list = new VBox(2);
            for (Path p : model.studio().recentProjects()) {
                Hyperlink link = new Hyperlink(p.toString());
                link.setOnAction(e -> openRecent.accept(p));
                list.getChildren().add(link);
            }
            content.getChildren().addAll(recent, list);
        }
    }

    /** The shipped samples, one card each: the quickest way to see what the studio does. */
    private void samples(java.util.List<dev.codexstudio.core.samples.BundledSamples.Sample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        Label heading = new Label("Try a sample");
        heading.getStyleClass().add("title-4");
        Label note = new Label("Each sample is a small real repository with its Codex home. It is copied to "
                + model.studio().samplesDir() + " the first time, and opened from there afterwards, with your edits.");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        FlowPane cards = new FlowPane(14, 14);
        cards.setId("overview-samples");
        for (var s : samples) {
            Label name = new Label(s.name());
            name.getStyleClass().add("title-4");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label project = new Label(s.project());
            project.setWrapText(true);
            Label teaches = new Label(s.teaches());
            teaches.setWrapText(true);
            teaches.getStyleClass().add("text-muted");
            Button openSample = new Button("Open sample", Icons.of(Feather.PLAY));
            openSample.setId("sample-" + s.name());
            openSample.setMinWidth(Region.USE_PREF_SIZE);
            openSample.setOnAction(e -> model.studio().openSample(s.name()));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(8, name, gap, openSample);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(6, top, project, teaches);
            card.getStyleClass().add("overview-card");
            card.setPrefWidth(380);
            cards.getChildren().add(card);
        }
        content.getChildren().addAll(heading, note, cards);
    }

    private void project(java.util.List<OverviewViewModel.Card> cardList) {
        Path project = model.studio().project().orElseThrow();
        Label title = new Label(project.getFileName() == null ? project.toString() : project.getFileName().toString());
        title.getStyleClass().add("title-2");
        Label path = new Label(project + "   ·   Codex home " + model.studio().codexHomeProperty().get());
        path.getStyleClass().add("text-muted");
        content.getChildren().addAll(title, path, trustBanner());
        FlowPane cards = new FlowPane(14, 14);
        cards.setId("overview-cards");
        for (OverviewViewModel.Card c : cardList) {
            cards.getChildren().add(card(c));
        }
        content.getChildren().add(cards);
    }

    private HBox trustBanner() {
        boolean trusted = model.isTrusted();
        Label icon = new Label(null, Icons.of(trusted ? Feather.CHECK_CIRCLE : Feather.SHIELD_OFF));
        Label text = new Label(model.trustSentence());
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox banner = new HBox(10, icon, text);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setId("trust-banner");
        banner.getStyleClass().addAll("trust-banner", trusted ? "trusted" : "untrusted");
        if (!trusted && model.hasProjectLayers()) {
            Button trust = new Button("Trust this project…");
            trust.setId("trust-project");
            trust.setMinWidth(Region.USE_PREF_SIZE);
            trust.setOnAction(e -> {
                String message = "This adds to " + model.userConfigFile() + ":\n\n" + model.trustPreview()
                        + "\n\nCodex will then load the project's .codex/config.toml and hooks (hooks still wait for "
                        + "review with /hooks).";
                if (dialogs.confirm("Trust " + model.trustKey().orElse("") + "?", message)) {
                    try {
                        model.setTrust(TrustLevel.TRUSTED);
                    } catch (IOException ex) {
                        dialogs.showError("Could not trust the project: " + ex.getMessage());
                    }
                }
            });
            banner.getChildren().add(trust);
        }
        return banner;
    }

    private VBox card(OverviewViewModel.Card c) {
        Label layer = new Label(c.layer());
        layer.getStyleClass().add("card-layer");
        Label headline = new Label(c.headline());
        headline.getStyleClass().add("title-4");
        VBox box = new VBox(6, layer, headline);
        for (String line : c.lines()) {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        box.getChildren().add(spacer);
        Label findings = new Label(c.errors() + " errors · " + c.warnings() + " warnings");
        findings.getStyleClass().add(c.errors() > 0 ? "card-errors" : c.warnings() > 0 ? "card-warnings" : "card-clean");
        box.getChildren().add(findings);
        box.getStyleClass().add("overview-card");
        box.setPrefWidth(262);
        box.setMinHeight(150);
        return box;
    }
}
