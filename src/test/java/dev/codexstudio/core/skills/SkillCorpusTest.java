package dev.codexstudio.core.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared corpus of real-world skills (kind {@code skill} and the {@code .claude/skills} files): every
 * {@code SKILL.md} loads without an exception, renders back byte for byte, and survives front-matter edits
 * with its body and untouched lines intact. Each corpus repository is also discovered as a working directory.
 */
class SkillCorpusTest {

    private static Path corpus() {
        return Path.of(System.getProperty("studio.shared.dir", "../shared")).resolve("corpus");
    }

    private static List<Path> skillFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String line : Files.readAllLines(corpus().resolve("MANIFEST.tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length < 4 || !cols[2].endsWith("SKILL.md")) {
                continue;
            }
            if (cols[3].equals("skill") || cols[2].contains(".claude/skills/")) {
                Path file = corpus().resolve(cols[0].replace("/", "__")).resolve(cols[2]);
                if (Files.isRegularFile(file)) {
                    out.add(file);
                }
            }
        }
        return out;
    }

    @Test
    void everyCorpusSkillRoundTripsAndSurvivesEdits() throws IOException {
        List<Path> files = skillFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(100);
        boolean sawCrlf = false;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            SkillDocument doc = SkillDocument.parse(SourceText.of(file, bytes));
            assertThat(doc.toSourceText().bytes()).as("unedited %s", file).isEqualTo(bytes);
            List<Diagnostic> diagnostics = SkillRules.check(doc);
            assertThat(diagnostics).as("rules for %s", file).isNotNull();
            if (doc.block().isEmpty() || !doc.source().isValidUtf8()) {
                continue;
            }
            sawCrlf |= doc.block().get().lineSeparator().equals("\r\n");
            String body = doc.body();
            SkillDocument edited = doc.withField("x-studio-test", "a: b").withField("description", "Edited: yes");
            assertThat(edited.body()).as("body of %s", file).isEqualTo(body);
            byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
            byte[] out = edited.toSourceText().bytes();
            assertThat(Arrays.copyOfRange(out, out.length - bodyBytes.length, out.length)).isEqualTo(bodyBytes);
            assertThat(edited.frontMatter().orElseThrow().string("description")).contains("Edited: yes");
            SkillDocument back = edited.withoutField("x-studio-test");
            assertThat(back.frontMatter().orElseThrow().get("x-studio-test")).isEmpty();
            String original = doc.render();
            String restored = back.render();
            List<String> originalLines = original.lines().filter(l -> !l.startsWith("description")).toList();
            assertThat(restored.lines().filter(l -> !l.startsWith("description")).toList())
                    .as("untouched lines of %s", file).containsAll(originalLines.stream()
                            .filter(l -> !l.startsWith(" ") && !l.startsWith("\t") && !l.isBlank()).toList());
            if (doc.codexReading("x").ok() && !doc.codexReading("x").repaired()) {
                assertThat(back.codexReading("x").ok()).as("still loads: %s", file).isTrue();
            }
        }
        assertThat(sawCrlf).as("the corpus CRLF file was exercised").isTrue();
    }

    @Test
    void everyCorpusRepositoryIsDiscoveredWithoutException(@TempDir Path tmp) throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path user = Files.createDirectories(tmp.resolve("user"));
        CodexEnvironment env = new CodexEnvironment(home, user, tmp.resolve("etc"), null);
        int skills = 0;
        try (Stream<Path> repos = Files.list(corpus())) {
            for (Path repo : repos.filter(Files::isDirectory).sorted().toList()) {
                SkillCatalog catalog = SkillDiscovery.discover(ConfigStackLoader.load(env, repo));
                skills += catalog.skills().size();
                assertThat(SkillRules.check(catalog)).isNotNull();
            }
        }
        assertThat(skills).isGreaterThan(30);
    }
}
