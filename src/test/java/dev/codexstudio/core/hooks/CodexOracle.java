package dev.codexstudio.core.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Codex CLI as a test oracle: runs {@code codex app-server} with a throw-away {@code CODEX_HOME} and asks
 * {@code hooks/list}. Enabled by the system property {@code studio.codex.bin}; when the binary is missing the
 * calling test is skipped, except under {@code CI=true}, where a missing binary fails.
 */
final class CodexOracle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path binary;

    private CodexOracle(Path binary) {
        this.binary = binary;
    }

    /** The oracle, or a skipped (locally) / failed (CI) test when there is none. */
    static CodexOracle require() {
        String bin = System.getProperty("studio.codex.bin", "");
        Path p = bin.isBlank() ? null : Path.of(bin);
        boolean usable = p != null && Files.isRegularFile(p) && Files.isExecutable(p);
        if (!usable) {
            String why = "Codex binary not available (set -Dstudio.codex.bin=<path to codex 0.169>; was '" + bin + "')";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(why + " — required when CI=true");
            }
            Assumptions.abort(why);
        }
        return new CodexOracle(p);
    }

    /** {@code hooks/list} for one cwd; returns the {@code data[0]} object, or the JSON-RPC error object. */
    JsonNode hooksList(Path codexHome, Path userHome, Path cwd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(binary.toString(), "app-server");
        Map<String, String> env = pb.environment();
        env.put("CODEX_HOME", codexHome.toString());
        env.put("HOME", userHome.toString());
        env.put("RUST_BACKTRACE", "0");
        env.remove("CODEX_SQLITE_HOME");
        pb.directory(cwd.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process proc = pb.start();
        try (Writer w = new OutputStreamWriter(proc.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            send(w, Map.of("id", 0, "method", "initialize", "params",
                    Map.of("clientInfo", Map.of("name", "studio-test", "version", "0"))));
            waitFor(r, 0);
            send(w, Map.of("method", "initialized"));
            send(w, Map.of("id", 1, "method", "hooks/list", "params", Map.of("cwds", List.of(cwd.toString()))));
            JsonNode res = waitFor(r, 1);
            w.close();
            if (res == null) {
                ObjectNode err = JSON.createObjectNode();
                err.put("error", "app-server exited without answering");
                return err;
            }
            if (res.has("error")) {
                return res;
            }
            return res.path("result").path("data").path(0);
        } finally {
            if (!proc.waitFor(30, TimeUnit.SECONDS)) {
                proc.destroyForcibly();
            }
        }
    }

    private static void send(Writer w, Object msg) throws IOException {
        w.write(JSON.writeValueAsString(msg));
        w.write('\n');
        w.flush();
    }

    private static JsonNode waitFor(BufferedReader r, int id) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            JsonNode n = JSON.readTree(line);
            if (n.has("id") && n.get("id").asInt() == id && !n.has("method")) {
                return n;
            }
        }
        return null;
    }
}
