package dev.codexstudio.ui.app;

import dev.codexstudio.ui.studio.StudioViewModel;

/**
 * Puts the studio together: the main window with every editor and fixed tab registered. The application and
 * the UI tests both build the window here, so the tests see exactly what users see.
 */
public final class Studio {

    private Studio() {
    }

    public static MainWindow build(StudioViewModel studio, ThemeManager themes, Dialogs dialogs) {
        MainWindow window = new MainWindow(studio, themes, dialogs);
        javafx.scene.control.Tab overview = new javafx.scene.control.Tab("Overview",
                new dev.codexstudio.ui.overview.OverviewView(new dev.codexstudio.ui.overview.OverviewViewModel(studio),
                        dialogs, window::chooseProject, window::openProject));
        overview.setId("tab-overview");
        window.addTab(overview);
        return window;
    }
}
