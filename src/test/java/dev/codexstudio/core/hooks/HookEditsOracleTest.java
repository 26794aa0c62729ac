package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Codex 0.169 reads what the format-preserving writers produce: a group added to corpus hooks.json files
 * and to an inline config.toml, and a field set on an existing handler, appear in {@code hooks/list} with the
 * hash the studio computes.
 */
class HookEditsOracleTest {

    @TempDir
    Path tmp;

    private static Map<String, Object> handler(String command) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("type", "command");
        h.put("command", command);
        h.put("timeout", 12L);
        h.put("statusMessage", "Studio \"edit\"\tcheck");
        return h;
    }

    private static JsonNode find(JsonNode list, String keySuffix) {
        for (JsonNode h : list.path("hooks")) {
            if (h.path("key").asText().endsWith(keySuffix)) {
                return h;
            }
        }
        return null;
    }

    @Test
    void codexListsHooksAddedAndEditedInCorpusHooksJsonFiles() throws Exception {
        CodexOracle codex = CodexOracle.require();
        List<Path> files = CorpusFiles.named("hooks.json");
        int checked = 0;
        for (Path f : files) {
            SourceText src = FileReads.readText(f);
            HookReadResult r = HooksJsonReader.parse(src, "user", false);
            if (r.optionalSource().isEmpty() || checked >= 12) {
                continue;
            }
            Path home = Files.createTempDirectory(tmp, "home");
            Path user = Files.createTempDirectory(tmp, "user");
            int index = r.source().groups(HookEvent.PRE_TOOL_USE).size();
            String text = HooksJsonWriter.INSTANCE.addGroup(src.text(), HookEvent.PRE_TOOL_USE, "^mcp__.*|Bash",
                    handler("studio-check.sh --flag 'a b'")).orElseThrow();
            Files.writeString(home.resolve("hooks.json"), text);
            JsonNode list = codex.hooksList(home, user, user);
            assertThat(list.path("warnings").toString()).as(f.toString()).doesNotContain("failed to parse");
            JsonNode added = find(list, ":pre_tool_use:" + index + ":0");
            assertThat(added).as(f + "\n" + list).isNotNull();
            assertThat(added.path("command").asText()).isEqualTo("studio-check.sh --flag 'a b'");
            assertThat(added.path("statusMessage").asText()).isEqualTo("Studio \"edit\"\tcheck");
            HookSource read = HooksJsonReader.parse(SourceText.ofString(home.resolve("hooks.json"), text), "user", false).source();
            MatcherGroup g = read.groups(HookEvent.PRE_TOOL_USE).get(index);
            assertThat(added.path("currentHash").asText())
                    .isEqualTo(HookHash.of(HookEvent.PRE_TOOL_USE, g.matcher(), g.handlers().get(0)));
            assertThat(list.path("hooks").size()).isEqualTo(countListed(r.source()) + 1);
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    /** Handlers Codex lists for a source (it skips unsupported types, empty commands and invalid matchers). */
    private static int countListed(HookSource s) {
        int n = 0;
        for (HookEvent e : HookEvent.values()) {
            for (MatcherGroup g : s.groups(e)) {
                String m = HookDiscovery.effectiveMatcher(e, g);
                if (m != null && HookMatcher.isRegex(m) && !RustRegex.isValid(m)) {
                    continue;
                }
                for (HookHandler h : g.handlers()) {
                    if (h instanceof HookHandler.Command cmd && !dev.codexstudio.core.io.RustText.isBlank(cmd.command())
                            || h instanceof HookHandler.McpTool && !e.rejectsMcpTool()) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void codexListsAnInlineHookAddedAndEditedInAConfigToml() throws Exception {
        CodexOracle codex = CodexOracle.require();
        Path home = Files.createTempDirectory(tmp, "home");
        Path user = Files.createTempDirectory(tmp, "user");
        String config = "# my settings\nmodel = \"gpt-5\"   # pinned\n\n[tui]\nnotifications = true\n";
        String added = InlineHooksWriter.INSTANCE.addGroup(config, HookEvent.SESSION_START, "startup|resume",
                handler("echo hi")).orElseThrow();
        String edited = InlineHooksWriter.INSTANCE.setField(added, HookEvent.SESSION_START, 0, 0, "timeout", 3L).orElseThrow();
        edited = InlineHooksWriter.INSTANCE.setField(edited, HookEvent.SESSION_START, 0, 0, "async", true).orElseThrow();
        assertThat(edited).startsWith(config);
        Files.writeString(home.resolve("config.toml"), edited);
        JsonNode list = codex.hooksList(home, user, user);
        JsonNode h = find(list, ":session_start:0:0");
        assertThat(h).as(list.toString()).isNotNull();
        assertThat(h.path("timeoutSec").asLong()).isEqualTo(3);
        assertThat(h.path("async").asBoolean()).isTrue();
        HookSource read = InlineHooksReader.readConfig(TomlDocument.parse(SourceText.ofString(home.resolve("config.toml"),
                edited)), "user", false).source();
        MatcherGroup g = read.groups(HookEvent.SESSION_START).get(0);
        assertThat(h.path("currentHash").asText()).isEqualTo(HookHash.of(HookEvent.SESSION_START, g.matcher(),
                g.handlers().get(0)));
    }
}
