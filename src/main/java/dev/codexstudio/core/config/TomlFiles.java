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

    /** Files already read, and values computed, by the current {@link #readOnce} on this thread. */
    private static final ThreadLocal<Scope> ONCE = new ThreadLocal<>();

    private record Scope(java.util.Map<Path, Read> reads, java.util.Map<Object, Object> memo) {
    }

    /**
     * Runs {@code work} with each TOML file read and parsed at most once on this thread: a whole-stack scan
     * takes Codex's view from hundreds of directories, and they share the user, profile and project files.
     * The same {@link Read} (and document) is returned for the same path until {@code work} returns.
     */
    public static <T> T readOnce(java.util.function.Supplier<T> work) {
        if (ONCE.get() != null) {
            return work.get();
        }
        ONCE.set(new Scope(new java.util.HashMap<>(), new java.util.HashMap<>()));
        try {
            return work.get();
        } finally {
            ONCE.remove();
        }
    }

    /**
     * Inside {@link #readOnce}: the value for {@code key}, computed once until {@code work} returns. The key must
     * hold everything the value depends on (layers compare their documents by identity, so a key made of layers
     * stands for the files as read in this scan); callers do not memoise while a document is edited in memory.
     * Outside {@link #readOnce} the value is computed every time.
     */
    @SuppressWarnings("unchecked")
    public static <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        Scope scope = ONCE.get();
        if (scope == null) {
            return compute.get();
        }
        Object v = scope.memo().get(key);
        if (v == null) {
            v = compute.get();
            scope.memo().put(key, v);
        }
        return (T) v;
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
        java.util.Map<Path, Read> once = scope.reads();
        Read r = once.get(path);
        if (r == null || r.document() != null && r.document().isEdited()) {
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
