package dev.codexstudio.core.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One machine-applicable change that a {@link Fix} is made of. Text offsets refer to the decoded text of
 * the file (without a byte-order mark), in UTF-16 code units, as read by {@code core.io.SourceText}.
 */
public sealed interface Edit {

    /** The file this edit touches (for a move: the source). */
    Path file();

    /** Replace {@code [start, end)} of the file's text with {@code text}. */
    record ReplaceText(Path file, int start, int end, String text) implements Edit {
        public ReplaceText {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
        }
    }

    /** Create a new file with the given text (fails if it exists). */
    record CreateFile(Path file, String text) implements Edit {
        public CreateFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Move (rename) a file or directory. */
    record MoveFile(Path file, Path target) implements Edit {
        public MoveFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(target, "target");
        }
    }
}
