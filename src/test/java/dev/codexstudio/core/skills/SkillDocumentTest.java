package dev.codexstudio.core.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.io.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reading SKILL.md files and editing their front matter without disturbing anything else. */
class SkillDocumentTest {

    private static final Path FILE = Path.of("/skills/demo/SKILL.md");

    private static SkillDocument doc(String text) {
        return SkillDocument.parse(SourceText.of(FILE, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsTheBlockTheKeysAndTheBody() {
        SkillDocument d = doc("---\nname: demo # the name\ndescription: 'Does: things'\nmetadata:\n  a: b\n---\n# Body\n");
        assertThat(d.block()).isPresent();
        assertThat(d.block().get().contentStart()).isEqualTo(4);
        assertThat(d.body()).isEqualTo("# Body\n");
        FrontMatter fm = d.frontMatter().orElseThrow();
        assertThat(fm.asMap().keySet()).containsExactly("name", "description", "metadata");
        assertThat(fm.string("description")).contains("Does: things");
        assertThat(fm.get("description").get().keyPosition().line()).isEqualTo(3);
        assertThat(fm.get("description").get().valuePosition().column()).isEqualTo(14);
        assertThat(fm.get("metadata").get().scalar()).isEmpty();
    }

    @Test
    void withoutABlockTheWholeFileIsBody() {
        SkillDocument d = doc("# Title\n");
        assertThat(d.block()).isEmpty();
        assertThat(d.frontMatter()).isEmpty();
        assertThat(d.body()).isEqualTo("# Title\n");
    }

    @Test
    void anUneditedDocumentIsByteIdentical() {
        byte[] bytes = "\uFEFF---\r\nname: x\r\n---\r\nbody \u0000 \r\n".getBytes(StandardCharsets.UTF_8);
        SkillDocument d = SkillDocument.parse(SourceText.of(FILE, bytes));
        assertThat(d.toSourceText().bytes()).isEqualTo(bytes);
        assertThat(d.isEdited()).isFalse();
    }

    @Test
    void settingAKeyRewritesOnlyItsLines() {
        String body = "\n# Body: keep *this* exactly\n---\nnot front matter\n";
        SkillDocument d = doc("---\n# leading comment\nname: old # keep me\ndescription: \"quoted\"\nlicense: MIT\n---"
                + body);
        SkillDocument e = d.withField("name", "new-name");
        assertThat(e.render()).isEqualTo("---\n# leading comment\nname: new-name # keep me\ndescription: \"quoted\"\n"
                + "license: MIT\n---" + body);
        assertThat(e.isEdited()).isTrue();
        assertThat(e.body()).isEqualTo(body.substring(1));
    }

    @Test
    void aQuotedValueKeepsItsQuoteStyle() {
        SkillDocument d = doc("---\nname: x\ndescription: \"old\"\n---\n");
        assertThat(d.withField("description", "new text").render()).contains("description: \"new text\"\n");
        SkillDocument s = doc("---\nname: 'x'\ndescription: d\n---\n");
        assertThat(s.withField("name", "y").render()).contains("name: 'y'\n");
    }

    @Test
    void valuesAreQuotedWhenPlainWouldChangeTheirMeaning() {
        SkillDocument d = doc("---\nname: x\ndescription: d\n---\n");
        assertThat(d.withField("description", "Use when: asked").render()).contains("description: 'Use when: asked'");
        assertThat(d.withField("description", "true").render()).contains("description: 'true'");
        assertThat(d.withField("description", "line\nbreak").render()).contains("description: \"line\\nbreak\"");
        assertThat(d.withField("description", " padded ").render()).contains("description: ' padded '");
        assertThat(d.withField("description", "- dash").render()).contains("description: '- dash'");
        assertThat(d.withField("description", "it's plain").render()).contains("description: it's plain");
        for (String v : new String[] {"a: b", "#x", "@x", "`x`", "[x", "{x}", "~", "", "a\tb", "\u0085", "'q'", "\"q\""}) {
            SkillDocument e = d.withField("description", v);
            assertThat(e.frontMatter().orElseThrow().string("description")).as(v).contains(v);
            assertThat(e.codexReading("demo").repaired()).as(v).isFalse();
        }
    }

    @Test
    void aMultiLineValueIsReplacedWhole() {
        SkillDocument d = doc("---\nname: x\ndescription: |\n  line one\n  line two\n\n# section\nlicense: MIT\n---\nB\n");
        assertThat(d.withField("description", "short").render())
                .isEqualTo("---\nname: x\ndescription: short\n\n# section\nlicense: MIT\n---\nB\n");
    }

    @Test
    void duplicatesCollapseIntoOneKey() {
        SkillDocument d = doc("---\nname: a\ndescription: d\nname: b\n---\n");
        assertThat(d.withField("name", "c").render()).isEqualTo("---\nname: c\ndescription: d\n---\n");
    }

    @Test
    void newKeysGoLastInTheBlockAndRemovalDropsTheirLines() {
        SkillDocument d = doc("---\ndescription: d\nmetadata:\n  a: b\n---\nbody\n");
        SkillDocument added = d.withField("name", "demo");
        assertThat(added.render()).isEqualTo("---\ndescription: d\nmetadata:\n  a: b\nname: demo\n---\nbody\n");
        assertThat(added.withoutField("metadata").render()).isEqualTo("---\ndescription: d\nname: demo\n---\nbody\n");
        assertThat(d.withoutField("absent")).isSameAs(d);
    }

    @Test
    void crlfAndTheByteOrderMarkSurviveEdits() {
        byte[] bytes = "\uFEFF---\r\nname: a\r\ndescription: d\r\n---\r\nbody\r\n".getBytes(StandardCharsets.UTF_8);
        SkillDocument d = SkillDocument.parse(SourceText.of(FILE, bytes));
        SkillDocument e = d.withField("name", "b").withField("license", "MIT");
        assertThat(new String(e.toSourceText().bytes(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF---\r\nname: b\r\ndescription: d\r\nlicense: MIT\r\n---\r\nbody\r\n");
    }

    @Test
    void aFileWithoutFrontMatterGetsABlockOnTop() {
        SkillDocument d = doc("# Title\r\ntext\r\n");
        assertThat(d.withField("description", "d").render()).isEqualTo("---\r\ndescription: d\r\n---\r\n# Title\r\ntext\r\n");
    }

    @Test
    void quotedAndSpacedKeysAreFound() {
        SkillDocument d = doc("---\n'name' : x\n\"description\": d\n---\n");
        assertThat(d.withField("name", "y").render()).isEqualTo("---\n'name' : y\n\"description\": d\n---\n");
        assertThat(d.withoutField("description").render()).isEqualTo("---\n'name' : x\n---\n");
    }

    @Test
    void invalidUtf8CannotBeEdited() {
        byte[] bytes = "---\nname: a\n---\nbody \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        SkillDocument d = SkillDocument.parse(SourceText.of(FILE, bytes));
        assertThat(d.toSourceText().bytes()).isEqualTo(bytes);
        assertThatThrownBy(() -> d.withField("name", "b")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void editsKeepTheBodyByteForByte() {
        String body = "\n\u00e9\u20ac\uD83D\uDE00 \u0000 \r\n--- \n\t\u2028tail";
        SkillDocument d = doc("---\nname: a\ndescription: d\n---" + body);
        SkillDocument e = d.withField("description", "new").withoutField("name").withField("name", "z");
        byte[] expected = body.getBytes(StandardCharsets.UTF_8);
        byte[] all = e.toSourceText().bytes();
        assertThat(Arrays.copyOfRange(all, all.length - expected.length, all.length)).isEqualTo(expected);
    }

    @Test
    void codexReadingUsesTheBytes() {
        byte[] bom = "\uFEFF---\nname: a\ndescription: d\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SkillDocument.parse(SourceText.of(FILE, bom)).codexReading("demo").error())
                .isEqualTo("missing YAML frontmatter delimited by ---");
        assertThat(doc("---\ndescription: d\n---\n").codexReading("demo").name()).isEqualTo("demo");
    }

    @Test
    void repairedFrontMatterIsReadAsCodexReadsIt() {
        SkillDocument d = doc("---\nname: a\ndescription: Use when: asked\n---\n");
        FrontMatter fm = d.frontMatter().orElseThrow();
        assertThat(fm.repaired()).isTrue();
        assertThat(fm.string("description")).contains("Use when: asked");
    }
}
