package dev.codexstudio.ui.finetune;

import dev.codexstudio.core.finetune.Behaviour;
import dev.codexstudio.core.finetune.ItemStatus;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.ui.app.Icons;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The fine-tuning migration checklist: the behaviours on the left, with their tick and layer badge; the
 * selected one on the right, with what to type, the preview of the files it creates, Create, and the
 * validation result of what is on disk. Everything is state of {@link FineTuneViewModel}.
 */
public final class FineTuneView extends BorderPane {

    public static final String STYLESHEET = "/dev/codexstudio/ui/finetune.css";

    private final FineTuneViewModel model;
    private final VBox detail = new VBox(10);
    private final ListView<FineTuneItem> list = new ListView<>();
    private Runnable unbind = () -> { };

    public FineTuneView(FineTuneViewModel model) {
        this.model = model;
        getStyleClass().add("finetune-view");
        getStylesheets().add(stylesheet());
        setPrefSize(1060, 720);

        Label title = new Label("Fine-tuning migration");
        title.getStyleClass().add("finetune-heading");
        Label progress = new Label();
        progress.setId("finetune-progress");
        progress.getStyleClass().add("finetune-progress");
        progress.textProperty().bind(model.progressProperty());
        Label intro = new Label("For each behaviour your fine-tuned model learned, create the file Codex reads instead. "
                + "An item is ticked when its file exists and validates.");
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(12, title, grow, progress);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, top, intro);
        header.getStyleClass().add("finetune-header");
        header.setPadding(new Insets(12, 14, 10, 14));
        setTop(header);

