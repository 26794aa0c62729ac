package dev.codexstudio;

import dev.codexstudio.cli.StudioCli;

/**
 * Entry point of {@code stack-studio.jar}. With no arguments (or only a folder to open) it starts the
 * studio window; with a subcommand it runs the command line and never starts the JavaFX toolkit.
 *
 * <p>This class must not extend {@code javafx.application.Application} and must not touch JavaFX types,
 * so that the command line works on machines without a display or without JavaFX's native libraries.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (StudioCli.isCommandLine(args)) {
            System.exit(StudioCli.run(args));
        }
        dev.codexstudio.ui.app.StudioApplication.launchStudio(args);
    }
}
