package dev.codexstudio.ui.newstack;

import dev.codexstudio.core.samples.BundledSamples;
import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.export.ExportDialog;
import dev.codexstudio.ui.export.ExportReviewViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/** File → "New Stack…" (id {@code new-stack}): opens the {@link NewStackWizard} in its own window. */
public final class NewStackWizardWindow {

    private NewStackWizardWindow() {
    }

    public static void register(MainWindow window, StudioViewModel studio, Dialogs dialogs) {
        window.addMenuAction("File", new Action("new-stack", "New Stack…", Feather.FILE_PLUS, null,
                () -> open(window, studio, dialogs), null), false);
    }

    /** Opens the wizard; its last page writes the files and offers to open the new repository. */
    public static Stage open(MainWindow window, StudioViewModel studio, Dialogs dialogs) {
        BundledSamples samples = BundledSamples.fromClassPath()
                .orElseGet(() -> BundledSamples.fromDirectory(java.nio.file.Path.of("samples")));
        NewStackChoices choices = new CoreNewStackChoices(samples, studio.environment());
        ExportReviewViewModel review = new ExportReviewViewModel(studio.executor());
        review.codexHomeProperty().set(studio.environment().codexHome());
        review.gitInitProperty().set(true);
        NewStackWizardViewModel model = new NewStackWizardViewModel(choices, review);
        Stage stage = new Stage();
        stage.setTitle("New Stack");
        NewStackWizard view = new NewStackWizard(model, dialogs, window::openProject, stage::close);
        ExportDialog.show(window, stage, view);
        return stage;
    }
}
