package dev.codexstudio.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.conformance.World;
import dev.codexstudio.core.stack.StackScanner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleDiagramPainterTest {

    @TempDir
    Path tmp;

    static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("studio.project.dir", "."), "target", "screenshots"));
    }

    @Test
    void pngDecodesWithExpectedSizeAndIsDeterministic() throws IOException {
        for (String name : new String[] {"java-service", "typescript-webapp", "python-library"}) {
            StackSummary sum = StackSummary.of(ReportFixtures.sample(name, tmp).scan());
            byte[] png = LifecycleDiagramPainter.png(sum);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(img).isNotNull();
            assertThat(img.getWidth()).isEqualTo(LifecycleDiagramPainter.WIDTH);
            assertThat(img.getHeight()).isEqualTo(LifecycleDiagramPainter.height(sum.hooks()));
            StackSummary again = StackSummary.of(ReportFixtures.sample(name, tmp.resolve("again")).scan());
            assertThat(LifecycleDiagramPainter.png(again)).as(name).isEqualTo(png);
            Files.write(screenshots().resolve("report-lifecycle-" + name + ".png"), png);
            if (name.equals("java-service")) {
                Files.write(screenshots().resolve("report-lifecycle.png"), png);
            }
        }
    }

    @Test
    void moreHooksMakeATallerImageAndNoHooksStillDrawsTheMainFlow() throws IOException {
        World world = World.create(Files.createDirectories(tmp.resolve("w")));
        Path repo = world.newRepo("empty");
        StackSummary empty = StackSummary.of(StackScanner.scan(repo, world.environment()));
        int emptyHeight = LifecycleDiagramPainter.height(empty.hooks());
        assertThat(emptyHeight).isGreaterThan(LifecycleDiagramPainter.MAIN_FLOW.size() * LifecycleDiagramPainter.EVENT_H);
        BufferedImage img = LifecycleDiagramPainter.paint(empty);
        assertThat(img.getHeight()).isEqualTo(emptyHeight);
        Files.write(screenshots().resolve("report-lifecycle-empty.png"), LifecycleDiagramPainter.png(empty));

        StackSummary busy = StackSummary.of(ReportFixtures.sample("python-library", tmp).scan());
        assertThat(LifecycleDiagramPainter.height(busy.hooks())).isGreaterThan(emptyHeight);
    }
}
