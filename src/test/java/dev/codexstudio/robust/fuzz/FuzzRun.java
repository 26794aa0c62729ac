package dev.codexstudio.robust.fuzz;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.validate.LiveValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one fuzz execution with a hang guard, rethrowing whatever the reader threw. The reader runs on a thread
 * with the default stack size, as the CLI and the studio's background tasks do.
 */
final class FuzzRun {

    /** Longer than any read of the small sandbox takes, even on a loaded machine: a longer one is a hang. */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("studio.fuzz.timeoutSeconds", 20));

    private static ExecutorService worker = newWorker();

    private FuzzRun() {
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-reader", 0);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * False for the long runs of {@code scripts/fuzz-long.sh} ({@code -Dstudio.fuzz.rules=false}): each execution
     * then runs the reader alone (parse, the unedited round trip, the file's own readers) and the no-write check,
     * without the file's rules in the sandbox's stack, which is what makes 10^6 executions per target affordable.
     * The short runs in {@code mvn verify} and every seed always run the rules too.
     */
    static final boolean RULES = !"false".equalsIgnoreCase(System.getProperty("studio.fuzz.rules", "true"));

    /** True when Jazzer fuzzes ({@code JAZZER_FUZZ} set), false when it only replays the seed corpus. */
    static final boolean FUZZING = isSet(System.getenv("JAZZER_FUZZ")) || isSet(System.getProperty("JAZZER_FUZZ"));

    private static boolean isSet(String v) {
        return v != null && !v.isEmpty() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }

    /**
     * Checks {@code input} as the content of {@code file}: always in memory, as the editor's live validation
     * does (the reader and every rule of that file, in the context of the sandbox's stack); and with
     * {@code wholeStack} (when replaying seeds) also on disk: the input replaces the file and the whole stack is
     * scanned and validated. Fuzzing runs only the in-memory check, which is two orders of magnitude faster.
     * Both fail on any write.
     */
    static void readFile(StackSandbox sandbox, Path file, byte[] input, Consumer<SourceText> extraReaders,
            boolean wholeStack) {
        Stack stack = sandbox.baseline();
        run(() -> {
            Map<String, String> before = StackSandbox.snapshot(sandbox.root);
            SourceText text = SourceText.of(file, input);
            extraReaders.accept(text);
            List<Diagnostic> ds = List.of();
            if (RULES || !FUZZING) {
                ds = LiveValidator.validateOrThrow(stack, text);
                StackSandbox.checkFindings(ds, file, input);
            }
            sandbox.assertUnchanged(before);
            return ds;
        });
        if (!wholeStack) {
            return;
        }
        byte[] original = sandbox.original(file);
        sandbox.put(file, input);
        try {
            run(() -> sandbox.readAll(List.of()));
        } finally {
            sandbox.put(file, original);
        }
    }

    static <T> T run(Supplier<T> read) {
        Future<T> f = worker.submit(read::get);
        try {
            return f.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker = newWorker();
            throw new AssertionError("the read did not finish within " + TIMEOUT.toSeconds() + " s (a hang)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError(cause);
        }
    }
}
