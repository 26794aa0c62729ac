package dev.codexstudio.core.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.LineDiff;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

/** Every form edit on every real requirements file of the corpus changes only its own line(s). */
class RequirementsFormCorpusTest {

    private static RequirementsForm.Values read(String text) {
        return RequirementsForm.read(TomlDocument.parse(SourceText.ofString(Path.of("requirements.toml"), text)));
    }

    /** Lines removed and added by an edit. */
    private static long[] changes(String before, String after) {
        List<LineDiff.Edit> edits = LineDiff.edits(LineDiff.lines(before), LineDiff.lines(after));
        long removed = edits.stream().filter(e -> e.op() == LineDiff.Op.DELETE).count();
        long added = edits.stream().filter(e -> e.op() == LineDiff.Op.INSERT).count();
        return new long[] {removed, added};
    }

    @Test
    void everyEditOfEveryCorpusRequirementsFileTouchesOnlyItsLines() throws IOException {
        int files = 0;
        int edits = 0;
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (!f.kind().equals("requirements") || !Files.isRegularFile(f.file())) {
                continue;
            }
            String text = SourceText.of(f.file(), Files.readAllBytes(f.file())).text();
            if (Toml.parse(text).hasErrors()) {
                continue;
            }
            files++;
            RequirementsForm.Values v = read(text);
            for (String key : List.of(RequirementsForm.APPROVALS, RequirementsForm.SANDBOXES)) {
                List<String> all = key.equals(RequirementsForm.APPROVALS) ? RequirementsForm.approvalValues()
                        : RequirementsForm.sandboxValues();
                List<String> current = key.equals(RequirementsForm.APPROVALS) ? v.approvals() : v.sandboxes();
                for (String value : all) {
                    boolean allowed = current == null || current.contains(value);
                    String after = RequirementsForm.setAllowed(text, key, all, value, !allowed);
                    edits++;
                    List<String> now = key.equals(RequirementsForm.APPROVALS) ? read(after).approvals() : read(after).sandboxes();
                    assertThat(now).as(f.path() + " " + key + " " + value).isNotNull();
                    assertThat(now.contains(value)).as(f.path() + " " + value).isEqualTo(!allowed);
                    long[] c = changes(text, after);
                    if (current != null) {
                        assertThat(c[0]).as(f.path() + " " + key + " " + value + " removed lines").isLessThanOrEqualTo(1);
                        assertThat(c[1]).as(f.path() + " " + key + " " + value + " added lines").isLessThanOrEqualTo(1);
                    } else {
                        assertThat(c[0]).as(f.path() + " " + key + " removed lines").isZero();
                    }
                }
            }
            for (int i = 0; i < v.denyRead().size(); i++) {
                String after = RequirementsForm.removeDenyRead(text, i);
                edits++;
                List<String> expected = new java.util.ArrayList<>(v.denyRead());
                expected.remove(i);
                assertThat(read(after).denyRead()).as(f.path() + " deny_read " + i).isEqualTo(expected);
                long[] c = changes(text, after);
                assertThat(c[0]).as(f.path() + " deny_read removed lines").isLessThanOrEqualTo(1);
                assertThat(c[1]).as(f.path() + " deny_read added lines").isLessThanOrEqualTo(1);
            }
            String added = RequirementsForm.addDenyRead(text, "~/.studio-test");
            edits++;
            assertThat(read(added).denyRead()).as(f.path()).endsWith("~/.studio-test");
            if (!v.denyRead().isEmpty()) {
                long[] c = changes(text, added);
                assertThat(c[0]).as(f.path() + " add deny_read removed").isLessThanOrEqualTo(1);
                assertThat(c[1]).as(f.path() + " add deny_read added").isLessThanOrEqualTo(2);
            }
            String toggled = RequirementsForm.setManagedHooksOnly(text, true);
            edits++;
            assertThat(read(toggled).managedHooksOnly()).as(f.path()).isTrue();
            assertThat(changes(text, toggled)[0]).as(f.path() + " managed-only removed").isLessThanOrEqualTo(1);
        }
        assertThat(files).isGreaterThanOrEqualTo(10);
        assertThat(edits).isGreaterThan(100);
    }
}
