package dev.codexstudio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} from the shaded jar: a cheap benchmark prints one well-formed line, and writes --out. */
class BenchIT {

    private static final Path JAR = Path.of(System.getProperty("studio.jar", "target/stack-studio.jar"));

    private static String run(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "bench"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void heapPrintsOneRatioLineAndWritesTheFile(@TempDir Path tmp) throws Exception {
        Path outFile = tmp.resolve("bench.txt");
        String out = run(tmp, "--quick", "--only", "heap", "--out", outFile.toString());
        assertThat(out.lines().filter(l -> !l.isBlank()).toList()).singleElement().asString()
                .matches("heap ratio=\\d+\\.\\d\\d studio=\\d+(\\.\\d+)?MB baseline=256MB target<=1\\.00 (ok|OVER) \\(.*\\)");
        assertThat(Files.readString(outFile)).isEqualTo(out);
    }

    @Test
    void windowBenchmarksWithoutADisplaySaySoAndJsonIsWellFormed(@TempDir Path tmp) throws Exception {
        String out = run(tmp, "--quick", "--only", "startup", "--json");
        assertThat(out.strip()).startsWith("{\"results\":[]").contains("startup skipped: no DISPLAY").endsWith("]}");
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
    }
}
