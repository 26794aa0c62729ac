package dev.codexstudio.ui.requirements;

import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.requirements.RequirementsConflict;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.app.Icons;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** One forbidden config value as a row: the value, where it is written (a link), what Codex does, the rule. */
final class ConflictRows {

    private ConflictRows() {
    }

    /**
     * A row for {@code c}.
     *
     * @param openValue       jumps to the config value
     * @param openRequirement jumps to the requirement that forbids it ({@code null}: no link)
     */
    static VBox row(RequirementsConflict c, Optional<Stack> stack, Consumer<SourcePosition> openValue,
            Consumer<SourcePosition> openRequirement) {
        Label value = new Label(c.key() + " = " + c.value());
        value.getStyleClass().add("conflict-value");
        value.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        value.setMinWidth(Region.USE_PREF_SIZE);
        Hyperlink where = new Hyperlink(display(c.position().file(), stack) + ":" + c.position().line());
        where.getStyleClass().add("conflict-location");
        where.setMinWidth(Region.USE_PREF_SIZE);
        where.setTooltip(new Tooltip(c.position().toString()));
        where.setOnAction(e -> openValue.accept(c.position()));
        Label layer = new Label("(" + c.layer().label() + " layer)");
        layer.getStyleClass().addAll("text-muted", "conflict-layer");
        layer.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane top = new FlowPane(8, 2, value, where, layer);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPrefWrapLength(300);
        Label message = new Label(c.message());
        message.setWrapText(true);
        message.getStyleClass().add("conflict-message");
        VBox row = new VBox(2, top, message);
        row.getStyleClass().add("conflict-row");
        if (!c.inEffect()) {
            row.getStyleClass().add("not-in-effect");
            Label note = new Label("Not in effect now: " + lower(c.note()));
            note.setWrapText(true);
            note.getStyleClass().addAll("text-muted", "conflict-note");
            row.getChildren().add(note);
        }
        if (c.forbiddenBy() != null && openRequirement != null) {
            Hyperlink rule = new Hyperlink("Forbidden by " + c.requirement() + " ("
                    + c.forbiddenBy().file().getFileName() + ":" + c.forbiddenBy().line() + ")");
            rule.getStyleClass().add("conflict-rule");
            rule.setWrapText(true);
            rule.setTooltip(new Tooltip(c.forbiddenBy().toString()));
            rule.setOnAction(e -> openRequirement.accept(c.forbiddenBy()));
            row.getChildren().add(rule);
        }
        return row;
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A path relative to the project, {@code $CODEX_HOME/…}, or absolute. */
    static String display(Path file, Optional<Stack> stack) {
        return stack.map(st -> dev.codexstudio.core.io.PathLabels.of(file, st.root(), st.environment().codexHome()))
                .orElse(file.toString());
    }
}
