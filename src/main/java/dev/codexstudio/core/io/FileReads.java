package dev.codexstudio.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bounded reads, so a huge or endless file can never exhaust memory. */
public final class FileReads {

    /** Files larger than this are not parsed as stack files (a diagnostic says so). */
    public static final long MAX_PARSED_FILE_BYTES = 16L * 1024 * 1024;

    private FileReads() {
    }

    /** Reads at most {@code max} bytes from the start of a file. */
    public static byte[] readPrefix(Path path, long max) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 16));
        }
    }

    /**
     * Reads a whole file that is expected to be small.
     *
     * @throws FileTooLargeException when it is larger than {@link #MAX_PARSED_FILE_BYTES}
     */
    public static SourceText readText(Path path) throws IOException {
        long size = Files.size(path);
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
