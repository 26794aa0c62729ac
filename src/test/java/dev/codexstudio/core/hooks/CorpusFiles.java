package dev.codexstudio.core.hooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus of real-world files ({@code studio.shared.dir}/corpus, listed in MANIFEST.tsv). */
final class CorpusFiles {

    private CorpusFiles() {
    }

    /** Corpus files whose manifest path ends with the given file name. */
    static List<Path> named(String fileName) throws IOException {
        Path corpus = Path.of(System.getProperty("studio.shared.dir", "../shared")).resolve("corpus");
        Path manifest = corpus.resolve("MANIFEST.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(manifest), "shared corpus not found at " + corpus);
        List<Path> out = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].equals("repo")) {
                continue;
            }
            Path file = corpus.resolve(f[0].replace("/", "__")).resolve(f[2]);
            if (f[2].endsWith(fileName) && Files.isRegularFile(file)) {
                out.add(file);
            }
        }
        return out;
    }
}
