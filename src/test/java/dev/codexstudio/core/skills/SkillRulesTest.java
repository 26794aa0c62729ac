package dev.codexstudio.core.skills;

import static dev.codexstudio.core.skills.TestWorkspace.skill;
import static dev.codexstudio.core.skills.TestWorkspace.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every skill rule: severity (ERROR exactly when Codex does not load), message, position, fix. */
class SkillRulesTest {

    @TempDir
    Path tmp;
    TestWorkspace ws;

    @BeforeEach
    void setUp() throws IOException {
        ws = new TestWorkspace(tmp);
    }

    private SkillDocument doc(String folder, String text) throws IOException {
        Path file = write(ws.repoSkills().resolve(folder).resolve("SKILL.md"), text);
        return SkillDocument.parse(SourceText.of(file, Files.readAllBytes(file)));
    }

    private SkillDocument docBytes(String folder, byte[] bytes) throws IOException {
        Path file = ws.repoSkills().resolve(folder).resolve("SKILL.md");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return SkillDocument.parse(SourceText.of(file, bytes));
    }

    private static Optional<Diagnostic> rule(List<Diagnostic> ds, String id) {
        return ds.stream().filter(d -> d.rule().equals(id)).findFirst();
    }

    private static String apply(SkillDocument doc, Diagnostic d) {
        assertThat(d.fix()).as("fix for %s", d.rule()).isNotNull();
        String text = doc.render();
        List<Edit> edits = d.fix().edits();
        assertThat(edits).singleElement().isInstanceOf(Edit.ReplaceText.class);
        Edit.ReplaceText r = (Edit.ReplaceText) edits.get(0);
        return text.substring(0, r.start()) + r.text() + text.substring(r.end());
    }

    @Test
    void aValidPortableSkillHasNoFindings() throws IOException {
        SkillDocument d = doc("my-skill", "---\nname: my-skill\ndescription: Does things.\nlicense: MIT\n"
                + "metadata:\n  author: me\n---\n# Body\n");
        assertThat(SkillRules.check(d)).isEmpty();
    }

