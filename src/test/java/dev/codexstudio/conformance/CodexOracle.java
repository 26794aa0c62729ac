package dev.codexstudio.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Codex CLI 0.169.0, run offline as a test oracle.
 *
 * <p>The binary comes from the system property {@code studio.codex.bin} (the pom points it at the copy
 * that {@code .ci/run} installs under {@code target/codex-oracle}). Without it, tests that need the oracle
 * are skipped with a message — except under CI ({@code CI=true}), where a missing binary fails them.
 *
 * <p>Every call runs with a throwaway {@code CODEX_HOME} and {@code HOME} chosen by the caller, never the
 * developer's own {@code ~/.codex}.
 */
public final class CodexOracle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path binary;

    private CodexOracle(Path binary) {
        this.binary = binary;
    }

    /** The oracle, or a skipped test (a failed one under CI) when the binary is not installed. */
    public static CodexOracle require() {
        Optional<Path> bin = locate();
        if (bin.isEmpty()) {
            String msg = "the real Codex CLI is not installed (run .ci/run, or pass -Dstudio.codex.bin=PATH): "
                    + "conformance tests skipped";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(msg.replace("skipped", "cannot run under CI"));
            }
            Assumptions.abort(msg);
        }
        return new CodexOracle(bin.get());
    }

    public static Optional<Path> locate() {
        String p = System.getProperty("studio.codex.bin");
        if (p == null || p.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(p);
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    public Path binary() {
        return binary;
    }

    /** The outcome of one command. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs {@code codex <args>} in {@code cwd}. */
    public Result run(Path codexHome, Path home, Path cwd, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(binary.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        environment(pb.environment(), codexHome, home);
        Path out = Files.createTempFile("codex-out", ".txt");
        Path err = Files.createTempFile("codex-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("codex " + String.join(" ", args) + " timed out");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void environment(Map<String, String> env, Path codexHome, Path home) {
        env.put("CODEX_HOME", codexHome.toString());
        env.put("HOME", home.toString());
        env.put("RUST_BACKTRACE", "0");
        env.put("NO_COLOR", "1");
        env.remove("OPENAI_API_KEY");
        env.remove("CODEX_API_KEY");
    }

    /**
     * The AGENTS.md instructions text Codex builds for {@code cwd} (the part between
     * {@code <INSTRUCTIONS>\n} and {@code \n</INSTRUCTIONS>}), or empty when Codex sends none.
     */
    public Optional<String> agentsInstructions(Path codexHome, Path home, Path cwd) throws IOException, InterruptedException {
        Result r = promptInput(codexHome, home, cwd);
        if (r.exitCode() != 0) {
            throw new IOException("codex debug prompt-input failed (" + r.exitCode() + "): " + r.stderr());
        }
        return agentsInstructions(r);
    }

    /** {@code codex debug prompt-input hi} in {@code cwd}: fails (exit 1, message on stderr) when the config does not load. */
    public Result promptInput(Path codexHome, Path home, Path cwd) throws IOException, InterruptedException {
        return run(codexHome, home, cwd, "debug", "prompt-input", "hi");
    }

    /** The AGENTS.md instructions text in a successful {@code prompt-input} output. */
    public static Optional<String> agentsInstructions(Result promptInput) throws IOException {
        JsonNode items = JSON.readTree(promptInput.stdout());
        for (JsonNode item : items) {
            if (!"message".equals(item.path("type").asText()) || !"user".equals(item.path("role").asText())) {
                continue;
            }
            for (JsonNode c : item.path("content")) {
                String t = c.path("text").asText("");
                if (t.startsWith("# AGENTS.md instructions")) {
                    int open = t.indexOf("<INSTRUCTIONS>\n");
                    int close = t.lastIndexOf("\n</INSTRUCTIONS>");
                    return Optional.of(t.substring(open + "<INSTRUCTIONS>\n".length(), close));
                }
            }
        }
        return Optional.empty();
    }

    /** A JSON-RPC session with {@code codex app-server}: send requests, read their results. */
    public final class AppServer implements AutoCloseable {
        private final Process process;
        private final BufferedWriter in;
        private final BufferedReader out;
        private int nextId = 1;
        private final List<JsonNode> notifications = new ArrayList<>();

        AppServer(Path codexHome, Path home, Path cwd) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(binary.toString(), "app-server").directory(cwd.toFile());
            environment(pb.environment(), codexHome, home);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            process = pb.start();
            in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            ObjectNode init = JSON.createObjectNode();
            init.putObject("clientInfo").put("name", "stack-studio-tests").put("version", "0");
            request("initialize", init);
            ObjectNode initialized = JSON.createObjectNode().put("method", "initialized");
            send(initialized);
        }

        private void send(JsonNode msg) throws IOException {
            in.write(JSON.writeValueAsString(msg));
            in.write('\n');
            in.flush();
        }

        /** Sends a request and returns its {@code result} (or throws on an error response). */
        public JsonNode request(String method, JsonNode params) throws IOException {
            int id = nextId++;
            ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
            msg.set("params", params);
            send(msg);
            while (true) {
                String line = out.readLine();
                if (line == null) {
                    throw new IOException("codex app-server closed its output while waiting for " + method);
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                if (node.has("id") && node.path("id").asInt(-1) == id) {
                    if (node.has("error")) {
                        throw new IOException(method + " failed: " + node.get("error"));
                    }
                    return node.path("result");
                }
                if (node.has("method")) {
                    notifications.add(node);
                }
            }
        }

        /** Notifications received so far ({@code configWarning}, …). */
        public List<JsonNode> notifications() {
            return List.copyOf(notifications);
        }

        public JsonNode hooksList(Path... cwds) throws IOException {
            ObjectNode p = JSON.createObjectNode();
            for (Path c : cwds) {
                p.withArray("cwds").add(c.toString());
            }
            return request("hooks/list", p);
        }

        public JsonNode skillsList(Path... cwds) throws IOException {
            ObjectNode p = JSON.createObjectNode();
            for (Path c : cwds) {
                p.withArray("cwds").add(c.toString());
            }
            return request("skills/list", p);
        }

        @Override
        public void close() throws IOException {
            in.close();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    public AppServer appServer(Path codexHome, Path home, Path cwd) throws IOException {
        return new AppServer(codexHome, home, cwd);
    }
}
