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

    public static Read read(Path path) {
        if (!Files.exists(path)) {
            return new Read(path, null, null);
        }
        if (Files.isDirectory(path)) {
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
