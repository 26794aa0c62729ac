package dev.codexstudio.ui.claude;

import dev.codexstudio.core.claude.ClaudeImporter.Guidance;
import dev.codexstudio.core.claude.PlannedFile;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.editors.DiffView;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The preview of a Claude Code import: the files it writes (new, changed, unchanged) with the diff of the selected
 * one, every warning with its place in the Claude files, and Import / Close. Opened from Stack → "Import Claude Code
 * setup…".
 */
public final class ClaudeImportView extends BorderPane {

    static final String STYLESHEET = "/dev/codexstudio/ui/claude.css";

    private final ClaudeImportViewModel model;
    private final StackPane diffBox = new StackPane();

    public ClaudeImportView(ClaudeImportViewModel model, Dialogs dialogs) {
        this.model = model;
        setId("claude-import-view");
        getStyleClass().add("claude-import");
        getStylesheets().add(ClaudeImportView.class.getResource(STYLESHEET).toExternalForm());
        getStylesheets().add(DiffView.stylesheet());

        Label title = new Label("Import Claude Code setup");
        title.getStyleClass().add("claude-import-title");
        Label from = new Label();
        from.setId("claude-import-source");
        from.textProperty().bind(model.sourceProperty().asString("From  %s"));
        Label into = new Label();
        into.setId("claude-import-target");
        into.textProperty().bind(model.targetProperty().asString("Into  %s"));
        Button otherFolder = new Button("Another folder…");
        otherFolder.setId("claude-import-choose-target");
        otherFolder.setOnAction(e -> dialogs.chooseDirectory("Write the Codex stack into", model.targetProperty().get())
                .ifPresent(p -> model.targetProperty().set(p.toAbsolutePath().normalize())));
        HBox intoRow = new HBox(10, into, otherFolder);
        intoRow.setAlignment(Pos.CENTER_LEFT);
        ChoiceBox<Guidance> guidance = new ChoiceBox<>();
        guidance.setId("claude-import-guidance");
        guidance.getItems().setAll(Guidance.values());
        guidance.setConverter(new StringConverter<>() {
            @Override
            public String toString(Guidance g) {
                return g == null ? "" : g == Guidance.COPY ? "Copy CLAUDE.md to AGENTS.md"
                        : "Name CLAUDE.md in project_doc_fallback_filenames";
            }

            @Override
            public Guidance fromString(String s) {
                return null;
            }
        });
        guidance.valueProperty().bindBidirectional(model.guidanceProperty());
        Label guidanceLabel = new Label("Guidance:");
        HBox guidanceRow = new HBox(8, guidanceLabel, guidance);
        guidanceRow.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("claude-import-summary");
        summary.getStyleClass().add("claude-import-summary");
        summary.textProperty().bind(model.summaryProperty());
        VBox header = new VBox(6, title, from, intoRow, guidanceRow, summary);
        header.setPadding(new Insets(12, 14, 10, 14));
        header.getStyleClass().add("claude-import-header");
        setTop(header);

        ListView<PlannedFile> files = new ListView<>(model.files());
        files.setId("claude-import-files");
        files.setCellFactory(l -> new FileCell());
        files.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                model.selectedProperty().set(f);
            }
        });
        model.selectedProperty().addListener((o, a, f) -> {
            if (f != null && files.getSelectionModel().getSelectedItem() != f) {
                files.getSelectionModel().select(f);
            }
        });
        files.setPlaceholder(new Label("No Claude Code files found."));
        diffBox.setId("claude-import-diff");
        model.diffProperty().addListener((o, a, d) -> showDiff(d));
        showDiff(model.diffProperty().get());
        SplitPane top = new SplitPane(files, diffBox);
        top.setDividerPositions(0.4);

        ListView<Diagnostic> warnings = new ListView<>(model.diagnostics());
        warnings.setId("claude-import-warnings");
        warnings.setCellFactory(l -> new DiagnosticCell(l));
        warnings.setPlaceholder(new Label("No warnings: everything maps to Codex."));
        SplitPane body = new SplitPane(top, warnings);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.58);
        setCenter(body);

        Label status = new Label();
        status.setId("claude-import-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("claude-import-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setId("claude-import-close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (getScene() != null && getScene().getWindow() instanceof Stage s) {
                s.close();
            }
        });
        Button apply = new Button();
        apply.setId("claude-import-apply");
        apply.setDefaultButton(true);
        apply.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            long n = model.planProperty().get() == null ? 0 : model.planProperty().get().changes().size();
            return model.writtenProperty().get() ? "Imported" : "Import " + n + (n == 1 ? " file" : " files");
        }, model.planProperty(), model.writtenProperty()));
        apply.disableProperty().bind(model.canImportProperty().not());
        apply.setOnAction(e -> model.importFiles());
        HBox buttons = new HBox(10, status, spacer, close, apply);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10, 14, 12, 14));
        setBottom(buttons);
    }

    private void showDiff(String diff) {
        PlannedFile f = model.selectedProperty().get();
        if (f == null) {
            diffBox.getChildren().setAll(new Label("Select a file to see what changes."));
        } else if (f.action() == PlannedFile.Action.UNCHANGED) {
            Label same = new Label(f.path() + " already has this content; it is not written.");
            same.getStyleClass().add("claude-import-muted");
            diffBox.getChildren().setAll(same);
        } else {
            var scroll = DiffView.create(diff);
            diffBox.getChildren().setAll(scroll);
            javafx.application.Platform.runLater(() -> scroll.getContent().showParagraphAtTop(0));
        }
    }

    private static final class FileCell extends ListCell<PlannedFile> {
        @Override
        protected void updateItem(PlannedFile f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label action = new Label(f.action().label());
            action.getStyleClass().addAll("claude-import-action", "action-" + f.action().label());
            action.setMinWidth(Region.USE_PREF_SIZE);
            Label path = new Label(f.path());
            path.getStyleClass().add("claude-import-path");
            Label origin = new Label("from " + f.origin());
            origin.getStyleClass().add("claude-import-muted");
            VBox text = new VBox(1, path, origin);
            HBox row = new HBox(8, action, text);
            row.setAlignment(Pos.CENTER_LEFT);
            setTooltip(new Tooltip(f.path() + "\nfrom " + f.origin()));
            setText(null);
            setGraphic(row);
        }
    }

    private final class DiagnosticCell extends ListCell<Diagnostic> {
        private final ListView<Diagnostic> list;

        DiagnosticCell(ListView<Diagnostic> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(Diagnostic d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label severity = new Label(d.severity().label());
            severity.getStyleClass().addAll("claude-import-severity", "severity-" + d.severity().label());
            severity.setMinWidth(70);
            severity.setPrefWidth(70);
            severity.setMaxWidth(70);
            Label where = new Label(model.location(d) + "  ·  " + d.rule());
            where.getStyleClass().add("claude-import-muted");
            Label message = new Label(d.message());
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, where, message);
            if (!d.hint().isEmpty()) {
                Label hint = new Label(d.hint());
                hint.setWrapText(true);
                hint.getStyleClass().add("claude-import-hint");
                hint.setMinHeight(Region.USE_PREF_SIZE);
                text.getChildren().add(hint);
            }
            text.maxWidthProperty().bind(list.widthProperty().subtract(120));
            text.prefWidthProperty().bind(list.widthProperty().subtract(120));
            message.maxWidthProperty().bind(text.maxWidthProperty());
            setPrefWidth(0);
            HBox row = new HBox(8, severity, text);
            row.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(row);
        }
    }

    /** Adds Stack → "Import Claude Code setup…" to the window (available once a repository is open). */
    public static void register(MainWindow window, StudioViewModel studio, Dialogs dialogs) {
        window.addMenuAction("Stack", new Action("import-claude", "Import Claude Code setup…", Feather.DOWNLOAD, null,
                () -> studio.project().ifPresent(p -> open(window, studio, dialogs, p)),
                studio.projectProperty().isNull()), false);
    }

    /** Opens the preview window for {@code repo}. */
    public static Stage open(MainWindow window, StudioViewModel studio, Dialogs dialogs, Path repo) {
        ClaudeImportViewModel vm = new ClaudeImportViewModel(studio.executor(), repo, studio::rescan);
        ClaudeImportView view = new ClaudeImportView(vm, dialogs);
        Stage stage = new Stage();
        stage.setTitle("Import Claude Code setup");
        Scene owner = window.scene();
        if (owner.getWindow() != null) {
            stage.initOwner(owner.getWindow());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(view, 1100, 760);
        scene.getStylesheets().setAll(owner.getStylesheets());
        scene.getRoot().getStyleClass().addAll(owner.getRoot().getStyleClass().filtered(c -> c.equals("dark")));
        stage.setScene(scene);
        vm.preview();
        stage.show();
        return stage;
    }
}
