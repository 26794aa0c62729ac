package dev.codexstudio.ui.agents;

import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.FormEditorPane;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The AGENTS.md editor: choose a working directory, see this file's share of the byte budget there (from the
 * text being edited), where the budget cuts, and the exact instructions Codex builds, rendered as Markdown.
 */
public final class GuidanceEditor extends BorderPane {

    private final EditorContext context;
    private final GuidanceEditorViewModel model;
    private final ComboBox<Path> cwd = new ComboBox<>();
    private final GridPane bar = new GridPane();
    private final Label figure = new Label();
    private final Label cut = new Label();
    private final Label standing = new Label();
    private final FlowPane legend = new FlowPane(12, 4);
    private final VBox parts = new VBox(4);
    private final VBox preview = new VBox(10);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(150));
    private Optional<GuidanceEditorViewModel.Result> last = Optional.empty();

    public GuidanceEditor(EditorContext context) {
        this.context = context;
        this.model = new GuidanceEditorViewModel(context.studio(), context.document().path());
        getStylesheets().add(Objects.requireNonNull(
                GuidanceEditor.class.getResource("/dev/codexstudio/ui/agents.css")).toExternalForm());
        getStyleClass().add("guidance-editor");
        setId("guidance-editor");

        FormEditorPane pane = new FormEditorPane("AGENTS.md", context.source());
        pane.title().setText(context.document().path().getFileName().toString());
        pane.subtitle().setText("Guidance for Codex: " + context.document().path());

        Path root = context.studio().stack().map(s -> s.root()).orElse(null);
        cwd.setItems(FXCollections.observableArrayList(model.directories()));
        cwd.setId("cwd-chooser");
        cwd.setMaxWidth(Double.MAX_VALUE);
        cwd.setCellFactory(l -> new PathCell(root));
        cwd.setButtonCell(new PathCell(root));
        model.defaultDirectory().ifPresent(cwd::setValue);
        GridPane grid = FormEditorPane.grid();
        FormEditorPane.row(grid, "Working directory", cwd,
                "Codex reads the guidance from the project root down to this directory.");
        pane.section("Where Codex starts", grid);

        bar.setId("budget-gauge");
        bar.getStyleClass().add("budget-gauge");
        bar.setMinHeight(18);
        bar.setPrefHeight(18);
        bar.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.RowConstraints fill = new javafx.scene.layout.RowConstraints(14, 14, Double.MAX_VALUE);
        fill.setVgrow(Priority.ALWAYS);
        fill.setFillHeight(true);
        bar.getRowConstraints().add(fill);
        figure.setId("budget-figure");
        figure.getStyleClass().add("budget-figure");
        figure.setWrapText(true);
        cut.setId("budget-cut");
        cut.getStyleClass().add("budget-cut");
        cut.setWrapText(true);
        standing.setId("guidance-standing");
        standing.getStyleClass().add("guidance-standing");
        standing.setWrapText(true);
        legend.getStyleClass().add("budget-legend");
        pane.section("Byte budget (project_doc_max_bytes)", bar, figure, legend, cut, standing,
                FormEditorPane.note("Computed from the text as edited, before it is saved. The global document in "
                        + "the Codex home is not counted."));

        parts.setId("instruction-parts");
        preview.setId("effective-preview");
        preview.getStyleClass().add("effective-preview");
        pane.section("Effective instructions", parts, preview);

        context.addExtensions(pane);
        setCenter(pane);

        debounce.setOnFinished(e -> refresh());
        context.document().textProperty().addListener((o, a, b) -> debounce.playFromStart());
        cwd.valueProperty().addListener((o, a, b) -> refresh());
        // a rescan (after a save, a config change) brings new views: keep the chosen directory if it is still known
        context.studio().stackProperty().addListener((o, a, b) -> {
            Path chosen = cwd.getValue();
            cwd.setItems(FXCollections.observableArrayList(model.directories()));
            if (chosen != null && cwd.getItems().contains(chosen)) {
                cwd.setValue(chosen);
                refresh();
            } else {
                model.defaultDirectory().ifPresentOrElse(cwd::setValue, this::refresh);
            }
        });
        refresh();
    }

    public GuidanceEditorViewModel model() {
        return model;
    }

    /** The last result shown (for tests). */
    public Optional<GuidanceEditorViewModel.Result> result() {
        return last;
    }

    private void refresh() {
        Path dir = cwd.getValue();
        last = dir == null ? Optional.empty() : model.compute(dir, context.document().currentSource().bytes());
        bar.getChildren().clear();
        bar.getColumnConstraints().clear();
        legend.getChildren().clear();
        parts.getChildren().clear();
        preview.getChildren().clear();
        if (last.isEmpty()) {
            figure.setText("Open a project to see what Codex reads.");
            cut.setText("");
            standing.setText("");
            return;
        }
        GuidanceEditorViewModel.Result r = last.get();
        double budget = Math.max(1, r.budget());
        int col = 0;
        int shade = 0;
        for (GuidanceEditorViewModel.Segment s : r.segments()) {
            Region seg = new Region();
            seg.getStyleClass().addAll("budget-segment", s.thisFile() ? "this-file" : "other-file-" + (shade++ % 2));
            seg.setMaxWidth(Double.MAX_VALUE);
            seg.setMinWidth(2);
            Tooltip.install(seg, new Tooltip(s.label() + ": " + String.format("%,d", s.bytes()) + " bytes"));
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 * s.bytes() / budget);
            bar.getColumnConstraints().add(c);
            bar.add(seg, col++, 0);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("budget-swatch", s.thisFile() ? "this-file" : "other-file-" + ((shade - 1) % 2));
            Label l = new Label(s.label() + "  " + String.format("%,d", s.bytes()) + (s.thisFile() ? " (this file)" : ""));
            HBox item = new HBox(5, swatch, l);
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        if (r.used() < r.budget()) {
            Region free = new Region();
            free.getStyleClass().add("budget-free");
            free.setMaxWidth(Double.MAX_VALUE);
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 * (r.budget() - r.used()) / budget);
            c.setHgrow(Priority.ALWAYS);
            bar.getColumnConstraints().add(c);
            bar.add(free, col, 0);
        }
        bar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("exceeded"), r.exceeded());
        figure.setText(r.gauge());
        figure.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("exceeded"), r.exceeded());
        cut.setText(r.cut());
        cut.setVisible(!r.cut().isEmpty());
        cut.setManaged(!r.cut().isEmpty());
        standing.setText(r.standing());

        for (GuidanceEditorViewModel.PartRow p : r.parts()) {
            Label name = new Label(p.label());
            name.getStyleClass().add("part-name");
            if (p.thisFile()) {
                name.getStyleClass().add("this-file");
            }
            Label scope = new Label(p.scope());
            scope.getStyleClass().addAll("text-muted", "part-scope");
            Label bytes = new Label(String.format("%,d B", p.bytes()));
            bytes.getStyleClass().add("part-bytes");
            bytes.setMinWidth(Region.USE_PREF_SIZE);
            Label outcome = new Label(p.outcome());
            outcome.getStyleClass().addAll("part-outcome", p.contributes() ? "contributes" : "not-read");
            outcome.setWrapText(true);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox top = new HBox(8, name, scope, grow, bytes);
            top.setAlignment(Pos.BASELINE_LEFT);
            VBox row = new VBox(2, top, outcome);
            row.getStyleClass().add("part-row");
            parts.getChildren().add(row);
        }
        if (r.preview().isEmpty()) {
            preview.getChildren().add(FormEditorPane.note("Codex sends no AGENTS.md instructions from this directory."));
        } else {
            String text = r.preview();
            String sep = dev.codexstudio.core.agents.EffectiveInstructions.PROJECT_DOC_SEPARATOR;
            int at = r.instructions().global().isPresent() ? text.indexOf(sep) : -1;
            if (at >= 0) {
                // the separator Codex inserts once between the global document and the project documents
                Label divider = new Label(sep.strip());
                divider.getStyleClass().add("project-doc-separator");
                divider.setMaxWidth(Double.MAX_VALUE);
                preview.getChildren().addAll(MarkdownNodes.render(text.substring(0, at)), divider,
                        MarkdownNodes.render(text.substring(at + sep.length())));
            } else {
                preview.getChildren().add(MarkdownNodes.render(text));
            }
        }
    }

    private static final class PathCell extends ListCell<Path> {
        private final Path root;

        PathCell(Path root) {
            this.root = root;
        }

        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (root != null && item.startsWith(root)) {
                setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
                setTooltip(new Tooltip(item.toString()));
                String rel = root.relativize(item).toString();
                setText(rel.isEmpty() ? "(project root)" : rel);
            } else {
                setText(item.toString());
            }
        }
    }
}
