package dev.codexstudio.bench;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.ParseCaches;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Load + validate the whole monorepo (first scan, and a scan again), against a raw walk that reads the same files. */
@State(Scope.Benchmark)
public class LoadBenchmark {

    /** Base folder of a generated monorepo (set by {@code bench}). */
    @Param("")
    public String base;

    private Path repo;
    private CodexEnvironment env;

    @Setup
    public void setup() {
        MonorepoGenerator.Monorepo m = MonorepoGenerator.layout(Path.of(base));
        repo = m.repo();
        env = MonorepoGenerator.environment(m);
    }

    /** The first scan of the repository: nothing parsed yet (the parses kept by content are forgotten first). */
    @Benchmark
    public List<Diagnostic> studio() {
        ParseCaches.forget();
        return StackValidator.validate(StackScanner.scan(repo, env));
    }

    /** A scan again, as after a file changes: the unchanged files' parses are found by their content. */
    @Benchmark
    public List<Diagnostic> rescan() {
        return StackValidator.validate(StackScanner.scan(repo, env));
    }

    /** {@code Files.walk} + {@code readAllBytes} of every regular file of the repository and the Codex home. */
    @Benchmark
    public long baseline() throws IOException {
        return readAll(repo) + readAll(env.codexHome());
    }

    static long readAll(Path dir) throws IOException {
        long total = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    total += Files.readAllBytes(p).length;
                }
            }
        }
        return total;
    }
}
