package dev.codexstudio.ui.requirements;

import dev.codexstudio.core.requirements.RequirementsConflict;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.FormEditorPane;
import dev.codexstudio.ui.editors.FormExtension;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Adds "Forbidden by requirements" to the form of every config file: the values of this file (as edited) that the
 * managed requirements forbid, each with a jump to its line and to the requirement, or a note that nothing is
 * forbidden and what the requirements allow. Nothing is added when the machine has no requirements.
 */
public final class ConfigConflictsExtension implements FormExtension {

    private final SourceOpener opener;

    /** @param opener opens the requirements file at the line of a requirement */
    public ConfigConflictsExtension(SourceOpener opener) {
        this.opener = opener;
    }

    @Override
    public boolean handles(LiveValidator.FileKind kind) {
        return kind == LiveValidator.FileKind.CONFIG;
    }

    @Override
    public Optional<Node> create(EditorContext context, FormEditorPane pane) {
        ConfigConflictsViewModel model = new ConfigConflictsViewModel(context.studio(), context.document());
        if (model.requirements().isEmpty()) {
            return Optional.empty();
        }
        Label heading = new Label("Forbidden by requirements");
        heading.getStyleClass().addAll("title-4", "form-section-title");
        Label summary = new Label();
        summary.setWrapText(true);
        summary.setId("config-conflicts-summary");
        Label allowed = new Label();
        allowed.setWrapText(true);
        allowed.getStyleClass().addAll("text-muted", "form-note");
        VBox rows = new VBox(8);
        rows.setId("config-conflicts");
        VBox box = new VBox(8, heading, summary, rows, allowed);
        box.getStyleClass().addAll("form-section", "requirements-conflicts-section");
        box.getStylesheets().add(Objects.requireNonNull(
                ConfigConflictsExtension.class.getResource("/dev/codexstudio/ui/requirements.css")).toExternalForm());
        box.setId("config-requirements-section");
        Runnable refresh = () -> {
            List<RequirementsConflict> cs = model.conflicts();
            rows.getChildren().clear();
            for (RequirementsConflict c : cs) {
                rows.getChildren().add(ConflictRows.row(c, context.studio().stack(),
                        p -> context.source().goTo(p.line(), p.column()),
                        p -> opener.open(p.file(), p.line(), p.column())));
            }
            summary.setText(cs.isEmpty() ? "Nothing in this file is forbidden by the managed requirements."
                    : cs.size() + (cs.size() == 1 ? " value here is" : " values here are")
                            + " forbidden by the managed requirements:");
            summary.getStyleClass().removeAll("conflicts-none", "conflicts-some");
            summary.getStyleClass().add(cs.isEmpty() ? "conflicts-none" : "conflicts-some");
            List<String> s = model.summary();
            allowed.setText(s.isEmpty() ? "" : String.join("\n", s));
        };
        context.document().textProperty().addListener((o, a, b) -> refresh.run());
        context.studio().stackProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        return Optional.of(box);
    }
}
