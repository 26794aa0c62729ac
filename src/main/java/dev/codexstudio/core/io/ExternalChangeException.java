package dev.codexstudio.core.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file changed on disk after it was read; the write was refused so nothing is lost. */
public final class ExternalChangeException extends IOException {

    private final transient Path path;

    public ExternalChangeException(Path path) {
        super(path + " was changed by another program since it was read; reload it or choose to overwrite");
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
