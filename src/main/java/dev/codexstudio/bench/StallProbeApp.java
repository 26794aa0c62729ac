package dev.codexstudio.bench;

import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.app.Studio;
import dev.codexstudio.ui.app.ThemeManager;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The FX stall probe: the studio window opens the generated monorepo (argument: its base folder) while a
 * probe thread keeps one {@code Platform.runLater} task in flight and measures how long each waited. A wait
 * over 16 ms means the FX thread was busy for more than a frame. The window is shown first and left to draw its
 * first frames for {@link #SETTLE_MS} ms (the longest wait then is reported as {@code window}: that is start-up,
 * which the {@code startup} benchmark measures); then the studio opens the monorepo, and the waits from then
 * until the scan is done and shown are the result. Prints
 * {@code studio-bench: stall max=<ms> over16=<n> probes=<n> scan=<ms> window=<ms>} and exits.
 */
public final class StallProbeApp extends Application {

    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-probe");
        t.setDaemon(true);
        return t;
    });
    /** {@code -Dstudio.bench.stall.trace=true}: print each wait over 16 ms (wall clock of the post) on stderr. */
    private static final boolean TRACE = Boolean.getBoolean("studio.bench.stall.trace");
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile long maxNanos;
    private volatile int over16;
    private volatile int probes;
    /** How long the shown window is left alone before the scan starts. */
    static final long SETTLE_MS = 1500;
    private volatile boolean scanStarted;
    private volatile long windowMaxNanos;

    public static void main(String[] args) {
        Application.launch(StallProbeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MonorepoGenerator.Monorepo m = MonorepoGenerator.layout(Path.of(getParameters().getUnnamed().get(0)));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("CODEX_HOME", m.codexHome().toString());
        env.put("HOME", m.userHome().toString());
        FxTaskExecutor executor = new FxTaskExecutor();
        StudioViewModel studio = new StudioViewModel(executor, StudioSettings.inMemory(), env);
        ThemeManager themes = new ThemeManager();
        themes.apply("light", null);
        MainWindow window = Studio.build(studio, themes, Dialogs.of(stage));
        stage.setScene(window.scene());
        stage.show();
        probe.scheduleAtFixedRate(this::probeOnce, 2, 2, TimeUnit.MILLISECONDS);
        probe.schedule(() -> Platform.runLater(() -> scan(studio, window, executor, m)), SETTLE_MS,
                TimeUnit.MILLISECONDS);
    }

    /** Opens the monorepo and reports the waits from now until the scan is done and shown. */
    private void scan(StudioViewModel studio, MainWindow window, FxTaskExecutor executor, MonorepoGenerator.Monorepo m) {
        scanStarted = true;
        long t0 = System.nanoTime();
        studio.scanningProperty().addListener((o, was, now) -> {
            if (!now && studio.treeProperty().get() != null) {
                long scan = System.nanoTime() - t0;
                // let the views take the new stack in, then report
                probe.schedule(() -> Platform.runLater(() -> {
                    System.out.printf(java.util.Locale.ROOT, "%s max=%.1f over16=%d probes=%d scan=%d window=%.1f%n",
                            BenchCommand.STALL_MARKER, maxNanos / 1e6, over16, probes, scan / 1_000_000,
                            windowMaxNanos / 1e6);
                    System.out.flush();
                    executor.shutdown();
                    Platform.exit();
                }), 1, TimeUnit.SECONDS);
            }
        });
        window.openProject(m.repo());
    }

    private void probeOnce() {
        if (!inFlight.compareAndSet(false, true)) {
            return;
        }
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            long waited = System.nanoTime() - posted;
            if (!scanStarted) {
                windowMaxNanos = Math.max(windowMaxNanos, waited);
                inFlight.set(false);
                return;
            }
            probes++;
            if (waited > maxNanos) {
                maxNanos = waited;
            }
            if (waited > 16_000_000L) {
                over16++;
                if (TRACE) {
                    System.err.printf(java.util.Locale.ROOT, "studio-bench: stall-trace at=%tT.%<tL waited=%.1f%n",
                            System.currentTimeMillis() - waited / 1_000_000, waited / 1e6);
                }
            }
            inFlight.set(false);
        });
    }
}
