package dev.codexstudio.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written fence and link scans find exactly what the regular expressions they replace find. */
class AgentsRulesScanTest {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)", Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final String ALPHABET = "  ``~~\n\r[]()a\"#é\u2028\u0085\t/";

    @Test
    void fencesAndLinksMatchTheRegexesOnRandomText() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            assertEquals(regexFences(s), AgentsRules.fenceStarts(s), () -> "fences in " + escape(s));
            assertEquals(regexLinks(s), AgentsRules.linkTargets(s).stream().map(a -> a[0] + "-" + a[1]).toList(),
                    () -> "links in " + escape(s));
        }
    }

    @Test
    void typicalMarkdown() {
        String md = "# Title\r\n```sh\r\nls\r\n```\n   ~~~\n    ``` not a fence\nSee [the guide](docs/guide.md \"t\")"
                + " and [x](a b) and [](y).\n[multi\nline](z)";
        assertEquals(List.of(9, 20, 24), AgentsRules.fenceStarts(md));
        assertEquals(regexFences(md), AgentsRules.fenceStarts(md));
        assertEquals(regexLinks(md), AgentsRules.linkTargets(md).stream().map(a -> a[0] + "-" + a[1]).toList());
        assertEquals(List.of("docs/guide.md", "y"), AgentsRules.linkTargets(md).stream()
                .map(a -> md.substring(a[0], a[1])).toList());
    }

    private static List<Integer> regexFences(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = FENCE.matcher(s);
        while (m.find()) {
            out.add(m.start());
        }
        return out;
    }

    private static List<String> regexLinks(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = LINK.matcher(s);
        while (m.find()) {
            out.add(m.start(1) + "-" + m.end(1));
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\u2028", "\\u2028").replace("\u0085", "\\u0085");
    }
}
