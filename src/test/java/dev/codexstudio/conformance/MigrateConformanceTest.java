package dev.codexstudio.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.migrate.LegacyForm;
import dev.codexstudio.core.migrate.Migrator;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import dev.codexstudio.support.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every corpus config.toml with a legacy form, as the user config: the real Codex loads the migrated config
 * whenever the studio says it will, and it loads every migrated config whose only refusals were legacy forms
 * (whether Codex accepted or refused the original).
 */
class MigrateConformanceTest {

    @Test
    void codexLoadsTheMigratedConfigs(@TempDir Path tempDir) throws Exception {
        CodexOracle codex = CodexOracle.require();
        Path tmp = ConformanceReport.workDir("migrate", tempDir);
        List<String> problems = new ArrayList<>();
        int accepted = 0;
        int refusedBefore = 0;
        int n = 0;
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (!f.kind().equals("config")) {
                continue;
            }
            World world = World.create(tmp.resolve("w" + n++));
            Path repo = world.newRepo("repo");
            Path config = world.codexHome().resolve("config.toml");
            Files.write(config, Files.readAllBytes(f.file()));
            if (StackValidator.validate(StackScanner.scan(repo, world.environment())).stream()
                    .noneMatch(d -> LegacyForm.of(d).isPresent())) {
                continue;
            }
            boolean before = codex.promptInput(world.codexHome(), world.home(), repo).exitCode() == 0;
            Migrator.applyAll(() -> StackScanner.scan(repo, world.environment()), 4);
            boolean studio = ConfigAcceptance.accepts(ConfigStackLoader.load(world.environment(), repo));
            CodexOracle.Result r = codex.promptInput(world.codexHome(), world.home(), repo);
            boolean after = r.exitCode() == 0;
            if (after != studio) {
                problems.add(f.repo() + ": studio predicts " + (studio ? "accept" : "refuse") + ", Codex "
                        + (after ? "accepts" : "refuses: " + r.stderr().strip()));
            }
            if (after) {
                accepted++;
                if (!before) {
                    refusedBefore++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(accepted).as("migrated configs Codex loads").isGreaterThan(5);
        System.out.println("MigrateConformanceTest: Codex loads " + accepted + " migrated configs, " + refusedBefore
                + " of them refused before migration");
    }
}
