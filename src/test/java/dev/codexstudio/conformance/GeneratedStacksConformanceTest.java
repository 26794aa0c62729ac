package dev.codexstudio.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 300 generated stacks (100 machines with 3 repositories each), compared with the real Codex from every
 * directory that matters: config accepted or refused alike, AGENTS.md text byte for byte, skills and their
 * errors, hooks with every field, hash and trust status, and hook warnings.
 */
class GeneratedStacksConformanceTest {

    private static final int WORLDS = Integer.getInteger("conformance.worlds", 100);

    @Test
    void generatedStacksAgreeWithCodex(@TempDir Path tempDir) throws Exception {
        CodexOracle codex = CodexOracle.require();
        Path tmp = ConformanceReport.workDir("generated", tempDir);
        StackGenerator generator = new StackGenerator(20261125L);
        List<World> worlds = new ArrayList<>();
        for (int w = 0; w < WORLDS; w++) {
            worlds.add(generator.world(tmp.resolve("w" + w), 3));
        }
        StackComparison result = StackComparison.compare(codex, worlds);
        result.record("generated");
        assertThat(result.disagreements()).as("disagreements with Codex").isEmpty();
        assertThat(result.cases()).isGreaterThanOrEqualTo(WORLDS * 3);
    }
}
