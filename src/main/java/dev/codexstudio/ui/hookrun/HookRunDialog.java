package dev.codexstudio.ui.hookrun;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.run.HookRunner;
import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import org.kordamp.ikonli.feather.Feather;

/** Opens the dry run in a resizable dialog; the Stack menu's "Dry-run a hook…" action. */
public final class HookRunDialog {

    private HookRunDialog() {
    }

    /** A view model for these hooks, asking through {@code dialogs} before new commands run. */
    public static HookRunViewModel model(StudioViewModel studio, Dialogs dialogs, List<HookEntry> candidates,
            HookEvent event, boolean eventFixed) {
        return new HookRunViewModel(studio, RunConsent.of(studio), dialogs::confirm, HookRunner.standard(), candidates,
                event, eventFixed);
    }

    /** The dialog's pane (content plus a Close button), for showing and for screenshots. */
    public static DialogPane pane(HookRunViewModel model) {
        DialogPane pane = new DialogPane();
        pane.setId("hookrun-dialog");
        pane.setContent(new HookRunPane(model));
        pane.getButtonTypes().setAll(ButtonType.CLOSE);
        pane.setPrefSize(1020, 720);
        pane.getStylesheets().add(HookRunPane.stylesheet());
        return pane;
    }

    /** Shows the dialog (not modal: the user may keep editing while it is open). */
    public static void show(HookRunViewModel model) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Dry-run " + model.eventProperty().get().tomlName() + " hooks");
        d.setResizable(true);
        d.setDialogPane(pane(model));
        d.initModality(javafx.stage.Modality.NONE);
        d.show();
    }

    /** "Dry-run a hook…" for the Stack menu: every hook Codex loads from the repository root. */
    public static Action action(StudioViewModel studio, Dialogs dialogs) {
        return new Action("hook-dry-run", "Dry-run a Hook…", Feather.PLAY, null, () -> {
            List<HookEntry> hooks = HookRunViewModel.loadedHooks(studio);
            show(model(studio, dialogs, hooks, HookRunViewModel.firstEvent(hooks), false));
        }, studio.projectProperty().isNull());
    }
}
