package dev.codexstudio.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bounded reads, so a huge or endless file can never exhaust memory. */
public final class FileReads {

    /** Files larger than this are not parsed as stack files (a diagnostic says so). */
    public static final long MAX_PARSED_FILE_BYTES = 16L * 1024 * 1024;

    /** Planned contents that reads on this thread see instead of the disk (see {@link #withContents}). */
    private static final ThreadLocal<java.util.Map<Path, byte[]>> PLANNED = new ThreadLocal<>();

    private FileReads() {
    }

    /**
     * Runs {@code work} with {@link #readText} and {@link #readPrefix} of the given (existing) files returning the
     * given bytes instead of what is on disk, on this thread only: a migration plans its next round against the
     * files as the previous round would leave them, without writing anything.
     */
    public static <T> T withContents(java.util.Map<Path, byte[]> contents, java.util.function.Supplier<T> work) {
        java.util.Map<Path, byte[]> outer = PLANNED.get();
        java.util.Map<Path, byte[]> all = new java.util.HashMap<>(outer == null ? java.util.Map.of() : outer);
        contents.forEach((p, b) -> all.put(key(p), b));
        return carrying(all, work);
    }

    /**
     * Runs {@code work} on this thread with the planned contents another thread had ({@link #plannedOfThisThread}),
     * then restores this thread's own: a scan that fans out to worker threads sees the same planned files.
     */
    public static <T> T carrying(java.util.Map<Path, byte[]> planned, java.util.function.Supplier<T> work) {
        java.util.Map<Path, byte[]> outer = PLANNED.get();
        if (planned == null) {
            PLANNED.remove();
        } else {
            PLANNED.set(planned);
        }
        try {
            return work.get();
        } finally {
            if (outer == null) {
                PLANNED.remove();
            } else {
                PLANNED.set(outer);
            }
        }
    }

    /** This thread's planned contents (null outside {@link #withContents}), to hand to {@link #carrying}. */
    public static java.util.Map<Path, byte[]> plannedOfThisThread() {
        return PLANNED.get();
    }

    /** Whether {@code path} is a file planned inside {@link #withContents} (it may not exist on disk yet). */
    public static boolean isPlanned(Path path) {
        return planned(path) != null;
    }

    /** The files planned inside {@link #withContents} directly in {@code dir} whose names end with {@code suffix}. */
    public static java.util.List<Path> plannedIn(Path dir, String suffix) {
        java.util.Map<Path, byte[]> m = PLANNED.get();
        if (m == null) {
            return java.util.List.of();
        }
        Path d = key(dir);
        return m.keySet().stream().filter(p -> d.equals(p.getParent()) && p.getFileName().toString().endsWith(suffix))
                .sorted().toList();
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static byte[] planned(Path path) {
        java.util.Map<Path, byte[]> m = PLANNED.get();
        return m == null ? null : m.get(key(path));
    }

    /** Reads at most {@code max} bytes from the start of a file. */
    public static byte[] readPrefix(Path path, long max) throws IOException {
        byte[] planned = planned(path);
        if (planned != null) {
            return java.util.Arrays.copyOf(planned, (int) Math.min(planned.length, Math.min(max, Integer.MAX_VALUE - 16)));
        }
        return readPrefixFromDisk(path, max);
    }

    /**
     * Reads at most {@code max} bytes from the start of a file on disk (never from planned contents). The buffer is
     * sized from the file's size, so a small file costs one array of its own size (a plain
     * {@code InputStream.readNBytes} fills 8 KiB chunks and copies them); a file that grows while it is read, or
     * reports no size, is read on to the limit all the same.
     */
    public static byte[] readPrefixFromDisk(Path path, long max) throws IOException {
        return readSizeAndPrefixFromDisk(path, max).data();
    }

    /** A file's size as it was opened, and its first bytes. */
    public record SizedPrefix(long size, byte[] data) {
    }

    /**
     * As {@link #readPrefixFromDisk}, with the size the open file reported ({@code Files.size} without asking the
     * file system again).
     */
    public static SizedPrefix readSizeAndPrefixFromDisk(Path path, long max) throws IOException {
        int limit = (int) Math.min(max, Integer.MAX_VALUE - 16);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path,
                java.nio.file.StandardOpenOption.READ)) {
            long size = ch.size();
            if (size <= 0) {
                return new SizedPrefix(size, readNBytes(ch, limit));
            }
            byte[] head = new byte[(int) Math.min(size, limit)];
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(head);
            while (buf.hasRemaining()) {
                if (ch.read(buf) < 0) {
                    // shorter than it said
                    return new SizedPrefix(size, java.util.Arrays.copyOf(head, buf.position()));
                }
            }
            java.nio.ByteBuffer more = java.nio.ByteBuffer.allocate(1);
            if (head.length == limit || ch.read(more) < 0) {
                return new SizedPrefix(size, head);
            }
            // longer than it said (it grew while it was read): the byte read past the size, then on to the limit
            byte[] rest = readNBytes(ch, limit - head.length - 1);
            byte[] out = java.util.Arrays.copyOf(head, head.length + 1 + rest.length);
            out[head.length] = more.get(0);
            System.arraycopy(rest, 0, out, head.length + 1, rest.length);
            return new SizedPrefix(size, out);
        }
    }

    private static byte[] readNBytes(java.nio.channels.FileChannel ch, int limit) throws IOException {
        InputStream in = java.nio.channels.Channels.newInputStream(ch);
        return in.readNBytes(limit);
    }

    /**
     * Reads a whole file that is expected to be small.
     *
     * @throws FileTooLargeException when it is larger than {@link #MAX_PARSED_FILE_BYTES}
     */
    public static SourceText readText(Path path) throws IOException {
        byte[] planned = planned(path);
        long size = planned != null ? planned.length : Files.size(path);
        if (size > MAX_PARSED_FILE_BYTES) {
            throw new FileTooLargeException(path, size, MAX_PARSED_FILE_BYTES);
        }
        byte[] bytes = readPrefix(path, MAX_PARSED_FILE_BYTES + 1);
        if (bytes.length > MAX_PARSED_FILE_BYTES) {
            throw new FileTooLargeException(path, bytes.length, MAX_PARSED_FILE_BYTES);
        }
        return SourceText.of(path, bytes);
    }

    /** The file is larger than the studio will parse. */
    public static final class FileTooLargeException extends IOException {
        private final long size;

        FileTooLargeException(Path path, long size, long limit) {
            super(path + " is " + size + " bytes, larger than the " + limit + "-byte limit for stack files");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }
}
