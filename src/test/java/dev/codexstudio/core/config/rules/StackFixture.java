package dev.codexstudio.core.config.rules;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.Fix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A throwaway Codex home, system folder and git repository for rule tests. */
final class StackFixture {

    final Path home;
    final Path userHome;
    final Path system;
    final Path repo;
    private String profile;

    StackFixture(Path temp) throws IOException {
        home = Files.createDirectories(temp.resolve("codex-home"));
        userHome = Files.createDirectories(temp.resolve("user-home"));
        system = Files.createDirectories(temp.resolve("etc-codex"));
        repo = Files.createDirectories(temp.resolve("repo")).toRealPath();
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git").resolve("HEAD"), "ref: refs/heads/main\n");
    }

    StackFixture user(String toml) throws IOException {
        Files.writeString(home.resolve("config.toml"), toml, StandardCharsets.UTF_8);
        return this;
    }

    StackFixture userBytes(byte[] bytes) throws IOException {
        Files.write(home.resolve("config.toml"), bytes);
        return this;
    }

    /** Writes the project config and trusts (or distrusts) the project in the user config, after {@code user}. */
    StackFixture project(String toml, String trustLevel) throws IOException {
        return projectBytes(toml.getBytes(StandardCharsets.UTF_8), trustLevel);
    }

    StackFixture projectBytes(byte[] bytes, String trustLevel) throws IOException {
        Files.createDirectories(repo.resolve(".codex"));
        Files.write(repo.resolve(".codex").resolve("config.toml"), bytes);
        if (trustLevel != null) {
            Path user = home.resolve("config.toml");
            byte[] trust = ("\n[projects.\"" + repo + "\"]\ntrust_level = \"" + trustLevel + "\"\n").getBytes(StandardCharsets.UTF_8);
            if (Files.exists(user)) {
                Files.write(user, trust, java.nio.file.StandardOpenOption.APPEND);
            } else {
                Files.write(user, trust);
            }
        }
        return this;
    }

    StackFixture requirements(String toml) throws IOException {
        Files.writeString(system.resolve("requirements.toml"), toml, StandardCharsets.UTF_8);
        return this;
    }

    StackFixture managedConfig(String toml) throws IOException {
        Files.writeString(system.resolve("managed_config.toml"), toml, StandardCharsets.UTF_8);
        return this;
    }

    StackFixture file(String relativeToHome, String text) throws IOException {
        Path p = home.resolve(relativeToHome);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    StackFixture selectProfile(String name) {
        profile = name;
        return this;
    }

    Path userFile() {
        return home.resolve("config.toml");
    }

    Path projectFile() {
        return repo.resolve(".codex").resolve("config.toml");
    }

    ConfigStack stack() {
        CodexEnvironment env = new CodexEnvironment(home, userHome, system, profile);
        return ConfigStackLoader.load(env, repo);
    }

    List<Diagnostic> diagnostics() {
        return ConfigRules.checkStack(stack());
    }

    /** Applies a fix's text edits to the file they target and returns the new text. */
    static String apply(Fix fix) throws IOException {
        List<Edit.ReplaceText> edits = new ArrayList<>();
        for (Edit e : fix.edits()) {
            edits.add((Edit.ReplaceText) e);
        }
        edits.sort(Comparator.comparingInt(Edit.ReplaceText::start).reversed());
        Path file = edits.get(0).file();
        StringBuilder text = new StringBuilder(Files.readString(file, StandardCharsets.UTF_8));
        for (Edit.ReplaceText e : edits) {
            text.replace(e.start(), e.end(), e.text());
        }
        return text.toString();
    }
}
