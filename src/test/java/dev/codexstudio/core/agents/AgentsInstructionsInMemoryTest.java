package dev.codexstudio.core.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AgentsInstructions#compute(ConfigStack, Map)}: documents read from memory instead of disk. */
class AgentsInstructionsInMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void inMemoryBytesReplaceTheFileAndAreCutAtTheByteBudget() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(home.resolve("config.toml"), "project_doc_max_bytes = 10\n");
        Path agents = repo.resolve("AGENTS.md");
        Files.writeString(agents, "on disk\n");
        ConfigStack stack = ConfigStackLoader.load(env(home), repo);

        assertThat(AgentsInstructions.compute(stack).text()).isEqualTo("on disk\n");
        EffectiveInstructions ei = AgentsInstructions.compute(stack,
                Map.of(agents, "éééééé".getBytes(StandardCharsets.UTF_8)));
        // 12 bytes cut at 10: five whole characters, as Codex reads the prefix
        assertThat(ei.parts()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(InstructionPart.Status.TRUNCATED);
            assertThat(p.fileBytes()).isEqualTo(12);
            assertThat(p.includedBytes()).isEqualTo(10);
        });
        assertThat(ei.text()).isEqualTo("ééééé");
        assertThat(Files.readString(agents)).isEqualTo("on disk\n");

        // a file only in memory counts as present, and an override in memory shadows AGENTS.md
        Path override = repo.resolve(GuidanceFile.OVERRIDE_NAME);
        EffectiveInstructions o = AgentsInstructions.compute(stack, Map.of(override, "over\n".getBytes()));
        assertThat(o.text()).isEqualTo("over\n");
        assertThat(o.directories().get(0).shadowed()).extracting(GuidanceFile::file).containsExactly(agents);
    }

    private static CodexEnvironment env(Path home) {
        return CodexEnvironment.detect(Map.of("HOME", home.getParent().toString(), "CODEX_HOME", home.toString()),
                null);
    }
}
