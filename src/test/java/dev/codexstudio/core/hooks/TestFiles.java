package dev.codexstudio.core.hooks;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A throw-away Codex world for tests: a Codex home, a user home, a system dir and a git project. */
final class TestFiles {

    final Path root;
    final Path home;
    final Path userHome;
    final Path system;
    final Path project;

    TestFiles(Path root) {
        this.root = root;
        this.home = mkdirs(root.resolve("home"));
        this.userHome = mkdirs(root.resolve("userhome"));
        this.system = root.resolve("etc-codex");
        this.project = mkdirs(root.resolve("w"));
        write(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    static Path mkdirs(Path p) {
        try {
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the project trusted in the user config, followed by extra TOML. */
    Path userConfig(String extra) {
        return write(home.resolve("config.toml"), "[projects.\"" + project + "\"]\ntrust_level = \"trusted\"\n\n" + extra);
    }

    CodexEnvironment env() {
        return new CodexEnvironment(home, userHome, system, null);
    }

    ConfigStack stack() {
        return ConfigStackLoader.load(env(), project);
    }

    HookCatalog discover() {
        return HookDiscovery.discover(stack());
    }
}
