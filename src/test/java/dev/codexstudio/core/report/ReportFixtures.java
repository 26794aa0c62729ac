package dev.codexstudio.core.report;

import dev.codexstudio.conformance.World;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A bundled sample copied into a trusted git checkout with its Codex home (and managed folder). */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    public record Sample(Path repo, CodexEnvironment environment) {
        public Stack scan() {
            return StackScanner.scan(repo, environment);
        }
    }

    public static Sample sample(String name, Path tmp) throws IOException {
        Path s = TestPaths.samples().resolve(name);
        World world = World.create(Files.createDirectories(tmp.resolve(name)));
        world.copyIntoCodexHome(s.resolve("codex-home"));
        Path repo = world.copyRepo("repo", s.resolve("repo"));
        world.trust(repo, true);
        world.writeTrust();
        CodexEnvironment env = world.environment();
        if (Files.isDirectory(s.resolve("managed"))) {
            env = env.withSystemDir(s.resolve("managed"));
        }
        return new Sample(repo, env);
    }
}
