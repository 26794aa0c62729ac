package dev.codexstudio.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.stack.StackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files in every place of the stack: binary data, 10 MB files, invalid UTF-8, NUL bytes, symlink
 * loops, unreadable files and folders. The scan, the validator and the tree always finish with diagnostics,
 * never an exception (the timeout only guards against a hang).
 */
class BadInputTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hostileFilesEverywhereGiveDiagnosticsNotExceptions(@TempDir Path tmp) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("codex-home"));
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        byte[] binary = new byte[64 * 1024];
        new Random(7).nextBytes(binary);
        byte[] huge = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        byte[] badUtf8 = {'m', 'o', 'd', 'e', 'l', '=', '"', (byte) 0xC3, '"', '\n'};

        Files.write(home.resolve("config.toml"), binary);
        Files.write(home.resolve("AGENTS.md"), huge);
        Files.write(home.resolve("hooks.json"), badUtf8);
        Files.write(home.resolve("fast.config.toml"), "a = \"\u0000\"\n".getBytes());
        Files.createDirectories(repo.resolve(".codex"));
        Files.write(repo.resolve(".codex/config.toml"), badUtf8);
        Files.write(repo.resolve(".codex/hooks.json"), huge);
        Files.write(repo.resolve("AGENTS.md"), binary);
        Path skills = Files.createDirectories(repo.resolve(".agents/skills"));
        Files.createDirectories(skills.resolve("bin"));
        Files.write(skills.resolve("bin/SKILL.md"), binary);
        Files.createDirectories(skills.resolve("huge"));
        Files.write(skills.resolve("huge/SKILL.md"), huge);
        Files.createDirectories(skills.resolve("loop"));
        Files.createSymbolicLink(skills.resolve("loop/again"), skills.resolve("loop"));
        Files.createSymbolicLink(repo.resolve("self"), repo);
        Path locked = Files.createDirectories(skills.resolve("locked"));
        Files.writeString(locked.resolve("SKILL.md"), "---\nname: locked\ndescription: d\n---\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path unreadable = repo.resolve("sub/AGENTS.md");
        Files.createDirectories(unreadable.getParent());
        Files.writeString(unreadable, "secret");
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        try {
            Stack stack = StackScanner.scan(repo, new CodexEnvironment(home, tmp, tmp.resolve("etc"), null), List.of(repo.resolve("sub")));
            List<Diagnostic> ds = StackValidator.validate(stack);
            assertThat(ds).isNotEmpty();
            assertThat(ds).anyMatch(d -> d.position().file().equals(home.resolve("config.toml")) && d.isError());
            assertThat(ds).anyMatch(d -> d.position().file().equals(repo.resolve(".codex/config.toml")) && d.isError());
            assertThat(StackTree.build(stack, ds).render()).contains("Guidance");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
