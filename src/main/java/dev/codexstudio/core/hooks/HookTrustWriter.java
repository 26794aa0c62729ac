package dev.codexstudio.core.hooks;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.TomlFiles;
import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.LineDiff;
import dev.codexstudio.core.io.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Trusting or untrusting a hook in the user {@code config.toml}, as Codex's {@code /hooks} review does: a plan (the
 * file's text before and after, the unified diff to show) and its atomic write. The edit itself is
 * {@link HookTrust}'s format-preserving one: only the {@code [hooks.state."<key>"]} lines change, and an untouched
 * file is never rewritten.
 */
public final class HookTrustWriter {

    private HookTrustWriter() {
    }

    /**
     * A planned change of the user config.
     *
     * @param file     the user config
     * @param before   its text now ({@code ""} when it does not exist)
     * @param after    its text after the change
     * @param snapshot what was on disk when the plan was made (the write refuses if the file changed since)
     */
    public record Change(Path file, String before, String after, byte[] afterBytes, FileSnapshot snapshot) {
        public Change {
            Objects.requireNonNull(file, "file");
        }

        /** Whether the file would stay as it is (already trusted, managed hook, …). */
        public boolean isNoop() {
            return before.equals(after);
        }

        /** The unified diff of the change, for the confirmation. */
        public String diff() {
            return LineDiff.unified(file.toString(), before, after);
        }
    }

    /**
     * Plans trusting ({@code trust = true}: {@code trusted_hash = <currentHash>}) or untrusting (the hash removed) a
     * hook.
     *
     * @throws IOException when the config cannot be read, or cannot be edited (TOML errors, {@code hooks} not a table)
     */
    public static Change plan(Path userConfig, HookEntry entry, boolean trust) throws IOException {
        TomlFiles.Read read = TomlFiles.read(userConfig);
        if (read.error() != null) {
            throw new IOException(userConfig + ": " + read.error());
        }
        TomlDocument doc = read.document() != null ? read.document()
                : TomlDocument.parse(SourceText.ofString(userConfig, ""));
        if (doc.hasSyntaxErrors()) {
            throw new IOException(userConfig + " cannot be edited until its TOML errors are fixed");
        }
        FileSnapshot snapshot = FileSnapshot.take(userConfig);
        TomlDocument edited = (trust ? HookTrust.trust(doc, entry) : HookTrust.untrust(doc, entry))
                .orElseThrow(() -> new IOException(userConfig + ": `hooks` or `hooks.state` is not a table, so the "
                        + "hook's state cannot be written"));
        String before = doc.source().text();
        SourceText out = edited.toSourceText();
        return new Change(userConfig, before, out.text(), out.bytes(), snapshot);
    }

    /** Writes a planned change atomically (nothing is written for a no-op); fails if the file changed meanwhile. */
    public static void apply(Change change) throws IOException {
        if (change.isNoop()) {
            return;
        }
        AtomicFiles.write(change.file(), change.afterBytes(), change.snapshot());
    }
}
