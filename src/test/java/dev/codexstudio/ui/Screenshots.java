package dev.codexstudio.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves PNG screenshots of the studio's views to {@code target/screenshots/} (real pixels under Monocle). */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("studio.project.dir", "."), "target", "screenshots");
    }

    public static Path save(FxRobot robot, Scene scene, String name) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(scene.snapshot(null)));
        return write(img.get(), name);
    }

    public static Path save(FxRobot robot, Node node, String name) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(node.snapshot(null, null)));
        return write(img.get(), name);
    }

    private static Path write(WritableImage image, String name) {
        try {
            Files.createDirectories(dir());
            Path file = dir().resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
