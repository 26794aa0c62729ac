package dev.codexstudio.core.hooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random hook setups for the differential test: a Codex home with a user {@code config.toml} (project trust,
 * features, inline hooks) and {@code hooks.json}, and a git project with {@code .codex/} layers at the root and in a
 * sub-directory, with odd matchers, missing and extra fields, unicode, MCP/prompt/agent handlers and occasionally a
 * hooks.json that Codex must skip.
 */
public final class HookSetupGenerator {

    static final String[] EVENTS = {"PreModelRequest", "PostModelRequest", "PreToolUse", "PermissionRequest",
        "PostToolUse", "PreCompact", "PostCompact", "SessionStart", "SessionEnd", "UserPromptSubmit", "SubagentStart",
        "SubagentStop", "Stop", "Interrupt", "Bogus", "preToolUse"};
    static final String[] MATCHERS = {"", "*", "Bash", "Edit|Write", "^Bash$", "mcp__.*", "Bash|", "[", "(?=x)",
        "a{2,1}", "é+", "\\d+", "(?i)bash", "startup|resume", "manual", "(", "\\p{Greek}", "[[:alpha:]]+", "\\Z",
        "(?P<n>Bash)", "apply_patch", "Agent"};
    static final String[] COMMANDS = {"echo hi", "", "   ", "python3 ~/.codex/hooks/x.py --flag \"q\"", "printf 'é✓日本😀'",
        "a\\b\ttab", "${PLUGIN_ROOT}/run.sh", "node hook.js", "\u00a0", "./check.sh && echo ok", "a\u0001b\u001fc",
        "x\u007fy\u2028z", "say \"hi\" 'there' /slash", "\u200b", "line1\nline2", "\r\n"};
    static final long[] TIMEOUTS = {0, 1, 2, 3, 5, 30, 600, 100000};

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random rnd;

    /** The files written for one setup. */
    record Setup(Path codexHome, Path userHome, Path projectRoot, Path cwd, Path userConfig, String userConfigText) {
    }

    public HookSetupGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private <T> T pick(T[] items) {
        return items[rnd.nextInt(items.length)];
    }

