package dev.codexstudio.robust.fuzz;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.stack.StackTree;
import dev.codexstudio.core.validate.StackValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A complete Codex world on disk (Codex home, user home, system folder, a trusted git repository with guidance,
 * skills, hooks and project config) in which a fuzz input replaces one file. {@link #readAll} then reads the
 * whole stack as the studio does (scan, validate, tree) and fails when anything on disk changed while reading:
 * readers must never write.
 */
final class StackSandbox {

    final Path root;
    final Path home;
    final Path userHome;
    final Path system;
    final Path repo;
    private final Map<Path, byte[]> originals = new java.util.HashMap<>();
    private Stack baseline;

    private StackSandbox(Path root) throws IOException {
        this.root = root;
        home = Files.createDirectories(root.resolve("codex-home"));
        userHome = Files.createDirectories(root.resolve("user-home"));
        system = Files.createDirectories(root.resolve("etc-codex"));
        repo = Files.createDirectories(root.resolve("repo"));
        write(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        write(home.resolve("config.toml"), userConfig());
        write(home.resolve("AGENTS.md"), "Global guidance.\n");
        write(home.resolve("fast.config.toml"), "model_reasoning_effort = \"low\"\n");
        write(repo.resolve("AGENTS.md"), "# Repository\nRun the tests.\n");
        write(repo.resolve("sub/AGENTS.override.md"), "Sub-directory rules.\n");
        write(repo.resolve(".codex/config.toml"), "model = \"gpt-5\"\n[features]\nweb_search_request = true\n");
        write(repo.resolve(".codex/hooks.json"), """
                {"hooks":{"PreToolUse":[{"matcher":"^Bash$","hooks":[{"type":"command","command":"true"}]}]}}
                """);
        write(repo.resolve(".agents/skills/fuzz/SKILL.md"), "---\nname: fuzz\ndescription: A skill.\n---\n# Fuzz\n");
        write(repo.resolve(".agents/skills/fuzz/agents/openai.yaml"), "interface:\n  display_name: Fuzz\n");
        write(repo.resolve(".agents/skills/other/SKILL.md"), "---\nname: other\ndescription: Another.\n---\n");
        write(system.resolve("requirements.toml"), "allowed_sandbox_modes = [\"read-only\", \"workspace-write\"]\n");
    }

    private String userConfig() {
        return "model = \"gpt-5\"\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n";
    }

    /** A fresh sandbox in a new temporary directory (removed when the JVM exits). */
    static StackSandbox create() {
        try {
            Path dir = Files.createTempDirectory("studio-fuzz").toRealPath();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return new StackSandbox(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CodexEnvironment env() {
        return new CodexEnvironment(home, userHome, system, null);
    }

    Path configFile() {
        return home.resolve("config.toml");
    }

    Path projectConfigFile() {
        return repo.resolve(".codex/config.toml");
    }

    Path requirementsFile() {
        return system.resolve("requirements.toml");
    }

    Path hooksFile() {
        return repo.resolve(".codex/hooks.json");
    }

    Path skillFile() {
        return repo.resolve(".agents/skills/fuzz/SKILL.md");
    }

    Path openAiYamlFile() {
        return repo.resolve(".agents/skills/fuzz/agents/openai.yaml");
    }

    Path guidanceFile() {
        return repo.resolve("AGENTS.md");
    }

    /** The sandbox's own content of {@code file}, as it was created. */
    byte[] original(Path file) {
        return originals.computeIfAbsent(file, f -> {
            try {
                return Files.readAllBytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Puts {@code bytes} in place of {@code file} (the only write of an execution). */
    void put(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a read produced. */
    record Outcome(Stack stack, List<Diagnostic> diagnostics, String tree) {
    }

    /**
     * Reads the whole stack (every view, every rule, the tree) and fails when the sandbox changed while
     * reading. Exceptions propagate: a reader must turn every problem into a {@link Diagnostic}.
     */
    Outcome readAll(List<Path> extraCwds) {
        Map<String, String> before = snapshot(root);
        Stack stack = StackScanner.scan(repo, env(), extraCwds);
        List<Diagnostic> ds = StackValidator.validate(stack);
        String tree = StackTree.build(stack, ds).render();
        checkFindings(ds, null, null);
        assertUnchanged(before);
        return new Outcome(stack, ds, tree);
    }

    /** The stack of the sandbox as created, scanned once (the context of in-memory checks). */
    Stack baseline() {
        if (baseline == null) {
            baseline = StackScanner.scan(repo, env());
        }
        return baseline;
    }

    /** Fails when anything under the sandbox differs from {@code before}. */
    void assertUnchanged(Map<String, String> before) {
        Map<String, String> after = snapshot(root);
        if (!before.equals(after)) {
            throw new AssertionError("reading the stack changed the disk: " + difference(before, after));
        }
    }

    /**
     * Every finding is a real one (no internal failure) and points at the whole file or at a line that exists.
     * {@code inMemory} (may be null) is the text of {@code inMemoryFile} as it is checked, not as on disk.
     */
    static void checkFindings(List<Diagnostic> ds, Path inMemoryFile, byte[] inMemory) {
        Map<Path, Integer> lineCounts = new java.util.HashMap<>();
        if (inMemoryFile != null) {
            lineCounts.put(inMemoryFile, lineCount(inMemory));
        }
        for (Diagnostic d : ds) {
            if (d.rule().startsWith("studio/internal")) {
                throw new AssertionError("internal failure reported as a diagnostic: " + d);
            }
            checkPosition(d, lineCounts);
        }
    }

    private static int lineCount(byte[] b) {
        int n = 1;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }

    /** A finding points at the whole file (line 0) or at a line and column that exist in it. */
    private static void checkPosition(Diagnostic d, Map<Path, Integer> lineCounts) {
        int line = d.position().line();
        if (line == 0) {
            if (d.position().column() != 0) {
                throw new AssertionError("diagnostic with a column but no line: " + d);
            }
            return;
        }
        if (d.position().column() < 1) {
            throw new AssertionError("diagnostic with a line but no column: " + d);
        }
        int lines = lineCounts.computeIfAbsent(d.position().file(), f -> {
            try {
                return lineCount(Files.isRegularFile(f) ? Files.readAllBytes(f) : new byte[0]);
            } catch (IOException e) {
                return Integer.MAX_VALUE;
            }
        });
        if (line > lines) {
            throw new AssertionError("diagnostic past the end of its file (" + lines + " lines): " + d);
        }
    }

    /** Every entry under {@code dir} with its type, size, modification time and inode. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    out.put(dir.relativize(d) + "/", "dir " + a.lastModifiedTime().toInstant() + " " + a.fileKey());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    // any write changes the modification time (nanoseconds here) or the size; a rename over the
                    // file changes its inode (fileKey)
                    out.put(dir.relativize(f).toString(), (a.isSymbolicLink() ? "link " : "file ") + a.size() + " "
                            + a.lastModifiedTime().toInstant() + " " + a.fileKey());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    out.put(dir.relativize(f).toString(), "unreadable");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        for (var e : after.entrySet()) {
            String was = before.get(e.getKey());
            if (was == null) {
                out.add("created " + e.getKey());
            } else if (!was.equals(e.getValue())) {
                out.add("changed " + e.getKey());
            }
        }
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> out.add("deleted " + k));
        return String.join(", ", out);
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Removes {@code dir} and everything in it (symbolic links are removed, not followed). */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