    @Test
    void codexErrorsAreErrorsWithCodexMessages() throws IOException {
        assertThat(SkillRules.check(doc("a", "no front matter"))).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("skills/missing-front-matter");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo("Codex does not load this skill: missing YAML frontmatter delimited by ---.");
        });
        assertThat(SkillRules.check(doc("b", "---\nname: b\n---\n"))).extracting(Diagnostic::rule)
                .containsExactly("skills/missing-description");
        List<Diagnostic> yaml = SkillRules.check(doc("c", "---\nname: c\ndescription: d\n  bad: x\n---\n"));
        assertThat(yaml).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("skills/invalid-yaml");
            assertThat(d.message()).isEqualTo("Codex does not load this skill: invalid YAML: mapping values are not "
                    + "allowed in this context at line 3 column 6.");
            assertThat(d.position().line()).isEqualTo(4);
            assertThat(d.position().column()).isEqualTo(6);
        });
    }

    @Test
    void aNameOver64CharactersIsAnErrorWithAFix() throws IOException {
        SkillDocument d = doc("short-name", "---\nname: " + "x".repeat(65) + "\ndescription: d\n---\n");
        Diagnostic e = rule(SkillRules.check(d), "skills/name-too-long").orElseThrow();
        assertThat(e.severity()).isEqualTo(Severity.ERROR);
        assertThat(apply(d, e)).isEqualTo("---\nname: short-name\ndescription: d\n---\n");
    }

    @Test
    void theByteOrderMarkAndLeadingBlankLinesAreExplained() throws IOException {
        SkillDocument bom = docBytes("bom", "\uFEFF---\nname: bom\ndescription: d\n---\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(SkillRules.check(bom)).singleElement().satisfies(d -> assertThat(d.hint()).contains("byte-order mark"));
        SkillDocument blank = doc("blank", "\n\n---\nname: blank\ndescription: d\n---\n");
        Diagnostic d = rule(SkillRules.check(blank), "skills/missing-front-matter").orElseThrow();
        assertThat(apply(blank, d)).isEqualTo("---\nname: blank\ndescription: d\n---\n");
    }

    @Test
    void invalidUtf8PointsAtTheBadByte() throws IOException {
        SkillDocument d = docBytes("u", "---\nname: u\ndescription: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(SkillRules.check(d)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("skills/invalid-utf8");
            assertThat(x.message()).contains("invalid utf-8 sequence of 1 bytes from index 28");
            assertThat(x.position().line()).isEqualTo(3);
        });
    }

    @Test
    void portableNamesAreCheckedAsTheSpecSays() throws IOException {
        SkillDocument d = doc("my-skill", "---\nname: My Skill\ndescription: d\n---\n");
        List<Diagnostic> ds = SkillRules.check(d);
        Diagnostic format = rule(ds, "skills/name-format").orElseThrow();
        assertThat(format.severity()).isEqualTo(Severity.WARNING);
        assertThat(format.message()).contains("uppercase").contains("characters other than");
        assertThat(apply(d, format)).contains("name: my-skill\n");
        Diagnostic mismatch = rule(ds, "skills/name-folder-mismatch").orElseThrow();
        assertThat(mismatch.position().line()).isEqualTo(2);
        assertThat(apply(d, mismatch)).contains("name: my-skill\n");
        assertThat(rule(SkillRules.check(doc("a--b", "---\nname: a--b\ndescription: d\n---\n")), "skills/name-format"))
                .get().satisfies(x -> assertThat(x.message()).contains("two hyphens"));
        assertThat(rule(SkillRules.check(doc("-x", "---\nname: -x\ndescription: d\n---\n")), "skills/name-format"))
                .get().satisfies(x -> assertThat(x.message()).contains("starts or ends with a hyphen"));
    }

    @Test
    void aMissingNameIsInfoWithAFix() throws IOException {
        SkillDocument d = doc("tool", "---\ndescription: d\n---\n");
        Diagnostic x = rule(SkillRules.check(d), "skills/name-missing").orElseThrow();
        assertThat(x.severity()).isEqualTo(Severity.INFO);
        assertThat(apply(d, x)).isEqualTo("---\ndescription: d\nname: tool\n---\n");
    }

    @Test
    void longDescriptionsAndCompatibilityAreWarnings() throws IOException {
        SkillDocument d = doc("x", "---\nname: x\ndescription: " + "w".repeat(1100) + "\ncompatibility: "
                + "c".repeat(501) + "\n---\n");
        List<Diagnostic> ds = SkillRules.check(d);
        assertThat(rule(ds, "skills/description-too-long")).get()
                .satisfies(x -> assertThat(x.message()).contains("1100 characters").contains("cuts it to 1024"));
        assertThat(rule(ds, "skills/compatibility-too-long")).isPresent();
    }

    @Test
    void metadataMustMapStringsToStrings() throws IOException {
        List<Diagnostic> ds = SkillRules.check(doc("x", "---\nname: x\ndescription: d\nmetadata:\n  version: 1.0\n"
                + "  tags: [a]\n  ok: \"1.0\"\n---\n"));
        assertThat(ds).filteredOn(d -> d.rule().equals("skills/metadata-not-string-map")).hasSize(2)
                .extracting(d -> d.position().line()).containsExactly(5, 6);
        assertThat(rule(SkillRules.check(doc("y", "---\nname: y\ndescription: d\nmetadata: text\n---\n")),
                "skills/metadata-not-string-map")).isPresent();
    }

    @Test
    void unknownKeysAndDuplicatesAreReported() throws IOException {
        SkillDocument d = doc("x", "---\nname: x\ndescription: d\npurpose: p\nargument-hint: h\nlicense: a\nlicense: b\n---\n");
        List<Diagnostic> ds = SkillRules.check(d);
        assertThat(ds).filteredOn(x -> x.rule().equals("skills/unknown-front-matter-key"))
                .extracting(Diagnostic::severity).containsExactly(Severity.WARNING, Severity.INFO);
        Diagnostic unknown = rule(ds, "skills/unknown-front-matter-key").orElseThrow();
        assertThat(apply(d, unknown)).doesNotContain("purpose");
        assertThat(rule(ds, "skills/duplicate-key")).get()
                .satisfies(x -> assertThat(x.position().line()).isEqualTo(7));
        assertThat(rule(ds, "skills/allowed-tools-format")).isEmpty();
        List<Diagnostic> twice = SkillRules.check(doc("y", "---\nname: y\ndescription: d\nx: 1\nx: 2\n---\n"));
        assertThat(twice).extracting(Diagnostic::rule)
                .containsExactlyInAnyOrder("skills/unknown-front-matter-key", "skills/duplicate-key");
    }

    @Test
    void allowedToolsAsAListIsInfo() throws IOException {
        assertThat(rule(SkillRules.check(doc("x", "---\nname: x\ndescription: d\nallowed-tools: [Read]\n---\n")),
                "skills/allowed-tools-format")).isPresent();
    }

    @Test
    void autoQuotedYamlIsAWarningWhoseFixNeedsNoRepair() throws IOException {
        SkillDocument d = doc("x", "---\nname: x\ndescription: Use when: asked # c\n---\n");
        Diagnostic q = rule(SkillRules.check(d), "skills/yaml-auto-quoted").orElseThrow();
        assertThat(q.severity()).isEqualTo(Severity.WARNING);
        assertThat(q.position().line()).isEqualTo(3);
        String fixed = apply(d, q);
        assertThat(fixed).isEqualTo("---\nname: x\ndescription: 'Use when: asked' # c\n---\n");
        CodexReading again = CodexFrontMatter.parse(fixed, "x");
        assertThat(again.ok()).isTrue();
        assertThat(again.repaired()).isFalse();
    }

    @Test
    void referencesToMissingFilesAreWarnings() throws IOException {
        Path dir = ws.repoSkills().resolve("refs");
        write(dir.resolve("scripts/run.sh"), "echo");
        write(dir.resolve("references/a b.md"), "a");
        skill(dir, "refs");
        write(dir.resolve("SKILL.md"), "---\nname: refs\ndescription: d\n---\nRun `scripts/run.sh` and "
                + "`scripts/missing.py`; see [guide](references/guide.md#top), [ok](references/a%20b.md), "
                + "[web](https://example.com/x) and [anchor](#local).\n");
        Skill s = ws.discover().skills().get(0);
        assertThat(SkillRules.check(s)).filteredOn(d -> d.rule().equals("skills/missing-reference"))
                .extracting(Diagnostic::message).containsExactly(
                        "The body refers to `references/guide.md`, which does not exist in the skill folder.",
                        "The body refers to `scripts/missing.py`, which does not exist in the skill folder.");
    }

    @Test
    void openAiYamlProblemsAreWarnings() throws IOException {
        Path dir = ws.repoSkills().resolve("ui");
        skill(dir, "ui");
        write(dir.resolve("assets/small.png"), "x");
        write(dir.resolve("agents/openai.yaml"), """
                interface:
                  display_name: %s
                  short_description: ""
                  icon_small: assets/small.png
                  icon_large: ../large.png
                  brand_color: ff0000
                  colour: blue
                dependencies:
                  tools:
                    - type: env_var
                      value: TOKEN
                    - value: no-type
                policy:
                  allow_implicit_invocation: false
                """.formatted("d".repeat(70)));
        Skill s = ws.discover().skills().get(0);
        List<Diagnostic> ds = SkillRules.check(s);
        assertThat(ds).extracting(Diagnostic::rule).contains("skills/openai-yaml-field-too-long",
                "skills/openai-yaml-empty-value", "skills/openai-yaml-icon-path", "skills/openai-yaml-brand-color",
                "skills/openai-yaml-unknown-key", "skills/openai-yaml-dependency-type",
                "skills/openai-yaml-dependency-incomplete", "skills/implicit-invocation-disabled");
        assertThat(ds).noneMatch(Diagnostic::isError);
        Diagnostic color = rule(ds, "skills/openai-yaml-brand-color").orElseThrow();
        assertThat(color.position().line()).isEqualTo(6);
        Edit.ReplaceText edit = (Edit.ReplaceText) color.fix().edits().get(0);
        String text = s.openAi().source().text();
        assertThat(text.substring(0, edit.start()) + edit.text() + text.substring(edit.end()))
                .contains("brand_color: \"#ff0000\"\n");
    }

    @Test
    void anOpenAiYamlCodexCannotReadIsIgnoredWithAWarning() throws IOException {
        Path dir = ws.repoSkills().resolve("bad-ui");
        skill(dir, "bad-ui");
        write(dir.resolve("agents/openai.yaml"), "policy:\n  allow_implicit_invocation: yes\n");
        Skill s = ws.discover().skills().get(0);
        assertThat(s.openAi().usedByCodex()).isFalse();
        assertThat(rule(SkillRules.check(s), "skills/openai-yaml-invalid")).get().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("invalid openai.yaml: policy.allow_implicit_invocation: invalid type: "
                    + "string \"yes\", expected a boolean at line 2 column 30");
            assertThat(d.position().line()).isEqualTo(2);
            assertThat(d.position().column()).isEqualTo(30);
        });
    }

    @Test
    void catalogueRulesCoverLocationsScanFindingsConfigAndDuplicates() throws IOException {
        skill(ws.home.resolve("skills/old"), "old");
        write(ws.repoSkills().resolve("lower/skill.md"), "---\ndescription: d\n---\n");
        skill(ws.repoSkills().resolve(".hidden/h"), "h");
        skill(ws.repoSkills().resolve("dup"), "twin");
        skill(ws.userHome.resolve(".agents/skills/dup"), "twin");
        write(ws.home.resolve("config.toml"), """
                [[skills.config]]
                name = "old"
                enabled = false
                [[skills.config]]
                name = "twin"
                path = "/x/SKILL.md"
                enabled = false
                [[skills.config]]
                path = "%s"
                enabled = false
                """.formatted(ws.repoSkills().resolve("dup")));
        write(ws.repo.resolve(".codex/config.toml"), "[[skills.config]]\nname = \"twin\"\nenabled = false\n");
        SkillCatalog c = ws.discover();
        List<Diagnostic> ds = SkillRules.check(c);
        assertThat(ds).extracting(Diagnostic::rule).contains("skills/deprecated-location", "skills/disabled",
                "skills/misnamed-skill-file", "skills/hidden-directory", "skills/duplicate-name",
                "skills/config-entry-ignored", "skills/config-rule-unmatched");
        Diagnostic moved = rule(ds, "skills/deprecated-location").orElseThrow();
        assertThat(moved.fix().edits()).singleElement().isEqualTo(new Edit.MoveFile(ws.home.resolve("skills/old"),
                ws.userHome.resolve(".agents/skills/old")));
        assertThat(rule(ds, "skills/misnamed-skill-file").orElseThrow().fix().edits()).singleElement()
                .isInstanceOf(Edit.MoveFile.class);
        assertThat(ds).filteredOn(d -> d.rule().equals("skills/config-entry-ignored")).hasSize(2);
        assertThat(ds).noneMatch(Diagnostic::isError);
    }

    @Test
    void anInvalidConfigEntryIsAnError() throws IOException {
        write(ws.home.resolve("config.toml"), "[[skills.config]]\nname = \"x\"\n");
        List<Diagnostic> ds = SkillRules.check(ws.discover());
        assertThat(ds).filteredOn(Diagnostic::isError).extracting(Diagnostic::rule)
                .contains("skills/config-entry-invalid", "skills/config-invalid");
    }

    @Test
    void slugsArePortableNames() {
        assertThat(SkillRules.slug("My Cool Skill!")).isEqualTo("my-cool-skill");
        assertThat(SkillRules.slug("Ärger--über_Dinge")).isEqualTo("arger-uber-dinge");
        assertThat(SkillRules.slug("***")).isEmpty();
        assertThat(SkillRules.slug("a".repeat(70) + " b")).hasSize(64);
    }
}
