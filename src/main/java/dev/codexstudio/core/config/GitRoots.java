package dev.codexstudio.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How Codex 0.169 recognises git checkouts, without running {@code git}.
 *
 * <p>A {@code .git} entry is a <em>valid</em> git entry when it is a file (any content: a worktree or
 * submodule pointer) or a directory that has a {@code HEAD} entry. Config layers and trust use valid entries
 * only; AGENTS.md and skill discovery accept any {@code .git} entry as a root marker.
 */
public final class GitRoots {

    private GitRoots() {
    }

    /** True when {@code dir/.git} is a valid git entry. */
    public static boolean hasValidGitEntry(Path dir) {
        Path dotGit = dir.resolve(".git");
        // most ancestors have no .git: one look answers (and the loose marker check asks the same question)
        if (!ScanProbes.exists(dotGit)) {
            return false;
        }
        // a directory needs its HEAD; any other entry (a worktree's .git file) counts
        return !ScanProbes.isDirectory(dotGit) || ScanProbes.exists(dotGit.resolve("HEAD"));
    }

    /** Nearest directory (from {@code cwd} up) with a valid {@code .git} entry. */
    public static Optional<Path> checkoutRoot(Path cwd) {
        Path base = ScanProbes.isDirectory(cwd) ? cwd : cwd.getParent();
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            if (hasValidGitEntry(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * The repository root whose trust entry applies: the checkout, or for a linked worktree its main
     * checkout — only when the worktree's admin folder ({@code <main>/.git/worktrees/<name>}) has a
     * {@code commondir} file and a {@code gitdir} file pointing back at the worktree's {@code .git}.
     */
    public static Optional<Path> trustRoot(Path cwd) {
        Optional<Path> checkout = checkoutRoot(cwd);
        if (checkout.isEmpty()) {
            return Optional.empty();
        }
        Path root = checkout.get();
        Path dotGit = root.resolve(".git");
        if (ScanProbes.isDirectory(dotGit)) {
            return checkout;
        }
        return Optional.of(mainCheckoutOf(root, dotGit).orElse(root));
    }

    private static Optional<Path> mainCheckoutOf(Path worktree, Path dotGitFile) {
        String contents;
        try {
            contents = Files.readString(dotGitFile, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!contents.startsWith("gitdir:")) {
            return Optional.empty();
        }
        String gitDir = contents.substring("gitdir:".length()).strip();
        if (gitDir.isEmpty()) {
            return Optional.empty();
        }
        Path admin;
        try {
            admin = worktree.resolve(gitDir).normalize();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Path worktrees = admin.getParent();
        if (worktrees == null || worktrees.getFileName() == null
                || !worktrees.getFileName().toString().equals("worktrees")) {
            return Optional.empty();
        }
        if (!Files.exists(admin.resolve("commondir")) || !pointsBack(admin.resolve("gitdir"), dotGitFile)) {
            return Optional.empty();
        }
        Path common = worktrees.getParent();
        return common == null ? Optional.empty() : Optional.ofNullable(common.getParent());
    }

    private static boolean pointsBack(Path gitdirFile, Path dotGitFile) {
        try {
            String target = Files.readString(gitdirFile, StandardCharsets.UTF_8).strip();
            Path p = gitdirFile.getParent().resolve(target).normalize();
            return p.equals(dotGitFile.normalize()) || Files.exists(p) && Files.isSameFile(p, dotGitFile);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a root marker exists in {@code dir}: {@code .git} must be valid, others merely exist. */
    public static boolean markerPresent(Path dir, String marker, boolean strictGit) {
        if (marker.isEmpty()) {
            return false;
        }
        try {
            if (strictGit && marker.equals(".git")) {
                return hasValidGitEntry(dir);
            }
            return ScanProbes.exists(dir.resolve(marker));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
