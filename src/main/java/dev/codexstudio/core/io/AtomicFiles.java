package dev.codexstudio.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic, checked writes. A write goes to a temporary file in the same directory, is forced to disk and
 * then renamed over the target, so the file is always either the old or the new content. Before replacing
 * a file, its current bytes are compared with the snapshot taken when it was read.
 */
public final class AtomicFiles {

    private AtomicFiles() {
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
        Set<PosixFilePermission> perms = existingPermissions(target);
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
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
