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
        return window;
    }
}
