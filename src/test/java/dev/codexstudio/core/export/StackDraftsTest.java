package dev.codexstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import dev.codexstudio.support.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StackDraftsTest {

    @TempDir
    Path tmp;

    private CodexEnvironment env(Path codexHome, Path systemDir) {
        return new CodexEnvironment(codexHome, tmp.resolve("user-home"), systemDir, null);
    }

    @Test
    void theJavaSampleHasItsRepositoryFilesHookScriptsAndProfiles() {
        Path sample = TestPaths.samples().resolve("java-service");
        StackDraft d = StackDrafts.fromStack(StackScanner.scan(sample.resolve("repo"),
                env(sample.resolve("codex-home"), tmp.resolve("no-etc"))));
        assertThat(d.inScope(FileScope.REPOSITORY)).extracting(DraftFile::path).contains(
                "AGENTS.md", "src/main/resources/db/migration/AGENTS.override.md",
                "src/main/java/com/acme/invoicing/api/AGENTS.md", ".agents/skills/db-migration/SKILL.md",
                ".agents/skills/db-migration/scripts/new_migration.py", ".codex/hooks.json", ".codex/config.toml",
                ".codex/hooks/guard_bash.sh", ".codex/hooks/lib/java_lint.py")
                .doesNotContain("pom.xml", ".gitignore", "CHANGELOG.md");
        assertThat(d.file(FileScope.REPOSITORY, ".codex/hooks/guard_bash.sh").orElseThrow().executable()).isTrue();
        assertThat(d.file(FileScope.REPOSITORY, "AGENTS.md").orElseThrow().executable()).isFalse();
        assertThat(d.file(FileScope.REPOSITORY, ".codex/hooks/guard_bash.sh").orElseThrow().purpose())
                .isEqualTo("hook script run by the PreToolUse hooks");
        assertThat(d.inScope(FileScope.USER_HOME)).extracting(DraftFile::path)
                .containsExactlyInAnyOrder("AGENTS.md", "config.toml", "fast.config.toml", "thorough.config.toml");
        assertThat(d.inScope(FileScope.MANAGED)).isEmpty();
        assertThat(d.files()).allSatisfy(f -> assertThat(f.purpose()).isNotBlank());
    }

    @Test
    void inlineHookScriptsAndManagedRequirementsAreFound() {
        Path ts = TestPaths.samples().resolve("typescript-webapp");
        StackDraft d = StackDrafts.fromStack(StackScanner.scan(ts.resolve("repo"),
                env(ts.resolve("codex-home"), tmp.resolve("no-etc"))));
        assertThat(d.inScope(FileScope.REPOSITORY)).extracting(DraftFile::path)
                .contains(".codex/hooks/session-context.sh", ".codex/hooks/lib/changed-files.mjs")
                .doesNotContain("e2e/CLAUDE.md");
        Path py = TestPaths.samples().resolve("python-library");
        StackDraft p = StackDrafts.fromStack(StackScanner.scan(py.resolve("repo"),
                env(py.resolve("codex-home"), py.resolve("managed"))));
        assertThat(p.inScope(FileScope.MANAGED)).extracting(DraftFile::path).containsExactly("requirements.toml");
        assertThat(p.inScope(FileScope.USER_HOME)).extracting(DraftFile::path).contains("hooks.json",
                "hooks/prompt_secret_guard.py");
    }

    @Test
    void theUserConfigLosesThisMachinesTrustStateUnlessAsked() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("codex-home"));
        String config = "model = \"gpt-5.5\"\n# keep\n[tui]\nnotifications = true\n\n[projects.\"/home/kim/repo\"]\n"
                + "trust_level = \"trusted\"\n\n[hooks.state.\"/home/kim/repo/.codex/hooks.json:stop:0:0\"]\n"
                + "trusted_hash = \"sha256:ab\"\n\n[history]\npersistence = \"save-all\"\n";
        Files.writeString(home.resolve("config.toml"), config);
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(repo.resolve("AGENTS.md"), "# r\n");
        var stack = StackScanner.scan(repo, env(home, tmp.resolve("no-etc")));

        DraftFile stripped = StackDrafts.fromStack(stack).file(FileScope.USER_HOME, "config.toml").orElseThrow();
        assertThat(stripped.text()).isEqualTo("model = \"gpt-5.5\"\n# keep\n[tui]\nnotifications = true\n\n"
                + "[history]\npersistence = \"save-all\"\n");
        assertThat(stripped.purpose()).contains("left out");
        DraftFile kept = StackDrafts.collect(stack, new StackDrafts.Options(true)).draft()
                .file(FileScope.USER_HOME, "config.toml").orElseThrow();
        assertThat(kept.text()).isEqualTo(config);
    }

    @Test
    void aHookScriptOutsideTheRepositoryIsNotTakenAndASymlinkInASkillIsListedAsLeftOut() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".codex"));
        Path outside = Files.writeString(tmp.resolve("outside.sh"), "#!/bin/sh\n");
        Files.writeString(repo.resolve(".codex/hooks.json"), "{\"hooks\":{\"Stop\":[{\"hooks\":[{\"type\":\"command\","
                + "\"command\":\"sh " + outside + " && sh ./scripts/stop.sh\"}]}]}}\n");
        Files.createDirectories(repo.resolve("scripts"));
        Files.writeString(repo.resolve("scripts/stop.sh"), "#!/bin/sh\n");
        Files.writeString(repo.resolve("scripts/unrelated.sh"), "#!/bin/sh\n");
        Path skill = Files.createDirectories(repo.resolve(".agents/skills/s"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: s\ndescription: d\n---\nbody\n");
        Files.createSymbolicLink(skill.resolve("linked.md"), outside);

        StackDrafts.Collected c = StackDrafts.collect(StackScanner.scan(repo, env(tmp.resolve("h"), tmp.resolve("e"))),
                StackDrafts.Options.defaults());

        assertThat(c.draft().inScope(FileScope.REPOSITORY)).extracting(DraftFile::path)
                .containsExactlyInAnyOrder(".codex/hooks.json", "scripts/stop.sh", ".agents/skills/s/SKILL.md");
        assertThat(c.leftOut()).anySatisfy(l -> assertThat(l).contains("linked.md").contains("symbolic link"));
    }

    /** Each bundled sample, exported with its Codex home, validates with no errors, as the source does. */
    @ParameterizedTest
    @ValueSource(strings = {"java-service", "python-library", "typescript-webapp"})
    void eachSampleExportsToAStackThatValidatesWithoutErrors(String name) throws Exception {
        Path sample = TestPaths.samples().resolve(name);
        Path managed = sample.resolve("managed");
        CodexEnvironment source = env(sample.resolve("codex-home"), Files.isDirectory(managed) ? managed : tmp.resolve("e"));
        StackDraft d = StackDrafts.fromStack(StackScanner.scan(sample.resolve("repo"), source));
        Path out = tmp.resolve("out/" + name);
        Path home = tmp.resolve("home/" + name);
        Path etc = tmp.resolve("etc/" + name);
        ExportPlan plan = ExportPlanner.plan(d, ExportTargets.repositoryOnly(out).withCodexHome(home).withManaged(etc),
                SecretScanner.forUserHome("/nonexistent-home"));
        assertThat(plan.files()).extracting(PlannedExport::action).containsOnly(ExportAction.CREATE);

        ExportResult r = ExportWriter.apply(plan, Set.of(), false);
        assertThat(r.failed()).isEmpty();
        assertThat(r.written()).hasSize(d.files().size());

        CodexEnvironment exported = env(home, Files.isDirectory(managed) ? etc : tmp.resolve("e"));
        List<Diagnostic> errors = StackValidator.validate(StackScanner.scan(out, exported)).stream()
                .filter(Diagnostic::isError).toList();
        assertThat(errors).isEmpty();
        List<String> sourceDiagnostics = StackValidator.validate(StackScanner.scan(sample.resolve("repo"), source)).stream()
                .map(x -> x.rule() + " " + x.severity()).sorted().toList();
        List<String> exportedDiagnostics = StackValidator.validate(StackScanner.scan(out, exported)).stream()
                .map(x -> x.rule() + " " + x.severity()).sorted().toList();
        assertThat(exportedDiagnostics).isEqualTo(sourceDiagnostics);
        try (Stream<Path> s = Files.walk(out.resolve(".codex"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".sh") || x.toString().endsWith(".py")).toList()) {
                assertThat(Files.getPosixFilePermissions(p)).as(p.toString()).contains(PosixFilePermission.OWNER_EXECUTE);
            }
        }
        // a second export of the same stack finds everything identical and writes nothing
        ExportPlan again = ExportPlanner.plan(d, plan.targets(), SecretScanner.forUserHome("/nonexistent-home"));
        assertThat(again.files()).extracting(PlannedExport::action).containsOnly(ExportAction.IDENTICAL);
    }
}
