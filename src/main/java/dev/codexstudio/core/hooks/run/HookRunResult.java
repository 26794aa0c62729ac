package dev.codexstudio.core.hooks.run;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What running one hook command produced.
 *
 * @param exitCode        the exit status, or {@code null} when the process did not exit by itself (timed out, or
 *                        could not be started)
 * @param stdout          standard output (UTF-8, lossy), at most {@link HookRunner#DEFAULT_OUTPUT_CAP} bytes
 * @param stderr          standard error, capped the same way
 * @param duration        wall-clock time from start to exit (or to the kill)
 * @param timedOut        whether the timeout expired and the process tree was killed
 * @param stdoutTruncated whether stdout was longer than the cap (the rest was read and discarded)
 * @param stderrTruncated whether stderr was longer than the cap
 * @param error           why the run failed before producing an exit code ({@code hook timed out after 5s}, a
 *                        start failure), or {@code null}
 */
public record HookRunResult(Integer exitCode, String stdout, String stderr, Duration duration, boolean timedOut,
        boolean stdoutTruncated, boolean stderrTruncated, String error) {

    public HookRunResult {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(duration, "duration");
    }

    /** A run that exited by itself (for tests and for interpreting recorded runs). */
    public static HookRunResult exited(int exitCode, String stdout, String stderr) {
        return new HookRunResult(exitCode, stdout, stderr, Duration.ZERO, false, false, false, null);
    }

    /** A run that the timeout killed. */
    public static HookRunResult timedOut(long timeoutSeconds, String stdout, String stderr, Duration duration) {
        return new HookRunResult(null, stdout, stderr, duration, true, false, false,
                "hook timed out after " + timeoutSeconds + "s");
    }

    public Optional<String> optionalError() {
        return Optional.ofNullable(error);
    }
}
