package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against the real Codex 0.169: random hook setups (hooks.json and inline TOML over the user
 * layer and trusted project layers, trust state, features) go through Codex's {@code hooks/list} and through
 * {@link HookDiscovery}; every entry field, the order, the hashes, trust statuses, warnings and errors must agree.
 * The agreement figure is written to {@code target/hooks-differential.txt}.
 */
class HookDiscoveryDifferentialTest {

    private static final int SETUPS = Integer.getInteger("studio.hooks.differential.setups", 320);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void discoveryAgreesWithCodexOnRandomSetups() throws Exception {
        CodexOracle codex = CodexOracle.require();
        List<String> disagreements = new ArrayList<>();
        int entries = 0;
        int warnings = 0;
        for (int i = 0; i < SETUPS; i++) {
            HookSetupGenerator gen = new HookSetupGenerator(1000L + i);
            HookSetupGenerator.Setup s = gen.write(tmp.resolve("case-" + i));
            CodexEnvironment env = new CodexEnvironment(s.codexHome(), s.userHome(), CodexEnvironment.DEFAULT_SYSTEM_DIR,
                    null);
            HookCatalog first = HookDiscovery.discover(ConfigStackLoader.load(env, s.cwd()));
            List<String[]> keys = new ArrayList<>();
            first.entries().forEach(e -> keys.add(new String[] {e.key(), e.currentHash()}));
            Files.writeString(s.userConfig(), gen.withStates(s.userConfigText(), keys), StandardCharsets.UTF_8);

            ConfigStack stack = ConfigStackLoader.load(env, s.cwd());
            HookCatalog ours = HookDiscovery.discover(stack);
            JsonNode theirs = codex.hooksList(s.codexHome(), s.userHome(), s.cwd());
            List<String> diffs = compare(ours, theirs);
            entries += ours.entries().size();
            warnings += ours.warnings().size();
            if (!diffs.isEmpty()) {
                disagreements.add("setup " + i + " (" + s.cwd() + "):\n  " + String.join("\n  ", diffs));
            }
        }
        int agreed = SETUPS - disagreements.size();
        dev.codexstudio.conformance.ConformanceReport.record("module/hooks-setups", SETUPS, agreed);
        String report = "hooks differential vs Codex 0.169: " + agreed + "/" + SETUPS + " setups agree ("
                + entries + " hook entries, " + warnings + " warnings compared)\n"
                + String.join("\n", disagreements.subList(0, Math.min(20, disagreements.size())));
        Path out = Path.of(System.getProperty("studio.project.dir", ".")).resolve("target/hooks-differential.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n", StandardCharsets.UTF_8);
        assertThat(disagreements).as(report).isEmpty();
    }

