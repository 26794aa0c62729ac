package dev.codexstudio.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile repositories: 100 MB files, traversal in skill names and icon paths, symbolic-link loops, nesting
 * deeper than Codex looks. Each gives diagnostics, finishes in bounded time and writes nothing anywhere.
 */
class HostileInputTest {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void hundredMegabyteFilesAreReportedAsTooLargeWithoutReadingThemWhole(@TempDir Path tmp) throws Exception {
        World w = new World(tmp);
        // sparse files: a text start, then NUL bytes up to 100 MB (no disk space used)
        Path agents = sparse(w.repo.resolve("AGENTS.md"), "# Huge\nRead me.\n");
        Path skill = sparse(w.repo.resolve(".agents/skills/huge/SKILL.md"), "---\nname: huge\ndescription: d\n---\n");
        Path hooks = sparse(w.repo.resolve(".codex/hooks.json"), "{\"hooks\":{}}");
        List<Diagnostic> ds = w.validate();
        // Bounded reads: what validating allocates does not grow with the files. (Readers keep at most a fixed
        // prefix, e.g. 16 MiB of a SKILL.md, and stream the rest for the UTF-8 check.) Heap "used" figures are
        // GC noise; the thread's allocation counter is exact.
        long at100 = allocatedWhile(w);
        for (Path p : List.of(agents, skill, hooks)) {
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(4 * HUNDRED_MB);
            }
        }
        long at400 = allocatedWhile(w);
        assertThat(at400 - at100).as("extra allocation for files four times as large").isLessThan(HUNDRED_MB / 10);
        assertThat(at400).as("allocation validating three 400 MB files").isLessThan(2 * HUNDRED_MB);
        assertThat(ds).anyMatch(d -> d.position().file().equals(skill) && d.rule().equals("skills/file-too-large"));
        assertThat(ds).anyMatch(d -> d.position().file().equals(hooks) && d.rule().equals("hooks/file-too-large"));
        assertThat(ds).anyMatch(d -> d.position().file().equals(agents) && d.rule().equals("agents/huge-file"));
        w.assertNothingWritten();
        // a config file that large stops Codex, so it is checked on its own
        World w2 = new World(tmp.resolve("second"));
        Path config = sparse(w2.repo.resolve(".codex/config.toml"), "model = \"gpt-5\"\n");
        assertThat(w2.validate()).anyMatch(d -> d.position().file().equals(config) && d.message().contains("too large"));
        w2.assertNothingWritten();
    }

    @Test
    void traversalInSkillNamesAndIconPathsIsNeverFollowedForWriting(@TempDir Path tmp) throws Exception {
        World w = new World(tmp);
        Path dir = w.repo.resolve(".agents/skills/evil");
        write(dir.resolve("SKILL.md"), "---\nname: ../../../../outside\ndescription: d\n---\n");
        write(dir.resolve("agents/openai.yaml"), "interface:\n  icon_small: ../../../../../../etc/passwd\n"
                + "  icon_large: /etc/shadow\n");
        List<Diagnostic> ds = w.validate();
        Skill evil = w.stack.rootView().skills().skills().stream().filter(s -> s.dir().equals(dir)).findFirst()
                .orElseThrow();
        assertThat(evil.name()).as("the name is kept as text, never turned into a path").isEqualTo("../../../../outside");
        assertThat(ds).anyMatch(d -> d.position().file().equals(dir.resolve("agents/openai.yaml"))
                && d.message().contains("icon_small"));
        assertThat(tmp.getParent().resolve("outside")).doesNotExist();
        w.assertNothingWritten();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void symbolicLinkLoopsEndTheWalk(@TempDir Path tmp) throws Exception {
        World w = new World(tmp);
        Path skills = w.repo.resolve(".agents/skills");
        write(skills.resolve("a/SKILL.md"), "---\nname: a\ndescription: d\n---\n");
        Files.createSymbolicLink(skills.resolve("a/loop"), skills);
        Files.createSymbolicLink(skills.resolve("self"), skills.resolve("self"));
        Files.createDirectories(w.repo.resolve("docs"));
        Files.createSymbolicLink(w.repo.resolve("docs/up"), w.repo);
        write(w.repo.resolve("docs/AGENTS.md"), "Docs.\n");
        List<Diagnostic> ds = w.validate();
        assertThat(w.stack.rootView().skills().skills()).extracting(Skill::name).containsOnlyOnce("a");
        assertThat(w.stack.views()).anyMatch(v -> v.cwd().equals(w.repo.resolve("docs")));
        assertThat(ds).noneMatch(d -> d.rule().startsWith("studio/internal"));
        w.assertNothingWritten();
    }

    @Test
    void skillsDeeperThanCodexLooksAreNotLoaded(@TempDir Path tmp) throws Exception {
        World w = new World(tmp);
        Path skills = w.repo.resolve(".agents/skills");
        // Codex scans a skill root to depth 6: a/b/c/d/e/SKILL.md is found, one more level is not
        write(skills.resolve("a/b/c/d/e/SKILL.md"), "---\nname: deep\ndescription: d\n---\n");
        write(skills.resolve("a/b/c/d/e/f/g/SKILL.md"), "---\nname: too-deep\ndescription: d\n---\n");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            deep.append("d").append(i).append('/');
        }
        write(w.repo.resolve(deep + "AGENTS.md"), "Very deep.\n");
        List<Diagnostic> ds = w.validate();
        assertThat(w.stack.rootView().skills().skills()).extracting(Skill::name).contains("deep")
                .doesNotContain("too-deep");
        assertThat(ds).anyMatch(d -> d.rule().equals("stack/scan-limit"));
        w.assertNothingWritten();
    }

    @Test
    void invalidUtf8AndNulBytesInEveryReaderGiveDiagnosticsAtTheFile(@TempDir Path tmp) throws Exception {
        byte[] bad = {'a', ' ', '=', ' ', '"', (byte) 0xC3, 0, '"', '\n', (byte) 0xFF, 0, '\n'};
        // config files that Codex refuses stop it before it reads anything else: one world for them, one for the rest
        World configs = new World(tmp.resolve("configs"));
        World others = new World(tmp.resolve("others"));
        List<Path> configFiles = List.of(configs.home.resolve("fast.config.toml"), configs.repo.resolve(".codex/config.toml"),
                configs.system.resolve("requirements.toml"));
        List<Path> otherFiles = List.of(others.repo.resolve(".codex/hooks.json"),
                others.repo.resolve(".agents/skills/s/SKILL.md"), others.repo.resolve(".agents/skills/t/agents/openai.yaml"),
                others.repo.resolve("AGENTS.md"), others.home.resolve("AGENTS.md"));
        write(others.repo.resolve(".agents/skills/t/SKILL.md"), "---\nname: t\ndescription: d\n---\n");
        for (World w : List.of(configs, others)) {
            for (Path f : w == configs ? configFiles : otherFiles) {
                Files.createDirectories(f.getParent());
                Files.write(f, bad);
            }
            List<Diagnostic> ds = w.validate();
            for (Path f : w == configs ? configFiles : otherFiles) {
                assertThat(ds).as("a finding for " + w.root.relativize(f)).anyMatch(d -> d.position().file().equals(f));
            }
            w.assertNothingWritten();
        }
    }

    private static long allocatedWhile(World w) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        w.validate();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static Path sparse(Path file, String start) throws Exception {
        write(file, start);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(HUNDRED_MB);
        }
        return file;
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A Codex home, user home, system folder and trusted repository under one temporary folder. */
    private static final class World {
        final Path root;
        final Path home;
        final Path system;
        final Path repo;
        Stack stack;
        private Map<String, String> before;

        World(Path tmp) throws Exception {
            root = Files.createDirectories(tmp).toRealPath();
            home = Files.createDirectories(root.resolve("codex-home"));
            system = Files.createDirectories(root.resolve("etc-codex"));
            repo = Files.createDirectories(root.resolve("repo"));
            Files.createDirectories(root.resolve("user-home"));
            write(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
            write(home.resolve("config.toml"), "[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        }

        List<Diagnostic> validate() throws Exception {
            before = snapshot(root);
            stack = StackScanner.scan(repo, new CodexEnvironment(home, root.resolve("user-home"), system, null));
            return StackValidator.validate(stack);
        }

        void assertNothingWritten() throws Exception {
            assertThat(snapshot(root)).as("files under the test folder after reading").isEqualTo(before);
        }

        private static Map<String, String> snapshot(Path dir) throws Exception {
            Map<String, String> out = new TreeMap<>();
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.toList()) {
                    var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    out.put(dir.relativize(p).toString(), a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.fileKey());
                }
            }
            return out;
        }
    }
}
