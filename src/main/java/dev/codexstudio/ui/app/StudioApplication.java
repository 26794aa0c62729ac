package dev.codexstudio.ui.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The studio window. Until the studio-window issue lands this shows what the studio is and how to use
 * its command line.
 */
public final class StudioApplication extends Application {

    public static void launchStudio(String[] args) {
        Application.launch(StudioApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("Codex Stack Studio");
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label body = new Label("""
                The studio window is being built. Everything the studio knows about a Codex stack is \
                available today from the command line:

                  java -jar stack-studio.jar validate [DIR]
                  java -jar stack-studio.jar tree [DIR]
                  java -jar stack-studio.jar agents --cwd DIR
                  java -jar stack-studio.jar skills|hooks|config --format json

                Run `java -jar stack-studio.jar --help` for every command.""");
        body.setWrapText(true);
        VBox root = new VBox(12, title, body);
        root.setPadding(new Insets(24));
        stage.setTitle("Codex Stack Studio");
        stage.setScene(new Scene(root, 720, 360));
        stage.show();
    }
}