    @Test
    void corpusHooksFilesReadLikeCodex() throws Exception {
        CodexOracle codex = CodexOracle.require();
        List<Path> files = CorpusFiles.named("hooks.json");
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path dir = tmp.resolve("corpus-" + i);
            TestFiles t = new TestFiles(dir);
            t.userConfig("");
            Files.copy(files.get(i), t.home.resolve("hooks.json"));
            List<String> diffs = compare(t.discover(), codex.hooksList(t.home, t.userHome, t.project));
            if (!diffs.isEmpty()) {
                disagreements.add(files.get(i) + ":\n  " + String.join("\n  ", diffs));
            }
        }
        assertThat(disagreements).as("%d/%d corpus hooks.json files agree", files.size() - disagreements.size(),
                files.size()).isEmpty();
    }

    private static final String[] REGEX_ATOMS = {"a", "B", "é", ".", "\\d", "\\W", "\\s", "\\b", "\\B", "\\<", "\\>", "^",
        "$", "\\A", "\\z", "\\Z", "\\x41", "\\xFF", "\\x{263a}", "\\u00e9", "\\p{L}", "\\pN", "\\p{Greek}", "\\p{sc=Latn}",
        "\\p{Bogus}", "\\P{Lu}", "[a-z]", "[^a]", "[z-a]", "[[:alpha:]]", "[[:word:]]", "[a&&b]", "[\\d--5]", "[-a]", "[a-]",
        "[]a]", "[", "]", "(", ")", "(?:", "(?i)", "(?-u)", "(?x)", "(?s:", "(?P<n>", "(?<m>", "(?=", "(?!", "\\1", "\\k",
        "|", "*", "+", "?", "*?", "{2}", "{2,}", "{2,1}", "{,3}", "{", "}", "\\", "\\.", "\\-", "\\q", "\\e", " ", "#",
        "\\b{start}", "\\b{x}", "(?i-i)", "(?ii)", "(?u:\\w)", "\\d{1,3}", "a{1000}", "\u00ad", "\u2028", "\u0301",
        "\u00a0", "😀", "\u0000", "\t", "\"", "\n", "\u200b", "\ufeff", "\u0085", "\u1680", "\u3000", "e\u0301"};

    @Test
    void randomRegexMatchersAreJudgedLikeRust() throws Exception {
        CodexOracle codex = CodexOracle.require();
        for (long seed = 42; seed < 42 + Integer.getInteger("studio.hooks.regex.seeds", 3); seed++) {
            java.util.Random rnd = new java.util.Random(seed);
            com.fasterxml.jackson.databind.node.ArrayNode groups = JSON.createArrayNode();
            for (int i = 0; i < 1000; i++) {
                StringBuilder p = new StringBuilder();
                int n = 1 + rnd.nextInt(6);
                for (int k = 0; k < n; k++) {
                    p.append(REGEX_ATOMS[rnd.nextInt(REGEX_ATOMS.length)]);
                }
                ObjectNode g = groups.addObject();
                g.put("matcher", p.toString());
                g.putArray("hooks").addObject().put("type", "command").put("command", "echo " + i);
            }
            TestFiles t = new TestFiles(tmp.resolve("regex-" + seed));
            t.userConfig("");
            ObjectNode file = JSON.createObjectNode();
            file.putObject("hooks").set("PreToolUse", groups);
            Files.writeString(t.home.resolve("hooks.json"), JSON.writeValueAsString(file));
            HookCatalog ours = t.discover();
            List<String> diffs = compare(ours, codex.hooksList(t.home, t.userHome, t.project));
            assertThat(diffs).as("1000 random matchers (seed %d, %d invalid)", seed, ours.warnings().size()).isEmpty();
        }
    }

    static final String[] BROKEN_TOML = {
        "[hooks.PostToolUse]\nmatcher = \"Bash\"\n",
        "[hooks.PostToolUse]\nmatcher = \"Bash\"\n[[hooks.PostToolUse.hooks]]\ntype = \"command\"\ncommand = \"x\"\n",
        "[[hooks.PreToolUse]]\nmatcher = 5\n",
        "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"x\"\ntimeout = \"5\"\n",
        "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"x\"\ntimeout = -1\n",
        "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ncommand = \"x\"\n",
        "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"bogus\"\ncommand = \"x\"\n",
        "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\n",
        "[[hooks.Stop]]\nhooks = 5\n",
        "[[hooks.Stop]]\nhooks = [{ type = \"command\", command = \"x\", async = \"yes\" }]\n",
        "hooks = 5\n",
        "hooks = [\"a\"]\n",
        "[hooks]\nStop = 5\n",
        "[hooks]\nstate = 5\n",
        "[hooks.state.\"k\"]\nenabled = \"no\"\n",
        "[hooks.state.\"k\"]\ntrusted_hash = 5\n",
        "[hooks]\nStop = [5]\n",
        "model = \"x\"\n\n[[hooks.SessionStart]]\nmatcher = \"startup\"\n[[hooks.SessionStart.hooks]]\ntype = \"mcp_tool\"\nserver = \"s\"\n",
    };

    @Test
    void tomlTypeErrorsAreReportedLikeCodex() throws Exception {
        CodexOracle codex = CodexOracle.require();
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < BROKEN_TOML.length; i++) {
            TestFiles t = new TestFiles(tmp.resolve("toml-" + i));
            t.userConfig(BROKEN_TOML[i]);
            JsonNode theirs = codex.hooksList(t.home, t.userHome, t.project);
            List<String> theirErrors = new ArrayList<>();
            theirs.path("errors").forEach(e -> theirErrors.add(e.path("message").asText()));
            List<String> ours = t.discover().errors();
            if (!theirErrors.equals(ours)) {
                disagreements.add(BROKEN_TOML[i].replace("\n", "\\n") + "\n    codex: " + theirErrors + "\n    ours:  " + ours);
            }
        }
        assertThat(disagreements).as("%d/%d TOML cases agree", BROKEN_TOML.length - disagreements.size(),
                BROKEN_TOML.length).isEmpty();
    }

    @Test
    void tomlTypeErrorsAcrossLayersAreReportedLikeCodex() throws Exception {
        CodexOracle codex = CodexOracle.require();
        String bad = "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"x\"\ntimeout = -1\n";
        String good = "[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"command\"\ncommand = \"s\"\n";
        String[][] cases = {
            {bad, good}, {good, bad}, {bad, "[[hooks.PreToolUse]]\n"}, {bad, "model = \"x\"\n"},
            {good, "model = \"x\"\n\n" + bad}, {"[hooks.state.\"k\"]\nenabled = \"no\"\n", good}, {bad, "hooks = 5\n"},
            {bad.replace("-1", "-2"), bad.replace("PreToolUse", "Stop")}, {good, "hooks = 5\n"}, {"", "hooks = 5\n"},
            {"[features]\nhooks = false\n\n" + bad, "[[hooks.PreToolUse]]\n"}, {"[[hooks.Stop]]\nmatcher = 5\n", good},
        };
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            TestFiles t = new TestFiles(tmp.resolve("layers-" + i));
            t.userConfig(cases[i][0]);
            TestFiles.write(t.project.resolve(".codex/config.toml"), cases[i][1]);
            List<String> diffs = compare(t.discover(), codex.hooksList(t.home, t.userHome, t.project));
            if (!diffs.isEmpty()) {
                disagreements.add("case " + i + ": " + String.join("\n  ", diffs));
            }
        }
        assertThat(disagreements).as("%d/%d layered TOML cases agree", cases.length - disagreements.size(), cases.length)
                .isEmpty();
    }

    /** Field-by-field comparison of our catalog with Codex's hooks/list entry. */
    static List<String> compare(HookCatalog ours, JsonNode theirs) {
        List<String> diffs = new ArrayList<>();
        if (theirs.has("error")) {
            diffs.add("Codex answered with an error: " + theirs.get("error"));
            return diffs;
        }
        List<String> theirWarnings = new ArrayList<>();
        theirs.path("warnings").forEach(w -> theirWarnings.add(w.asText()));
        if (!theirWarnings.equals(ours.warnings())) {
            diffs.add("warnings differ:\n    codex: " + theirWarnings + "\n    ours:  " + ours.warnings());
        }
        List<String> theirErrors = new ArrayList<>();
        theirs.path("errors").forEach(e -> theirErrors.add(e.path("message").asText()));
        List<String> ourErrors = ours.errors();
        if (!theirErrors.equals(ourErrors)) {
            diffs.add("errors differ:\n    codex: " + theirErrors + "\n    ours:  " + ourErrors);
        }
        JsonNode list = theirs.path("hooks");
        if (list.size() != ours.entries().size()) {
            diffs.add("codex lists " + list.size() + " hooks, we list " + ours.entries().size());
        }
        for (int i = 0; i < Math.min(list.size(), ours.entries().size()); i++) {
            ObjectNode expected = toJson(ours.entries().get(i));
            JsonNode actual = list.get(i);
            Iterator<String> names = actual.fieldNames();
            while (names.hasNext()) {
                String f = names.next();
                if (!String.valueOf(actual.get(f)).equals(String.valueOf(expected.get(f)))) {
                    diffs.add("hook " + i + " " + actual.path("key").asText() + " field " + f + ": codex " + actual.get(f)
                            + ", ours " + expected.get(f));
                }
            }
        }
        return diffs;
    }

    /** Our entry in the shape of Codex's {@code HookMetadata}. */
    static ObjectNode toJson(HookEntry e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", e.key());
        o.put("eventName", e.eventName());
        o.put("handlerType", e.handlerType());
        if (e.handlerType().equals("command")) {
            o.put("command", e.command());
            o.put("async", e.async());
        } else {
            o.put("server", e.server());
            o.put("tool", e.tool());
        }
        o.put("matcher", e.matcher());
        o.put("timeoutSec", e.timeoutSec());
        o.put("statusMessage", e.statusMessage());
        if (e.additionalContextLimit() == null) {
            o.putNull("additionalContextLimit");
        } else {
            o.put("additionalContextLimit", e.additionalContextLimit());
        }
        o.put("sourcePath", e.sourcePath().toString());
        o.put("source", e.source());
        o.putNull("pluginId");
        o.putNull("environmentId");
        o.put("displayOrder", e.displayOrder());
        o.put("enabled", e.enabled());
        o.put("isManaged", e.isManaged());
        o.put("currentHash", e.currentHash());
        o.put("trustStatus", e.trustStatus().label());
        return o;
    }
}
