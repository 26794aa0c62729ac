package dev.codexstudio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static final String TEN = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";

    @Test
    void absoluteNamesAreShownWithoutTheRelativePrefixes() {
        assertThat(LineDiff.unified("/home/u/.codex/config.toml", "a\n", "b\n"))
                .startsWith("--- /home/u/.codex/config.toml\n+++ /home/u/.codex/config.toml\n@@");
        assertThat(LineDiff.unified("/home/u/new.toml", null, "b\n")).startsWith("--- /dev/null\n+++ /home/u/new.toml\n");
    }

    @Test
    void identicalTextsGiveAnEmptyDiff() {
        assertThat(LineDiff.unified("a.txt", TEN, TEN)).isEmpty();
        assertThat(LineDiff.unified("a.txt", "", "")).isEmpty();
        assertThat(LineDiff.unified("a.txt", "x\r\ny", "x\r\ny")).isEmpty();
    }

    @Test
    void insertionShowsThreeLinesOfContext() {
        String now = TEN.replace("5\n", "5\nnew\n");
        assertThat(LineDiff.unified("dir/a.txt", TEN, now)).isEqualTo("""
                --- a/dir/a.txt
                +++ b/dir/a.txt
                @@ -3,6 +3,7 @@
                 3
                 4
                 5
                +new
                 6
                 7
                 8
                """);
    }

    @Test
    void insertionAtTheStartAndDeletionAtTheEnd() {
        assertThat(LineDiff.unified("a", "b\nc\n", "a\nb\nc\n")).isEqualTo("""
                --- a/a
                +++ b/a
                @@ -1,2 +1,3 @@
                +a
                 b
                 c
                """);
        assertThat(LineDiff.unified("a", TEN, TEN.replace("10\n", ""))).isEqualTo("""
                --- a/a
                +++ b/a
                @@ -7,4 +7,3 @@
                 7
                 8
                 9
                -10
                """);
    }

    @Test
    void deletionOfEverythingAndIntoAnEmptyFile() {
        assertThat(LineDiff.unified("a", "x\ny\n", "")).isEqualTo("""
                --- a/a
                +++ b/a
                @@ -1,2 +0,0 @@
                -x
                -y
                """);
        assertThat(LineDiff.unified("a", "", "x\n")).isEqualTo("""
                --- a/a
                +++ b/a
                @@ -0,0 +1 @@
                +x
                """);
    }

    @Test
    void changeIsADeleteThenAnInsert() {
        String now = TEN.replace("2\n", "two\n");
        assertThat(LineDiff.unified("a", TEN, now)).isEqualTo("""
                --- a/a
                +++ b/a
                @@ -1,5 +1,5 @@
                 1
                -2
                +two
                 3
                 4
                 5
                """);
    }

    @Test
    void distantChangesMakeSeparateHunksAndCloseOnesMerge() {
        String twenty = TEN + "11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n";
        String far = twenty.replace("\n2\n", "\nB\n").replace("\n19\n", "\nS\n");
        String diff = LineDiff.unified("a", twenty, far);
        assertThat(diff.lines().filter(l -> l.startsWith("@@"))).containsExactly("@@ -1,5 +1,5 @@",
                "@@ -16,5 +16,5 @@");
        // lines 2 and 9: 6 equal lines between them (3 + 3 context) -> one hunk
        String near = twenty.replace("\n2\n", "\nB\n").replace("\n9\n", "\nI\n");
        assertThat(LineDiff.unified("a", twenty, near).lines().filter(l -> l.startsWith("@@")))
                .containsExactly("@@ -1,12 +1,12 @@");
        // lines 2 and 10: 7 equal lines between them -> two hunks
        String apart = twenty.replace("\n2\n", "\nB\n").replace("\n10\n", "\nX\n");
        assertThat(LineDiff.unified("a", twenty, apart).lines().filter(l -> l.startsWith("@@")))
                .containsExactly("@@ -1,5 +1,5 @@", "@@ -7,7 +7,7 @@");
    }

    @Test
    void crlfLinesAreComparedWholeAndPrintedWithoutCarriageReturns() {
        String old = "a\r\nb\r\nc\r\n";
        String now = "a\r\nB\r\nc\r\n";
        assertThat(LineDiff.unified("w.txt", old, now)).isEqualTo("""
                --- a/w.txt
                +++ b/w.txt
                @@ -1,3 +1,3 @@
                 a
                -b
                +B
                 c
                """).doesNotContain("\r");
    }

    @Test
    void changingLineEndingsIsVisible() {
        String diff = LineDiff.unified("w.txt", "a\nb\n", "a\r\nb\n");
        assertThat(diff).contains("-a\n", "+a␍\n", " b\n").doesNotContain("\r");
    }

    @Test
    void missingFinalNewlineIsMarked() {
        assertThat(LineDiff.unified("a", "x\ny", "x\ny\n")).isEqualTo("""
                --- a/a
                +++ b/a
                @@ -1,2 +1,2 @@
                 x
                -y
                \\ No newline at end of file
                +y
                """);
        assertThat(LineDiff.unified("a", "x\n", "x\nz")).isEqualTo("""
                --- a/a
                +++ b/a
                @@ -1 +1,2 @@
                 x
                +z
                \\ No newline at end of file
                """);
    }

    @Test
    void newFileAddsEveryLine() {
        assertThat(LineDiff.unified("new.md", null, "one\ntwo\n")).isEqualTo("""
                --- /dev/null
                +++ b/new.md
                @@ -0,0 +1,2 @@
                +one
                +two
                """);
        assertThat(LineDiff.unified("empty.md", null, "")).isEqualTo("--- /dev/null\n+++ b/empty.md\n");
    }

    @Test
    void windowsPathSeparatorsBecomeSlashes() {
        assertThat(LineDiff.unified("dir\\a.txt", "x\n", "y\n")).startsWith("--- a/dir/a.txt\n+++ b/dir/a.txt\n");
    }

    @Test
    void editScriptIsMinimalAndRebuildsBothSides() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<String> a = randomLines(random);
            List<String> b = randomLines(random);
            List<LineDiff.Edit> edits = LineDiff.edits(a, b);
            List<String> rebuiltOld = new ArrayList<>();
            List<String> rebuiltNew = new ArrayList<>();
            int equal = 0;
            for (LineDiff.Edit e : edits) {
                if (e.op() != LineDiff.Op.INSERT) {
                    rebuiltOld.add(e.line());
                    assertThat(a.get(e.oldIndex())).isEqualTo(e.line());
                }
                if (e.op() != LineDiff.Op.DELETE) {
                    rebuiltNew.add(e.line());
                    assertThat(b.get(e.newIndex())).isEqualTo(e.line());
                }
                if (e.op() == LineDiff.Op.EQUAL) {
                    equal++;
                }
            }
            assertThat(rebuiltOld).isEqualTo(a);
            assertThat(rebuiltNew).isEqualTo(b);
            assertThat(equal).as("an LCS of %s and %s", a, b).isEqualTo(lcs(a, b));
        }
    }

    private static List<String> randomLines(Random random) {
        List<String> out = new ArrayList<>();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.add((char) ('a' + random.nextInt(4)) + "\n");
        }
        return out;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
