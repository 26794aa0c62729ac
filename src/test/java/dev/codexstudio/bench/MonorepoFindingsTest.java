package dev.codexstudio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the performance work on the scan and the validator: the full finding list of the generated monorepo
 * (seed 1) must stay exactly what it was before (file, line, column, severity, rule, message, hint and fix),
 * compared as a set through its count and SHA-256. The expected values were computed with the code before any
 * caching was added.
 */
class MonorepoFindingsTest {

    static final int EXPECTED_COUNT = 525;
    static final String EXPECTED_SHA256 = "ba13a89216c60ec85674a6c757c85b6f692b87b730570cee001c398c4959a22d";

    @Test
    void findingsOfTheSeed1MonorepoAreUnchanged(@TempDir Path tmp) throws Exception {
        MonorepoGenerator.Monorepo m = MonorepoGenerator.generate(tmp.resolve("m"), 1);
        CodexEnvironment env = MonorepoGenerator.environment(m);
        List<Diagnostic> found = StackValidator.validate(StackScanner.scan(m.repo(), env));

        TreeSet<String> lines = new TreeSet<>();
        for (Diagnostic d : found) {
            lines.add(line(m.base(), d));
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String l : lines) {
            md.update(l.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        String sha = HexFormat.of().formatHex(md.digest());
        System.out.println("monorepo findings: " + found.size() + " distinct=" + lines.size() + " sha256=" + sha);
        assertThat(found).hasSize(lines.size());
        assertThat(found.size()).isEqualTo(EXPECTED_COUNT);
        assertThat(sha).isEqualTo(EXPECTED_SHA256);
    }

    private static String line(Path base, Diagnostic d) {
        String base0 = base.toString();
        String s = rel(base, d.position().file()) + "\t" + d.position().line() + "\t" + d.position().column() + "\t"
                + d.severity() + "\t" + d.rule() + "\t" + d.message() + "\t" + d.hint() + "\t"
                + (d.fix() == null ? "-" : d.fix().title() + " " + d.fix().edits());
        return s.replace(base0, "<base>");
    }

    private static String rel(Path base, Path p) {
        Path a = p.toAbsolutePath().normalize();
        return a.startsWith(base) ? base.relativize(a).toString() : a.toString();
    }
}