    Setup write(Path dir) throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path userHome = Files.createDirectories(dir.resolve("userhome"));
        Path root = Files.createDirectories(dir.resolve("w"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Path cwd = chance(0.5) ? Files.createDirectories(root.resolve("sub")) : root;

        StringBuilder user = new StringBuilder();
        double trust = rnd.nextDouble();
        if (trust < 0.8) {
            user.append("[projects.\"").append(root).append("\"]\ntrust_level = \"trusted\"\n\n");
        } else if (trust < 0.9) {
            user.append("[projects.\"").append(root).append("\"]\ntrust_level = \"untrusted\"\n\n");
        }
        if (chance(0.08)) {
            user.append("[features]\n").append(pick(new String[] {"hooks = false", "codex_hooks = false", "hooks = true",
                "codex_hooks = true"})).append("\n\n");
        }
        if (chance(0.5)) {
            write(home.resolve("hooks.json"), hooksJson());
        }
        if (chance(0.35)) {
            user.append(inlineToml());
        }
        if (chance(0.04)) {
            user.append(HookDiscoveryDifferentialTest.BROKEN_TOML[rnd.nextInt(HookDiscoveryDifferentialTest.BROKEN_TOML.length)]);
        }
        if (chance(0.6)) {
            Path dotCodex = Files.createDirectories(root.resolve(".codex"));
            if (chance(0.7)) {
                write(dotCodex.resolve("hooks.json"), hooksJson());
            }
            if (chance(0.4)) {
                StringBuilder proj = new StringBuilder();
                if (chance(0.1)) {
                    proj.append("[features]\nhooks = ").append(chance(0.5)).append("\n\n");
                }
                proj.append(inlineToml());
                write(dotCodex.resolve("config.toml"), proj.toString());
            }
        }
        if (!cwd.equals(root) && chance(0.4)) {
            Path dotCodex = Files.createDirectories(cwd.resolve(".codex"));
            write(dotCodex.resolve("hooks.json"), hooksJson());
        }
        Path userConfig = home.resolve("config.toml");
        write(userConfig, user.toString());
        return new Setup(home, userHome, root, cwd, userConfig, user.toString());
    }

    /** Appends {@code [hooks.state]} entries for some of the given keys: trusted, modified or disabled. */
    String withStates(String userConfig, List<String[]> keysAndHashes) {
        StringBuilder b = new StringBuilder(userConfig);
        for (String[] kh : keysAndHashes) {
            double r = rnd.nextDouble();
            if (r < 0.35) {
                continue;
            }
            b.append("\n[hooks.state.").append(tomlString(kh[0])).append("]\n");
            if (r < 0.65) {
                b.append("trusted_hash = ").append(tomlString(kh[1])).append('\n');
            } else if (r < 0.8) {
                b.append("trusted_hash = \"sha256:0000\"\n");
            } else if (r < 0.9) {
                b.append("enabled = false\n");
            } else {
                b.append("enabled = false\ntrusted_hash = ").append(tomlString(kh[1])).append('\n');
            }
        }
        return b.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    // ---- hooks.json ----

    /** A random {@code hooks.json} text. */
    public String hooksJson() {
        ObjectNode events = JSON.createObjectNode();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            String ev = pick(EVENTS);
            if (events.has(ev)) {
                continue;
            }
            ArrayNode groups = events.putArray(ev);
            int g = 1 + rnd.nextInt(3);
            for (int j = 0; j < g; j++) {
                groups.add(jsonGroup());
            }
        }
        ObjectNode file = JSON.createObjectNode();
        if (chance(0.2)) {
            file.put("description", "Hooks for é 😀");
        }
        file.set("hooks", events);
        try {
            String text = chance(0.5) ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file)
                    : JSON.writeValueAsString(file);
            double broken = rnd.nextDouble();
            if (broken < 0.03) {
                return JSON.writeValueAsString(events);
            }
            if (broken < 0.05) {
                int at = text.lastIndexOf(']');
                return at > 0 ? text.substring(0, at) + ",]" + text.substring(at + 1) : text + ",";
            }
            if (broken < 0.06) {
                return "// hooks\n" + text;
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode jsonGroup() {
        ObjectNode g = JSON.createObjectNode();
        double m = rnd.nextDouble();
        if (m < 0.6) {
            g.put("matcher", pick(MATCHERS));
        } else if (m < 0.65) {
            g.putNull("matcher");
        }
        if (chance(0.05)) {
            g.put("comment", "ignored");
        }
        ArrayNode hooks = g.putArray("hooks");
        int h = rnd.nextInt(4);
        for (int i = 0; i < h; i++) {
            hooks.add(jsonHandler());
        }
        return g;
    }

    private ObjectNode jsonHandler() {
        ObjectNode h = JSON.createObjectNode();
        double t = rnd.nextDouble();
        if (t < 0.08) {
            h.put("type", "mcp_tool");
            h.put("server", pick(new String[] {"memory", "git", "ünï"}));
            h.put("tool", pick(new String[] {"save", "log", "x"}));
            if (chance(0.7)) {
                ObjectNode in = h.putObject("input");
                in.put("z", "x");
                in.put("n", rnd.nextInt(1000) - 500);
                if (chance(0.5)) {
                    in.put("f", 1.5);
                }
                if (chance(0.3)) {
                    in.put("big", 1e300);
                }
                in.put("b", chance(0.5));
                in.putArray("arr").add(1).add("two");
                in.putObject("obj").put("k", "v").put("a", 2);
            }
            if (chance(0.4)) {
                h.put("timeout", TIMEOUTS[rnd.nextInt(TIMEOUTS.length)]);
            }
            if (chance(0.3)) {
                h.put("statusMessage", "MCP…");
            }
            return h;
        }
        if (t < 0.11) {
            h.put("type", "prompt");
            h.put("prompt", "Is this ok?");
            return h;
        }
        if (t < 0.13) {
            h.put("type", "agent");
            return h;
        }
        h.put("type", "command");
        h.put("command", pick(COMMANDS));
        if (chance(0.1)) {
            h.put("commandWindows", "cmd /c win.bat");
        }
        if (chance(0.5)) {
            h.put("timeout", TIMEOUTS[rnd.nextInt(TIMEOUTS.length)]);
        }
        if (chance(0.1)) {
            h.put("timeoutSec", 30);
        }
        if (chance(0.3)) {
            h.put("async", chance(0.5));
        }
        double s = rnd.nextDouble();
        if (s < 0.1) {
            h.put("statusMessage", "Checking \u0001 \"quoted\" 😀");
        } else if (s < 0.2) {
            h.put("statusMessage", "Checking…");
        } else if (s < 0.25) {
            h.put("statusMessage", "");
        } else if (s < 0.28) {
            h.putNull("statusMessage");
        }
        double a = rnd.nextDouble();
        if (a < 0.12) {
            h.put("additionalContextLimit", pick(new Integer[] {0, 100, 2500}));
        } else if (a < 0.14) {
            h.putNull("additionalContextLimit");
        }
        return h;
    }

    // ---- inline TOML ----

    /** Random inline {@code [[hooks.X]]} TOML. */
    public String inlineToml() {
        StringBuilder b = new StringBuilder();
        int n = 1 + rnd.nextInt(3);
        List<String> used = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String ev = pick(EVENTS);
            if (used.contains(ev)) {
                continue;
            }
            used.add(ev);
            int g = 1 + rnd.nextInt(2);
            for (int j = 0; j < g; j++) {
                b.append("[[hooks.").append(ev).append("]]\n");
                if (chance(0.6)) {
                    b.append("matcher = ").append(tomlString(pick(MATCHERS))).append('\n');
                }
                int h = rnd.nextInt(3);
                for (int k = 0; k < h; k++) {
                    b.append("[[hooks.").append(ev).append(".hooks]]\n");
                    if (chance(0.08)) {
                        b.append("type = \"mcp_tool\"\nserver = \"memory\"\ntool = \"save\"\n");
                        if (chance(0.6)) {
                            b.append("input = { a = \"x\", n = ").append(rnd.nextInt(50)).append(", b = true")
                                    .append(chance(0.5) ? ", f = 2.5, e = 1e300, s = 0.1" : "").append(" }\n");
                        }
                        continue;
                    }
                    b.append("type = \"command\"\ncommand = ").append(tomlString(pick(COMMANDS))).append('\n');
                    if (chance(0.5)) {
                        b.append("timeout = ").append(TIMEOUTS[rnd.nextInt(TIMEOUTS.length)]).append('\n');
                    }
                    if (chance(0.3)) {
                        b.append("async = ").append(chance(0.5)).append('\n');
                    }
                    if (chance(0.25)) {
                        b.append("statusMessage = \"Checking…\"\n");
                    }
                    if (chance(0.12)) {
                        b.append("additionalContextLimit = 100\n");
                    }
                }
            }
        }
        return b.append('\n').toString();
    }

    /** A TOML basic string. */
    static String tomlString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
