package dev.codexstudio.core.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ExportWriter#apply} did.
 *
 * @param written the files written (created, or overwritten by choice)
 * @param skipped the files left as they are, with the reason (identical, conflict not chosen, blocked, no folder)
 * @param failed  the files that could not be written, with the reason (changed on disk since the plan, I/O errors)
 * @param git     what the optional {@code git init} did, or empty when it was not asked for
 */
public record ExportResult(List<Outcome> written, List<Outcome> skipped, List<Outcome> failed, Optional<GitInit> git) {

    public ExportResult {
        written = List.copyOf(written);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
        Objects.requireNonNull(git, "git");
    }

    /**
     * One file and what happened to it.
     *
     * @param file   the draft file
     * @param target the absolute target, or {@code null} when it had none
     * @param reason in plain words
     */
    public record Outcome(DraftFile file, Path target, String reason) {
        public Outcome {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }

        public String path() {
            return file.path();
        }
    }

    /**
     * The result of {@code git init}.
     *
     * @param initialised whether a new repository was created
     * @param ok          false when git was asked for but could not run (missing, failed)
     * @param message     what happened, in one sentence
     */
    public record GitInit(boolean initialised, boolean ok, String message) {
    }

    /** Whether every file that was to be written was written, and git init (if asked) did not fail. */
    public boolean isSuccess() {
        return failed.isEmpty() && git.map(GitInit::ok).orElse(true);
    }
}
