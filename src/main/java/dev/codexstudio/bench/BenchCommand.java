package dev.codexstudio.bench;

import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.annotations.Mode;
import picocli.CommandLine;

/**
 * {@code bench [--quick] [--only NAME] [--json] [--out FILE] [--codex PATH]}: generates the synthetic monorepo
 * and runs every benchmark, each against a baseline measured in the same run, one line per benchmark:
 * {@code NAME ratio=R studio=… baseline=… target=…}.
 *
 * <p>The in-process benchmarks run under JMH in forked JVMs; whole-process comparisons are timed by starting
 * both processes in turn, after a warm-up, and comparing medians. This class never loads JavaFX: the window
 * benchmarks run in child processes, and only when a display is available.
 */
@CommandLine.Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the studio on a generated monorepo; every figure is a ratio against a baseline run now.")
public final class BenchCommand implements Callable<Integer> {

    /** Names accepted by {@code --only}, in the order they run. */
    public static final List<String> NAMES = List.of("load", "rescan", "agents-inproc", "keystroke-agents", "keystroke-config",
            "heap", "agents", "validate", "startup", "stall");

    /** The line a window prints on stdout when its first frame (with the stack tree, for the studio) is shown. */
    public static final String FIRST_FRAME_MARKER = dev.codexstudio.ui.app.StartupProbe.MARKER;

    /** The line {@code StallProbeApp} prints when the scan is done: {@code max=… over16=… probes=… scan=…}. */
    static final String STALL_MARKER = "studio-bench: stall";

    @CommandLine.Option(names = "--quick", description = "Fewer iterations: finishes in about a minute on two cores.")
    boolean quick;

    @CommandLine.Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Run only these benchmarks: ${COMPLETION-CANDIDATES}.", completionCandidates = Names.class)
    List<String> only;

    @CommandLine.Option(names = "--json", description = "Print the results as JSON instead of lines.")
    boolean json;

    @CommandLine.Option(names = "--out", paramLabel = "FILE", description = "Also write the results to FILE.")
    Path out;

    @CommandLine.Option(names = "--codex", paramLabel = "PATH",
            description = "The real Codex binary (default: the one in .codex-oracle/ if present).")
    Path codex;

    @CommandLine.Option(names = "--seed", paramLabel = "N", description = "Seed of the generated monorepo (default: 1).")
    long seed = 1;

    @CommandLine.Option(names = "--work", paramLabel = "DIR", description = "Where to generate the monorepo (default: a temporary folder).")
    Path work;

