package dev.codexstudio.core.config.rules.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the real Codex CLI against a throwaway {@code CODEX_HOME} and reads whether it accepted the config. */
final class CodexOracle {

    private static final Pattern FILE_POSITION = Pattern.compile("config\\.toml:(\\d+):(\\d+): ");
    private static final Pattern PARSE_POSITION = Pattern.compile("TOML parse error at line (\\d+), column (\\d+)");

    /** What Codex did: exit code, stderr, and the line:column it printed (columns in characters), if any. */
    record Outcome(int exitCode, String stderr, Optional<int[]> position) {
        boolean accepted() {
            return exitCode == 0;
        }

        /** The first informative line of the error output. */
        String summary() {
            for (String line : stderr.split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("Error: failed to load") && !l.equals("Caused by:")
                        && !l.startsWith("WARNING: proceeding")) {
                    return l.length() > 220 ? l.substring(0, 220) + "…" : l;
                }
            }
            return stderr.strip();
        }
    }

    /** Mounts an overlay over /etc inside a private mount namespace, then runs the rest of the arguments. */
    private static final String OVERLAY_ETC = "mount -t overlay overlay -o lowerdir=/etc,upperdir=\"$0\",workdir=\"$1\" /etc"
            + " || exit 99; shift 1; exec \"$@\"";

    private final Path binary;
    private final Path etcUpper;

    CodexOracle(Path binary) {
        this(binary, null);
    }

    private CodexOracle(Path binary, Path etcUpper) {
        this.binary = binary;
        this.etcUpper = etcUpper;
    }

    /**
     * The same oracle, but Codex sees {@code etcUpper/codex/…} as {@code /etc/codex/…}: /etc is overlaid in a private
     * mount namespace ({@code unshare -m}, needs root), so the real /etc is never touched.
     */
    CodexOracle withEtc(Path etcUpper) {
        return new CodexOracle(binary, etcUpper);
    }

    /** Whether {@link #withEtc} can work here (root and mount namespaces available). */
    static boolean canOverlayEtc(Path scratch) {
        try {
            Path up = Files.createDirectories(scratch.resolve("probe-up"));
            Path work = Files.createDirectories(scratch.resolve("probe-work"));
            Process p = new ProcessBuilder(List.of("unshare", "-m", "sh", "-c", OVERLAY_ETC, up.toString(), work.toString(),
                    "true")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@code codex features list} with the given home and working directory. When it fails without printing a
     * position, {@code codex debug prompt-input} is asked for one (it reports {@code path:line:col} for type errors).
     */
    Outcome featuresList(Path codexHome, Path userHome, Path cwd) throws IOException, InterruptedException {
        Outcome first = run(command("features", "list"), codexHome, userHome, cwd);
        if (first.accepted() || first.position().isPresent()) {
            return first;
        }
        Outcome second = run(command("debug", "prompt-input", "hi"), codexHome, userHome, cwd);
        return new Outcome(first.exitCode(), first.stderr(), second.position());
    }

    private List<String> command(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (etcUpper != null) {
            Path work = Files.createTempDirectory(etcUpper.getParent(), "etc-work");
            cmd.addAll(List.of("unshare", "-m", "sh", "-c", OVERLAY_ETC, etcUpper.toString(), work.toString()));
        }
        cmd.add(binary.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Outcome run(List<String> command, Path codexHome, Path userHome, Path cwd)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("CODEX_") || k.startsWith("OPENAI_"));
        env.put("CODEX_HOME", codexHome.toString());
        env.put("HOME", userHome.toString());
        env.put("RUST_BACKTRACE", "0");
        Path err = Files.createTempFile(cwd.getParent(), "codex-stderr", ".txt");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(err.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("codex timed out: " + command);
        }
        String stderr = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
        Files.deleteIfExists(err);
        return new Outcome(p.exitValue(), stderr, position(stderr));
    }

    static Optional<int[]> position(String stderr) {
        Matcher m = FILE_POSITION.matcher(stderr);
        if (m.find()) {
            return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        m = PARSE_POSITION.matcher(stderr);
        if (m.find()) {
            return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        return Optional.empty();
    }

    /** {@code git init -q dir}. */
    static void gitInit(Path dir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "init", "-q", dir.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("git init failed in " + dir);
        }
    }
}
