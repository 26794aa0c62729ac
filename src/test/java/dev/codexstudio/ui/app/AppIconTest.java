package dev.codexstudio.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The application icon ships in the jar at every size the window and the installers use. */
class AppIconTest {

    @Test
    void everySizeIsOnTheClassPathAtItsSizeAndNotBlank() throws Exception {
        for (int size : Icons.APP_ICON_SIZES) {
            try (InputStream in = Icons.class.getResourceAsStream(Icons.appIconResource(size))) {
                assertThat(in).as("icon %d", size).isNotNull();
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
                // Transparent corners (a rounded tile) and an opaque centre: a real drawing, not an empty file.
                assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha at %d", size).isLessThan(40);
                assertThat(image.getRGB(size / 2, size / 2) >>> 24).as("centre alpha at %d", size).isEqualTo(255);
            }
        }
    }

    @Test
    void theInstallerIconsExistBesideTheSvgSource() throws Exception {
        Path app = Path.of(System.getProperty("studio.project.dir", ".")).resolve("icons/app");
        assertThat(Files.readString(app.resolve("stack-studio.svg"))).contains("<svg");
        byte[] ico = Files.readAllBytes(app.resolve("stack-studio.ico"));
        assertThat(ico).startsWith(0, 0, 1, 0); // ICONDIR: reserved 0, type 1 (icon)
        byte[] icns = Files.readAllBytes(app.resolve("stack-studio.icns"));
        assertThat(new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("icns");
    }
}
