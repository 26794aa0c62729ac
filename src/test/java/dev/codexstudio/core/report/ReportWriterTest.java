package dev.codexstudio.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.conformance.World;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path tmp;

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]+)(#L\\d+)?\\)");

    /** Every relative link of the Markdown resolves to an existing file from the report's folder. */
    private static void linksResolve(String md, Path outDir) {
        Matcher m = LINK.matcher(md);
        int n = 0;
        while (m.find()) {
            if (m.group(1).equals(ReportWriter.DIAGRAM_FILE)) {
                continue;
            }
            String target = m.group(1).replace("%20", " ").replace("%28", "(").replace("%29", ")");
            assertThat(outDir.resolve(target).normalize()).as(m.group()).exists();
            n++;
        }
        assertThat(n).isGreaterThan(0);
    }

    @Test
    void javaServiceReportHasEverySectionAndWorkingLinks() throws IOException {
        ReportFixtures.Sample sample = ReportFixtures.sample("java-service", tmp);
        StackSummary sum = StackSummary.of(sample.scan());
        Path out = tmp.resolve("out");
        String md = ReportWriter.markdown(sum, out);
        assertThat(md).startsWith("# Codex stack of `repo`\n");
        assertThat(md).contains("## What a newcomer should know", "## AGENTS.md guidance", "### Effective chain per directory",
                "## Skills", "## Hooks", "![Hook lifecycle](hook-lifecycle.png)", "## Configuration",
                "### Notable settings", "### Profiles", "## Requirements", "## Findings");
        assertThat(md).contains("| [src/main/resources/db/migration/AGENTS.override.md]"
                + "(../java-service/repos/repo/src/main/resources/db/migration/AGENTS.override.md) | override | read |");
        assertThat(md).contains("[$CODEX_HOME/AGENTS.md](../java-service/codex-home/AGENTS.md) (global)");
        assertThat(md).contains("shadowed by [src/main/resources/db/migration/AGENTS.override.md]");
        assertThat(md).contains("### SessionStart", "### PreToolUse", "### PostToolUse", "### Stop");
        assertThat(md.indexOf("### SessionStart")).isLessThan(md.indexOf("### PreToolUse"));
        assertThat(md.indexOf("### PreToolUse")).isLessThan(md.indexOf("### Stop"));
        assertThat(md).contains("**`fast`**", "**`thorough`**");
        assertThat(md).contains("No managed requirements");
        linksResolve(md, out);
    }

    @Test
    void pythonLibraryReportsRequirementsAndUserAndProjectHooks() throws IOException {
        StackSummary sum = StackSummary.of(ReportFixtures.sample("python-library", tmp).scan());
        String md = ReportWriter.markdown(sum, tmp.resolve("out"));
        assertThat(md).contains("## Requirements", "requirements.toml");
        assertThat(md).containsPattern("(approval policy|sandbox mode) must be one of `");
        assertThat(md).contains("### PermissionRequest");
        assertThat(md).contains("| user: [", "| project: [");
        linksResolve(md, tmp.resolve("out"));
    }

    @Test
    void findingsArePerLayerWithFileAndLine() throws IOException {
        World world = World.create(Files.createDirectories(tmp.resolve("w")));
        Path repo = world.newRepo("bad");
        Files.createDirectories(repo.resolve(".codex"));
        Files.writeString(repo.resolve(".codex/config.toml"), "model = \"gpt-5.5\"\nsandbox_mode = \"everything\"\n");
        Files.writeString(repo.resolve(".codex/hooks.json"),
                "{\"hooks\":{\"PreToolUse\":[{\"matcher\":\"(\",\"hooks\":[{\"type\":\"command\",\"command\":\"echo hi\"}]}]}}\n");
        world.trust(repo, true);
        world.writeTrust();
        StackSummary sum = StackSummary.of(StackScanner.scan(repo, world.environment()));
        assertThat(sum.findings()).isNotEmpty();
        String md = ReportWriter.markdown(sum, repo);
        assertThat(md).contains("## Findings");
        assertThat(md).containsPattern("### Configuration \\(\\d+\\)");
        assertThat(md).containsPattern("\\| error \\| \\[\\.codex/config\\.toml:2\\]\\(\\.codex/config\\.toml#L2\\) \\|");
        assertThat(md).containsPattern("### Hooks \\(\\d+\\)");
        assertThat(md).contains("Validation found " + sum.count(dev.codexstudio.core.model.Severity.ERROR) + " error");
        linksResolve(md, repo);
    }

    @Test
    void emptyLayersAreDescribedAsEmpty() throws IOException {
        World world = World.create(Files.createDirectories(tmp.resolve("w")));
        Path repo = world.newRepo("empty");
        StackSummary sum = StackSummary.of(StackScanner.scan(repo, world.environment()));
        String md = ReportWriter.markdown(sum, repo);
        assertThat(md).contains("No AGENTS.md guidance", "No hooks:", "No config files", "No managed requirements",
                "**Hooks:** none", "Codex reads no AGENTS.md at the repository root");
        assertThat(md).contains("No findings").doesNotContain("null");
    }

    @Test
    void sameStackGivesSameMarkdown() throws IOException {
        ReportFixtures.Sample sample = ReportFixtures.sample("typescript-webapp", tmp);
        Path out = tmp.resolve("out");
        String a = ReportWriter.markdown(StackSummary.of(sample.scan()), out);
        String b = ReportWriter.markdown(StackSummary.of(sample.scan()), out);
        assertThat(a).isEqualTo(b).contains("e2e/CLAUDE.md", "fallback name", "**`review`**");
    }

    @Test
    void corpusRepositoriesSummariseAndReport() throws IOException {
        Path corpus = TestPaths.corpus();
        int done = 0;
        for (String name : List.of("0maru__gh-zen", "0xkhdr__specd", "0x1Jar__codex-bug")) {
            Path src = corpus.resolve(name);
            if (!Files.isDirectory(src)) {
                continue;
            }
            World world = World.create(Files.createDirectories(tmp.resolve(name)));
            Path repo = world.copyRepo("r", src);
            world.trust(repo, true);
            world.writeTrust();
            StackSummary sum = StackSummary.of(StackScanner.scan(repo, world.environment()));
            String md = ReportWriter.markdown(sum, tmp.resolve(name + "-out"));
            assertThat(md).as(name).contains("## Hooks", "## Findings");
            if (Files.exists(src.resolve("AGENTS.md"))) {
                assertThat(sum.guidance().chains().get(0).links()).as(name).isNotEmpty();
                assertThat(md).contains("[AGENTS.md](");
            }
            if (Files.exists(src.resolve(".codex/hooks.json"))) {
                assertThat(sum.hooks().hooks()).as(name).isNotEmpty();
                for (HookEvent e : sum.hooks().events()) {
                    assertThat(md).contains("### " + e.tomlName());
                }
            }
            assertThat(LifecycleDiagramPainter.png(sum)).isNotEmpty();
            done++;
        }
        assertThat(done).isGreaterThanOrEqualTo(1);
    }
}
