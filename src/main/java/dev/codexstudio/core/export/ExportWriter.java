package dev.codexstudio.core.export;

import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.ExternalChangeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Writes an {@link ExportPlan}: every {@link ExportAction#CREATE} file and only the {@link ExportAction#CONFLICT}
 * files the user chose, each atomically ({@link AtomicFiles}) and only if the target still has the bytes the plan
 * saw; never a blocked file. Each target is placed again just before it is written ({@link TargetPaths}), and missing
 * folders are created one by one inside the target folder only. Executable files get their executable bits (on POSIX
 * file systems). Optionally runs {@code git init} in the repository folder.
 */
public final class ExportWriter {

    /** How long {@code git} may take. */
    static final long GIT_TIMEOUT_SECONDS = 30;

    private ExportWriter() {
    }

    /**
     * Writes the plan.
     *
     * @param overwriteChoices target-relative paths of the conflicts to overwrite
     * @param gitInit          whether to run {@code git init} in the repository folder (only when it is not already
     *                         inside a git work tree; nothing is added or committed)
     */
    public static ExportResult apply(ExportPlan plan, Set<String> overwriteChoices, boolean gitInit) {
        return apply(plan, overwriteChoices, gitInit, "git");
    }

    /** As {@link #apply(ExportPlan, Set, boolean)}, with the git executable to run. */
    public static ExportResult apply(ExportPlan plan, Set<String> overwriteChoices, boolean gitInit, String git) {
        List<ExportResult.Outcome> written = new ArrayList<>();
        List<ExportResult.Outcome> skipped = new ArrayList<>();
        List<ExportResult.Outcome> failed = new ArrayList<>();
        Set<String> chosen = Set.copyOf(overwriteChoices);
        for (PlannedExport f : plan.files()) {
            switch (f.action()) {
                case IDENTICAL -> skipped.add(outcome(f, "already there with the same content"));
                case BLOCKED -> skipped.add(outcome(f, "blocked: " + (f.diagnostics().isEmpty() ? "unsafe"
                        : f.diagnostics().get(0).message())));
                case CONFLICT -> {
                    if (chosen.contains(f.path())) {
                        write(plan, f, written, failed, "overwritten");
                    } else {
                        skipped.add(outcome(f, "exists with other content; left as it is (not chosen to overwrite)"));
                    }
                }
                case CREATE -> write(plan, f, written, failed, "created");
            }
        }
        for (ExportPlan.NotWritten n : plan.notWritten()) {
            skipped.add(new ExportResult.Outcome(n.file(), null, n.reason()));
        }
        Optional<ExportResult.GitInit> gitResult = gitInit
                ? Optional.of(gitInit(plan.targets().repository(), git)) : Optional.empty();
        return new ExportResult(written, skipped, failed, gitResult);
    }

    private static ExportResult.Outcome outcome(PlannedExport f, String reason) {
        return new ExportResult.Outcome(f.file(), f.target(), reason);
    }

    private static void write(ExportPlan plan, PlannedExport f, List<ExportResult.Outcome> written,
            List<ExportResult.Outcome> failed, String done) {
        Path folder = plan.targets().folder(f.scope()).orElseThrow();
        TargetPaths.Placement again = TargetPaths.place(folder, f.path());
        if (!again.isSafe()) {
            failed.add(outcome(f, again.problem().get().message()));
            return;
        }
        if (!again.file().equals(f.target())) {
            failed.add(outcome(f, "the target moved since the plan was made (" + again.file() + ")"));
            return;
        }
        try {
            createParents(folder, f.target());
            if (f.action() == ExportAction.CREATE && Files.exists(f.target(), LinkOption.NOFOLLOW_LINKS)) {
                throw new ExternalChangeException(f.target());
            }
            AtomicFiles.write(f.target(), f.file().content(), f.before());
            if (f.file().executable()) {
                makeExecutable(f.target());
            }
            written.add(outcome(f, done));
        } catch (ExternalChangeException e) {
            failed.add(outcome(f, "changed on disk since the plan was made; not written (plan the export again)"));
        } catch (IOException | RuntimeException e) {
            failed.add(outcome(f, "could not be written: " + e.getMessage()));
        }
    }

    /** Creates the missing folders between {@code folder} (created too) and {@code file}, refusing links and files. */
    static void createParents(Path folder, Path file) throws IOException {
        Path base = folder.toAbsolutePath().normalize();
        createFolder(base, true);
        Path p = base;
        Path rel = base.relativize(file.getParent());
        if (rel.toString().isEmpty()) {
            return;
        }
        for (Path segment : rel) {
            p = p.resolve(segment);
            createFolder(p, false);
        }
    }

    private static void createFolder(Path dir, boolean followLinks) throws IOException {
        if (Files.isDirectory(dir, followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS})) {
            return;
        }
        if (!followLinks && Files.isSymbolicLink(dir)) {
            if (Files.isDirectory(dir)) {
                return; // checked by TargetPaths: it stays inside the target
            }
            throw new IOException(dir + " is a symbolic link, not a folder");
        }
        try {
            if (followLinks) {
                Files.createDirectories(dir);
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw new IOException(dir + " exists and is not a folder");
            }
        }
    }

    /** Adds the execute bit wherever the read bit is set (POSIX file systems only). */
    static void makeExecutable(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> perms = EnumSet.copyOf(view.readAttributes().permissions());
        perms.add(PosixFilePermission.OWNER_EXECUTE);
        if (perms.contains(PosixFilePermission.GROUP_READ)) {
            perms.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if (perms.contains(PosixFilePermission.OTHERS_READ)) {
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        view.setPermissions(perms);
    }

    /** {@code git init} in {@code dir} unless it is already inside a git work tree. */
    static ExportResult.GitInit gitInit(Path dir, String git) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return new ExportResult.GitInit(false, false, "git init not run: cannot create " + dir + ": " + e.getMessage());
        }
        try {
            Run inside = run(dir, git, "rev-parse", "--is-inside-work-tree");
            if (inside.exit() == 0 && inside.output().strip().equals("true")) {
                Run top = run(dir, git, "rev-parse", "--show-toplevel");
                return new ExportResult.GitInit(false, true, "git init not needed: " + dir
                        + " is already inside the git work tree " + top.output().strip());
            }
            Run init = run(dir, git, "init", "--quiet");
            if (init.exit() != 0) {
                return new ExportResult.GitInit(false, false, "git init failed (exit " + init.exit() + "): "
                        + init.output().strip());
            }
            return new ExportResult.GitInit(true, true, "initialised an empty git repository in " + dir
                    + " (nothing added or committed)");
        } catch (IOException e) {
            return new ExportResult.GitInit(false, false, "git init not run: `" + git + "` could not be started (is git"
                    + " installed and on the PATH?); run `git init` in " + dir + " yourself");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ExportResult.GitInit(false, false, "git init interrupted");
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path dir, String git, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(git);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("GIT_DIR");
        env.remove("GIT_WORK_TREE");
        env.remove("GIT_INDEX_FILE");
        env.put("GIT_TERMINAL_PROMPT", "0");
        Process p = pb.start();
        p.getOutputStream().close();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(buf);
        }
        if (!p.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "git timed out");
        }
        return new Run(p.exitValue(), buf.toString(StandardCharsets.UTF_8));
    }
}
