package dev.codexstudio.core.hooks.run;

import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.FileSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Sample payloads a team shares in the repository: {@code <project root>/.codex/hook-payloads/<Event>.json} (one
 * per event, the event's hooks.json name). Codex does not read this folder; the studio's dry run and
 * {@code hook-run} start from the saved sample when there is one.
 */
public final class SamplePayloads {

    /** The folder, relative to the project root. */
    public static final Path FOLDER = Path.of(".codex", "hook-payloads");

    private SamplePayloads() {
    }

    /** Where the sample for {@code event} lives. */
    public static Path file(Path projectRoot, HookEvent event) {
        return projectRoot.resolve(FOLDER).resolve(event.tomlName() + ".json");
    }

    /** The saved sample's text, if there is one. */
    public static Optional<String> read(Path projectRoot, HookEvent event) throws IOException {
        Path f = file(projectRoot, event);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
    }

    /**
     * Saves {@code json} (which must be a JSON object) as the sample for {@code event}, atomically; the text is written
     * as given, with a final newline added when missing. Returns the file.
     */
    public static Path save(Path projectRoot, HookEvent event, String json)
            throws IOException, HookPayloads.InvalidPayloadException {
        HookPayloads.parse(json);
        Path f = file(projectRoot, event);
        Files.createDirectories(f.getParent());
        String text = json.endsWith("\n") ? json : json + "\n";
        AtomicFiles.write(f, text.getBytes(StandardCharsets.UTF_8), FileSnapshot.take(f));
        return f;
    }
}
