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
}
