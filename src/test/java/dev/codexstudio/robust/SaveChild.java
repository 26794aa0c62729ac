package dev.codexstudio.robust;

import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.editors.SaveConflict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The child JVM of {@link SaveFaultTest}.
 *
 * <ul>
 *   <li>{@code loop FILE OLD NEW}: saves the bytes of NEW, then OLD, then NEW… over FILE with
 *       {@link AtomicFiles#write} until it is killed; prints {@code ready} once the first save finished.</li>
 *   <li>{@code edit FILE SIZE}: opens FILE in a {@link DocumentViewModel}, replaces its text by SIZE characters
 *       and saves it; prints what the document holds afterwards (the parent runs it under a file-size limit,
 *       so the write fails as on a full disk).</li>
 * </ul>
 */
public final class SaveChild {

    private SaveChild() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "loop" -> loop(Path.of(args[1]), Files.readAllBytes(Path.of(args[2])), Files.readAllBytes(Path.of(args[3])));
            case "edit" -> edit(Path.of(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(Arrays.toString(args));
        }
    }

    private static void loop(Path file, byte[] older, byte[] newer) throws Exception {
        boolean first = true;
        for (long i = 0; ; i++) {
            AtomicFiles.write(file, i % 2 == 0 ? newer : older, null);
            if (first) {
                System.out.println("ready");
                System.out.flush();
                first = false;
            }
        }
    }

    private static void edit(Path file, int size) throws Exception {
        DocumentViewModel doc = DocumentViewModel.open(file);
        String edited = "x".repeat(size);
        doc.replaceAll(edited, "Edit");
        boolean saved = doc.save(f -> SaveConflict.Choice.CANCEL);
        System.out.println("saved=" + saved);
        System.out.println("dirty=" + doc.isDirty());
        System.out.println("kept=" + doc.text().equals(edited));
        System.out.println("error=" + doc.lastErrorProperty().get());
        System.out.flush();
    }
}
