package dev.codexstudio.bench;

import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The effective AGENTS.md instructions for the deepest directory (config layers, project root, candidate
 * names, budget), against reading the config files and the guidance files of every directory root→cwd.
 */
@State(Scope.Benchmark)
public class AgentsBenchmark {

    @Param("")
    public String base;

    private MonorepoGenerator.Monorepo m;
    private CodexEnvironment env;

    @Setup
    public void setup() {
        m = MonorepoGenerator.layout(Path.of(base));
        env = MonorepoGenerator.environment(m);
    }

    @Benchmark
    public EffectiveInstructions studio() {
        return AgentsInstructions.compute(ConfigStackLoader.load(env, m.deepDir()));
    }

    @Benchmark
    public long baseline() throws IOException {
        long total = read(m.codexHome().resolve("config.toml")) + read(m.codexHome().resolve("AGENTS.md"));
        for (Path d = m.deepDir(); d.startsWith(m.repo()); d = d.getParent()) {
            total += read(d.resolve(".codex/config.toml")) + read(d.resolve("AGENTS.override.md"))
                    + read(d.resolve("AGENTS.md"));
        }
        return total;
    }

    private static long read(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.readAllBytes(p).length : 0;
    }
}
