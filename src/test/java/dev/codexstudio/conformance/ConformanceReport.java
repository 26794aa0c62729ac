package dev.codexstudio.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Records agreement figures of the conformance suite in {@code target/conformance/agreement.tsv}
 * (area, cases, agreeing cases), so the README figure comes from a real run.
 */
public final class ConformanceReport {

    private ConformanceReport() {
    }

    public static synchronized void record(String area, int cases, int agreeing) {
        Path dir = Path.of(System.getProperty("studio.project.dir", "."), "target", "conformance");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("agreement.tsv");
            String line = area + "\t" + cases + "\t" + agreeing + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a conformance test builds its generated stacks: the JUnit temporary directory, or, when the
     * system property {@code conformance.keep} is set, {@code target/conformance/<name>} so that a
     * disagreement can be inspected after the run.
     */
    public static Path workDir(String name, Path tempDir) throws IOException {
        if (System.getProperty("conformance.keep") == null) {
            return tempDir;
        }
        Path dir = Path.of(System.getProperty("studio.project.dir", "."), "target", "conformance", name);
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
