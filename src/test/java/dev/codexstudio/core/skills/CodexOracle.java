package dev.codexstudio.core.skills;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Codex CLI as a test oracle: runs {@code codex app-server} with a throwaway {@code CODEX_HOME} and
 * {@code HOME} and asks it for {@code skills/list}.
 *
 * <p>The binary comes from the system property {@code studio.codex.bin}. When it is missing the calling
 * test is skipped with a clear message, unless the environment variable {@code CI} is {@code true}, in
 * which case the test fails.
 */
final class CodexOracle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;

    private CodexOracle(Path binary) {
        this.binary = binary;
    }

    /** The oracle, or a skipped (or, on CI, failed) test when the binary is not there. */
    static CodexOracle require() {
        String property = System.getProperty("studio.codex.bin");
        Path bin = property == null || property.isBlank() ? null : Path.of(property);
        if (bin == null || !Files.isRegularFile(bin) || !Files.isExecutable(bin)) {
            String why = "the Codex CLI oracle is not available (system property studio.codex.bin = " + property
                    + "); install @openai/codex@0.169.0 there or pass -Dstudio.codex.bin=<path to codex>";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + " (CI=true, so this is a failure)");
            }
            Assumptions.abort(why);
        }
        return new CodexOracle(bin);
    }

    /** A skill as the app-server lists it (interface fields and tools with their non-null values). */
    record ListedSkill(String name, String description, String shortDescription, String path, String scope,
            boolean enabled, Map<String, String> ui, List<Map<String, String>> tools) {
    }

    /** An error as the app-server lists it. */
    record ListedError(String path, String message) {
    }

    /** The {@code skills/list} answer for one cwd. */
    record Listing(List<ListedSkill> skills, List<ListedError> errors) {
    }

    /** Runs {@code skills/list} for {@code cwd} with the given Codex home and user home. */
    Listing skillsList(Path codexHome, Path userHome, Path cwd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(binary.toString(), "app-server");
        Map<String, String> env = pb.environment();
        env.put("CODEX_HOME", codexHome.toString());
        env.put("HOME", userHome.toString());
        env.put("RUST_BACKTRACE", "0");
        env.remove("RUST_LOG");
        pb.directory(cwd.toFile());
        Path stderr = Files.createTempFile(codexHome, "app-server", ".log");
        pb.redirectError(stderr.toFile());
        Process process = pb.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (OutputStream in = process.getOutputStream();
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            send(in, request(0, "initialize", JSON.createObjectNode().set("clientInfo",
                    JSON.createObjectNode().put("name", "studio-test").put("version", "0"))));
            await(out, 0);
            ObjectNode initialized = JSON.createObjectNode().put("method", "initialized");
            send(in, initialized);
            ObjectNode params = JSON.createObjectNode();
            params.putArray("cwds").add(cwd.toString());
            send(in, request(1, "skills/list", params));
            JsonNode response = await(out, 1);
            if (response == null || !response.has("result")) {
                throw new IOException("no skills/list result from Codex: " + response + "\n"
                        + Files.readString(stderr));
            }
            JsonNode data = response.get("result").get("data").get(0);
            List<ListedSkill> skills = new ArrayList<>();
            for (JsonNode s : data.get("skills")) {
                List<Map<String, String>> tools = new ArrayList<>();
                if (s.hasNonNull("dependencies")) {
                    for (JsonNode t : s.get("dependencies").get("tools")) {
                        tools.add(nonNullFields(t));
                    }
                }
                skills.add(new ListedSkill(s.get("name").asText(), s.get("description").asText(),
                        s.hasNonNull("shortDescription") ? s.get("shortDescription").asText() : null,
                        s.get("path").asText(), s.get("scope").asText(), s.get("enabled").asBoolean(),
                        s.hasNonNull("interface") ? nonNullFields(s.get("interface")) : Map.of(), tools));
            }
            List<ListedError> errors = new ArrayList<>();
            for (JsonNode e : data.get("errors")) {
                errors.add(new ListedError(e.get("path").asText(), e.get("message").asText()));
            }
            return new Listing(skills, errors);
        } finally {
            process.waitFor(10, TimeUnit.SECONDS);
            process.destroyForcibly();
            watchdog.interrupt();
        }
    }

    private static Map<String, String> nonNullFields(JsonNode object) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        object.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return out;
    }

    private static ObjectNode request(int id, String method, JsonNode params) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("method", method);
        n.set("params", params);
        return n;
    }

    private static void send(OutputStream in, JsonNode message) throws IOException {
        in.write((JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static JsonNode await(BufferedReader out, int id) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            JsonNode n = JSON.readTree(line);
            if (n.has("id") && n.get("id").asInt() == id && (n.has("result") || n.has("error"))) {
                return n;
            }
        }
        return null;
    }
}