        list.setId("finetune-items");
        list.getStyleClass().add("finetune-items");
        list.setItems(model.items());
        list.setPrefWidth(300);
        list.setCellFactory(l -> new ItemCell());
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            list.getSelectionModel().select(b);
            showDetail(b);
        });
        setLeft(list);

        detail.setPadding(new Insets(14));
        detail.setId("finetune-detail");
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("finetune-scroll");
        setCenter(scroll);

        Label status = new Label();
        status.setId("finetune-footer-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        HBox footer = new HBox(status);
        footer.getStyleClass().add("finetune-footer");
        footer.setPadding(new Insets(6, 14, 6, 14));
        setBottom(footer);

        showDetail(model.selectedProperty().get());
    }

    public static String stylesheet() {
        return FineTuneView.class.getResource(STYLESHEET).toExternalForm();
    }

    static String idOf(Behaviour b) {
        return b.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Label badge(Behaviour b) {
        Label badge = new Label(b.layer());
        badge.getStyleClass().add("finetune-badge");
        badge.getStyleClass().add("scope-" + b.scope().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** One behaviour in the list: its tick follows the item's status directly, not a refresh of the whole list. */
    private final class ItemCell extends ListCell<FineTuneItem> {
        private final Label tick = new Label();
        private final javafx.beans.value.ChangeListener<Object> onStatus = (o, a, b) -> showTick();
        private FineTuneItem shown;

        @Override
        protected void updateItem(FineTuneItem item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.statusProperty().removeListener(onStatus);
                shown = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            shown = item;
            item.statusProperty().addListener(onStatus);
            tick.setId("finetune-tick-" + idOf(item.behaviour()));
            showTick();
            Label name = new Label(item.behaviour().title());
            name.getStyleClass().add("finetune-item-title");
            VBox text = new VBox(3, name, badge(item.behaviour()));
            HBox row = new HBox(10, tick, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(4, 2, 4, 2));
            setText(null);
            setGraphic(row);
        }

        private void showTick() {
            boolean done = shown != null && shown.done();
            tick.setGraphic(Icons.of(done ? Feather.CHECK_CIRCLE : Feather.CIRCLE));
            tick.getStyleClass().setAll("label", "finetune-tick", done ? "tick-done" : "tick-open");
            tick.setAccessibleText(done ? "done" : "not done");
        }
    }

    private void showDetail(FineTuneItem item) {
        unbind.run();
        detail.getChildren().clear();
        if (item == null) {
            return;
        }
        Behaviour b = item.behaviour();
        Label title = new Label(b.title());
        title.setId("finetune-title");
        title.getStyleClass().add("finetune-detail-title");
        HBox head = new HBox(10, title, badge(b));
        head.setAlignment(Pos.CENTER_LEFT);
        Label scope = new Label(b.scope().label() + ": " + b.scope().explanation());
        scope.getStyleClass().add("text-muted");
        scope.setWrapText(true);
        Label what = new Label(b.whatToType());
        what.setId("finetune-what");
        what.setWrapText(true);
        detail.getChildren().addAll(head, scope, what);

        for (FineTuneItem.Field f : item.fields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("finetune-caption");
            TextInputControl input;
            if (f.multiline()) {
                TextArea area = new TextArea();
                area.setPrefRowCount(f.key().equals("schema") || f.key().equals("rules") || f.key().equals("entries") ? 5 : 3);
                area.setWrapText(false);
                area.getStyleClass().add("finetune-mono");
                input = area;
            } else {
                input = new TextField();
            }
            input.setId("finetune-field-" + f.key());
            input.setPromptText(f.prompt());
            input.textProperty().bindBidirectional(item.value(f.key()));
            detail.getChildren().add(new VBox(4, label, input));
        }

        Button create = new Button("Create", Icons.of(Feather.PLUS_CIRCLE));
        create.setId("finetune-create");
        create.getStyleClass().add("accent");
        create.disableProperty().bind(item.canCreateProperty().not());
        create.setOnAction(e -> model.create(item));
        Label message = new Label();
        message.setId("finetune-message");
        message.setWrapText(true);
        message.textProperty().bind(item.messageProperty());
        HBox actions = new HBox(12, create, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label problems = new Label();
        problems.setId("finetune-problems");
        problems.getStyleClass().add("finetune-error");
        problems.setWrapText(true);
        problems.textProperty().bind(item.problemsProperty());
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.managedProperty());

        Label previewCaption = new Label("Preview");
        previewCaption.getStyleClass().add("finetune-caption");
        TextArea preview = new TextArea();
        preview.setId("finetune-preview");
        preview.setEditable(false);
        preview.setPrefRowCount(10);
        preview.getStyleClass().addAll("finetune-mono", "finetune-preview");
        preview.textProperty().bind(item.previewProperty());

        Label resultCaption = new Label("Result");
        resultCaption.getStyleClass().add("finetune-caption");
        Label result = new Label();
        result.setId("finetune-result");
        result.setWrapText(true);
        VBox findings = new VBox(4);
        findings.setId("finetune-findings");
        ChangeListener<ItemStatus> onStatus = (o, a, s) -> showStatus(s, result, findings);
        item.statusProperty().addListener(onStatus);
        showStatus(item.statusProperty().get(), result, findings);
        unbind = () -> item.statusProperty().removeListener(onStatus);

        detail.getChildren().addAll(actions, problems, previewCaption, preview, resultCaption, result, findings);
    }

    private void showStatus(ItemStatus s, Label result, VBox findings) {
        findings.getChildren().clear();
        result.getStyleClass().removeAll("result-done", "result-open", "result-error");
        if (s == null) {
            result.setText("Checking…");
            return;
        }
        result.setGraphic(Icons.of(s.done() ? Feather.CHECK_CIRCLE : s.missing().isEmpty() ? Feather.ALERT_TRIANGLE : Feather.CIRCLE));
        result.getStyleClass().add(s.done() ? "result-done" : s.missing().isEmpty() ? "result-error" : "result-open");
        StringBuilder text = new StringBuilder(s.summary());
        if (!s.artefacts().isEmpty()) {
            text.append(": ");
            for (int i = 0; i < s.artefacts().size(); i++) {
                text.append(i == 0 ? "" : ", ").append(display(s.artefacts().get(i)));
            }
        }
        result.setText(text.toString());
        for (Diagnostic d : s.findings()) {
            Label l = new Label(d.severity().name().toLowerCase(Locale.ROOT) + "  " + display(d.position().file())
                    + (d.position().isWholeFile() ? "" : ":" + d.position().line() + ":" + d.position().column())
                    + "  " + d.message() + (d.hint() == null || d.hint().isEmpty() ? "" : "  (" + d.hint() + ")"));
            l.setWrapText(true);
            l.setGraphic(Icons.of(Icons.forSeverity(d.severity())));
            l.getStyleClass().addAll("finetune-finding", Icons.styleFor(d.severity()));
            findings.getChildren().add(l);
        }
    }

    private String display(Path file) {
        Path repo = model.targets().repo();
        return file != null && file.startsWith(repo) ? repo.relativize(file).toString() : String.valueOf(file);
    }
}
