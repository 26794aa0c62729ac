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

/** Every sample, opened as Codex would open it (trusted, in a git checkout), agrees with Codex everywhere. */
class SamplesConformanceTest {

    @Test
    void samplesAgreeWithCodex(@TempDir Path tmp) throws Exception {
        CodexOracle codex = CodexOracle.require();
        List<Path> samples;
        try (Stream<Path> s = Files.list(TestPaths.samples())) {
            samples = s.filter(p -> Files.isDirectory(p.resolve("repo"))).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        List<World> worlds = new ArrayList<>();
        for (Path sample : samples) {
            World world = World.create(tmp.resolve(sample.getFileName().toString()));
            world.copyIntoCodexHome(sample.resolve("codex-home"));
            Path repo = world.copyRepo("repo", sample.resolve("repo"));
            world.trust(repo, true);
            world.writeTrust();
            worlds.add(world);
        }
        StackComparison result = StackComparison.compare(codex, worlds);
        result.record("samples");
        assertThat(result.disagreements()).isEmpty();
        assertThat(result.cases()).isGreaterThanOrEqualTo(samples.size() * 2);
    }
}
