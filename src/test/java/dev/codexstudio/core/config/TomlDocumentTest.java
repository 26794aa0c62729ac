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
}
