package dev.codexstudio.core.export;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Places a target-relative name inside a target folder, refusing everything that would write elsewhere: unsafe
 * names ({@link DraftFile#pathProblem}), symbolic links on the way that lead out of the folder, link loops, a file
 * where a folder is needed and a folder where the file should go. Never throws: every problem is a diagnostic.
 */
public final class TargetPaths {

    /** Rule ids of the diagnostics. */
    public static final String UNSAFE_NAME = "export/unsafe-name";
    public static final String OUTSIDE = "export/outside-target";
    public static final String SYMLINK = "export/symlink";
    public static final String SYMLINK_LOOP = "export/symlink-loop";
    public static final String NOT_A_FOLDER = "export/not-a-folder";
    public static final String FOLDER_IN_THE_WAY = "export/folder-in-the-way";
    public static final String UNREADABLE = "export/unreadable-target";

    private TargetPaths() {
    }

    /**
     * Where a name goes.
     *
     * @param file    the absolute file, or {@code null} when the name itself is unsafe
     * @param problem why it must not be written there, or empty
     */
    public record Placement(Path file, Optional<Diagnostic> problem) {
        public boolean isSafe() {
            return problem.isEmpty();
        }
    }

    /** Places {@code relative} inside {@code root} (which may not exist yet). */
    public static Placement place(Path root, String relative) {
        Path base = root.toAbsolutePath().normalize();
        Optional<String> nameProblem = DraftFile.pathProblem(relative);
        if (nameProblem.isPresent()) {
            return refuse(null, base, UNSAFE_NAME, "unsafe file name `" + printable(relative) + "`: " + nameProblem.get(),
                    "name files relative to the target folder, with `/` between folders and no `..`");
        }
        Path file;
        try {
            file = base.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return refuse(null, base, UNSAFE_NAME, "unsafe file name `" + printable(relative) + "`: " + e.getReason(),
                    "rename the file");
        }
        if (!file.startsWith(base) || file.equals(base)) {
            return refuse(null, base, OUTSIDE, "`" + relative + "` resolves outside the target folder " + base,
                    "name files relative to the target folder");
        }
        try {
            Path realRoot = realOfNearestExisting(base);
            Path p = base;
            for (Path segment : base.relativize(file)) {
                p = p.resolve(segment);
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    break;
                }
                boolean last = p.equals(file);
                if (attrs.isSymbolicLink()) {
                    Path real;
                    try {
                        real = p.toRealPath();
                    } catch (NoSuchFileException e) {
                        return refuse(file, file, SYMLINK, base.relativize(p) + " is a dangling symbolic link",
                                "remove the link from the target folder, then export again");
                    } catch (FileSystemException e) {
                        return refuse(file, file, SYMLINK_LOOP, base.relativize(p) + " is a symbolic link that cannot be"
                                + " resolved (a link loop?): " + reason(e), "remove the link from the target folder");
                    }
                    if (!real.startsWith(realRoot)) {
                        return refuse(file, file, OUTSIDE, base.relativize(p) + " is a symbolic link that leads outside"
                                + " the target folder, to " + real, "remove the link, or export into another folder");
                    }
                    if (last) {
                        return refuse(file, file, SYMLINK, relative + " is a symbolic link in the target folder; the"
                                + " export does not write through links", "remove the link, then export again");
                    }
                    if (!Files.isDirectory(real)) {
                        return refuse(file, file, NOT_A_FOLDER, base.relativize(p) + " links to a file where a folder"
                                + " is needed for " + relative, "move that file away, then export again");
                    }
                } else if (last) {
                    if (attrs.isDirectory()) {
                        return refuse(file, file, FOLDER_IN_THE_WAY, "a folder " + relative + " exists where the file"
                                + " should go", "move or rename the folder, then export again");
                    }
                    if (!attrs.isRegularFile()) {
                        return refuse(file, file, NOT_A_FOLDER, relative + " exists and is not a regular file",
                                "remove it, then export again");
                    }
                } else if (!attrs.isDirectory()) {
                    return refuse(file, file, NOT_A_FOLDER, base.relativize(p) + " is a file where a folder is needed"
                            + " for " + relative, "move or rename that file, then export again");
                }
            }
            Path parent = nearestExisting(file.getParent());
            if (parent != null && parent.startsWith(base) && !parent.toRealPath().startsWith(realRoot)) {
                return refuse(file, file, OUTSIDE, relative + " resolves outside the target folder, to "
                        + parent.toRealPath(), "remove the symbolic link that leads out");
            }
        } catch (FileSystemException e) {
            return refuse(file, file, SYMLINK_LOOP, "cannot resolve " + relative + " in the target folder: " + reason(e),
                    "remove symbolic link loops from the target folder");
        } catch (IOException | SecurityException e) {
            return refuse(file, file, UNREADABLE, "cannot check " + relative + " in the target folder: " + e.getMessage(),
                    "check the target folder's permissions");
        }
        return new Placement(file, Optional.empty());
    }

    /** The real path of the deepest existing ancestor (inclusive), with the missing rest appended. */
    static Path realOfNearestExisting(Path dir) throws IOException {
        Path existing = nearestExisting(dir);
        if (existing == null) {
            return dir;
        }
        Path real = existing.toRealPath();
        return real.resolve(existing.relativize(dir)).normalize();
    }

    private static Path nearestExisting(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getMessage();
    }

    private static Placement refuse(Path file, Path at, String rule, String message, String hint) {
        return new Placement(file, Optional.of(Diagnostic.error(rule, SourcePosition.ofFile(at), message).withHint(hint)));
    }

    /** The name with control characters shown as {@code \\uXXXX}. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
