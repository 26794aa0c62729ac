package dev.codexstudio.ui.editors;

import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches the folders of open documents (a {@link WatchService} on a daemon thread) and reports each file that
 * was created, modified or deleted in them to {@code onChange} on the UI thread. The receiver decides whether
 * the change matters (see {@link EditorArea#externalChange(Path)}, which compares hashes).
 */
public final class FileWatcher implements AutoCloseable {

    private final TaskExecutor executor;
    private final Consumer<Path> onChange;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Map<Path, WatchKey> dirs = new ConcurrentHashMap<>();
    private WatchService service;
    private Thread thread;
    private volatile boolean closed;

    public FileWatcher(TaskExecutor executor, Consumer<Path> onChange) {
        this.executor = executor;
        this.onChange = onChange;
    }

    /** Starts watching the folder of {@code file} (once per folder); false when it cannot be watched. */
    public synchronized boolean watchDirectoryOf(Path file) {
        if (closed) {
            return false;
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        if (dir == null) {
            return false;
        }
        if (dirs.containsKey(dir)) {
            return true;
        }
        try {
            if (service == null) {
                service = FileSystems.getDefault().newWatchService();
                thread = new Thread(this::run, "studio-file-watcher");
                thread.setDaemon(true);
                thread.start();
            }
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            keys.put(key, dir);
            dirs.put(dir, key);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The folders watched now. */
    public java.util.Set<Path> directories() {
        return java.util.Set.copyOf(dirs.keySet());
    }

    private void run() {
        WatchService ws = service;
        while (!closed) {
            WatchKey key;
            try {
                key = ws.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir = keys.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (dir != null && event.context() instanceof Path name) {
                    Path changed = dir.resolve(name);
                    executor.onUiThread(() -> onChange.accept(changed));
                }
            }
            if (!key.reset() && dir != null) {
                keys.remove(key);
                dirs.remove(dir);
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
