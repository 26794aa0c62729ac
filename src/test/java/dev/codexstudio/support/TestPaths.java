package dev.codexstudio.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Where the shared corpus and the project's samples are, for tests. */
public final class TestPaths {

    private TestPaths() {
    }

    /** {@code ../shared} (from the system property the pom sets). */
    public static Optional<Path> sharedDir() {
        String p = System.getProperty("studio.shared.dir");
        if (p == null) {
            return Optional.empty();
        }
        Path path = Path.of(p).toAbsolutePath().normalize();
        return Files.isDirectory(path.resolve("corpus")) ? Optional.of(path) : Optional.empty();
    }

    /** The corpus directory, or a skipped test when the shared folder is not beside the checkout. */
    public static Path corpus() {
        Optional<Path> shared = sharedDir();
        if (shared.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("../shared/corpus is missing under CI");
        }
        Assumptions.assumeTrue(shared.isPresent(), "../shared/corpus is not available: corpus tests skipped");
        return shared.get().resolve("corpus");
    }

    /** One row of {@code MANIFEST.tsv}. */
    public record CorpusFile(String repo, String commit, String path, String kind, long bytes, Path file) {
        /** The repository's folder inside the corpus. */
        public Path repoDir() {
            return file.getRoot().resolve(file.subpath(0, file.getNameCount() - Path.of(path).getNameCount()));
        }
    }

    public static List<CorpusFile> manifest() {
        Path corpus = corpus();
        try {
            List<CorpusFile> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                if (f.length < 5) {
                    continue;
                }
                Path file = corpus.resolve(f[0].replaceFirst("/", "__")).resolve(f[2]);
                out.add(new CorpusFile(f[0], f[1], f[2], f[3], Long.parseLong(f[4]), file));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's {@code samples/} folder. */
    public static Path samples() {
        return Path.of(System.getProperty("studio.project.dir", ".")).resolve("samples").toAbsolutePath().normalize();
    }
}
