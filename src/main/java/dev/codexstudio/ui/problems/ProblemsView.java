package dev.codexstudio.ui.problems;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.ui.app.Icons;
import java.util.Comparator;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Problems panel: every finding in a sortable table (severity, message, file, line, rule), filtered by
 * severity and text. Double-click (or Enter) jumps to the file and line; a finding with a machine-applicable
 * fix offers it in its context menu.
 */
public final class ProblemsView extends VBox {

    private final ProblemsViewModel model;
    private final TableView<Diagnostic> table = new TableView<>();
    private Consumer<Diagnostic> onOpen = d -> { };
    private Consumer<Diagnostic> onFix = d -> { };

    public ProblemsView(ProblemsViewModel model) {
        this.model = model;
        getStyleClass().add("problems");
        setId("problems");
        TextField filter = new TextField();
        filter.setPromptText("Filter by file, rule or message");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox bar = new HBox(6, new Label("Problems"), toggle(Severity.ERROR, model), toggle(Severity.WARNING, model),
                toggle(Severity.INFO, model), filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.getStyleClass().add("problems-bar");

        TableColumn<Diagnostic, Severity> sev = new TableColumn<>("");
        sev.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        sev.setCellFactory(c -> new TableCell<>() {
            private final FontIcon icon = Icons.of(Icons.forSeverity(Severity.INFO));
            private final Tooltip tip = new Tooltip();
            private Severity shown;

            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    // hidden, not detached: putting the icon back into the scene restyles it
                    icon.setVisible(false);
                    setTooltip(null);
                } else {
                    icon.setVisible(true);
                    if (s != shown) {
                        icon.setIconCode(Icons.forSeverity(s));
                        if (shown != null) {
                            icon.getStyleClass().remove(Icons.styleFor(shown));
                        }
                        icon.getStyleClass().add(Icons.styleFor(s));
                        tip.setText(s.label());
                        shown = s;
                    }
                    if (getGraphic() != icon) {
                        setGraphic(icon);
                    }
                    setTooltip(tip);
                }
            }
        });
        sev.setComparator(Comparator.naturalOrder());
        sev.setPrefWidth(34);
        TableColumn<Diagnostic, String> msg = new TableColumn<>("Message");
        msg.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()
                + (c.getValue().fix() != null ? "  (fix available)" : "")));
        msg.setPrefWidth(620);
        TableColumn<Diagnostic, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.display(c.getValue().position().file())));
        file.setPrefWidth(260);
        TableColumn<Diagnostic, Integer> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().position().line()));
        line.setPrefWidth(60);
        TableColumn<Diagnostic, String> rule = new TableColumn<>("Rule");
        rule.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        rule.setPrefWidth(220);
        table.getColumns().setAll(java.util.List.of(sev, msg, file, line, rule));
        SortedList<Diagnostic> sorted = new SortedList<>(model.items());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No problems."));
        table.setId("problems-table");
        table.setRowFactory(t -> {
            TableRow<Diagnostic> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            // the context menu and the hint are made when first needed, not for every row a new list shows
            row.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> row.setContextMenu(
                    row.isEmpty() || row.getItem() == null ? null : contextMenu(row.getItem())));
            // the hint's tooltip is made when the pointer first comes over the row, and follows its finding
            Tooltip[] hint = new Tooltip[1];
            Runnable showHint = () -> {
                Diagnostic d = row.getItem();
                if (d == null || d.hint().isEmpty()) {
                    row.setTooltip(null);
                    return;
                }
                if (hint[0] == null) {
                    hint[0] = new Tooltip();
                }
                hint[0].setText(d.hint());
                row.setTooltip(hint[0]);
            };
            row.addEventFilter(MouseEvent.MOUSE_ENTERED, e -> showHint.run());
            row.itemProperty().addListener((o, a, d) -> {
                if (hint[0] != null) {
                    showHint.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Diagnostic d = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && d != null) {
                onOpen.accept(d);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    /** The context menu of a finding's row: go to its place, and its quick fix when it has one. */
    ContextMenu contextMenu(Diagnostic d) {
        ContextMenu menu = new ContextMenu();
        MenuItem go = new MenuItem("Go to " + model.display(d.position().file())
                + (d.position().isWholeFile() ? "" : ":" + d.position().line()));
        go.setOnAction(e -> onOpen.accept(d));
        menu.getItems().add(go);
        if (d.fix() != null) {
            MenuItem fix = new MenuItem("Quick fix: " + d.fix().title());
            fix.setOnAction(e -> onFix.accept(d));
            menu.getItems().add(fix);
        }
        return menu;
    }

    private static ToggleButton toggle(Severity s, ProblemsViewModel model) {
        ToggleButton b = new ToggleButton();
        var icon = Icons.of(Icons.forSeverity(s));
        icon.getStyleClass().add(Icons.styleFor(s));
        b.setGraphic(icon);
        b.textProperty().bind(Bindings.convert(model.count(s)));
        b.setTooltip(new Tooltip("Show " + s.label() + " findings"));
        b.selectedProperty().bindBidirectional(switch (s) {
            case ERROR -> model.showErrorsProperty();
            case WARNING -> model.showWarningsProperty();
            case INFO -> model.showInfoProperty();
        });
        b.setId("show-" + s.label());
        return b;
    }

    public TableView<Diagnostic> table() {
        return table;
    }

    public void setOnOpen(Consumer<Diagnostic> handler) {
        onOpen = handler;
    }

    public void setOnFix(Consumer<Diagnostic> handler) {
        onFix = handler;
    }

    /** Selects the finding after the selected one and opens it ("next problem"). */
    public void selectNext() {
        model.next(table.getSelectionModel().getSelectedItem()).ifPresent(d -> {
            table.getSelectionModel().select(d);
            table.scrollTo(d);
            onOpen.accept(d);
        });
    }
}
