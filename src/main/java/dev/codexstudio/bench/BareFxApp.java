package dev.codexstudio.bench;

import dev.codexstudio.ui.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The start-up baseline: a bare JavaFX window with one label, printing the same first-frame marker. */
public final class BareFxApp extends Application {

    public static void main(String[] args) {
        Application.launch(BareFxApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Codex Stack Studio"), 1280, 800);
        stage.setScene(scene);
        stage.show();
        StartupProbe.printAtNextFrame(scene);
    }
}
