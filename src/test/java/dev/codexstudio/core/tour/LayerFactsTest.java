package dev.codexstudio.core.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.support.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-layer facts of the walkthrough, on the java-service sample and on an empty repository. */
class LayerFactsTest {

    @TempDir
    Path tmp;

    private Stack sample(String name) throws Exception {
        Path repo = tmp.resolve("repo");
        Path home = tmp.resolve("codex-home");
        dev.codexstudio.conformance.World.copyTreeForTests(TestPaths.samples().resolve(name).resolve("repo"), repo);
        dev.codexstudio.conformance.World.copyTreeForTests(TestPaths.samples().resolve(name).resolve("codex-home"), home);
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Path managed = TestPaths.samples().resolve(name).resolve("managed");
        return StackScanner.scan(repo, new CodexEnvironment(home, tmp, Files.isDirectory(managed) ? managed : tmp.resolve("etc"), null));
    }

    @Test
    void theJavaServiceSampleInPlainWords() throws Exception {
        Stack s = sample("java-service");
        System.out.println(LayerFacts.guidance(s));
        System.out.println(LayerFacts.skills(s));
        System.out.println(LayerFacts.hooks(s));
        System.out.println(LayerFacts.profiles(s));
        System.out.println(LayerFacts.requirements(s));
        assertThat(LayerFacts.guidance(s)).anySatisfy(f -> assertThat(f)
                .isEqualTo("src/main/resources/db/migration has an AGENTS.override.md that replaces its AGENTS.md"
                        + " for work in src/main/resources/db/migration and below."));
        assertThat(LayerFacts.guidance(s)).anySatisfy(f -> assertThat(f).startsWith("AGENTS.md in the Codex home applies"));
        assertThat(LayerFacts.guidance(s)).anySatisfy(f -> assertThat(f).matches("Working in .* uses \\d+ of the 32768 bytes of project_doc_max_bytes \\(\\d+%\\)\\."));
        assertThat(LayerFacts.profiles(s)).singleElement().asString().contains("fast", "thorough");
        assertThat(LayerFacts.skills(s)).anySatisfy(f -> assertThat(f).startsWith("db-migration (repo): Write a Flyway migration"));
        assertThat(LayerFacts.hooks(s)).singleElement().asString()
                .startsWith("This project is not trusted, so Codex loads no hooks and no config from its .codex.");
    }

    @Test
    void aTrustedProjectListsItsHooksPerEventWithTheirMatchers() throws Exception {
        Path home = tmp.resolve("codex-home");
        Stack untrusted = sample("java-service");
        Files.writeString(home.resolve("config.toml"), Files.readString(home.resolve("config.toml"))
                + "\n[projects.\"" + untrusted.root() + "\"]\ntrust_level = \"trusted\"\n");
        Stack s = StackScanner.scan(untrusted.root(), untrusted.environment());
        System.out.println(LayerFacts.hooks(s));
        assertThat(LayerFacts.hooks(s)).anySatisfy(f -> assertThat(f).isEqualTo("PreToolUse: [Bash] guard_bash.sh (untrusted, does not run);"
                + " [apply_patch|Edit|Write] protect_migrations.sh (untrusted, does not run)"));
        assertThat(LayerFacts.hooks(s)).anySatisfy(f -> assertThat(f).startsWith("SessionStart: [startup|resume] session_context.sh"));
    }

    @Test
    void managedRequirementsSayWhatTheyEnforce() throws Exception {
        Stack s = sample("python-library");
        System.out.println(LayerFacts.requirements(s));
        assertThat(LayerFacts.requirements(s)).noneSatisfy(f -> assertThat(f).startsWith("No requirements.toml"));
    }

    @Test
    void anEmptyRepositorySaysWhatToAdd() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("empty"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Stack s = StackScanner.scan(repo, new CodexEnvironment(home, tmp, tmp.resolve("etc"), null));
        assertThat(LayerFacts.guidance(s)).singleElement().asString().startsWith("No AGENTS.md applies here. Add one");
        assertThat(LayerFacts.skills(s)).singleElement().asString().startsWith("No skills load here. Add .agents/skills/");
        assertThat(LayerFacts.hooks(s)).singleElement().asString().startsWith("No hooks load here. Add .codex/hooks.json");
        assertThat(LayerFacts.profiles(s)).singleElement().asString().startsWith("No profiles.");
        assertThat(LayerFacts.requirements(s)).singleElement().asString().startsWith("No requirements.toml");
    }
}
