package dev.codexstudio.ui.editors;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.ui.app.Icons;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.kordamp.ikonli.feather.Feather;

/**
 * A text editor for one document: syntax highlighting, line numbers with finding markers, a find bar, and
 * undo/redo through the document's own history (so typing and form edits share one history and the dirty flag).
 */
public final class SourceEditor extends VBox {

    private final DocumentViewModel document;
    private final CodeArea area = new CodeArea();
    private final Highlighter highlighter;
    private final HBox findBar;
    private final TextField findField = new TextField();
    private final Label findStatus = new Label();
    private final List<Diagnostic> markers = new ArrayList<>();
    private boolean mirroring;

    public SourceEditor(DocumentViewModel document, ObservableList<Diagnostic> problems) {
        this.document = document;
        this.highlighter = Highlighter.forFile(document.path().getFileName().toString());
        getStyleClass().add("source-editor");
        area.getStyleClass().add("code");
        area.setId("code-area");
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.replaceText(document.text());
        area.setStyleSpans(0, highlighter.styles(area.getText()));
        area.setParagraphGraphicFactory(gutter());
        area.plainTextChanges().filter(c -> !mirroring).subscribe(c -> {
            document.typed(c.getPosition(), c.getRemovalEnd(), c.getInserted());
        });
        area.multiPlainChanges().successionEnds(Duration.ofMillis(120)).subscribe(x -> restyle());
        document.addChangeListener((DocumentViewModel.ViewMirror) c -> {
            mirroring = true;
            try {
                area.replaceText(c.start(), c.end(), c.inserted());
            } finally {
                mirroring = false;
            }
            restyle();
        });
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                        e -> document.undoManager().undo()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> document.undoManager().redo()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                        e -> document.undoManager().redo()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.F, KeyCombination.SHORTCUT_DOWN), e -> showFind())));
        area.caretPositionProperty().addListener((o, a, b) -> {
            if (!mirroring && Math.abs(b - a) != 1) {
                document.undoManager().breakMerge();
            }
        });

        findField.setPromptText("Find");
        findField.setId("find-field");
        findField.textProperty().addListener((o, a, b) -> find(true));
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideFind();
            }
        });
        Button next = new Button(null, Icons.of(Feather.CHEVRON_DOWN));
        next.setTooltip(new Tooltip("Next match (Enter)"));
        next.setOnAction(e -> find(true));
        Button prev = new Button(null, Icons.of(Feather.CHEVRON_UP));
        prev.setTooltip(new Tooltip("Previous match (Shift+Enter)"));
        prev.setOnAction(e -> find(false));
        Button close = new Button(null, Icons.of(Feather.X));
        close.setOnAction(e -> hideFind());
        HBox.setHgrow(findField, Priority.ALWAYS);
        findBar = new HBox(6, Icons.of(Feather.SEARCH), findField, findStatus, prev, next, close);
        findBar.setAlignment(Pos.CENTER_LEFT);
        findBar.setPadding(new Insets(4, 6, 4, 6));
        findBar.getStyleClass().add("find-bar");
        findBar.setVisible(false);
        findBar.setManaged(false);

        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(findBar, scroll);

        problems.addListener((ListChangeListener<Diagnostic>) c -> updateMarkers(problems));
        updateMarkers(problems);
    }

    public CodeArea area() {
        return area;
    }

    public DocumentViewModel document() {
        return document;
    }

    /** Moves the caret to a 1-based line and column and shows it. */
    public void goTo(int line, int column) {
        if (line <= 0) {
            return;
        }
        int para = Math.min(line - 1, area.getParagraphs().size() - 1);
        int col = Math.max(0, Math.min(column - 1, area.getParagraphLength(para)));
        area.moveTo(para, col);
        area.requestFollowCaret();
        area.showParagraphAtCenter(para);
        area.requestFocus();
    }

    public void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        String sel = area.getSelectedText();
        if (!sel.isEmpty() && !sel.contains("\n")) {
            findField.setText(sel);
        }
        findField.requestFocus();
        findField.selectAll();
    }

    private void hideFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        area.requestFocus();
    }

    /** Finds the next (or previous) match, case-insensitively, and reports "n of m". */
    void find(boolean forward) {
        String q = findField.getText();
        String text = area.getText().toLowerCase(Locale.ROOT);
        if (q == null || q.isEmpty()) {
            findStatus.setText("");
            return;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        List<Integer> hits = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            hits.add(i);
        }
        if (hits.isEmpty()) {
            findStatus.setText("no match");
            return;
        }
        int caret = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
        int idx;
        if (forward) {
            idx = 0;
            while (idx < hits.size() && hits.get(idx) <= caret - (area.getSelection().getLength() > 0 ? 0 : 1)) {
                idx++;
            }
            if (area.getSelection().getLength() > 0 && idx < hits.size() && hits.get(idx) == caret) {
                idx++;
            }
            idx = idx % hits.size();
        } else {
            idx = hits.size() - 1;
            while (idx >= 0 && hits.get(idx) >= caret) {
                idx--;
            }
            if (idx < 0) {
                idx = hits.size() - 1;
            }
        }
        int at = hits.get(idx);
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        findStatus.setText((idx + 1) + " of " + hits.size());
    }

    private void restyle() {
        String t = area.getText();
        try {
            area.setStyleSpans(0, highlighter.styles(t));
        } catch (RuntimeException e) {
            // a highlighting failure must never stop editing
        }
    }

    private void updateMarkers(List<Diagnostic> problems) {
        markers.clear();
        for (Diagnostic d : problems) {
            if (d.position().file().equals(document.path()) && !d.position().isWholeFile()) {
                markers.add(d);
            }
        }
        Platform.runLater(() -> area.setParagraphGraphicFactory(gutter()));
    }

    private IntFunction<Node> gutter() {
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        return line -> {
            Node number = numbers.apply(line);
            Diagnostic worst = null;
            for (Diagnostic d : markers) {
                if (d.position().line() == line + 1 && (worst == null || d.severity().compareTo(worst.severity()) < 0)) {
                    worst = d;
                }
            }
            HBox box = new HBox(2, number);
            box.setAlignment(Pos.CENTER_LEFT);
            if (worst != null && worst.severity() != Severity.INFO) {
                var icon = Icons.of(Icons.forSeverity(worst.severity()));
                icon.getStyleClass().addAll(Icons.styleFor(worst.severity()), "gutter-marker");
                Label l = new Label(null, icon);
                l.setTooltip(new Tooltip(worst.message()));
                box.getChildren().add(l);
            } else {
                Label pad = new Label();
                pad.setMinWidth(14);
                box.getChildren().add(pad);
            }
            return box;
        };
    }

}