    @CommandLine.Option(names = "--cds", description = "Start-up with Class Data Sharing for both sides: a training run of "
            + "each command writes its own archive (-XX:ArchiveClassesAtExit), the measured runs use it.")
    boolean cds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return NAMES.iterator();
        }
    }

    /** One benchmark's figures: {@code ratio = studio / baseline} (lower is better), and its target ratio. */
    public record Result(String name, double studio, double baseline, String unit, double target, String note) {
        public double ratio() {
            return studio / baseline;
        }

        public boolean pass() {
            return ratio() <= target;
        }

        public String line() {
            return String.format(Locale.ROOT, "%s ratio=%.2f studio=%s baseline=%s target<=%.2f %s%s", name, ratio(),
                    fmt(studio, unit), fmt(baseline, unit), target, pass() ? "ok" : "OVER",
                    note == null ? "" : " (" + note + ")");
        }

        public String json() {
            return String.format(Locale.ROOT,
                    "{\"name\":\"%s\",\"ratio\":%.4f,\"studio\":%.4f,\"baseline\":%.4f,\"unit\":\"%s\",\"target\":%.2f,\"pass\":%s%s}",
                    name, ratio(), studio, baseline, unit, target, pass(),
                    note == null ? "" : ",\"note\":\"" + note.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }

        private static String fmt(double v, String unit) {
            return String.format(Locale.ROOT, v >= 100 ? "%.0f%s" : v >= 10 ? "%.1f%s" : "%.2f%s", v, unit);
        }
    }

    private final List<Result> results = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> selected = only == null ? NAMES : only;
        for (String n : selected) {
            if (!NAMES.contains(n)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown benchmark `" + n + "`; one of " + String.join(", ", NAMES));
            }
        }
        PrintWriter pw = spec.commandLine().getOut();
        Consumer<Result> report = r -> {
            results.add(r);
            if (!json) {
                pw.println(r.line());
                pw.flush();
            }
        };
        Consumer<String> skip = s -> {
            skipped.add(s);
            if (!json) {
                pw.println(s);
                pw.flush();
            }
        };
        Path base = work != null ? work.toAbsolutePath() : Files.createTempDirectory("studio-bench");
        Path monorepoBase = base.resolve("monorepo-" + seed);
        MonorepoGenerator.Monorepo m = Files.exists(monorepoBase.resolve(MonorepoGenerator.LAYOUT))
                ? MonorepoGenerator.layout(monorepoBase) : MonorepoGenerator.generate(monorepoBase, seed);
        try {
            for (String n : NAMES) {
                if (!selected.contains(n)) {
                    continue;
                }
                switch (n) {
                    case "load" -> {
                        // one run measures the first scan, the scan again and the baseline they share
                        List<Result> load = jmhTriple(LoadBenchmark.class, m, selected.contains("load"),
                                selected.contains("rescan"));
                        load.forEach(report);
                    }
                    case "rescan" -> {
                        if (!selected.contains("load")) {
                            jmhTriple(LoadBenchmark.class, m, false, true).forEach(report);
                        }
                    }
                    case "agents-inproc" -> {
                        // in process, well under a millisecond: the full set only, so --quick stays under a minute
                        if (quick && only == null) {
                            skip.accept("agents-inproc skipped in --quick (run it with --only agents-inproc, or the full set)");
                        } else {
                            report.accept(jmhPair("agents-inproc", AgentsBenchmark.class, m, 2.0));
                        }
                    }
                    case "keystroke-agents" -> report.accept(keystroke("keystroke-agents", "agentsMd", m));
                    case "keystroke-config" -> report.accept(keystroke("keystroke-config", "configToml", m));
                    case "heap" -> report.accept(heap(m));
                    case "agents" -> codexComparison("agents", m, m.deepDir(), skip, report,
                            "agents", "--cwd", m.deepDir().toString());
                    case "validate" -> codexComparison("validate", m, m.repo(), skip, report,
                            "validate", m.repo().toString());
                    case "startup" -> startup(skip, report);
                    case "stall" -> stall(m, skip, report);
                    default -> throw new IllegalStateException(n);
                }
            }
        } finally {
            if (work == null) {
                deleteTree(base);
            }
        }
        String text = json ? json() : results.stream().map(Result::line).collect(Collectors.joining("\n"))
                + (skipped.isEmpty() ? "" : "\n" + String.join("\n", skipped)) + "\n";
        if (json) {
            pw.print(text);
            pw.flush();
        }
        if (out != null) {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private String json() {
        return "{\"results\":[" + results.stream().map(Result::json).collect(Collectors.joining(","))
                + "],\"skipped\":[" + skipped.stream().map(s -> "\"" + s.replace("\"", "'") + "\"")
                        .collect(Collectors.joining(",")) + "]}\n";
    }

    // ---- JMH ----

    private ChainedOptionsBuilder jmh(MonorepoGenerator.Monorepo m) {
        ChainedOptionsBuilder b = new OptionsBuilder().param("base", m.base().toString())
                .verbosity(VerboseMode.SILENT).shouldFailOnError(true).jvmArgsAppend("-Xmx1g", "-da:org.tomlj...");
        if (quick) {
            b.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
                    .measurementTime(TimeValue.seconds(1));
        } else {
            b.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2));
        }
        return b;
    }

    private Result jmhPair(String name, Class<?> benchmark, MonorepoGenerator.Monorepo m, double target)
            throws RunnerException {
        Collection<RunResult> rs = new Runner(jmh(m).include(Pattern.quote(benchmark.getName()) + "\\.(studio|baseline)$")
                .mode(Mode.AverageTime).timeUnit(TimeUnit.MILLISECONDS).build()).run();
        double studio = score(rs, "studio");
        double baseline = score(rs, "baseline");
        return new Result(name, studio, baseline, "ms", target, "JMH avgt");
    }

    /** {@code load} (the first scan) and {@code rescan} (a scan again) of {@link LoadBenchmark}, with one baseline. */
    private List<Result> jmhTriple(Class<?> benchmark, MonorepoGenerator.Monorepo m, boolean load, boolean rescan)
            throws RunnerException {
        String methods = load && rescan ? "studio|rescan" : load ? "studio" : "rescan";
        // A scan takes a few hundred ms while the JIT is still compiling the rules: in --quick, give it five
        // warm-up seconds (about 25 scans) instead of two; the raw walk is simple and keeps the short warm-up.
        ChainedOptionsBuilder scans = jmh(m);
        if (quick) {
            scans.warmupIterations(5);
        }
        Collection<RunResult> rs = new ArrayList<>(new Runner(scans.include(Pattern.quote(benchmark.getName())
                + "\\.(" + methods + ")$").mode(Mode.AverageTime).timeUnit(TimeUnit.MILLISECONDS).build()).run());
        rs.addAll(new Runner(jmh(m).include(Pattern.quote(benchmark.getName()) + "\\.baseline$")
                .mode(Mode.AverageTime).timeUnit(TimeUnit.MILLISECONDS).build()).run());
        double baseline = score(rs, "baseline");
        List<Result> out = new ArrayList<>();
        if (load) {
            out.add(new Result("load", score(rs, "studio"), baseline, "ms", 1.5, "JMH avgt; first scan, nothing parsed yet"));
        }
        if (rescan) {
            out.add(new Result("rescan", score(rs, "rescan"), baseline, "ms", 1.5,
                    "JMH avgt; scan again, unchanged files' parses reused"));
        }
        return out;
    }

    private static double score(Collection<RunResult> rs, String method) {
        return rs.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no JMH result for " + method)).getPrimaryResult()
                .getScore();
    }

    /** p99 of one keystroke → findings, against the 16 ms of one frame at 60 Hz. */
    private Result keystroke(String name, String method, MonorepoGenerator.Monorepo m) throws RunnerException {
        Collection<RunResult> rs = new Runner(jmh(m).include(Pattern.quote(KeystrokeBenchmark.class.getName()) + "\\."
                + method + "$").mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS).build()).run();
        RunResult r = rs.iterator().next();
        double p99 = r.getPrimaryResult().getStatistics().getPercentile(99);
        double p50 = r.getPrimaryResult().getStatistics().getPercentile(50);
        return new Result(name, p99, 16.0, "ms", 1.0,
                String.format(Locale.ROOT, "p99 vs one 16 ms frame; p50=%.3fms, %d samples", p50,
                        r.getPrimaryResult().getStatistics().getN()));
    }

    // ---- heap ----

    /** Peak heap while the monorepo is scanned, validated and held open, against the 256 MB target. */
    private Result heap(MonorepoGenerator.Monorepo m) {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Stack stack = StackScanner.scan(m.repo(), MonorepoGenerator.environment(m), List.of(m.deepDir()));
        int findings = StackValidator.validate(stack).size();
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() - before;
        if (stack.views().isEmpty()) {
            throw new IllegalStateException("empty scan");
        }
        return new Result("heap", peak / 1048576.0, 256, "MB", 1.0,
                String.format(Locale.ROOT, "peak heap in this JVM, sum of pool peaks; retained by the open stack %.1fMB; %d findings",
                        retained / 1048576.0, findings));
    }

    // ---- whole processes ----

    static List<String> javaCommand(String... jvmArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(jvmArgs));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        return cmd;
    }

    private Path codexBinary() {
        if (codex != null) {
            return codex;
        }
        Path p = Path.of(".codex-oracle/node_modules/@openai/codex-linux-x64/vendor/x86_64-unknown-linux-musl/bin/codex");
        return Files.isExecutable(p) ? p.toAbsolutePath() : null;
    }

    private void codexComparison(String name, MonorepoGenerator.Monorepo m, Path cwd, Consumer<String> skip,
            Consumer<Result> report, String... studioArgs) throws IOException, InterruptedException {
        Path bin = codexBinary();
        if (bin == null || !Files.isExecutable(bin)) {
            skip.accept(name + " skipped: no Codex binary (pass --codex PATH, or install it into .codex-oracle/ with .ci/run)");
            return;
        }
        // Codex writes into its home (system skills, installation id, shell snapshots): both sides use a copy, so
        // the generated monorepo stays as generated for every later benchmark and every later run with --work.
        Path home = Files.createTempDirectory("studio-bench-codex-home");
        copyTree(m.codexHome(), home);
        try {
            codexComparison(name, m, cwd, report, bin, home, studioArgs);
        } finally {
            deleteTree(home);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    private void codexComparison(String name, MonorepoGenerator.Monorepo m, Path cwd, Consumer<Result> report,
            Path bin, Path home, String... studioArgs) throws IOException, InterruptedException {
        List<String> studio = javaCommand("-Xshare:auto");
        studio.add("dev.codexstudio.Launcher");
        studio.addAll(List.of(studioArgs));
        studio.addAll(List.of("--codex-home", home.toString(), "--system-dir", m.systemDir().toString()));
        List<String> real = List.of(bin.toString(), "debug", "prompt-input", "hi");
        Map<String, String> env = Map.of("CODEX_HOME", home.toString(), "HOME", m.userHome().toString(),
                "RUST_BACKTRACE", "0", "NO_COLOR", "1");
        int warmup = quick ? 1 : 2;
        int runs = quick ? 5 : 15;
        List<Long> s = new ArrayList<>();
        List<Long> c = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            long cs = timed(real, cwd, env, false);
            long ss = timed(studio, cwd, env, true);
            if (i >= warmup) {
                c.add(cs);
                s.add(ss);
            }
        }
        report.accept(new Result(name, median(s) / 1e6, median(c) / 1e6, "ms", 2.0,
                "whole process, median of " + runs + " vs codex debug prompt-input"));
    }

    /** Wall time of one process from start to exit, in nanoseconds. */
    private static long timed(List<String> cmd, Path cwd, Map<String, String> env, boolean studio)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().remove("OPENAI_API_KEY");
        pb.environment().remove("CODEX_API_KEY");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", cmd));
        }
        long t = System.nanoTime() - t0;
        // the studio exits 1 when it finds errors (the generated monorepo has some on purpose)
        if (p.exitValue() > 1 || !studio && p.exitValue() != 0) {
            throw new IOException("`" + String.join(" ", cmd) + "` failed (" + p.exitValue() + "): "
                    + new String(output, StandardCharsets.UTF_8).lines().limit(3).collect(Collectors.joining(" / ")));
        }
        return t;
    }

    static double median(List<Long> values) {
        List<Long> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
    }

    private static boolean hasDisplay() {
        String d = System.getenv("DISPLAY");
        return d != null && !d.isBlank();
    }

    /** Start-up to the first frame with the tree populated, against a bare JavaFX window with one label. */
    private void startup(Consumer<String> skip, Consumer<Result> report) throws IOException, InterruptedException {
        if (!hasDisplay()) {
            skip.accept("startup skipped: no DISPLAY (run scripts/bench-startup.sh, which starts Xvfb)");
            return;
        }
        Path samples = Path.of("samples/java-service").toAbsolutePath();
        if (!Files.isDirectory(samples.resolve("repo"))) {
            skip.accept("startup skipped: run it from the checkout (samples/java-service is the sample it opens)");
            return;
        }
        Path prefs = Files.createTempDirectory("studio-bench-prefs");
        try {
            List<String> studio = javaCommand("-Dstudio.bench.startup=true", "-Dprism.order=sw",
                    "-Djava.util.prefs.userRoot=" + prefs);
            studio.add("dev.codexstudio.Launcher");
            studio.add(samples.resolve("repo").toString());
            List<String> bare = javaCommand("-Dprism.order=sw", "-Djava.util.prefs.userRoot=" + prefs);
            bare.add("dev.codexstudio.bench.WindowMain");
            bare.add("bare");
            Map<String, String> env = Map.of("CODEX_HOME", samples.resolve("codex-home").toString());
            if (cds) {
                // the same treatment for both: each gets an archive of the classes its own training run loaded
                studio = withArchive(studio, prefs.resolve("studio.jsa"), env);
                bare = withArchive(bare, prefs.resolve("bare.jsa"), env);
            }
            int warmup = quick ? 1 : 2;
            int runs = quick ? 3 : 10;
            List<Long> s = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            for (int i = 0; i < warmup + runs; i++) {
                long bt = untilMarker(bare, env, FIRST_FRAME_MARKER).nanos();
                long st = untilMarker(studio, env, FIRST_FRAME_MARKER).nanos();
                if (i >= warmup) {
                    b.add(bt);
                    s.add(st);
                }
            }
            report.accept(new Result("startup", median(s) / 1e6, median(b) / 1e6, "ms", 1.25,
                    "process start to first frame with the tree, median of " + runs + " vs a bare JavaFX window"
                            + (cds ? "; both with their own AppCDS archive" : "")));
        } finally {
            deleteTree(prefs);
        }
    }

    /**
     * Makes a dynamic AppCDS archive for {@code cmd} (a training run that ends itself at its first frame) and
     * returns {@code cmd} using it. When the archive cannot be made, says so and returns {@code cmd} unchanged.
     */
    private List<String> withArchive(List<String> cmd, Path archive, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> train = new ArrayList<>(cmd);
        train.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        train.add(2, "-D" + dev.codexstudio.ui.app.StartupProbe.EXIT_PROPERTY + "=true");
        ProcessBuilder pb = new ProcessBuilder(train).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (!Files.isRegularFile(archive)) {
            spec.commandLine().getErr().println("startup: no CDS archive from the training run of "
                    + cmd.get(cmd.size() - 1) + "; measuring it without one");
            return cmd;
        }
        List<String> out = new ArrayList<>(cmd);
        out.add(1, "-XX:SharedArchiveFile=" + archive);
        return out;
    }

    /** The FX stall probe: the longest the FX thread was busy while the studio scanned the monorepo. */
    private void stall(MonorepoGenerator.Monorepo m, Consumer<String> skip, Consumer<Result> report)
            throws IOException, InterruptedException {
        if (!hasDisplay()) {
            skip.accept("stall skipped: no DISPLAY (run scripts/bench-startup.sh, which starts Xvfb)");
            return;
        }
        Path prefs = Files.createTempDirectory("studio-bench-prefs");
        try {
            List<String> cmd = javaCommand("-Dprism.order=sw", "-Djava.util.prefs.userRoot=" + prefs);
            cmd.add("dev.codexstudio.bench.WindowMain");
            cmd.add("stall");
            cmd.add(m.base().toString());
            Marker r = untilMarker(cmd, Map.of(), STALL_MARKER);
            // "<marker> max=<ms> over16=<n> probes=<n> scan=<ms> window=<ms>"
            Map<String, String> kv = Stream.of(r.line().substring(STALL_MARKER.length()).trim().split(" "))
                    .map(x -> x.split("=", 2)).collect(Collectors.toMap(x -> x[0], x -> x[1]));
            report.accept(new Result("stall", Double.parseDouble(kv.get("max")), 16.0, "ms", 1.0,
                    "longest FX-thread stall while scanning, vs one 16 ms frame; " + kv.get("over16")
                            + " stalls over 16 ms in " + kv.get("probes") + " probes; scan " + kv.get("scan")
                            + "ms; before the scan, the new window's first frames: longest " + kv.get("window") + "ms"));
        } finally {
            deleteTree(prefs);
        }
    }

    record Marker(long nanos, String line) {
    }

    /** Starts {@code cmd}, waits for a stdout line starting with {@code marker}, then ends the process. */
    private static Marker untilMarker(List<String> cmd, Map<String, String> env, String marker)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(marker)) {
                    long t = System.nanoTime() - t0;
                    return new Marker(t, line);
                }
                if (seen.length() < 2000) {
                    seen.append(line).append(" / ");
                }
            }
            throw new IOException("no `" + marker + "` line from " + String.join(" ", cmd.subList(cmd.size() - 2, cmd.size())) + ": " + seen);
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Pattern {
        static String quote(String s) {
            return s.replace(".", "\\.").replace("$", "\\$");
        }
    }
}
