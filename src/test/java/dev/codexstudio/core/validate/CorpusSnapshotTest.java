package dev.codexstudio.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.support.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every repository of the corpus loads and validates without an exception, and its findings (rule, severity and
 * count per repository) match the approved snapshot in {@code corpus-findings.txt}. After reviewing a change in
 * findings, regenerate the snapshot with {@code -Dsnapshot.update=true}.
 */
class CorpusSnapshotTest {

    private static final Path SNAPSHOT = Path.of(System.getProperty("studio.project.dir", "."),
            "src/test/resources/dev/codexstudio/core/validate/corpus-findings.txt");

    @Test
    void corpusFindingsMatchTheApprovedSnapshot(@TempDir Path tmp) throws Exception {
        Path corpus = TestPaths.corpus();
        Path home = Files.createDirectories(tmp.resolve("codex-home"));
        CodexEnvironment env = new CodexEnvironment(home, Files.createDirectories(tmp.resolve("home")), tmp.resolve("etc"),
                null);
        StringBuilder sb = new StringBuilder();
        int repos = 0;
        List<Path> dirs;
        try (var s = Files.list(corpus)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path repo : dirs) {
            repos++;
            Stack stack = StackScanner.scan(repo, env);
            List<Diagnostic> ds = StackValidator.validate(stack);
            Map<String, Long> counts = new TreeMap<>(ds.stream()
                    .collect(Collectors.groupingBy(d -> d.severity().label() + " " + d.rule(), Collectors.counting())));
            sb.append(repo.getFileName()).append('\n');
            counts.forEach((k, v) -> sb.append("  ").append(k).append(" x").append(v).append('\n'));
        }
        assertThat(repos).isGreaterThanOrEqualTo(100);
        String actual = sb.toString();
        if (Boolean.getBoolean("snapshot.update") || !Files.exists(SNAPSHOT)) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
    }
}
