package dev.codexstudio.ui.app;

import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.FxTaskExecutor;
import dev.codexstudio.ui.editors.EditorArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.beans.binding.StringBinding;
import javafx.stage.Stage;

/** The studio window's application: {@code stack-studio.jar [FOLDER]} or {@code mvn javafx:run}. */
public final class StudioApplication extends Application {

    private FxTaskExecutor executor;
    private MainWindow window;

    public static void launchStudio(String[] args) {
        Application.launch(StudioApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        StudioSettings settings = StudioSettings.preferences();
        StudioViewModel studio = new StudioViewModel(executor, settings, System.getenv());
        // start the scan first: it runs in the background while the window is built and shown
        List<String> args = getParameters().getUnnamed();
        Path folder = args.isEmpty() ? null : Path.of(args.get(0));
        boolean opened = false;
        if (folder != null && Files.isDirectory(folder)) {
            opened = studio.open(folder);
        } else if (folder == null && !studio.recentProjects().isEmpty()) {
            studio.open(studio.recentProjects().get(0));
        }
        ThemeManager themes = new ThemeManager();
        themes.apply(settings.theme(), null);
        Dialogs dialogs = Dialogs.of(stage);
        window = Studio.build(studio, themes, dialogs);
        window.editors().setSaveConfirmation(dialogs::confirmSave);
        window.editors().startWatching(executor);
        stage.setTitle("Codex Stack Studio");
        // the icons (eight PNGs up to 512 px) are decoded in the background and set when ready
        executor.submit("load the window icons", Icons::appIcons, stage.getIcons()::setAll, error -> { });
        stage.setScene(window.scene());
        stage.titleProperty().bind(title(studio, window.editors()));
        stage.setOnCloseRequest(e -> {
            settings.setTheme(themes.choice());
            if (window.editors().hasUnsaved() && !Dialogs.of(stage).confirmDiscard(Path.of("The open files"))) {
                e.consume();
            }
        });
        stage.show();
        if (StartupProbe.enabled()) {
            StartupProbe.install(window.scene(), studio.treeProperty());
        }
        if (folder != null && !opened) {
            // not a folder: the window says so
            window.openProject(folder);
        }
    }

    /** The window title: the project's name, and "● " in front while any open document has unsaved changes. */
    public static StringBinding title(StudioViewModel studio, EditorArea editors) {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> (editors.anyDirtyProperty().get() ? "● " : "")
                        + studio.project().map(p -> p.getFileName() + " — Codex Stack Studio").orElse("Codex Stack Studio"),
                studio.projectProperty(), editors.anyDirtyProperty());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.editors().stopWatching();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
