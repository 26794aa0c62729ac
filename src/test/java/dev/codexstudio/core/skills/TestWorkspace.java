package dev.codexstudio.core.skills;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A throwaway Codex world on disk: Codex home, user home, system folder and a git repository. */
final class TestWorkspace {

    final Path root;
    final Path home;
    final Path userHome;
    final Path system;
    final Path repo;

    TestWorkspace(Path tmp) throws IOException {
        root = Files.createDirectories(tmp).toRealPath();
        home = Files.createDirectories(root.resolve("codex-home"));
        userHome = Files.createDirectories(root.resolve("user-home"));
        system = Files.createDirectories(root.resolve("etc-codex"));
        repo = Files.createDirectories(root.resolve("repo"));
        write(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    CodexEnvironment env() {
        return new CodexEnvironment(home, userHome, system, null);
    }

    ConfigStack stack(Path cwd) {
        return ConfigStackLoader.load(env(), cwd);
    }

    SkillCatalog discover(Path cwd) {
        return SkillDiscovery.discover(stack(cwd));
    }

    SkillCatalog discover() {
        return discover(repo);
    }

    Path repoSkills() {
        return repo.resolve(".agents/skills");
    }

    /** Writes {@code <dir>/SKILL.md} with a name and a description. */
    static Path skill(Path dir, String name) throws IOException {
        return write(dir.resolve("SKILL.md"), "---\nname: " + name + "\ndescription: Does " + name + ".\n---\n# "
                + name + "\n");
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
