package dev.codexstudio.conformance;

import dev.codexstudio.core.model.CodexEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway machine for a conformance case: a Codex home, a user home and some repositories, each a
 * valid git checkout ({@code .git/HEAD}), trusted or not. Codex and the studio both run against it.
 */
public final class World {

    private final Path dir;
    private final Path codexHome;
    private final Path home;
    private final List<Path> repos = new ArrayList<>();
    private final StringBuilder trustEntries = new StringBuilder();

    private World(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.codexHome = Files.createDirectories(dir.resolve("codex-home"));
        this.home = Files.createDirectories(dir.resolve("home"));
    }

    public static World create(Path dir) throws IOException {
        return new World(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path codexHome() {
        return codexHome;
    }

    public Path home() {
        return home;
    }

    public List<Path> repos() {
        return List.copyOf(repos);
    }

    /** The studio's view of this machine (no system folder: {@code /etc/codex} does not exist under test). */
    public CodexEnvironment environment() {
        return new CodexEnvironment(codexHome, home, dir.resolve("no-etc-codex"), null);
    }

    /** A new repository folder with a valid {@code .git}. */
    public Path newRepo(String name) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repos").resolve(name));
        Path git = Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(git.resolve("objects"));
        Files.createDirectories(git.resolve("refs/heads"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        repos.add(repo);
        return repo;
    }

    /** Copies a folder's contents into a new repository (symbolic links copied as links). */
    public Path copyRepo(String name, Path source) throws IOException {
        Path repo = newRepo(name);
        copyTree(source, repo);
        return repo;
    }

    /** Copies files into the Codex home (for a sample's {@code codex-home/}). */
    public void copyIntoCodexHome(Path source) throws IOException {
        copyTree(source, codexHome);
    }

    /** Marks a path trusted (or untrusted) in the user config, as Codex's own trust prompt would. */
    public void trust(Path path, boolean trusted) {
        trustEntries.append("\n[projects.\"").append(path).append("\"]\ntrust_level = \"")
                .append(trusted ? "trusted" : "untrusted").append("\"\n");
    }

    /** Appends the trust entries to the user config (call once, after the other user config). */
    public void writeTrust() throws IOException {
        Files.writeString(codexHome.resolve("config.toml"), trustEntries.toString(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Copies a folder tree (for tests that need a writable copy of a sample). */
    public static void copyTreeForTests(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        copyTree(source, target);
    }

    static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isSymbolicLink(f)) {
                    Files.createSymbolicLink(to, Files.readSymbolicLink(f));
                } else {
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
