package dev.codexstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWriterTest {

    @TempDir
    Path tmp;

    private final SecretScanner scanner = SecretScanner.forUserHome("/nonexistent-home");

    private ExportPlan plan(Path out, DraftFile... files) {
        return ExportPlanner.plan(new StackDraft("demo", List.of(files)), ExportTargets.repositoryOnly(out), scanner);
    }

    @Test
    void createsNewFilesWithTheirFoldersAndNeverOverwritesWithoutAChoice() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("AGENTS.md"), "mine\n");
        ExportPlan plan = plan(out, DraftFile.text("AGENTS.md", "theirs\n", FileScope.REPOSITORY, false, ""),
                DraftFile.text(".agents/skills/a/SKILL.md", "skill\n", FileScope.REPOSITORY, false, ""));

        ExportResult r = ExportWriter.apply(plan, Set.of(), false);

        assertThat(Files.readString(out.resolve("AGENTS.md"))).isEqualTo("mine\n");
        assertThat(Files.readString(out.resolve(".agents/skills/a/SKILL.md"))).isEqualTo("skill\n");
        assertThat(r.written()).extracting(ExportResult.Outcome::path).containsExactly(".agents/skills/a/SKILL.md");
        assertThat(r.skipped()).extracting(ExportResult.Outcome::path).containsExactly("AGENTS.md");
        assertThat(r.skipped().get(0).reason()).contains("not chosen");
        assertThat(r.git()).isEmpty();
        assertThat(r.isSuccess()).isTrue();
    }

    @Test
    void overwritesOnlyTheChosenConflicts() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("a.md"), "old a\n");
        Files.writeString(out.resolve("b.md"), "old b\n");
        ExportPlan plan = plan(out, DraftFile.text("a.md", "new a\n", FileScope.REPOSITORY, false, ""),
                DraftFile.text("b.md", "new b\n", FileScope.REPOSITORY, false, ""));

        ExportResult r = ExportWriter.apply(plan, Set.of("b.md"), false);

        assertThat(Files.readString(out.resolve("a.md"))).isEqualTo("old a\n");
        assertThat(Files.readString(out.resolve("b.md"))).isEqualTo("new b\n");
        assertThat(r.written()).extracting(ExportResult.Outcome::reason).containsExactly("overwritten");
    }

    @Test
    void refusesAFileChangedOnDiskSinceThePlan() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("a.md"), "old\n");
        ExportPlan plan = plan(out, DraftFile.text("a.md", "new\n", FileScope.REPOSITORY, false, ""),
                DraftFile.text("b.md", "b\n", FileScope.REPOSITORY, false, ""));
        Files.writeString(out.resolve("a.md"), "edited meanwhile\n");
        Files.writeString(out.resolve("b.md"), "appeared meanwhile\n");

        ExportResult r = ExportWriter.apply(plan, Set.of("a.md"), false);

        assertThat(Files.readString(out.resolve("a.md"))).isEqualTo("edited meanwhile\n");
        assertThat(Files.readString(out.resolve("b.md"))).isEqualTo("appeared meanwhile\n");
        assertThat(r.failed()).extracting(ExportResult.Outcome::path).containsExactly("a.md", "b.md");
        assertThat(r.failed()).allSatisfy(f -> assertThat(f.reason()).contains("changed on disk since the plan"));
        assertThat(r.isSuccess()).isFalse();
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.md", "b.md");
        }
    }

    @Test
    void blockedFilesAreNeverWritten() throws Exception {
        Path out = tmp.resolve("out");
        ExportPlan plan = plan(out, DraftFile.text(".env", "OPENAI_API_KEY=sk-Ab3dE5gH7jK9mN1pQ3sT5vX7zB9c\n",
                FileScope.REPOSITORY, false, ""));
        ExportResult r = ExportWriter.apply(plan, Set.of(".env"), false);
        assertThat(Files.exists(out.resolve(".env"))).isFalse();
        assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("blocked:"));
    }

    @Test
    void aSymlinkPlantedAfterThePlanIsRefused() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        ExportPlan plan = plan(out, DraftFile.text(".codex/hooks.json", "{}\n", FileScope.REPOSITORY, false, ""));
        Files.createSymbolicLink(out.resolve(".codex"), outside);
        ExportResult r = ExportWriter.apply(plan, Set.of(), false);
        assertThat(r.failed()).singleElement().satisfies(f -> assertThat(f.reason()).contains("leads outside"));
        try (var s = Files.list(outside)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void executableFilesGetTheirExecutableBits() throws Exception {
        Path out = tmp.resolve("out");
        ExportPlan plan = plan(out, DraftFile.text(".codex/hooks/x.sh", "#!/bin/sh\n", FileScope.REPOSITORY, true, ""),
                DraftFile.text("AGENTS.md", "# x\n", FileScope.REPOSITORY, false, ""));
        ExportWriter.apply(plan, Set.of(), false);
        Set<PosixFilePermission> script = Files.getPosixFilePermissions(out.resolve(".codex/hooks/x.sh"));
        assertThat(script).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.getPosixFilePermissions(out.resolve("AGENTS.md"))).doesNotContain(PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void gitInitCreatesAnEmptyRepositoryWithNothingAdded() throws Exception {
        assumeGit();
        Path out = tmp.resolve("out");
        ExportPlan plan = plan(out, DraftFile.text("AGENTS.md", "# x\n", FileScope.REPOSITORY, false, ""));
        ExportResult r = ExportWriter.apply(plan, Set.of(), true);
        assertThat(r.git()).get().satisfies(g -> {
            assertThat(g.initialised()).isTrue();
            assertThat(g.ok()).isTrue();
        });
        assertThat(Files.isDirectory(out.resolve(".git"))).isTrue();
        Process p = new ProcessBuilder("git", "status", "--porcelain").directory(out.toFile()).redirectErrorStream(true).start();
        String status = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        assertThat(status).contains("?? AGENTS.md");
    }

    @Test
    void gitInitIsSkippedInsideAnExistingWorkTree() throws Exception {
        assumeGit();
        Path outer = tmp.resolve("outer");
        ExportWriter.apply(plan(outer, DraftFile.text("README", "x\n", FileScope.REPOSITORY, false, "")), Set.of(), true);
        Path inner = outer.resolve("sub/repo");
        ExportResult r = ExportWriter.apply(plan(inner, DraftFile.text("AGENTS.md", "# x\n", FileScope.REPOSITORY, false, "")),
                Set.of(), true);
        assertThat(r.git()).get().satisfies(g -> {
            assertThat(g.initialised()).isFalse();
            assertThat(g.ok()).isTrue();
            assertThat(g.message()).contains("already inside the git work tree");
        });
        assertThat(Files.exists(inner.resolve(".git"))).isFalse();
    }

    @Test
    void aMissingGitIsAClearMessage() {
        Path out = tmp.resolve("out");
        ExportResult r = ExportWriter.apply(plan(out, DraftFile.text("AGENTS.md", "# x\n", FileScope.REPOSITORY, false, "")),
                Set.of(), true, tmp.resolve("no-such-git").toString());
        assertThat(r.written()).hasSize(1);
        assertThat(r.git()).get().satisfies(g -> {
            assertThat(g.ok()).isFalse();
            assertThat(g.message()).contains("could not be started").contains("git init");
        });
        assertThat(r.isSuccess()).isFalse();
    }

    private static void assumeGit() throws Exception {
        boolean present;
        try {
            present = new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            present = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present, "git is not installed");
    }
}
