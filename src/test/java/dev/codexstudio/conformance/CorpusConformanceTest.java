package dev.codexstudio.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.support.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 100 real repositories of the corpus, each copied into a trusted git checkout, agree with Codex from
 * every directory that matters in them.
 */
class CorpusConformanceTest {

    private static final int REPOS_PER_WORLD = 10;

    @Test
    void corpusRepositoriesAgreeWithCodex(@TempDir Path tempDir) throws Exception {
        CodexOracle codex = CodexOracle.require();
        Path tmp = ConformanceReport.workDir("corpus", tempDir);
        List<Path> repos;
        try (Stream<Path> s = Files.list(TestPaths.corpus())) {
            repos = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(repos).hasSizeGreaterThanOrEqualTo(100);
        List<World> worlds = new ArrayList<>();
        World world = null;
        for (int i = 0; i < repos.size(); i++) {
            if (i % REPOS_PER_WORLD == 0) {
                if (world != null) {
                    world.writeTrust();
                }
                world = World.create(tmp.resolve("w" + i / REPOS_PER_WORLD));
                worlds.add(world);
            }
            Path repo = world.copyRepo(repos.get(i).getFileName().toString(), repos.get(i));
            world.trust(repo, true);
        }
        world.writeTrust();
        StackComparison result = StackComparison.compare(codex, worlds);
        result.record("corpus");
        assertThat(result.disagreements()).isEmpty();
    }
}
