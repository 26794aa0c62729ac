package dev.codexstudio.ui.skills;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.ui.app.Icons;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The findings about one field, shown under it: severity icon, message, hint as tooltip, and a quick fix link. */
final class FindingsBox extends VBox {

    private final Consumer<Diagnostic> fixer;

    FindingsBox(String id, Consumer<Diagnostic> fixer) {
        super(3);
        this.fixer = fixer;
        setId(id);
        getStyleClass().add("skill-findings");
        show(List.of());
    }

    void show(List<Diagnostic> findings) {
        getChildren().clear();
        for (Diagnostic d : findings) {
            Label text = new Label(d.message() + (d.hint() == null ? "" : " " + d.hint()));
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setGraphic(Icons.of(Icons.forSeverity(d.severity())));
            text.getStyleClass().addAll("skill-finding", "finding-" + d.severity().name().toLowerCase(Locale.ROOT));
            text.setMaxWidth(Double.MAX_VALUE);
            text.setTooltip(new Tooltip(d.rule() + " (line " + d.position().line() + ")"));
            VBox row = new VBox(2, text);
            row.setMinWidth(0);
            if (d.fix() != null && fixer != null) {
                Hyperlink fix = new Hyperlink("Fix: " + d.fix().title());
                fix.getStyleClass().add("skill-finding-fix");
                fix.setWrapText(true);
                fix.setMinWidth(0);
                fix.setOnAction(e -> fixer.accept(d));
                row.getChildren().add(fix);
            }
            getChildren().add(row);
        }
        boolean any = !findings.isEmpty();
        setVisible(any);
        setManaged(any);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"),
                findings.stream().anyMatch(d -> d.severity() == Severity.ERROR));
    }
}
