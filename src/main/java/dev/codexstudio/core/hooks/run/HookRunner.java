package dev.codexstudio.core.hooks.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command hook the way Codex does: through {@link HookShell} ({@code $SHELL -lc <command>}), in the session's
 * working directory, with the payload JSON on stdin (then closed), and the handler's timeout. When the timeout
 * expires the whole process tree is killed (every descendant, then the shell). Output beyond a cap is read and
 * discarded so the command never blocks on a full pipe; the result says it was truncated.
 */
public final class HookRunner {

    /** Default cap of stdout and of stderr: 1 MiB each. */
    public static final int DEFAULT_OUTPUT_CAP = 1 << 20;
    /** How long output readers may go on after the shell exited (a background child may hold the pipes open). */
    private static final long DRAIN_MILLIS = 2000;

    private final HookShell shell;
    private final int outputCap;
    private final Map<String, String> extraEnv;

    public HookRunner(HookShell shell, int outputCap, Map<String, String> extraEnv) {
        this.shell = Objects.requireNonNull(shell, "shell");
        if (outputCap < 1) {
            throw new IllegalArgumentException("outputCap must be positive");
        }
        this.outputCap = outputCap;
        this.extraEnv = Map.copyOf(extraEnv);
    }

    /** A runner with this machine's shell, a 1 MiB cap and the inherited environment. */
    public static HookRunner standard() {
        return new HookRunner(HookShell.current(), DEFAULT_OUTPUT_CAP, Map.of());
    }

    /**
     * Runs {@code command} (or {@code commandWindows} on Windows) in {@code cwd} with {@code stdin}, killing the process
     * tree after {@code timeoutSeconds}. Never throws for a failing command: start failures come back as
     * {@link HookRunResult#error()}.
     */
    public HookRunResult run(String command, String commandWindows, Path cwd, String stdin, long timeoutSeconds)
            throws InterruptedException {
        List<String> argv = shell.argv(command, commandWindows);
        ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile());
        pb.environment().putAll(extraEnv);
        long start = System.nanoTime();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return new HookRunResult(null, "", "", elapsed(start), false, false, false,
                    "failed to start hook: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        Capture out = new Capture(process.getInputStream(), outputCap, "hook-stdout");
        Capture err = new Capture(process.getErrorStream(), outputCap, "hook-stderr");
        Thread writer = new Thread(() -> feed(process.getOutputStream(), stdin), "hook-stdin");
        writer.setDaemon(true);
        out.start();
        err.start();
        writer.start();
        boolean exited;
        try {
            exited = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            killTree(process);
            throw e;
        }
        Duration duration = elapsed(start);
        if (!exited) {
            killTree(process);
        }
        out.join(DRAIN_MILLIS);
        err.join(DRAIN_MILLIS);
        out.close();
        err.close();
        if (!exited) {
            return new HookRunResult(null, out.text(), err.text(), duration, true, out.truncated(), err.truncated(),
                    "hook timed out after " + timeoutSeconds + "s");
        }
        return new HookRunResult(process.exitValue(), out.text(), err.text(), duration, false, out.truncated(),
                err.truncated(), null);
    }

    /** Kills every descendant of the process (collected before the shell dies and they are re-parented), then it. */
    static void killTree(Process process) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>();
        process.toHandle().descendants().forEach(tree::add);
        process.toHandle().destroyForcibly();
        for (ProcessHandle h : tree) {
            h.destroyForcibly();
        }
        process.waitFor(5, TimeUnit.SECONDS);
        for (ProcessHandle h : tree) {
            h.onExit().completeOnTimeout(h, 5, TimeUnit.SECONDS).join();
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void feed(OutputStream in, String stdin) {
        try (OutputStream o = in) {
            o.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The command closed its stdin without reading it all: Codex ignores that too.
        }
    }

    /** Reads a stream to its end on its own thread, keeping at most {@code cap} bytes. */
    private static final class Capture extends Thread {
        private final InputStream in;
        private final int cap;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private volatile boolean truncated;

        Capture(InputStream in, int cap, String name) {
            super(name);
            setDaemon(true);
            this.in = in;
            this.cap = cap;
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (kept) {
                        int room = cap - kept.size();
                        if (n > room) {
                            truncated = true;
                        }
                        if (room > 0) {
                            kept.write(buf, 0, Math.min(room, n));
                        }
                    }
                }
            } catch (IOException e) {
                // Stream closed after the drain period: keep what was read.
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // nothing to do
            }
        }

        boolean truncated() {
            return truncated;
        }

        String text() {
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
