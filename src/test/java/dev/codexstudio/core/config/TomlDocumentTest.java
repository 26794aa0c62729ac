package dev.codexstudio.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.support.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TomlDocumentTest {

    private static final Path P = Path.of("/x/config.toml");

    @Test
    void everyCorpusTomlFileRoundTripsByteForByte() throws Exception {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (!f.path().endsWith(".toml")) {
                continue;
            }
            n++;
            byte[] bytes = Files.readAllBytes(f.file());
            TomlDocument doc = TomlDocument.parse(SourceText.of(f.file(), bytes));
            if (!java.util.Arrays.equals(doc.toSourceText().bytes(), bytes)) {
                problems.add(f.file().toString());
            }
        }
        assertThat(n).isGreaterThan(70);
        assertThat(problems).isEmpty();
    }

    @Test
    void everySampleTomlFileRoundTripsByteForByte() throws Exception {
        Path samples = TestPaths.samples();
        if (!Files.isDirectory(samples)) {
            return;
        }
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".toml")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                TomlDocument doc = TomlDocument.parse(SourceText.of(f, bytes));
                assertThat(doc.hasSyntaxErrors()).as(f.toString()).isFalse();
                assertThat(doc.toSourceText().bytes()).as(f.toString()).isEqualTo(bytes);
            }
        }
    }

    @Test
    void anEditChangesOnlyItsOwnLinesAndKeepsCommentsCrlfAndBom() {
        String src = "\uFEFF# Codex settings\r\nmodel = \"gpt-5\"   # the main model\r\n\r\n[features]\r\n"
                + "# keep this comment\r\nweb_search = true\r\n";
        byte[] bytes = src.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TomlDocument doc = TomlDocument.parse(SourceText.of(P, bytes));
        assertThat(doc.hasSyntaxErrors()).isFalse();
        doc.set(List.of("model"), "gpt-5.5");
        String out = new String(doc.toSourceText().bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out).isEqualTo("\uFEFF# Codex settings\r\nmodel = \"gpt-5.5\"   # the main model\r\n\r\n[features]\r\n"
                + "# keep this comment\r\nweb_search = true\r\n");
    }

    @Test
    void addingAKeyToATableAppendsOneLine() {
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(P, "a = 1\n\n[features]\nx = true\n\n[tui]\ny = 2\n"));
        doc.set(List.of("features", "hooks"), false);
        assertThat(doc.render()).isEqualTo("a = 1\n\n[features]\nx = true\nhooks = false\n\n[tui]\ny = 2\n");
    }

    @Test
    void addingATableToAFileWithoutFinalNewlineKeepsEveryOriginalLineOnce() {
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(P, "a = 1\n\n[t]\nb = \"x\""));
        doc.set(List.of("hooks", "state", "k:stop:0:0", "enabled"), false);
        assertThat(doc.render()).isEqualTo("a = 1\n\n[t]\nb = \"x\"\n\n[hooks.state.\"k:stop:0:0\"]\nenabled = false\n");
        doc.remove(List.of("hooks", "state", "k:stop:0:0", "enabled"));
        assertThat(doc.table().get(List.of("t", "b"))).isEqualTo("x");
    }

    @Test
    void reportsSyntaxErrorsWithPositionsAndRefusesEdits() {
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(P, "a = 1\nb = \n"));
        assertThat(doc.hasSyntaxErrors()).isTrue();
        assertThat(doc.syntaxErrors().get(0).position().line()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> doc.set(List.of("a"), 2L))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void locatesKeysThroughArraysOfTables() {
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(P,
                "[[hooks.PreToolUse]]\nmatcher = \"Bash\"\n\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"x\"\n"));
        assertThat(doc.locate(List.of("hooks", "PreToolUse", "0", "hooks", "0", "command")).line()).isEqualTo(6);
        assertThat(doc.locate(List.of("hooks", "PreToolUse", "0", "matcher")).line()).isEqualTo(2);
    }

    /**
     * Property over the whole corpus: removing or changing any scalar key touches only that key's lines,
     * adding a key only inserts lines, and the result always parses.
     */
    @Test
    void editsOnCorpusFilesTouchOnlyTheirOwnLines() throws Exception {
        int edits = 0;
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (!f.path().endsWith(".toml")) {
                continue;
            }
            SourceText src = SourceText.of(f.file(), Files.readAllBytes(f.file()));
            TomlDocument base = TomlDocument.parse(src);
            if (base.hasSyntaxErrors()) {
                continue;
            }
            List<String> original = src.text().lines().toList();
            for (List<String> key : base.table().keyPathSet(true)) {
                Object v = base.table().get(key);
                if (v instanceof org.tomlj.TomlTable || v instanceof org.tomlj.TomlArray) {
                    continue;
                }
                edits++;
                TomlDocument removed = TomlDocument.parse(src);
                assertThat(removed.remove(key)).isTrue();
                List<String> after = removed.render().lines().toList();
                assertThat(TomlDocument.parse(SourceText.ofString(f.file(), removed.render())).hasSyntaxErrors())
                        .as("%s remove %s", f.file(), key).isFalse();
                int[] w = changedWindow(original, after);
                assertThat(w[1] == 0 || w[0] <= 1 && w[1] <= 1)
                        .as("%s remove %s deletes its lines or edits its one inline line", f.file(), key).isTrue();

                TomlDocument changed = TomlDocument.parse(src);
                Object newValue = v instanceof String ? "changed" : v instanceof Boolean b ? !b : 42L;
                changed.set(key, newValue);
                assertThat(changed.table().get(key)).isEqualTo(newValue);
                List<String> afterSet = changed.render().lines().toList();
                assertThat(afterSet.size()).as("%s set %s keeps the line count", f.file(), key)
                        .isLessThanOrEqualTo(original.size());
                assertThat(changedWindow(original, afterSet)[1]).as("%s set %s changes one line", f.file(), key)
                        .isLessThanOrEqualTo(1);
            }
            TomlDocument added = TomlDocument.parse(src);
            added.set(List.of("studio_test_added"), "x");
            added.set(List.of("features", "studio_test_feature"), true);
            List<String> afterAdd = added.render().lines().toList();
            assertThat(isSubsequence(original, afterAdd)).as("%s add only inserts", f.file()).isTrue();
        }
        assertThat(edits).isGreaterThan(500);
    }

    /** Sizes of the differing middle windows {original, edited} after removing the common prefix and suffix. */
    private static int[] changedWindow(List<String> original, List<String> edited) {
        int prefix = 0;
        while (prefix < edited.size() && prefix < original.size() && edited.get(prefix).equals(original.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < edited.size() - prefix && suffix < original.size() - prefix
                && edited.get(edited.size() - 1 - suffix).equals(original.get(original.size() - 1 - suffix))) {
            suffix++;
        }
        return new int[] {original.size() - prefix - suffix, edited.size() - prefix - suffix};
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int i = 0;
        for (String line : big) {
            if (i < small.size() && small.get(i).equals(line)) {
                i++;
            }
        }
        return i == small.size();
    }
}
