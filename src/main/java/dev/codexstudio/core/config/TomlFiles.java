package dev.codexstudio.core.config;

import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.io.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads TOML files for the loaders: a document, a read error, or nothing when the file is absent. */
public final class TomlFiles {

    private TomlFiles() {
    }

    /**
     * The outcome of reading one TOML file. A file with invalid UTF-8 has both a (lossily decoded) document
     * and an error, because Codex refuses it but the studio can still show it.
     */
    public record Read(Path path, TomlDocument document, String error) {
        public boolean absent() {
            return document == null && error == null;
        }
    }

    /**
     * Files already read, and values computed, by the current {@link #readOnce}: set on the thread that runs it and
     * carried into the worker threads of {@link #parallelMap}.
     */
    private static final ThreadLocal<Scope> ONCE = new ThreadLocal<>();

    /**
     * The memo map's starting capacity: a scan of the generated 2,000-directory monorepo keeps about 7,000 values,
     * and the map is not grown (its entries moved) again and again while the scan's threads fill it.
     */
    private static final int MEMO_CAPACITY = 8192;

    /** A value being computed by one thread; the others that need it wait for it instead of computing it again. */
    private static final class Pending extends java.util.concurrent.FutureTask<Object> {
        Pending(java.util.function.Supplier<?> compute) {
            super(() -> box(compute.get()));
        }
    }

    private static final Object NULL = new Object();

    private static Object box(Object v) {
        return v == null ? NULL : v;
    }

    private record Scope(java.util.concurrent.ConcurrentMap<Path, Read> reads,
            java.util.concurrent.ConcurrentMap<Object, Object> memo) {

        /** The value for {@code key}: computed by the first thread that asks, every other thread waits for it. */
        Object get(Object key, java.util.function.Supplier<?> compute) {
            Object v = memo.get(key);
            if (v == null) {
                Pending mine = new Pending(compute);
                v = memo.putIfAbsent(key, mine);
                if (v == null) {
                    mine.run();
                    Object done = await(mine);
                    if (done == null) {
                        memo.remove(key, mine);
                        return rethrow(mine);
                    }
                    memo.replace(key, mine, done);
                    return done == NULL ? null : done;
                }
            }
            if (v instanceof Pending p) {
                Object done = await(p);
                if (done == null) {
                    return rethrow(p);
                }
                v = done;
            }
            return v == NULL ? null : v;
        }

        /** The task's value, or null when it failed. */
        private static Object await(Pending p) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return p.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
                        return null;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static Object rethrow(Pending p) {
            try {
                p.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("a memoised computation failed");
        }
    }

    /**
     * Runs {@code work} with each TOML file read and parsed at most once: a whole-stack scan takes Codex's view
     * from hundreds of directories, and they share the user, profile and project files. The same {@link Read}
     * (and document) is returned for the same path until {@code work} returns, on this thread and in the worker
     * threads of {@link #parallelMap}.
     */
    public static <T> T readOnce(java.util.function.Supplier<T> work) {
        if (ONCE.get() != null) {
            return work.get();
        }
        ONCE.set(new Scope(new java.util.concurrent.ConcurrentHashMap<>(),
                new java.util.concurrent.ConcurrentHashMap<>(MEMO_CAPACITY)));
        try {
            return work.get();
        } finally {
            ONCE.remove();
        }
    }

    /**
     * {@code f} applied to every item, on the common fork-join pool's threads and this one, results in the items'
     * order. Each worker sees this thread's {@link #readOnce} scope and planned contents
     * ({@link FileReads#withContents}), so the items share one scan's reads and memoised values. {@code f} must
     * only read shared state.
     */
    public static <T, R> java.util.List<R> parallelMap(java.util.List<T> items, java.util.function.Function<T, R> f) {
        if (items.size() < 2) {
            return items.stream().map(f).toList();
        }
        Scope scope = ONCE.get();
        java.util.Map<Path, byte[]> planned = FileReads.plannedOfThisThread();
        return items.parallelStream().map(item -> FileReads.carrying(planned, () -> {
            Scope outer = ONCE.get();
            if (scope == null) {
                ONCE.remove();
            } else {
                ONCE.set(scope);
            }
            try {
                return f.apply(item);
            } finally {
                if (outer == null) {
                    ONCE.remove();
                } else {
                    ONCE.set(outer);
                }
            }
        })).toList();
    }

    /**
     * Inside {@link #readOnce}: the value for {@code key}, computed once until {@code work} returns (by one thread;
     * others asking meanwhile wait for it). The key must hold everything the value depends on (layers compare their
     * documents by identity, so a key made of layers stands for the files as read in this scan); callers do not
     * memoise while a document is edited in memory. Outside {@link #readOnce} the value is computed every time.
     */
    @SuppressWarnings("unchecked")
    public static <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        Scope scope = ONCE.get();
        if (scope == null) {
            return compute.get();
        }
        return (T) scope.get(key, compute);
    }

    /** True when any layer's document has been edited in memory (its value must not be memoised). */
    public static boolean anyEdited(java.util.List<ConfigLayer> layers) {
        for (ConfigLayer l : layers) {
            if (l.document() != null && l.document().isEdited()) {
                return true;
            }
        }
        return false;
    }

    public static Read read(Path path) {
        Scope scope = ONCE.get();
        if (scope == null) {
            return readNow(path);
        }
        java.util.concurrent.ConcurrentMap<Path, Read> once = scope.reads();
        Read r = once.get(path);
        if (r == null) {
            Read fresh = readNow(path);
            r = once.putIfAbsent(path, fresh);
            return r == null ? fresh : r;
        }
        if (r.document() != null && r.document().isEdited()) {
            r = readNow(path);
            once.put(path, r);
        }
        return r;
    }

    private static Read readNow(Path path) {
        if (!Files.exists(path) && !FileReads.isPlanned(path)) {
            return new Read(path, null, null);
        }
        if (Files.isDirectory(path) && !FileReads.isPlanned(path)) {
            return new Read(path, null, "is a directory, not a file");
        }
        try {
            SourceText text = FileReads.readText(path);
            if (!text.isValidUtf8()) {
                // Codex reads config files as UTF-8 text and fails on invalid bytes, whatever the layer.
                String why = RustText.utf8Error(text.bytes()).orElse("stream did not contain valid UTF-8");
                return new Read(path, TomlDocument.parse(text), why);
            }
            return new Read(path, TomlDocument.parse(text), null);
        } catch (IOException e) {
            return new Read(path, null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
