package dev.codexstudio.core.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository walk: what it finds, what it skips, its limits, and one answer however its threads ran. */
class RepoWalkerTest {

    private static final List<String> NAMES = List.of("AGENTS.override.md", "AGENTS.md", "TEAM.md");

    @TempDir
    Path tmp;

    @Test
    void findsGuidanceAndStackFoldersAndSkipsWhatCodexNeverReads() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        touch(root, "AGENTS.md");
        touch(root, "a/AGENTS.override.md");
        touch(root, "a/b/AGENTS.md");
        touch(root, "a/b/notes.md");
        touch(root, "team/TEAM.md");
        touch(root, ".git/AGENTS.md");
        touch(root, "node_modules/x/AGENTS.md");
        touch(root, "svc/node_modules/AGENTS.md");
        touch(root, ".hidden/AGENTS.md");
        touch(root, ".codex/config.toml");
        touch(root, ".codex/AGENTS.md");
        touch(root, ".agents/skills/s/SKILL.md");
        touch(root, ".agents/skills/s/AGENTS.md");
        touch(root, "pkg/.codex/config.toml");
        touch(root, "pkg/.agents/skills/t/SKILL.md");
        touch(root, "pkg/.agents/.codex/hooks.json");
        Files.createDirectories(root.resolve("empty/dir"));
        Files.createSymbolicLink(root.resolve("c"), root.resolve("a"));
        Files.createSymbolicLink(root.resolve("loop"), root);
        Files.createDirectories(root.resolve("d"));
        Files.createSymbolicLink(root.resolve("d/AGENTS.md"), root.resolve("AGENTS.md"));

        RepoWalker.Findings f = RepoWalker.walk(root, NAMES);

        assertEquals(List.of(root.resolve("AGENTS.md"), root.resolve("a/AGENTS.override.md"),
                root.resolve("a/b/AGENTS.md"), root.resolve("d/AGENTS.md"), root.resolve("team/TEAM.md")),
                f.guidanceFiles(), "in name order; links not followed, a linked file still counts; nothing from"
                        + " .git, node_modules, hidden folders or the stack's own folders");
        assertEquals(List.of(root.resolve(".codex"), root.resolve("pkg/.agents/.codex"), root.resolve("pkg/.codex")),
                f.codexFolders());
        assertEquals(List.of(root.resolve(".agents"), root.resolve("pkg/.agents")), f.agentsFolders());
        assertEquals(List.of(root, root.resolve("a"), root.resolve("a/b"), root.resolve("d"), root.resolve("pkg"),
                root.resolve("pkg/.agents"), root.resolve("team")), f.directoriesOfInterest());
        assertFalse(f.truncated());
    }

    @Test
    void stopsAtTheDepthLimitAndSaysSo() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("deep"));
        Path dir = root;
        for (int i = 1; i <= RepoWalker.MAX_DEPTH + 5; i++) {
            dir = dir.resolve("d" + i);
            touch(dir, "AGENTS.md");
        }
        RepoWalker.Findings f = RepoWalker.walk(root, NAMES);
        // a folder at the deepest level is seen but not opened: its parent's files are the last ones read
        assertEquals(RepoWalker.MAX_DEPTH - 1, f.guidanceFiles().size());
        assertEquals(RepoWalker.MAX_DEPTH, f.guidanceFiles().get(f.guidanceFiles().size() - 1).getNameCount()
                - root.getNameCount());
        assertTrue(f.truncated());
    }

    @Test
    void theEntryLimitCutsOffTheSameEntriesOnEveryRun() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("wide"));
        for (int i = 0; i < 100; i++) {
            touch(root, "d%03d/AGENTS.md".formatted(i));
        }
        // the root, then each folder and its file: 1 + 2 * 20 entries reach exactly the twentieth folder's file
        for (int run = 0; run < 5; run++) {
            RepoWalker.Findings f = RepoWalker.walk(root, NAMES, 41);
            List<Path> expected = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                expected.add(root.resolve("d%03d/AGENTS.md".formatted(i)));
            }
            assertEquals(expected, f.guidanceFiles());
            assertTrue(f.truncated());
        }
        assertFalse(RepoWalker.walk(root, NAMES, 201).truncated(), "201 entries fit in a limit of 201");
        assertTrue(RepoWalker.walk(root, NAMES, 200).truncated());
    }

    @Test
    void aWideTreeWalkedOnManyThreadsComesBackInPreorder() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("tree"));
        List<Path> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                for (int k = 0; k < 3; k++) {
                    expected.add(touch(root, "p%02d/m%02d/c%d/AGENTS.md".formatted(i, j, k)));
                }
                touch(root, "p%02d/m%02d/.codex/config.toml".formatted(i, j));
            }
        }
        expected.sort(Comparator.comparing(Path::toString));
        for (int run = 0; run < 5; run++) {
            RepoWalker.Findings f = RepoWalker.walk(root, NAMES);
            assertEquals(expected, f.guidanceFiles());
            assertEquals(144, f.codexFolders().size());
            assertEquals(f.codexFolders().stream().sorted().toList(), f.codexFolders());
            assertEquals(1 + 144 + 432, f.directoriesOfInterest().size());
            assertFalse(f.truncated());
        }
    }

    @Test
    void aMissingRootHasNothingAndIsNotAnError() {
        RepoWalker.Findings f = RepoWalker.walk(tmp.resolve("absent"), NAMES);
        assertTrue(f.guidanceFiles().isEmpty());
        assertEquals(List.of(tmp.resolve("absent")), f.directoriesOfInterest());
        assertFalse(f.truncated());
    }

    private static Path touch(Path root, String rel) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x\n");
        return p;
    }
}
