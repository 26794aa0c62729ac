package dev.codexstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.report.ReportFixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StudioCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void writesReportAndDiagramIntoOutOnly() throws IOException {
        ReportFixtures.Sample s = ReportFixtures.sample("java-service", tmp);
        Path out = tmp.resolve("report/docs");
        List<Path> before = listing(tmp);
        String[] r = run("report", s.repo().toString(), "--out", out.toString(), "--codex-home",
                s.environment().codexHome().toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("wrote " + out.resolve("STACK-REPORT.md"), "wrote " + out.resolve("hook-lifecycle.png"));
        String md = Files.readString(out.resolve("STACK-REPORT.md"));
        assertThat(md).contains("## Hooks", "![Hook lifecycle](hook-lifecycle.png)", "### PreToolUse");
        BufferedImage img = ImageIO.read(out.resolve("hook-lifecycle.png").toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        List<Path> after = listing(tmp);
        after.removeAll(before);
        assertThat(after).allMatch(p -> p.startsWith(tmp.resolve("report")));
        assertThat(after).contains(out.resolve("STACK-REPORT.md"), out.resolve("hook-lifecycle.png"));

        byte[] first = Files.readAllBytes(out.resolve("hook-lifecycle.png"));
        String[] again = run("report", s.repo().toString(), "--out", out.toString(), "--codex-home",
                s.environment().codexHome().toString(), "--format", "json");
        assertThat(again[0]).isEqualTo("0");
        assertThat(again[1]).contains("\"report\" : \"" + out.resolve("STACK-REPORT.md") + "\"").contains("\"errors\"");
        assertThat(Files.readAllBytes(out.resolve("hook-lifecycle.png"))).isEqualTo(first);
        assertThat(Files.readString(out.resolve("STACK-REPORT.md"))).isEqualTo(md);
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThat(run("report", tmp.toString())[0]).isEqualTo("2");
        String[] r = run("report", tmp.toString(), "--out", file.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--out is not a directory");
        Path out = Files.createDirectories(tmp.resolve("o"));
        Files.createSymbolicLink(out.resolve("STACK-REPORT.md"), file);
        String[] link = run("report", tmp.toString(), "--out", out.toString());
        assertThat(link[0]).isEqualTo("2");
        assertThat(Files.readString(file)).isEqualTo("x");
        assertThat(run("report", tmp.toString(), "--out", out.toString(), "--format", "sarif")[0]).isEqualTo("2");
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return new ArrayList<>(s.toList());
        }
    }
}
