package dev.codexstudio.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic, checked writes. A write goes to a temporary file in the same directory, is forced to disk and
 * then renamed over the target, so the file is always either the old or the new content. Before replacing
 * a file, its current bytes are compared with the snapshot taken when it was read.
 *
 * <p>A process killed in the middle of a write leaves its temporary file ({@code .<name>.tmp-<hex>}, hidden and
 * never read as a stack file) behind; the next write of the same file removes those older than
 * {@link #STALE_TEMPORARY_AGE}.
 */
public final class AtomicFiles {

    /** A temporary file of this age is left over from a killed write, not one in progress. */
    public static final Duration STALE_TEMPORARY_AGE = Duration.ofMinutes(10);

    private static final String TEMPORARY_INFIX = ".tmp-";

    private AtomicFiles() {
    }

    /** Whether {@code name} is the name of one of this class's temporary files for a file named {@code target}. */
    public static boolean isTemporaryFor(String name, String target) {
        String prefix = "." + target + TEMPORARY_INFIX;
        if (!name.startsWith(prefix) || name.length() == prefix.length() || name.length() > prefix.length() + 16) {
            return false;
        }
        for (int i = prefix.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Removes temporary files of {@code target} left by writes that were killed; returns how many. */
    public static int removeStaleTemporaries(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || target.getFileName() == null) {
            return 0;
        }
        String name = target.getFileName().toString();
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_TEMPORARY_AGE));
        int removed = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + globEscape(name) + TEMPORARY_INFIX + "*")) {
            for (Path p : ds) {
                if (isTemporaryFor(p.getFileName().toString(), name)
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(cutoff) < 0
                        && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover temporary file is hidden and harmless
        }
        return removed;
    }

    private static String globEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Writes {@code bytes} to {@code target} atomically.
     *
     * @param expected what the caller believes is on disk; {@code null} skips the check (overwrite)
     * @return a snapshot of the new content
     * @throws ExternalChangeException if the file on disk no longer matches {@code expected}
     */
    public static FileSnapshot write(Path target, byte[] bytes, FileSnapshot expected) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(bytes, "bytes");
        if (expected != null && !expected.matchesDisk()) {
            throw new ExternalChangeException(target);
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null) {
            throw new IOException("cannot write to a root directory: " + target);
        }
        Files.createDirectories(dir);
        removeStaleTemporaries(target);
        Set<PosixFilePermission> perms = existingPermissions(target);
        Path tmp = dir.resolve("." + target.getFileName() + TEMPORARY_INFIX
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (perms != null) {
                Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(perms);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return FileSnapshot.of(target, bytes, Files.getLastModifiedTime(target).toMillis());
    }

    /** Writes a new file atomically; fails if it already exists. */
    public static FileSnapshot create(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        return write(target, bytes, FileSnapshot.absent(target));
    }

    private static Set<PosixFilePermission> existingPermissions(Path target) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (view != null && Files.exists(target)) {
                return view.readAttributes().permissions();
            }
        } catch (IOException | UnsupportedOperationException e) {
            // keep the default permissions of a new file
        }
        return null;
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on every platform; the rename itself is atomic
        }
    }
}
