package dev.codexstudio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the start of a file: exactly the bytes up to the limit, whatever the file's size. */
class FileReadsTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    @Test
    void aFileBelowTheLimitIsReadWholeAndOneAboveItIsCutAtTheLimit() throws IOException {
        for (int size : new int[] {0, 1, 100, 8191, 8192, 8193, 40_000}) {
            byte[] content = bytes(size);
            Path p = file("f" + size, content);
            for (long limit : new long[] {0, 1, 99, 100, 101, 8192, 32 * 1024, Long.MAX_VALUE}) {
                int expected = (int) Math.min(size, limit);
                assertThat(FileReads.readPrefixFromDisk(p, limit)).as("size %d, limit %d", size, limit)
                        .isEqualTo(java.util.Arrays.copyOf(content, expected));
            }
        }
    }

    @Test
    void theSizeComesWithThePrefixAsFilesSizeGivesIt() throws IOException {
        for (int size : new int[] {0, 1, 100, 40_000}) {
            Path p = file("s" + size, bytes(size));
            for (long limit : new long[] {0, 50, 32 * 1024, Long.MAX_VALUE}) {
                FileReads.SizedPrefix read = FileReads.readSizeAndPrefixFromDisk(p, limit);
                assertThat(read.size()).as("size %d, limit %d", size, limit).isEqualTo(Files.size(p));
                assertThat(read.data()).isEqualTo(FileReads.readPrefixFromDisk(p, limit));
            }
        }
        assertThatThrownBy(() -> FileReads.readSizeAndPrefixFromDisk(dir.resolve("missing"), 10))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aFileWithoutASizeIsReadOnToTheLimit() throws IOException {
        // files under /proc report a size of 0 and still have content
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            byte[] read = FileReads.readPrefixFromDisk(status, 1 << 20);
            assertThat(new String(read, StandardCharsets.UTF_8)).contains("Name:");
        }
    }

    @Test
    void aFileShorterThanItsReportedSizeIsReadToItsEnd() throws IOException {
        // files under /sys report a size of a page and hold a few bytes
        Path sys = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        if (Files.isReadable(sys) && Files.size(sys) > 0) {
            byte[] read = FileReads.readPrefixFromDisk(sys, 1 << 20);
            assertThat(read).isEqualTo(Files.readAllBytes(sys));
            assertThat((long) read.length).isLessThan(Files.size(sys));
        }
    }

    @Test
    void aDirectoryOrAMissingFileIsAnIoError() {
        assertThatThrownBy(() -> FileReads.readPrefixFromDisk(dir, 100)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FileReads.readPrefixFromDisk(dir.resolve("missing"), 100))
                .isInstanceOf(IOException.class);
    }

    @Test
    void plannedContentsAreReadInsteadOfTheDiskButNotByTheDiskRead() throws IOException {
        Path p = file("planned.md", "on disk".getBytes(StandardCharsets.UTF_8));
        byte[] planned = "planned text".getBytes(StandardCharsets.UTF_8);
        FileReads.withContents(Map.of(p, planned), () -> {
            try {
                assertThat(new String(FileReads.readPrefix(p, 7), StandardCharsets.UTF_8)).isEqualTo("planned");
                assertThat(new String(FileReads.readPrefixFromDisk(p, 100), StandardCharsets.UTF_8)).isEqualTo("on disk");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }
}
