package dev.codexstudio.core.stack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Walks a repository once to find everything that belongs to its Codex stack: guidance files in every
 * directory, {@code .codex} folders and {@code .agents} folders. It does not follow symbolic links (so a
 * link loop cannot trap it), skips {@code .git}, {@code node_modules} and other hidden directories except
 * {@code .codex} and {@code .agents}, and stops at fixed depth and entry limits.
 *
 * <p>Listing a folder and asking for each entry's attributes is nearly all of the walk's time, and it is spent
 * waiting for the kernel, so sibling folders are walked on the fork-join pool's threads. The result does not
 * depend on that: each folder's entries are taken in name order and the subtrees' findings are joined in that
 * order (a preorder walk). When the tree has more than {@link #MAX_ENTRIES} entries the walk is run again on one
 * thread, so which entries are cut off is the same on every run.
 */
public final class RepoWalker {

    /** Deepest directory level visited below the root. */
    public static final int MAX_DEPTH = 40;
    /** Most directory entries visited in one walk. */
    public static final int MAX_ENTRIES = 200_000;

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", ".hg", ".svn");
    private static final Set<String> HIDDEN_KEPT = Set.of(".codex", ".agents");

    /**
     * The walks' own threads (daemons, gone when idle): the common pool has one thread on two cores, and a task
     * given to it from outside runs on that thread alone.
     */
    private static final ForkJoinPool POOL = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));

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
        return walk(root, guidanceNames, MAX_ENTRIES);
    }

    /** As {@link #walk(Path, List)}, stopping after {@code maxEntries} entries. */
    static Findings walk(Path root, List<String> guidanceNames, int maxEntries) {
        Set<String> names = Set.copyOf(guidanceNames);
        Walk parallel = new Walk(root, names, maxEntries, true);
        Found found = parallel.run();
        if (parallel.over()) {
            // cut off where a walk on one thread, in name order, reaches the limit
            found = new Walk(root, names, maxEntries, false).run();
        }
        Set<Path> interesting = new LinkedHashSet<>(found.interesting);
        interesting.add(root);
        return new Findings(root, found.guidance, found.codex, found.agents, List.copyOf(interesting),
                found.truncated);
    }

    /** The findings of one subtree, in preorder. */
    private static final class Found {
        final List<Path> guidance = new ArrayList<>();
        final List<Path> codex = new ArrayList<>();
        final List<Path> agents = new ArrayList<>();
        final List<Path> interesting = new ArrayList<>();
        boolean truncated;

        void add(Found sub) {
            guidance.addAll(sub.guidance);
            codex.addAll(sub.codex);
            agents.addAll(sub.agents);
            interesting.addAll(sub.interesting);
            truncated |= sub.truncated;
        }
    }

    /** One walk: its limits, its entry count, and whether subtrees go to other threads. */
    private static final class Walk {
        private final Path root;
        private final Set<String> names;
        private final int maxEntries;
        private final boolean parallel;
        private final AtomicInteger entries = new AtomicInteger();

        Walk(Path root, Set<String> names, int maxEntries, boolean parallel) {
            this.root = root;
            this.names = names;
            this.maxEntries = maxEntries;
            this.parallel = parallel;
        }

        /** True once more than the limit of entries were counted. */
        boolean over() {
            return entries.get() > maxEntries;
        }

        /** Counts one entry; false when it is past the limit (the walk stops). */
        private boolean count() {
            return entries.incrementAndGet() <= maxEntries;
        }

        Found run() {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | RuntimeException e) {
                return new Found();
            }
            if (!attrs.isDirectory() || !count()) {
                return new Found();
            }
            if (!parallel) {
                return folder(root, 0, false);
            }
            return POOL.invoke(new Subtree(this, root, 0, false));
        }

        /**
         * The findings below {@code dir} (already counted, at {@code depth}; {@code kept} when it is inside a
         * {@code .codex} or {@code .agents} folder): its entries in name order, each folder's subtree after it.
         */
        Found folder(Path dir, int depth, boolean kept) {
            Found out = new Found();
            List<Path> list = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    list.add(p);
                }
            } catch (IOException | RuntimeException e) {
                return out;
            }
            list.sort(null);
            List<Object> parts = new ArrayList<>();
            for (Path p : list) {
                if (!count()) {
                    out.truncated = true;
                    break;
                }
                String name = p.getFileName().toString();
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException | RuntimeException e) {
                    continue;
                }
                if (attrs.isDirectory()) {
                    if (SKIPPED_DIRS.contains(name)) {
                        continue;
                    }
                    if (depth + 1 >= MAX_DEPTH) {
                        // the walk does not go below this level
                        if (!name.startsWith(".")) {
                            out.truncated = true;
                        }
                        continue;
                    }
                    Found here = new Found();
                    if (name.equals(".codex")) {
                        here.codex.add(p);
                        here.interesting.add(dir);
                    } else if (name.equals(".agents")) {
                        here.agents.add(p);
                        here.interesting.add(dir);
                    } else if (name.startsWith(".") && !kept) {
                        continue;
                    }
                    parts.add(here);
                    boolean keptBelow = kept || HIDDEN_KEPT.contains(name);
                    if (parallel) {
                        parts.add(new Subtree(this, p, depth + 1, keptBelow).fork());
                    } else {
                        Found sub = folder(p, depth + 1, keptBelow);
                        parts.add(sub);
                        if (over()) {
                            break;
                        }
                    }
                } else if (names.contains(name) && !kept && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
                    Found here = new Found();
                    here.guidance.add(p);
                    here.interesting.add(dir);
                    parts.add(here);
                }
            }
            for (Object part : parts) {
                out.add(part instanceof Found f ? f : ((Subtree) part).join());
            }
            return out;
        }
    }

    /** A folder's subtree, walked as a fork-join task. */
    private static final class Subtree extends RecursiveTask<Found> {
        private final transient Walk walk;
        private final transient Path dir;
        private final int depth;
        private final boolean kept;

        Subtree(Walk walk, Path dir, int depth, boolean kept) {
            this.walk = walk;
            this.dir = dir;
            this.depth = depth;
            this.kept = kept;
        }

        @Override
        protected Found compute() {
            return walk.over() ? new Found() : walk.folder(dir, depth, kept);
        }
    }
}
