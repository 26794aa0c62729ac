package dev.codexstudio.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.io.LineDiff;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import dev.codexstudio.support.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every corpus config.toml and hooks.json with a legacy form, placed as the user's config: after "migrate all"
 * no fixable legacy finding is left, there is no new error, every comment line survives (in the config or the
 * profile file made from it) and every TOML line the migration removed is a legacy line.
 */
class MigratorCorpusTest {

    private static final Pattern LEGACY_LINE = Pattern.compile(
            "reasoning_effort|^\\s*profile\\s*=|profiles|approval_policy|codex_hooks|timeoutSec|timeout_sec|\\[\\[?hooks\\.|^\\s*$");

    @TempDir
    Path tmp;

    @Test
    void everyLegacyCaseInTheCorpusMigrates() throws Exception {
        int migrated = 0;
        int n = 0;
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (!f.kind().equals("config") && !f.kind().equals("hooks")) {
                continue;
            }
            Path home = Files.createDirectories(tmp.resolve("h" + n));
            Path repo = Files.createDirectories(tmp.resolve("r" + n));
            Path user = Files.createDirectories(tmp.resolve("u" + n));
            n++;
            CodexEnvironment env = new CodexEnvironment(home, user, tmp.resolve("etc"), null);
            Path file = home.resolve(f.kind().equals("config") ? "config.toml" : "hooks.json");
            String original = Files.readString(f.file());
            Files.write(file, Files.readAllBytes(f.file()));
            List<Diagnostic> before = StackValidator.validate(StackScanner.scan(repo, env));
            if (before.stream().noneMatch(d -> LegacyForm.of(d).isPresent())) {
                continue;
            }
            List<MigrationPlan> plans = Migrator.applyAll(() -> StackScanner.scan(repo, env), 4);
            List<Diagnostic> after = StackValidator.validate(StackScanner.scan(repo, env));
            MigrationPlan rest = Migrator.plan(StackScanner.scan(repo, env));
            String what = f.repo() + " " + f.path();
            assertThat(rest.isEmpty()).as(what + ": nothing left to migrate").isTrue();
            assertThat(after.stream().filter(d -> LegacyForm.of(d).isPresent()).filter(d -> !rest.manual().contains(d)))
                    .as(what + ": legacy findings left").isEmpty();
            Set<String> errorsBefore = before.stream().filter(Diagnostic::isError).map(Diagnostic::message).collect(Collectors.toSet());
            // Codex reports only the first reason a config does not load: once a legacy error is gone, an error
            // about an untouched line that was there before may surface. A new error must not be on a changed line.
            Set<String> originalLines = new java.util.HashSet<>(List.of(original.split("\r?\n", -1)));
            List<Diagnostic> newErrors = after.stream().filter(Diagnostic::isError)
                    .filter(d -> !errorsBefore.contains(d.message()))
                    .filter(d -> {
                        Path at = d.position().file();
                        if (at == null || !at.startsWith(home) || d.position().line() < 1) {
                            return false;
                        }
                        try {
                            List<String> lines = Files.readAllLines(at);
                            return d.position().line() > lines.size() || !originalLines.contains(lines.get(d.position().line() - 1));
                        } catch (java.io.IOException e) {
                            return true;
                        }
                    }).toList();
            assertThat(newErrors).as(what + ": new errors on migrated lines").isEmpty();
            if (plans.isEmpty()) {
                continue;
            }
            migrated++;
            String now = Files.readString(file);
            String profiles;
            try (Stream<Path> s = Files.list(home)) {
                profiles = s.filter(p -> p.getFileName().toString().endsWith(".config.toml") && !p.equals(file))
                        .map(p -> {
                            try {
                                return Files.readString(p);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }).collect(Collectors.joining("\n"));
            }
            if (f.kind().equals("config")) {
                for (String line : original.split("\n", -1)) {
                    if (line.trim().startsWith("#")) {
                        assertThat(now.contains(line) || profiles.contains(line)).as(what + ": comment kept: " + line).isTrue();
                    }
                }
                for (LineDiff.Edit e : LineDiff.edits(LineDiff.lines(original), LineDiff.lines(now))) {
                    if (e.op() == LineDiff.Op.DELETE) {
                        boolean moved = profiles.contains(e.line().strip());
                        assertThat(moved || LEGACY_LINE.matcher(e.line()).find())
                                .as(what + ": removed a non-legacy line: " + e.line()).isTrue();
                    }
                }
            }
        }
        assertThat(migrated).as("corpus files migrated").isGreaterThan(5);
        System.out.println("MigratorCorpusTest: migrated " + migrated + " corpus files");
    }

    /**
     * On every legacy corpus case, the dry run ({@link Migrator#planAll}) shows exactly what is written: its diff
     * equals the diff of the files before and after {@link Migrator#apply} of that plan, and the result is what
     * applying round after round ({@link Migrator#applyAll}) gives.
     */
    @Test
    void theDryRunDiffIsWhatTheWriteDoesOnEveryLegacyCase() throws Exception {
        int cases = 0;
        int n = 0;
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (!f.kind().equals("config") && !f.kind().equals("hooks")) {
                continue;
            }
            String name = f.kind().equals("config") ? "config.toml" : "hooks.json";
            Path[] homes = new Path[2];
            CodexEnvironment[] envs = new CodexEnvironment[2];
            Path[] repos = new Path[2];
            for (int k = 0; k < 2; k++) {
                Path base = Files.createDirectories(tmp.resolve("d" + n + "-" + k));
                homes[k] = Files.createDirectories(base.resolve("home"));
                repos[k] = Files.createDirectories(base.resolve("repo"));
                envs[k] = new CodexEnvironment(homes[k], Files.createDirectories(base.resolve("user")), base.resolve("etc"), null);
                Files.write(homes[k].resolve(name), Files.readAllBytes(f.file()));
            }
            n++;
            if (StackValidator.validate(StackScanner.scan(repos[0], envs[0])).stream().noneMatch(d -> LegacyForm.of(d).isPresent())) {
                continue;
            }
            String what = f.repo() + " " + f.path();
            String original = Files.readString(homes[0].resolve(name));
            MigrationPlan dry = Migrator.planAll(() -> StackScanner.scan(repos[0], envs[0]), 6);
            assertThat(Files.readString(homes[0].resolve(name))).as(what + ": the dry run writes nothing").isEqualTo(original);
            Migrator.apply(dry);
            StringBuilder written = new StringBuilder();
            for (FileChange c : dry.changes()) {
                String now = Files.readString(c.path());
                String was = c.kind() == FileChange.Kind.CREATE ? null : original;
                written.append(LineDiff.unified(Migrator.rel(repos[0], c.path()), was, now));
            }
            assertThat(dry.combinedDiff()).as(what + ": dry-run diff == diff of the written files").isEqualTo(written.toString());
            MigrationPlan left = Migrator.plan(StackScanner.scan(repos[0], envs[0]));
            assertThat(left.isEmpty()).as(what + ": nothing left: " + left.combinedDiff()).isTrue();
            Migrator.applyAll(() -> StackScanner.scan(repos[1], envs[1]), 6);
            assertThat(Files.readString(homes[0].resolve(name))).as(what + ": same as round by round")
                    .isEqualTo(Files.readString(homes[1].resolve(name)));
            cases++;
        }
        assertThat(cases).as("legacy corpus cases").isGreaterThan(5);
    }
}
