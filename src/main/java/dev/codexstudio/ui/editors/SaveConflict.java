package dev.codexstudio.ui.editors;

import java.nio.file.Path;

/** What to do when a file changed on disk after the studio read it. */
public interface SaveConflict {

    /** The user's choice. */
    enum Choice {
        /** Write the studio's version over the other program's change. */
        OVERWRITE,
        /** Throw away the studio's edits and load the file from disk. */
        RELOAD,
        /** Do nothing now; keep the edits in the studio. */
        CANCEL
    }

    Choice resolve(Path file);
}
