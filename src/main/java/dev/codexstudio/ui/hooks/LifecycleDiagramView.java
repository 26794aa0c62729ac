package dev.codexstudio.ui.hooks;

import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.hooks.LifecycleViewModel.EventNode;
import dev.codexstudio.ui.hooks.LifecycleViewModel.HandlerRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import javax.imageio.ImageIO;

/**
 * The Hook Lifecycle tab: every hook event as a node of a session's flow (the sub-agent branch below the tool
 * steps, the remaining events in a row of their own), each with its handler count, sources, trust and whether it
 * can block. Clicking an event lists its matcher groups and handlers; a handler opens at its line.
 */
public final class LifecycleDiagramView extends BorderPane {

    static final double NODE_W = 168;
    static final double NODE_H = 98;
    static final double GAP = 28;
    static final double ROW_GAP = 46;
    static final double MARGIN = 24;

    private final LifecycleViewModel model;
    private final Dialogs dialogs;
    private final BiConsumer<Path, Integer> openSource;
    private final Pane diagram = new Pane();
    private final StackPane center = new StackPane();
    private final ComboBox<Path> directory = new ComboBox<>();
    private final Label panelTitle = new Label("Select an event");
    private final Label panelInfo = new Label();
    private final ListView<Object> handlers = new ListView<>();
    private final Button open = new Button("Open");
    private final Button dryRun = new Button("Dry run…");
    private final Button save = new Button("Save as PNG…");
    private final Map<HookEvent, Region> eventNodes = new EnumMap<>(HookEvent.class);
    private boolean updatingCombo;
    private boolean shown = true;
    private boolean stale;

    public LifecycleDiagramView(LifecycleViewModel model, Dialogs dialogs, BiConsumer<Path, Integer> openSource) {
        this.model = model;
        this.dialogs = dialogs;
        this.openSource = openSource;
        setId("lifecycle");
        getStyleClass().add("lifecycle");
        getStylesheets().add(LifecycleDiagramView.class.getResource("/dev/codexstudio/ui/hooks.css").toExternalForm());

        directory.setId("lifecycle-directory");
        directory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Path p) {
                if (p == null) {
                    return "";
                }
                Path root = model.studio().stack().map(s -> s.root()).orElse(null);
                if (root != null && p.startsWith(root)) {
                    String rel = root.relativize(p).toString();
                    return rel.isEmpty() ? "(repository root)" : rel;
                }
                return p.toString();
            }

