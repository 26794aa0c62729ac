package dev.codexstudio.core.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentsInstructionsTest {

    @TempDir
    Path tmp;
    Path home;
    Path repo;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(tmp.resolve("codex-home"));
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
    }

    private EffectiveInstructions at(Path cwd) {
        return AgentsInstructions.compute(ConfigStackLoader.load(
                new CodexEnvironment(home, tmp, tmp.resolve("etc"), null), cwd));
    }

    @Test
    void joinsGlobalAndProjectDocsWithCodexSeparators() throws Exception {
        Files.writeString(home.resolve("AGENTS.md"), "\n  Global rules  \n");
        Files.writeString(repo.resolve("AGENTS.md"), "Root\n");
        Path sub = Files.createDirectories(repo.resolve("sub"));
        Files.writeString(sub.resolve("AGENTS.md"), "Sub\n");
        EffectiveInstructions ei = at(sub);
        assertThat(ei.text()).isEqualTo("Global rules\n\n--- project-doc ---\n\nRoot\n\n\nSub\n");
        assertThat(ei.fragment()).startsWith("# AGENTS.md instructions for " + sub + "\n\n<INSTRUCTIONS>\n");
    }

    @Test
    void globalOnlyHasAHeaderWithoutDirectoryAndNothingMeansNoFragment() throws Exception {
        assertThat(at(repo).isEmpty()).isTrue();
        Files.writeString(home.resolve("AGENTS.md"), "G");
        assertThat(at(repo).fragment()).isEqualTo("# AGENTS.md instructions\n\n<INSTRUCTIONS>\nG\n</INSTRUCTIONS>");
    }

    @Test
    void anEmptyOverrideSuppressesAgentsMdInItsDirectory() throws Exception {
        Files.writeString(repo.resolve("AGENTS.md"), "hidden");
        Files.writeString(repo.resolve("AGENTS.override.md"), " \n");
        EffectiveInstructions ei = at(repo);
        assertThat(ei.text()).isEmpty();
        assertThat(ei.parts()).singleElement().extracting(InstructionPart::status).isEqualTo(InstructionPart.Status.BLANK);
        List<Diagnostic> findings = AgentsRules.checkDirectory(ei, AgentsInstructions.candidateNames(
                ConfigStackLoader.load(new CodexEnvironment(home, tmp, tmp.resolve("etc"), null), repo).effective()));
        assertThat(findings).extracting(Diagnostic::rule).contains("agents/shadowed", "agents/empty-override");
    }

    @Test
    void theSharedBudgetCutsTheDeepestFileAtTheByteBoundary() throws Exception {
        Files.writeString(home.resolve("config.toml"), "project_doc_max_bytes = 6\n");
        Files.writeString(repo.resolve("AGENTS.md"), "abc");
        Path sub = Files.createDirectories(repo.resolve("sub"));
        Files.write(sub.resolve("AGENTS.md"), "x\u20acyz".getBytes(StandardCharsets.UTF_8));
        Path deeper = Files.createDirectories(sub.resolve("deeper"));
        Files.writeString(deeper.resolve("AGENTS.md"), "never read");
        EffectiveInstructions ei = at(deeper);
        assertThat(ei.text()).isEqualTo("abc\n\nx\uFFFD");
        assertThat(ei.parts()).extracting(InstructionPart::status).containsExactly(InstructionPart.Status.INCLUDED,
                InstructionPart.Status.TRUNCATED, InstructionPart.Status.DROPPED_BUDGET);
        assertThat(ei.parts().get(1).bytesCut()).isEqualTo(3);
        List<Diagnostic> findings = AgentsRules.checkDirectory(ei, List.of("AGENTS.override.md", "AGENTS.md"));
        assertThat(findings).extracting(Diagnostic::rule).containsExactly("agents/dropped-by-budget");
        assertThat(findings.get(0).isError()).isTrue();
    }

    @Test
    void fallbackNamesAreTrimmedAndUsedOnlyWithoutAgentsMd() throws Exception {
        Files.writeString(home.resolve("config.toml"), "project_doc_fallback_filenames = [\" CLAUDE.md \", \"docs/X.md\"]\n");
        Files.writeString(repo.resolve("CLAUDE.md"), "claude");
        assertThat(at(repo).text()).isEqualTo("claude");
        Files.writeString(repo.resolve("AGENTS.md"), "agents");
        assertThat(at(repo).text()).isEqualTo("agents");
    }

    @Test
    void anExplicitlyUntrustedProjectContributesOnlyTheGlobalDocument() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(repo.resolve("AGENTS.md"), "project");
        Files.writeString(home.resolve("AGENTS.md"), "global");
        Files.writeString(home.resolve("config.toml"), "[projects.\"" + repo + "\"]\ntrust_level = \"untrusted\"\n");
        Path sub = Files.createDirectories(repo.resolve("sub"));
        assertThat(at(sub).text()).isEqualTo("global");
        Files.writeString(home.resolve("config.toml"), "[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        assertThat(at(sub).text()).isEqualTo("global\n\n--- project-doc ---\n\nproject");
    }

    @Test
    void aPermissionProfileLimitsWhatCodexCanSee() throws Exception {
        Files.writeString(repo.resolve("AGENTS.md"), "root");
        Path sub = Files.createDirectories(repo.resolve("sub"));
        Files.writeString(sub.resolve("AGENTS.md"), "sub");
        Files.writeString(home.resolve("config.toml"), "default_permissions = \"dev\"\n[permissions.dev]\n"
                + "filesystem = { \":project_roots\" = \"read\" }\n");
        assertThat(at(sub).text()).isEqualTo("sub");
        Files.writeString(home.resolve("config.toml"), "default_permissions = \"dev\"\n[permissions.dev]\n"
                + "filesystem = { \":root\" = \"read\", \"" + sub.resolve("AGENTS.md") + "\" = \"none\" }\n");
        assertThat(at(sub).skipped()).isEqualTo(EffectiveInstructions.Skip.UNREADABLE);
        Files.writeString(home.resolve("config.toml"), "default_permissions = \":read-only\"\n");
        assertThat(at(sub).text()).isEqualTo("root\n\nsub");
    }

    @Test
    void binaryInvalidUtf8AndHugeFilesNeverThrow() throws Exception {
        byte[] junk = new byte[3 * 1024 * 1024];
        new java.util.Random(1).nextBytes(junk);
        Files.write(repo.resolve("AGENTS.md"), junk);
        EffectiveInstructions ei = at(repo);
        assertThat(ei.parts()).singleElement().extracting(InstructionPart::status)
                .isEqualTo(InstructionPart.Status.TRUNCATED);
        assertThat(AgentsRules.checkDirectory(ei, List.of("AGENTS.md"))).extracting(Diagnostic::rule)
                .contains("agents/over-budget");
    }
}
