package dev.codexstudio.core.stack;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a repository once to find everything that belongs to its Codex stack: guidance files in every
 * directory, {@code .codex} folders and {@code .agents} folders. It does not follow symbolic links (so a
 * link loop cannot trap it), skips {@code .git}, {@code node_modules} and other hidden directories except
 * {@code .codex} and {@code .agents}, and stops at fixed depth and entry limits.
 */
public final class RepoWalker {

    /** Deepest directory level visited below the root. */
    public static final int MAX_DEPTH = 40;
    /** Most directory entries visited in one walk. */
    public static final int MAX_ENTRIES = 200_000;

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", ".hg", ".svn");
    private static final Set<String> HIDDEN_KEPT = Set.of(".codex", ".agents");

    /** What one walk found. */
    public record Findings(Path root, List<Path> guidanceFiles, List<Path> codexFolders, List<Path> agentsFolders,
            List<Path> directoriesOfInterest, boolean truncated) {
        public Findings {
            guidanceFiles = List.copyOf(guidanceFiles);
            codexFolders = List.copyOf(codexFolders);
            agentsFolders = List.copyOf(agentsFolders);
            directoriesOfInterest = List.copyOf(directoriesOfInterest);
        }
    }

    private RepoWalker() {
    }

    /**
     * Walks {@code root}.
     *
     * @param guidanceNames file names that count as guidance (AGENTS.override.md, AGENTS.md, fallbacks)
     */
    public static Findings walk(Path root, List<String> guidanceNames) {
        List<Path> guidance = new ArrayList<>();
        List<Path> codex = new ArrayList<>();
        List<Path> agents = new ArrayList<>();
        List<Path> interesting = new ArrayList<>();
        Set<String> names = Set.copyOf(guidanceNames);
        int[] entries = {0};
        boolean[] truncated = {false};
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (++entries[0] > MAX_ENTRIES) {
                        truncated[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    if (!dir.equals(root)) {
                        String name = dir.getFileName().toString();
                        if (SKIPPED_DIRS.contains(name)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (name.equals(".codex")) {
                            codex.add(dir);
                            addOnce(interesting, dir.getParent());
                        } else if (name.equals(".agents")) {
                            agents.add(dir);
                            addOnce(interesting, dir.getParent());
                        } else if (name.startsWith(".") && !HIDDEN_KEPT.contains(name) && !insideKept(root, dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (++entries[0] > MAX_ENTRIES) {
                        truncated[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    String name = file.getFileName().toString();
                    if (attrs.isDirectory()) {
                        // only a directory at MAX_DEPTH is visited as a file: the walk does not go below it
                        if (!SKIPPED_DIRS.contains(name) && !name.startsWith(".")) {
                            truncated[0] = true;
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    if (names.contains(name) && !insideKept(root, file)) {
                        if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                            guidance.add(file);
                            addOnce(interesting, file.getParent());
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            truncated[0] = true;
        }
        addOnce(interesting, root);
        return new Findings(root, guidance, codex, agents, interesting, truncated[0]);
    }

    /** True for paths inside a {@code .codex} or {@code .agents} folder. */
    static boolean insideKept(Path root, Path p) {
        Path rel = root.relativize(p);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            if (HIDDEN_KEPT.contains(rel.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }

    private static void addOnce(List<Path> list, Path p) {
        if (p != null && !list.contains(p)) {
            list.add(p);
        }
    }
}
