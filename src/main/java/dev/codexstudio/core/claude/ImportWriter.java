package dev.codexstudio.core.claude;

import dev.codexstudio.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an {@link ImportPlan}: only files whose bytes change, each atomically and only if it still has the bytes
 * the plan showed (otherwise {@link dev.codexstudio.core.io.ExternalChangeException}). Every path is checked before
 * anything is written: it must be relative, without {@code ..}, and must not lead out of the target folder through a
 * symbolic link.
 */
public final class ImportWriter {

    private ImportWriter() {
    }

    /** Writes the plan's changes; returns the files written. */
    public static List<PlannedFile> write(ImportPlan plan) throws IOException {
        Path root = plan.target().toAbsolutePath().normalize();
        for (PlannedFile f : plan.changes()) {
            Path resolved = resolveInside(root, f.path());
            if (!resolved.equals(f.target().toAbsolutePath().normalize())) {
                throw new IOException("refusing to write " + f.target() + ": it is not " + f.path() + " inside " + root);
            }
        }
        List<PlannedFile> written = new ArrayList<>();
        for (PlannedFile f : plan.changes()) {
            AtomicFiles.write(f.target(), f.newBytes(), f.before());
            written.add(f);
        }
        return written;
    }

    /**
     * The file {@code relative} inside {@code root}; refuses absolute paths, {@code ..} segments, and symbolic links
     * (of existing folders on the way, or of the file itself) that lead outside {@code root}.
     */
    public static Path resolveInside(Path root, String relative) throws IOException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\") || relative.contains("\\")
                || relative.matches("^[A-Za-z]:.*")) {
            throw new IOException("refusing to write outside the target: `" + relative + "` is not a relative path");
        }
        for (String seg : relative.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                throw new IOException("refusing to write outside the target: `" + relative + "`");
            }
        }
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(base)) {
            throw new IOException("refusing to write outside the target: `" + relative + "`");
        }
        Path realRoot = Files.exists(base) ? base.toRealPath() : base;
        Path p = base;
        for (Path seg : base.relativize(file)) {
            p = p.resolve(seg);
            if (Files.isSymbolicLink(p)) {
                if (p.equals(file)) {
                    throw new IOException("refusing to write through the symbolic link " + p);
                }
                Path real = p.toRealPath();
                if (!real.startsWith(realRoot)) {
                    throw new IOException("refusing to write through " + p + ": it links outside the target to " + real);
                }
            } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                break;
            }
        }
        return file;
    }
}
