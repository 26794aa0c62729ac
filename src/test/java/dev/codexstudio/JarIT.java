package dev.codexstudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one runnable jar: a subcommand runs the command line in a fresh JVM and never loads JavaFX. */
class JarIT {

    private static final Path JAR = Path.of(System.getProperty("studio.jar", "target/stack-studio.jar"));

    record Result(int code, String out) {
    }

    private static Result java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + dir.resolve("classes.log"), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    @Test
    void versionAndValidateRunWithoutDisplayAndWithoutJavaFx(@TempDir Path tmp) throws Exception {
        assertThat(JAR).exists();
        Result version = java(tmp, "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("stack-studio ");

        Path sample = Path.of(System.getProperty("studio.project.dir", ".")).resolve("samples/java-service");
        Result validate = java(tmp, "validate", sample.resolve("repo").toString(), "--codex-home",
                sample.resolve("codex-home").toString());
        assertThat(validate.code()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("0 errors");
        String loaded = Files.readString(tmp.resolve("classes.log"));
        assertThat(loaded).contains("dev.codexstudio.cli.StudioCli").doesNotContain("javafx.");
    }

    @Test
    void badUsageExitsTwoWithOneLine(@TempDir Path tmp) throws Exception {
        Result r = java(tmp, "validate", tmp.resolve("missing").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out().lines().filter(l -> !l.isBlank()).count()).isEqualTo(1);
    }
}
