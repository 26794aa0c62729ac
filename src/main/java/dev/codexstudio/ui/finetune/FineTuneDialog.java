package dev.codexstudio.ui.finetune;

import dev.codexstudio.core.finetune.MigrationTargets;
import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import org.kordamp.ikonli.feather.Feather;

/** The Stack menu's "Fine-Tuning Migration…": the checklist in a resizable, non-modal dialog. */
public final class FineTuneDialog {

    private FineTuneDialog() {
    }

    /** A checklist on the studio's open project and Codex home; writing rescans the studio. */
    public static FineTuneViewModel model(StudioViewModel studio) {
        Path repo = studio.project().orElseThrow();
        MigrationTargets targets = MigrationTargets.of(repo, studio.environment().codexHome());
        return new FineTuneViewModel(studio.executor(), targets, studio.environment(), studio::rescan);
    }

    public static DialogPane pane(FineTuneViewModel model) {
        DialogPane pane = new DialogPane();
        pane.setId("finetune-dialog");
        pane.setContent(new FineTuneView(model));
        pane.getButtonTypes().setAll(ButtonType.CLOSE);
        pane.setPrefSize(1080, 760);
        pane.getStylesheets().add(FineTuneView.stylesheet());
        return pane;
    }

    /** Shows the checklist in its own non-modal, resizable dialog and returns it. */
    public static Dialog<ButtonType> show(FineTuneViewModel model) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Fine-Tuning Migration");
        d.setResizable(true);
        d.setDialogPane(pane(model));
        d.initModality(javafx.stage.Modality.NONE);
        d.show();
        // the dialog window does not always take the pane's preferred size: open it at that size
        d.setWidth(Math.max(d.getWidth(), 1080));
        d.setHeight(Math.max(d.getHeight(), 760));
        return d;
    }

    public static Action action(StudioViewModel studio) {
        return new Action("finetune-checklist", "Fine-Tuning Migration…", Feather.CHECK_SQUARE, null,
                () -> show(model(studio)), studio.projectProperty().isNull());
    }
}
