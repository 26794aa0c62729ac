package dev.codexstudio.core.skills;

import static dev.codexstudio.core.skills.TestWorkspace.skill;
import static dev.codexstudio.core.skills.TestWorkspace.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and hostile input becomes load errors, findings or diagnostics: never an exception, never a hang. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SkillBadInputTest {

    @TempDir
    Path tmp;
    TestWorkspace ws;

    @BeforeEach
    void setUp() throws IOException {
        ws = new TestWorkspace(tmp);
    }

    @Test
    void binaryAndInvalidUtf8FilesAreLoadErrors() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path bin = ws.repoSkills().resolve("bin/SKILL.md");
        Files.createDirectories(bin.getParent());
        Files.write(bin, noise);
        Path latin = ws.repoSkills().resolve("latin/SKILL.md");
        Files.createDirectories(latin.getParent());
        Files.write(latin, "---\nname: x\ndescription: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        Path nul = write(ws.repoSkills().resolve("nul/SKILL.md"), "---\nname: n\ndescription: a\u0000b\n---\n");
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).isEmpty();
        assertThat(c.errors()).extracting(SkillLoadError::path).containsExactlyInAnyOrder(bin, latin, nul);
        assertThat(c.errors()).filteredOn(e -> e.path().equals(latin)).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(
                        "failed to read file: invalid utf-8 sequence of 1 bytes from index 28"));
        assertThat(c.errors()).filteredOn(e -> e.path().equals(nul)).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(
                        "invalid YAML: control characters are not allowed at position 22"));
        assertThat(SkillRules.check(c)).filteredOn(Diagnostic::isError).hasSize(3);
    }

    @Test
    void aTenMegabyteSkillLoads() throws IOException {
        Path file = ws.repoSkills().resolve("big/SKILL.md");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("---\nname: big\ndescription: d\n---\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = "Lorem ipsum dolor sit amet, scripts and references and assets.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 10L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("big");
            assertThat(s.document().isTruncated()).isFalse();
        });
        assertThat(SkillRules.check(c)).noneMatch(Diagnostic::isError);
    }

    @Test
    void aTenMegabyteFrontMatterIsParsed() throws IOException {
        StringBuilder sb = new StringBuilder("---\nname: huge\ndescription: d\n");
        while (sb.length() < 10 * 1024 * 1024) {
            sb.append("key").append(sb.length()).append(": some value here\n");
        }
        write(ws.repoSkills().resolve("huge/SKILL.md"), sb.append("---\n").toString());
        write(ws.repoSkills().resolve("open/SKILL.md"), sb.substring(0, sb.length() - 4));
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).extracting(Skill::name).containsExactly("huge");
        assertThat(c.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("missing YAML frontmatter delimited by ---"));
    }

    @Test
    void aFileLargerThanTheReadLimitIsAnalysedFromItsStart() throws IOException {
        Path file = ws.repoSkills().resolve("giant/SKILL.md");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("---\nname: giant\ndescription: d\n---\n".getBytes(StandardCharsets.UTF_8));
            byte[] block = "€".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= FileReads.MAX_PARSED_FILE_BYTES + 10; written += block.length) {
                out.write(block);
            }
            out.write(new byte[] {(byte) 0xFF});
        }
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).isEmpty();
        assertThat(c.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .startsWith("failed to read file: invalid utf-8 sequence of 1 bytes from index "));
        assertThat(c.findings()).extracting(SkillScanFinding::kind).contains(SkillScanFinding.Kind.FILE_TOO_LARGE);
        SkillDocument doc = c.errors().get(0).document();
        assertThat(doc.isTruncated()).isTrue();
        assertThatThrownBy(() -> doc.withField("name", "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void symlinkLoopsAndSelfLinkedRootsEnd() throws IOException {
        Path skills = Files.createDirectories(ws.repoSkills());
        skill(skills.resolve("a"), "a");
        Files.createSymbolicLink(skills.resolve("a/loop"), skills);
        Files.createSymbolicLink(skills.resolve("a/b"), skills.resolve("a/c"));
        Files.createSymbolicLink(skills.resolve("a/c"), skills.resolve("a/b"));
        Files.createDirectories(ws.userHome.resolve(".agents"));
        Files.createSymbolicLink(ws.userHome.resolve(".agents/skills"), ws.userHome.resolve(".agents/skills"));
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).extracting(Skill::name).containsExactly("a");
        assertThat(SkillRules.check(c)).isNotNull();
    }

    @Test
    void unreadableFoldersAreReportedNotThrown() throws IOException {
        Path locked = Files.createDirectories(ws.repoSkills().resolve("locked"));
        skill(locked.resolve("inner"), "inner");
        skill(ws.repoSkills().resolve("open"), "open");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            SkillCatalog c = ws.discover();
            assertThat(c.skills()).extracting(Skill::name).contains("open");
            if (!Files.isReadable(locked)) {
                assertThat(c.findings()).extracting(SkillScanFinding::kind)
                        .contains(SkillScanFinding.Kind.UNREADABLE_DIRECTORY);
                assertThat(SkillRules.check(c)).extracting(Diagnostic::rule).contains("skills/unreadable-directory");
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFifoNamedSkillMdIsNotReadAndDoesNotBlock() throws Exception {
        Path dir = Files.createDirectories(ws.repoSkills().resolve("fifo"));
        Process p = new ProcessBuilder("mkfifo", dir.resolve("SKILL.md").toString()).start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return;
        }
        write(dir.resolve("agents/openai.yaml"), "x: 1\n");
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).isEmpty();
        assertThat(c.errors()).isEmpty();
    }

    @Test
    void hostileYamlEndsWithErrorsNotExceptions() throws IOException {
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n";
        List<String> bodies = List.of(
                laughs + "description: *d",
                laughs + "description: [*d, *d]: x",
                "description: " + "[".repeat(5000) + "]".repeat(5000),
                "description: d\nx: " + "{a: ".repeat(3000) + "1" + "}".repeat(3000),
                "description: \"" + "\\".repeat(2001) + "\"",
                "description: d\n" + "- ".repeat(2000) + "x",
                "description: d\n" + "k: &k v\n".repeat(500) + "z: " + "*k ".repeat(10));
        for (int i = 0; i < bodies.size(); i++) {
            write(ws.repoSkills().resolve("h" + i + "/SKILL.md"), "---\n" + bodies.get(i) + "\n---\n");
        }
        SkillCatalog c = ws.discover();
        assertThat(c.skills().size() + c.errors().size()).isEqualTo(bodies.size());
        assertThat(SkillRules.check(c)).isNotNull();
        for (String body : bodies) {
            SkillDocument d = SkillDocument.parse(SourceText.ofString(tmp.resolve("x/SKILL.md"),
                    "---\n" + body + "\n---\n"));
            assertThat(SkillRules.check(d)).isNotNull();
        }
    }

    @Test
    void brokenOpenAiYamlNeverStopsTheSkill() throws IOException {
        Path dir = ws.repoSkills().resolve("ui");
        skill(dir, "ui");
        Files.createDirectories(dir.resolve("agents"));
        Files.write(dir.resolve("agents/openai.yaml"), new byte[] {(byte) 0xFF, 0, 1, '[', '\n'});
        Skill s = ws.discover().skills().get(0);
        assertThat(s.openAi().usedByCodex()).isFalse();
        assertThat(s.openAi().invalid()).startsWith("failed to read openai.yaml: invalid utf-8");
        assertThat(SkillRules.check(s)).extracting(Diagnostic::rule).contains("skills/openai-yaml-invalid");
    }
}
