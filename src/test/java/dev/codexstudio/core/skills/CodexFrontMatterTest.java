package dev.codexstudio.core.skills;

import dev.codexstudio.core.io.RustText;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How Codex reads SKILL.md front matter (expected values recorded from Codex 0.169). */
class CodexFrontMatterTest {

    private static CodexReading read(String text) {
        return CodexFrontMatter.parse(text, "folder");
    }

    @Test
    void blockNeedsOpeningAndClosingDashLines() {
        assertThat(read("---\nname: a\ndescription: d\n---\nbody").ok()).isTrue();
        assertThat(read("  ---  \nname: a\ndescription: d\n\t---\n").ok()).isTrue();
        assertThat(read("---\r\nname: a\r\ndescription: d\r\n---\r\n").ok()).isTrue();
        for (String missing : new String[] {"", "---", "---\n---\n", "\n---\ndescription: d\n---\n",
                "----\ndescription: d\n----\n", "---\ndescription: d\n", "---\ndescription: d\n...\n",
                "\uFEFF---\ndescription: d\n---\n", "--- x\ndescription: d\n---\n"}) {
            assertThat(read(missing).error()).as(missing).isEqualTo("missing YAML frontmatter delimited by ---");
        }
    }

    @Test
    void aBlankLineInsideTheBlockIsContent() {
        assertThat(read("---\n\n---\n").error()).isEqualTo("missing field `description`");
    }

    @Test
    void nameDefaultsToTheFolderAndIsCollapsed() {
        assertThat(read("---\ndescription: d\n---\n").name()).isEqualTo("folder");
        assertThat(read("---\nname: \"  a \\t b\\n c \"\ndescription: d\n---\n").name()).isEqualTo("a b c");
        assertThat(read("---\nname: \"   \"\ndescription: d\n---\n").name()).isEqualTo("folder");
        assertThat(read("---\nname: My Skill: Deluxe\ndescription: d\n---\n").name()).isEqualTo("My Skill: Deluxe");
        assertThat(CodexFrontMatter.defaultName(" ")).isEqualTo("skill");
    }

    @Test
    void nameLimitCountsCharactersNotBytes() {
        assertThat(read("---\nname: " + "é".repeat(64) + "\ndescription: d\n---\n").ok()).isTrue();
        assertThat(read("---\nname: " + "é".repeat(65) + "\ndescription: d\n---\n").error())
                .isEqualTo("invalid name: exceeds maximum length of 64 characters");
    }

    @Test
    void descriptionIsRequiredButHasNoLengthLimit() {
        assertThat(read("---\nname: a\n---\n").error()).isEqualTo("missing field `description`");
        assertThat(read("---\ndescription: \"  \"\n---\n").error()).isEqualTo("missing field `description`");
        assertThat(read("---\ndescription: ~\n---\n").error()).isEqualTo("missing field `description`");
        String long5000 = "x".repeat(5000);
        assertThat(read("---\ndescription: " + long5000 + "\n---\n").description()).isEqualTo(long5000);
    }

    @Test
    void shortDescriptionIsOptionalAndCollapsed() {
        assertThat(read("---\ndescription: d\nmetadata:\n  short-description: \" a   b \"\n---\n").shortDescription())
                .isEqualTo("a b");
        assertThat(read("---\ndescription: d\nmetadata:\n  short-description: \" \"\n---\n").shortDescription())
                .isNull();
    }

    @Test
    void repairQuotesUnquotedValuesWithColonSpace() {
        CodexReading r = read("---\nname: a\ndescription: Use when: the user asks # note\n---\n");
        assertThat(r.ok()).isTrue();
        assertThat(r.repaired()).isTrue();
        assertThat(r.description()).isEqualTo("Use when: the user asks");
        assertThat(CodexFrontMatter.repair("description: it's: fine # c")).contains("description: 'it''s: fine' # c");
        assertThat(CodexFrontMatter.repair("description: |\n  a: b\nname: x")).isEmpty();
        assertThat(CodexFrontMatter.repair("name: [unclosed")).contains("name: '[unclosed'");
        assertThat(CodexFrontMatter.repair("name: [a, b]")).isEmpty();
    }

    @Test
    void whenTheRepairDoesNotHelpTheOriginalErrorIsReported() {
        assertThat(read("---\nname: a: b\ndescription: [x]\n---\n").error())
                .isEqualTo("invalid YAML: mapping values are not allowed in this context at line 1 column 8");
    }

    @Test
    void invalidUtf8IsAReadFailure() {
        byte[] bytes = "---\nname: bad\u00ff\ndescription: d\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(RustText.utf8Error(bytes)).contains("invalid utf-8 sequence of 1 bytes from index 13");
        assertThat(RustText.utf8Error(new byte[] {'a', (byte) 0xE2, (byte) 0x82}))
                .contains("incomplete utf-8 byte sequence from index 1");
        assertThat(RustText.utf8Error(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .contains("invalid utf-8 sequence of 1 bytes from index 0");
        assertThat(RustText.utf8Error(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, 'x'}))
                .contains("invalid utf-8 sequence of 3 bytes from index 0");
        assertThat(RustText.utf8Error("ok é €".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void streamingUtf8CheckAgreesAcrossChunkBoundaries() {
        byte[] all = ("aé€😀" + "x".repeat(10)).getBytes(StandardCharsets.UTF_8);
        for (int cut = 1; cut < all.length; cut++) {
            RustText.Utf8Check check = new RustText.Utf8Check();
            check.feed(java.util.Arrays.copyOfRange(all, 0, cut), cut);
            byte[] rest = java.util.Arrays.copyOfRange(all, cut, all.length);
            check.feed(rest, rest.length);
            assertThat(check.finish()).as("cut at %d", cut).isEmpty();
        }
        RustText.Utf8Check bad = new RustText.Utf8Check();
        byte[] first = {'a', 'b', (byte) 0xE2};
        byte[] second = {'x'};
        bad.feed(first, 3);
        bad.feed(second, 1);
        assertThat(bad.finish()).contains("invalid utf-8 sequence of 1 bytes from index 2");
    }

    @Test
    void rustTextHelpers() {
        assertThat(RustText.lines("a\r\nb\n\nc\r")).containsExactly("a", "b", "", "c\r");
        assertThat(RustText.trim("\u00A0\u3000 x \u2028")).isEqualTo("x");
        assertThat(RustText.trim("\uFEFFx")).isEqualTo("\uFEFFx");
        assertThat(RustText.collapseWhitespace(" a \t\n b\u00A0c ")).isEqualTo("a b c");
        assertThat(RustText.compareUtf8("B", "_")).isNegative();
        assertThat(RustText.compareUtf8("z", "é")).isNegative();
        assertThat(RustText.compareUtf8("\uFFFF", "😀")).isNegative();
    }
}
