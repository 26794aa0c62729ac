package dev.codexstudio.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How Codex finds the git checkout and the repository whose trust applies to a directory, without running
 * {@code git}: the nearest ancestor with a {@code .git} entry; for a linked worktree ({@code .git} is a
 * file with {@code gitdir: <repo>/.git/worktrees/<name>}) the main checkout.
 */
public final class GitRoots {

    private GitRoots() {
    }

    /** Nearest directory (from {@code cwd} up) that has a {@code .git} entry of any kind. */
    public static Optional<Path> checkoutRoot(Path cwd) {
        Path base = Files.isDirectory(cwd) ? cwd : cwd.getParent();
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS) || Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** The repository root used for trust: the checkout, or for a linked worktree its main checkout. */
    public static Optional<Path> trustRoot(Path cwd) {
        Optional<Path> checkout = checkoutRoot(cwd);
        if (checkout.isEmpty()) {
            return Optional.empty();
        }
        Path repoRoot = checkout.get();
        Path dotGit = repoRoot.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return Optional.of(repoRoot);
        }
        String contents;
        try {
            contents = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
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
        Path gitDirPath = repoRoot.resolve(gitDir).normalize();
        Path worktrees = gitDirPath.getParent();
        if (worktrees == null || worktrees.getFileName() == null
                || !worktrees.getFileName().toString().equals("worktrees")) {
            return Optional.empty();
        }
        Path common = worktrees.getParent();
        return common == null ? Optional.empty() : Optional.ofNullable(common.getParent());
    }
}
