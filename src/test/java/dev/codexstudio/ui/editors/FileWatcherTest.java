package dev.codexstudio.ui.editors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatcherTest {

    @Test
    void reportsChangesInTheFoldersOfWatchedFilesThroughTheUiThread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "one\n");
        BlockingQueue<Path> seen = new LinkedBlockingQueue<>();
        AtomicInteger delivered = new AtomicInteger();
        TaskExecutor ui = new TaskExecutor() {
            @Override
            public <T> void submit(String name, java.util.concurrent.Callable<T> work,
                    java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void onUiThread(Runnable action) {
                delivered.incrementAndGet();
                action.run();
            }
        };
        try (FileWatcher watcher = new FileWatcher(ui, seen::add)) {
            assertThat(watcher.watchDirectoryOf(file)).isTrue();
            assertThat(watcher.watchDirectoryOf(dir.resolve("b.md"))).isTrue();
            assertThat(watcher.directories()).containsExactly(dir.toAbsolutePath().normalize());
            Files.writeString(file, "two\n");
            Path got = seen.poll(10, TimeUnit.SECONDS);
            assertThat(got).isEqualTo(file.toAbsolutePath().normalize());
            assertThat(delivered.get()).isPositive();
        }
    }
}
