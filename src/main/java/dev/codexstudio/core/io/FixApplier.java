package dev.codexstudio.core.io;

import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.Fix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link Fix} to files on disk: text replacements per file in one atomic write each (offsets into the
 * file's decoded text, applied from the end so earlier offsets stay valid; byte-order mark kept), new files
 * created atomically (never over an existing one), moves refused when the target exists.
 */
public final class FixApplier {

    private FixApplier() {
    }

    /** Applies the text edits of {@code fix} to a text in memory (edits for other files are ignored). */
    public static String applyTo(String text, Path file, Fix fix) {
        List<Edit.ReplaceText> edits = new ArrayList<>();
        for (Edit e : fix.edits()) {
            if (e instanceof Edit.ReplaceText r && r.file().equals(file)) {
                edits.add(r);
            }
        }
        edits.sort(Comparator.comparingInt(Edit.ReplaceText::start).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Edit.ReplaceText r : edits) {
            if (r.end() > sb.length()) {
                throw new IllegalArgumentException("the fix no longer fits " + file + "; validate again");
            }
            sb.replace(r.start(), r.end(), r.text());
        }
        return sb.toString();
    }

    /** Applies the whole fix on disk. */
    public static void apply(Fix fix) throws IOException {
        Map<Path, List<Edit.ReplaceText>> byFile = new LinkedHashMap<>();
        for (Edit e : fix.edits()) {
            if (e instanceof Edit.ReplaceText r) {
                byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Path file : byFile.keySet()) {
            SourceText src = FileReads.readText(file);
            FileSnapshot before = FileSnapshot.of(file, src.bytes(), Files.getLastModifiedTime(file).toMillis());
            String edited = applyTo(src.text(), file, fix);
            AtomicFiles.write(file, src.withText(edited).bytes(), before);
        }
        for (Edit e : fix.edits()) {
            if (e instanceof Edit.CreateFile c) {
                AtomicFiles.create(c.file(), c.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else if (e instanceof Edit.MoveFile m) {
                if (Files.exists(m.target())) {
                    throw new java.nio.file.FileAlreadyExistsException(m.target().toString());
                }
                Files.createDirectories(m.target().toAbsolutePath().getParent());
                Files.move(m.file(), m.target(), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