            @Override
            public Path fromString(String s) {
                return null;
            }
        });
        directory.valueProperty().addListener((o, a, b) -> {
            if (!updatingCombo && b != null) {
                model.cwdProperty().set(b);
            }
        });
        save.setId("lifecycle-save-png");
        save.setOnAction(e -> savePng());
        Label from = new Label("Codex's view from");
        HBox bar = new HBox(8, from, directory, spacer(), save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("lifecycle-bar");
        setTop(bar);

        diagram.setId("lifecycle-diagram");
        diagram.getStyleClass().add("lifecycle-diagram");
        ScrollPane scroll = new ScrollPane(diagram);
        scroll.getStyleClass().add("lifecycle-scroll");
        center.getChildren().add(scroll);

        handlers.setId("lifecycle-handlers");
        handlers.setCellFactory(v -> new HandlerCell());
        handlers.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        open.setId("lifecycle-open");
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !(handlers.getSelectionModel().getSelectedItem() instanceof HandlerRow),
                handlers.getSelectionModel().selectedItemProperty()));
        open.setOnAction(e -> openSelected());
        dryRun.setId("lifecycle-dry-run");
        dryRun.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !(handlers.getSelectionModel().getSelectedItem() instanceof HandlerRow h)
                        || !"command".equals(h.entry().handlerType()),
                handlers.getSelectionModel().selectedItemProperty()));
        dryRun.setOnAction(e -> dryRunSelected());
        panelTitle.getStyleClass().add("title-4");
        panelTitle.setId("lifecycle-panel-title");
        panelInfo.setWrapText(true);
        panelInfo.setMinHeight(Region.USE_PREF_SIZE);
        panelInfo.getStyleClass().add("text-muted");
        VBox.setVgrow(handlers, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, dryRun);
        VBox side = new VBox(8, panelTitle, panelInfo, handlers, buttons);
        side.setPadding(new Insets(12));
        side.setMinWidth(260);
        side.getStyleClass().add("lifecycle-side");

        SplitPane split = new SplitPane(center, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);
        setCenter(split);

        model.studio().stackProperty().addListener((o, a, b) -> refresh());
        model.cwdProperty().addListener((o, a, b) -> refresh());
        model.selectedProperty().addListener((o, a, b) -> showSelected());
        refresh();
    }

    /** The fixed "Hook Lifecycle" tab ({@code tab-lifecycle}) on a new view of {@code studio}. */
    public static javafx.scene.control.Tab tab(dev.codexstudio.ui.studio.StudioViewModel studio, Dialogs dialogs,
            BiConsumer<Path, Integer> openSource) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab("Hook Lifecycle");
        tab.setId("tab-lifecycle");
        // the view is made the first time the tab is selected: the window's first frame does not wait for it
        Runnable shown = () -> {
            if (tab.getContent() == null) {
                tab.setContent(new LifecycleDiagramView(new LifecycleViewModel(studio), dialogs, openSource));
            }
            ((LifecycleDiagramView) tab.getContent()).setShown(tab.isSelected());
        };
        if (tab.isSelected()) {
            shown.run();
        }
        tab.selectedProperty().addListener((o, a, b) -> {
            if (b || tab.getContent() != null) {
                shown.run();
            }
        });
        return tab;
    }

    /**
     * Whether the view can be seen (its tab is selected). While it cannot, a new stack or directory only marks it
     * out of date, and it is drawn when it is shown again: a scan does not draw a diagram nobody looks at.
     */
    public void setShown(boolean value) {
        shown = value;
        if (shown && stale) {
            refresh();
        }
    }

    /** The diagram pane (what "Save as PNG" writes). */
    public Pane diagram() {
        return diagram;
    }

    public ListView<Object> handlerList() {
        return handlers;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private void refresh() {
        if (!shown) {
            stale = true;
            return;
        }
        stale = false;
        updatingCombo = true;
        directory.getItems().setAll(model.directories());
        directory.setValue(model.cwdProperty().get());
        updatingCombo = false;
        directory.setDisable(model.directories().size() < 2);
        save.setDisable(model.studio().stack().isEmpty());
        center.getChildren().removeIf(n -> "lifecycle-empty".equals(n.getId()));
        diagram.getChildren().clear();
        eventNodes.clear();
        List<EventNode> nodes = model.nodes();
        if (nodes.isEmpty()) {
            Label empty = new Label("No project open. Open a repository to see its hook lifecycle.");
            empty.setId("lifecycle-empty");
            empty.getStyleClass().add("lifecycle-empty");
            empty.setWrapText(true);
            empty.setMaxWidth(Double.MAX_VALUE);
            empty.setMaxHeight(Double.MAX_VALUE);
            empty.setAlignment(Pos.CENTER);
            center.getChildren().add(empty);
            model.selectedProperty().set(null);
            showSelected();
            return;
        }
        draw(nodes);
        showSelected();
    }

    private void draw(List<EventNode> nodes) {
        Map<HookEvent, EventNode> byEvent = new EnumMap<>(HookEvent.class);
        nodes.forEach(n -> byEvent.put(n.event(), n));
        List<HookEvent> main = LifecycleViewModel.MAIN_FLOW;
        int pre = main.indexOf(HookEvent.PRE_TOOL_USE);
        int post = main.indexOf(HookEvent.POST_TOOL_USE);
        // the main flow wraps after PostToolUse: row A up to the tool steps, row B from compaction to the end
        int rowA = post + 1;
        double yA = MARGIN + 22;
        double yBranch = yA + NODE_H + ROW_GAP;
        double yB = yBranch + NODE_H + ROW_GAP;
        double yOther = yB + NODE_H + ROW_GAP;

        caption("Main flow of a session", MARGIN, yA - 8);
        for (int i = 0; i < main.size(); i++) {
            boolean first = i < rowA;
            double y = first ? yA : yB;
            int col = first ? i : i - rowA;
            place(byEvent.get(main.get(i)), x(col), y);
            if (i > 0 && i != rowA) {
                arrow(x(col - 1) + NODE_W, y + NODE_H / 2, x(col), y + NODE_H / 2, false);
            }
        }
        // PostToolUse → PreCompact: right of PostToolUse, down past the branch, back left, into PreCompact
        double turnX = x(rowA - 1) + NODE_W + 14;
        double turnY = yB - ROW_GAP / 2;
        segment(x(rowA - 1) + NODE_W, yA + NODE_H / 2, turnX, yA + NODE_H / 2, false);
        segment(turnX, yA + NODE_H / 2, turnX, turnY, false);
        segment(turnX, turnY, x(0) + NODE_W / 2, turnY, false);
        arrow(x(0) + NODE_W / 2, turnY, x(0) + NODE_W / 2, yB, false);

        // the sub-agent branch runs while tools run: drawn below PreToolUse … PostToolUse
        caption("Sub-agent branch", x(pre) + NODE_W / 2 + 8, yBranch - 12);
        place(byEvent.get(HookEvent.SUBAGENT_START), x(pre), yBranch);
        place(byEvent.get(HookEvent.SUBAGENT_STOP), x(post), yBranch);
        arrow(x(pre) + NODE_W / 2, yA + NODE_H, x(pre) + NODE_W / 2, yBranch, true);
        arrow(x(pre) + NODE_W, yBranch + NODE_H / 2, x(post), yBranch + NODE_H / 2, true);
        arrow(x(post) + NODE_W / 2, yBranch, x(post) + NODE_W / 2, yA + NODE_H, true);

        List<HookEvent> others = LifecycleViewModel.otherEvents();
        double bottom = yB + NODE_H;
        if (!others.isEmpty()) {
            caption("Other events: around each model request, and on interrupt", MARGIN, yOther - 12);
            for (int i = 0; i < others.size(); i++) {
                place(byEvent.get(others.get(i)), x(i % rowA), yOther + (i / rowA) * (NODE_H + GAP));
            }
            bottom = yOther + ((others.size() - 1) / rowA) * (NODE_H + GAP) + NODE_H;
        }
        Label legend = new Label("Muted: no handlers.  \"can block\": a synchronous handler of an event that honours "
                + "exit code 2 or decision \"block\".", blockMark());
        legend.getStyleClass().add("lifecycle-legend");
        legend.setWrapText(true);
        legend.setMaxWidth(x(rowA - 1) + NODE_W - MARGIN);
        legend.relocate(MARGIN, bottom + 14);
        diagram.getChildren().add(legend);
        diagram.setPrefSize(x(rowA - 1) + NODE_W + MARGIN + 16, bottom + 60);
    }

    private static javafx.scene.shape.Circle blockMark() {
        javafx.scene.shape.Circle c = new javafx.scene.shape.Circle(4);
        c.getStyleClass().add("block-mark");
        return c;
    }

    private void segment(double x1, double y1, double x2, double y2, boolean dashed) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add("lifecycle-edge");
        if (dashed) {
            line.getStyleClass().add("branch");
        }
        diagram.getChildren().add(line);
    }

    private static double x(int i) {
        return MARGIN + i * (NODE_W + GAP);
    }

    private void caption(String text, double x, double y) {
        Text t = new Text(text);
        t.getStyleClass().add("lifecycle-caption");
        t.relocate(x, y - 10);
        diagram.getChildren().add(t);
    }

    private void arrow(double x1, double y1, double x2, double y2, boolean dashed) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add("lifecycle-edge");
        if (dashed) {
            line.getStyleClass().add("branch");
        }
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double len = 8;
        double spread = Math.toRadians(25);
        Polygon head = new Polygon(x2, y2,
                x2 - len * Math.cos(angle - spread), y2 - len * Math.sin(angle - spread),
                x2 - len * Math.cos(angle + spread), y2 - len * Math.sin(angle + spread));
        head.getStyleClass().add("lifecycle-arrow");
        diagram.getChildren().addAll(line, head);
    }

    private void place(EventNode n, double x, double y) {
        Label name = new Label(n.name());
        name.getStyleClass().add("event-name");
        Label count = new Label(n.countText());
        count.getStyleClass().add("event-count");
        VBox box = new VBox(2, name, count);
        if (!n.isEmpty()) {
            Label sources = new Label(n.sourcesText());
            sources.getStyleClass().add("event-sources");
            Label trust = new Label(n.trustText());
            trust.getStyleClass().add("event-trust");
            boolean review = n.trust().getOrDefault(dev.codexstudio.core.hooks.HookEntry.TrustStatus.UNTRUSTED, 0) > 0
                    || n.trust().getOrDefault(dev.codexstudio.core.hooks.HookEntry.TrustStatus.MODIFIED, 0) > 0;
            if (review) {
                trust.getStyleClass().add("needs-review");
            }
            box.getChildren().addAll(sources, trust);
        }
        if (n.eventCanBlock()) {
            Label block = new Label("can block", n.canBlock() ? blockMark() : null);
            block.getStyleClass().add(n.canBlock() ? "event-blocks" : "event-may-block");
            box.getChildren().add(block);
        }
        for (var c : box.getChildren()) {
            ((Label) c).setMaxWidth(NODE_W - 16);
        }
        box.setId("event-" + n.name());
        box.getStyleClass().add("event-node");
        if (n.isEmpty()) {
            box.getStyleClass().add("empty");
        }
        if (n.event() == model.selectedProperty().get()) {
            box.getStyleClass().add("selected");
        }
        box.setPrefSize(NODE_W, NODE_H);
        box.setMinSize(NODE_W, NODE_H);
        box.setMaxSize(NODE_W, NODE_H);
        box.relocate(x, y);
        box.setOnMouseClicked(e -> model.selectedProperty().set(n.event()));
        eventNodes.put(n.event(), box);
        diagram.getChildren().add(box);
    }

    private void showSelected() {
        HookEvent sel = model.selectedProperty().get();
        eventNodes.forEach((e, r) -> {
            r.getStyleClass().remove("selected");
            if (e == sel) {
                r.getStyleClass().add("selected");
            }
        });
        Optional<EventNode> node = sel == null ? Optional.empty() : model.node(sel);
        if (node.isEmpty()) {
            panelTitle.setText(model.studio().stack().isEmpty() ? "Hooks" : "Select an event");
            panelInfo.setText(model.studio().stack().isEmpty() ? "" : "Click an event to list its matcher groups and handlers.");
            handlers.getItems().clear();
            return;
        }
        EventNode n = node.get();
        panelTitle.setText(n.name());
        String target = n.event().ignoresMatcher() ? "Matchers are ignored for this event."
                : "Matchers test the " + n.event().matcherTarget().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".";
        panelInfo.setText(n.countText() + (n.isEmpty() ? "" : " · " + n.trustText()) + ". " + target
                + (n.eventCanBlock() ? " Synchronous handlers can block (exit 2 / decision \"block\")." : " Cannot block."));
        handlers.getItems().clear();
        for (LifecycleViewModel.GroupRow g : n.groups()) {
            handlers.getItems().add(g);
            handlers.getItems().addAll(g.handlers());
        }
    }

    /** Runs the selected handler the way Codex would, in the hook dry-run dialog (asks before running). */
    private void dryRunSelected() {
        if (handlers.getSelectionModel().getSelectedItem() instanceof HandlerRow h) {
            dev.codexstudio.ui.hookrun.HookRunDialog.show(dev.codexstudio.ui.hookrun.HookRunDialog.model(
                    model.studio(), dialogs, java.util.List.of(h.entry()), h.entry().event(), true));
        }
    }

    private void openSelected() {
        if (handlers.getSelectionModel().getSelectedItem() instanceof HandlerRow h) {
            openSource.accept(h.file(), h.line());
        }
    }

    private void savePng() {
        Optional<Path> target = dialogs.chooseSaveFile("Save the diagram", "hook-lifecycle.png", "png");
        if (target.isEmpty()) {
            return;
        }
        try {
            writePng(target.get());
        } catch (IOException | RuntimeException ex) {
            dialogs.showError("Could not save the diagram: " + ex.getMessage());
        }
    }

    /** Writes a snapshot of the diagram to {@code file} as PNG. */
    public void writePng(Path file) throws IOException {
        diagram.applyCss();
        diagram.layout();
        WritableImage image = diagram.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    private static final class HandlerCell extends ListCell<Object> {
        HandlerCell() {
            setPrefWidth(0);
        }

        /** Wraps a label to the list's width (the list never scrolls sideways). */
        private void wrap(Label l) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            if (getListView() != null) {
                l.prefWidthProperty().bind(getListView().widthProperty().subtract(48));
                l.maxWidthProperty().bind(getListView().widthProperty().subtract(48));
            }
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("group-row", "handler-row");
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (item instanceof LifecycleViewModel.GroupRow g) {
                Label m = new Label("matcher: " + g.matcher());
                wrap(m);
                m.getStyleClass().add("group-matcher");
                String file = g.file().getFileName() == null ? g.file().toString() : g.file().getFileName().toString();
                Label f = new Label(g.file().getParent() == null ? file : g.file().getParent().getFileName() + "/" + file);
                f.getStyleClass().add("text-muted");
                VBox box = new VBox(1, m, f);
                getStyleClass().add("group-row");
                setGraphic(box);
            } else if (item instanceof HandlerRow h) {
                Label cmd = new Label(h.summary());
                cmd.getStyleClass().add("handler-command");
                cmd.setWrapText(true);
                wrap(cmd);
                Label details = new Label(h.details());
                details.setWrapText(true);
                wrap(details);
                details.getStyleClass().addAll("handler-details", "trust-" + h.trust().label());
                VBox box = new VBox(2, cmd, details);
                box.setPadding(new Insets(0, 0, 0, 12));
                getStyleClass().add("handler-row");
                setGraphic(box);
            }
        }
    }
}
