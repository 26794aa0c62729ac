package dev.codexstudio.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HooksJsonWriterTest {

    private static final HooksJsonWriter W = HooksJsonWriter.INSTANCE;
    private static final Path FILE = Path.of("/p/.codex/hooks.json");

    private static final String SAMPLE = """
            {
                "description": "x",
                "hooks": {
                    "PreToolUse": [
                        {
                            "matcher": "Bash",
                            "hooks": [
                                { "type": "command", "command": "a.sh", "timeout": 5 }
                            ]
                        }
                    ]
                }
            }
            """;

    private static HookSource read(String text) {
        HookReadResult r = HooksJsonReader.parse(SourceText.ofString(FILE, text), "project", false);
        assertThat(r.optionalFailure()).as(text).isEmpty();
        return r.source();
    }

    private static Map<String, Object> command(String cmd) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("type", "command");
        h.put("command", cmd);
        return h;
    }

    @Test
    void replacingAValueChangesOnlyItsSpan() {
        String out = W.setField(SAMPLE, HookEvent.PRE_TOOL_USE, 0, 0, "timeout", 30L).orElseThrow();
        assertThat(out).isEqualTo(SAMPLE.replace("\"timeout\": 5", "\"timeout\": 30"));
        String m = W.setMatcher(SAMPLE, HookEvent.PRE_TOOL_USE, 0, "^mcp__.*").orElseThrow();
        assertThat(m).isEqualTo(SAMPLE.replace("\"Bash\"", "\"^mcp__.*\""));
    }

    @Test
    void addsAFieldToAOneLineObjectOnThatLine() {
        String out = W.setField(SAMPLE, HookEvent.PRE_TOOL_USE, 0, 0, "statusMessage", "Say \"hi\"").orElseThrow();
        assertThat(out).isEqualTo(SAMPLE.replace("\"timeout\": 5 }", "\"timeout\": 5, \"statusMessage\": \"Say \\\"hi\\\"\" }"));
        assertThat(((HookHandler.Command) read(out).groups(HookEvent.PRE_TOOL_USE).get(0).handlers().get(0)).statusMessage())
                .isEqualTo("Say \"hi\"");
    }

    @Test
    void removesFieldsFirstMiddleAndLast() {
        String noType = W.setField(SAMPLE, HookEvent.PRE_TOOL_USE, 0, 0, "timeout", null).orElseThrow();
        assertThat(noType).isEqualTo(SAMPLE.replace(", \"timeout\": 5", ""));
        String noMatcher = W.setMatcher(SAMPLE, HookEvent.PRE_TOOL_USE, 0, null).orElseThrow();
        assertThat(noMatcher).isEqualTo(SAMPLE.replace("\"matcher\": \"Bash\",\n                ", ""));
        assertThat(read(noMatcher).groups(HookEvent.PRE_TOOL_USE).get(0).matcher()).isNull();
    }

    @Test
    void addsAGroupWithTheSiblingsIndentation() {
        String out = W.addGroup(SAMPLE, HookEvent.PRE_TOOL_USE, "apply_patch", command("b.sh")).orElseThrow();
        // everything up to the end of the first group is untouched, the new group is indented as its sibling
        String firstGroupEnd = "\n            }";
        int at = SAMPLE.indexOf(firstGroupEnd + "\n        ]") + firstGroupEnd.length();
        assertThat(out).startsWith(SAMPLE.substring(0, at)).endsWith(SAMPLE.substring(at));
        assertThat(out.substring(at, out.length() - (SAMPLE.length() - at))).isEqualTo(",\n"
                + "            {\n"
                + "                \"matcher\": \"apply_patch\",\n"
                + "                \"hooks\": [\n"
                + "                    {\n"
                + "                        \"type\": \"command\",\n"
                + "                        \"command\": \"b.sh\"\n"
                + "                    }\n"
                + "                ]\n"
                + "            }");
        HookSource s = read(out);
        assertThat(s.groups(HookEvent.PRE_TOOL_USE)).hasSize(2);
        assertThat(s.groups(HookEvent.PRE_TOOL_USE).get(1).matcher()).isEqualTo("apply_patch");
    }

    @Test
    void addsANewEventAndCreatesAFileFromNothing() {
        String out = W.addGroup(SAMPLE, HookEvent.STOP, null, command("stop.sh")).orElseThrow();
        HookSource s = read(out);
        assertThat(s.groups(HookEvent.STOP)).hasSize(1);
        assertThat(s.groups(HookEvent.STOP).get(0).matcher()).isNull();
        assertThat(out).contains("\n        \"Stop\": [\n            {\n                \"hooks\": [");
        String fresh = W.addGroup("", HookEvent.SESSION_START, "startup", command("s.sh")).orElseThrow();
        assertThat(fresh).startsWith("{\n  \"hooks\": {\n    \"SessionStart\": [").endsWith("}\n");
        assertThat(read(fresh).groups(HookEvent.SESSION_START)).hasSize(1);
        String noHooks = W.addGroup("{}\n", HookEvent.STOP, null, command("x")).orElseThrow();
        assertThat(read(noHooks).groups(HookEvent.STOP)).hasSize(1);
    }

    @Test
    void removesHandlersAndGroups() {
        String two = W.addHandler(SAMPLE, HookEvent.PRE_TOOL_USE, 0, command("b.sh")).orElseThrow();
        assertThat(two).contains("\"timeout\": 5 },\n                    {\n                        \"type\": \"command\",\n");
        assertThat(read(two).groups(HookEvent.PRE_TOOL_USE).get(0).handlers()).hasSize(2);
        assertThat(W.removeHandler(two, HookEvent.PRE_TOOL_USE, 0, 1)).contains(SAMPLE);
        String noEvent = W.removeHandler(SAMPLE, HookEvent.PRE_TOOL_USE, 0, 0).orElseThrow();
        assertThat(read(noEvent).isEmpty()).isTrue();
        String withStop = W.addGroup(SAMPLE, HookEvent.PRE_TOOL_USE, "x", command("x")).orElseThrow();
        assertThat(W.removeGroup(withStop, HookEvent.PRE_TOOL_USE, 1)).contains(SAMPLE);
    }

    @Test
    void refusesWhatItCannotEditSafely() {
        assertThat(W.setField("{ nope", HookEvent.STOP, 0, 0, "timeout", 1L)).isEmpty();
        assertThat(W.setField(SAMPLE, HookEvent.STOP, 0, 0, "timeout", 1L)).isEmpty();
        assertThat(W.setField(SAMPLE, HookEvent.PRE_TOOL_USE, 0, 3, "timeout", 1L)).isEmpty();
        assertThat(W.addGroup("{\"hooks\": []}", HookEvent.STOP, null, command("x"))).isEmpty();
    }

    @Test
    void keepsCrlfAndTabs() {
        String crlf = "{\r\n\t\"hooks\": {\r\n\t\t\"Stop\": [\r\n\t\t\t{ \"hooks\": [ { \"type\": \"command\", \"command\": \"a\" } ] }\r\n\t\t]\r\n\t}\r\n}\r\n";
        String out = W.addGroup(crlf, HookEvent.STOP, null, command("b")).orElseThrow();
        assertThat(out).contains("},\r\n\t\t\t{\r\n\t\t\t\t\"hooks\": [\r\n").doesNotContain("\n\n").doesNotContain("  ");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n");
        assertThat(read(out).groups(HookEvent.STOP)).hasSize(2);
    }

    @Test
    void everyCorpusHooksJsonRoundTripsAndEditsTouchOnlyTheirSpan() throws Exception {
        List<Path> files = CorpusFiles.named("hooks.json");
        assertThat(files).isNotEmpty();
        int edited = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            SourceText src = FileReads.readText(f);
            // an untouched document is written back byte for byte
            assertThat(src.withText(src.text()).bytes()).as(f.toString()).isEqualTo(bytes);
            HookReadResult r = HooksJsonReader.parse(src, "project", false);
            if (r.optionalSource().isEmpty()) {
                continue;
            }
            for (HookEvent e : HookEvent.values()) {
                for (MatcherGroup g : r.source().groups(e)) {
                    for (HookHandler h : g.handlers()) {
                        if (!(h instanceof HookHandler.Command c)) {
                            continue;
                        }
                        // same value again: identical text
                        assertThat(W.setField(src.text(), e, g.index(), h.index(), "command", c.command()))
                                .as(f + " " + e).hasValueSatisfying(t -> assertThat(t).isEqualTo(src.text()));
                        String changed = W.setField(src.text(), e, g.index(), h.index(), "statusMessage", "Studio edit")
                                .orElseThrow();
                        HookSource after = read(changed);
                        HookHandler.Command ch = (HookHandler.Command) after.groups(e).get(g.index()).handlers().get(h.index());
                        assertThat(ch.statusMessage()).isEqualTo("Studio edit");
                        assertThat(ch.command()).isEqualTo(c.command());
                        assertThat(after.handlerCount()).isEqualTo(r.source().handlerCount());
                        // only one region differs
                        assertSingleRegion(src.text(), changed, "Studio edit");
                        edited++;
                    }
                }
            }
            String added = W.addGroup(src.text(), HookEvent.PRE_TOOL_USE, "Bash", command("studio.sh")).orElseThrow();
            HookSource after = read(added);
            assertThat(after.handlerCount()).as(f.toString()).isEqualTo(r.source().handlerCount() + 1);
            assertSingleRegion(src.text(), added, "studio.sh");
        }
        assertThat(edited).isGreaterThan(20);
    }

    private static void assertSingleRegion(String before, String after, String mustContain) {
        int p = 0;
        while (p < before.length() && p < after.length() && before.charAt(p) == after.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < before.length() - p && s < after.length() - p
                && before.charAt(before.length() - 1 - s) == after.charAt(after.length() - 1 - s)) {
            s++;
        }
        String removed = before.substring(p, before.length() - s);
        String inserted = after.substring(p, after.length() - s);
        assertThat(after).contains(mustContain);
        assertThat(removed.length()).isLessThan(40);
        assertThat(inserted.length()).isLessThan(400);
    }

    @Test
    void wrapMovesTopLevelEventsUnderHooksKeepingEveryOtherByte() {
        assertThat(W.wrapEventsInHooks("{\n  \"Stop\": [],\n  \"description\": \"d\",\n  \"PreToolUse\": []\n}\n")).contains(
                "{\n  \"hooks\": {\n    \"Stop\": [],\n    \"PreToolUse\": []\n  },\n  \"description\": \"d\"\n}\n");
        assertThat(W.wrapEventsInHooks("{\"Stop\":[{\"hooks\":[]}]}")).contains("{\"hooks\": {\"Stop\":[{\"hooks\":[]}]}}");
        assertThat(W.wrapEventsInHooks("{\r\n\t\"Stop\": [\r\n\t\t{}\r\n\t]\r\n}\r\n"))
                .contains("{\r\n\t\"hooks\": {\r\n\t\t\"Stop\": [\r\n\t\t\t{}\r\n\t\t]\r\n\t}\r\n}\r\n");
    }

    @Test
    void wrapAppendsToAnExistingHooksObjectAndRefusesToMergeAnEventTwice() {
        assertThat(W.wrapEventsInHooks("{\n  \"hooks\": {\n    \"Stop\": []\n  },\n  \"PreToolUse\": []\n}\n"))
                .contains("{\n  \"hooks\": {\n    \"Stop\": [],\n    \"PreToolUse\": []\n  }\n}\n");
        assertThat(W.wrapEventsInHooks("{\"hooks\": {}, \"Stop\": []}")).contains("{\"hooks\": {\"Stop\": []}}");
        assertThat(W.wrapEventsInHooks("{\"hooks\": {\"Stop\": []}, \"Stop\": [{}]}")).isEmpty();
        assertThat(W.wrapEventsInHooks("{\"hooks\": [], \"Stop\": []}")).isEmpty();
        assertThat(W.wrapEventsInHooks("{\"hooks\": {}}")).isEmpty();
        assertThat(W.wrapEventsInHooks("[1]")).isEmpty();
    }
}
