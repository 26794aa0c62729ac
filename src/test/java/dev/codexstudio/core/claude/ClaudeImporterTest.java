package dev.codexstudio.core.claude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.core.claude.ClaudeImporter.Guidance;
import dev.codexstudio.core.hooks.HookReadResult;
import dev.codexstudio.core.hooks.HooksJsonReader;
import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each mapping rule of the Claude Code import, on hand-written setups. */
class ClaudeImporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path repo() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        return repo;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path settings(Path repo, String hooksJson) throws IOException {
        Path f = repo.resolve(".claude/settings.json");
        write(f, "{\n  \"hooks\": " + hooksJson + "\n}\n");
        return f;
    }

    private static PlannedFile file(ImportPlan plan, String path) {
        return plan.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no planned " + path + " in " + plan.files()));
    }

    private static JsonNode hooks(ImportPlan plan) throws IOException {
        return JSON.readTree(file(plan, ".codex/hooks.json").newBytes()).path("hooks");
    }

    private static List<Diagnostic> rule(ImportPlan plan, String rule) {
        return plan.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    private static ImportPlan plan(Path repo) throws IOException {
        return ClaudeImporter.plan(repo, repo, Guidance.COPY);
    }

    // ------------------------------------------------------------------ tools and matchers

    @Test
    void editToolsBecomeApplyPatchOnceAndBashStays() throws IOException {
        Path repo = repo();
        settings(repo, """
                {"PreToolUse": [
                  {"matcher": "Write|Edit|MultiEdit|NotebookEdit", "hooks": [{"type": "command", "command": "a.sh"}]},
                  {"matcher": "Bash", "hooks": [{"type": "command", "command": "b.sh"}]},
                  {"matcher": "mcp__github__create_issue", "hooks": [{"type": "command", "command": "c.sh"}]}
                ]}""");
        ImportPlan plan = plan(repo);
        JsonNode pre = hooks(plan).path("PreToolUse");
        assertThat(pre.get(0).path("matcher").asText()).isEqualTo("apply_patch");
        assertThat(pre.get(1).path("matcher").asText()).isEqualTo("Bash");
        assertThat(pre.get(2).path("matcher").asText()).isEqualTo("mcp__github__create_issue");
        assertThat(rule(plan, "claude/tool-mapped")).hasSize(1);
        assertThat(rule(plan, "claude/tool-mapped").get(0).position().line()).isEqualTo(3);
    }

    @Test
    void toolsCodexCannotHookAreWarnedAndAnEmptyGroupIsDropped() throws IOException {
        Path repo = repo();
        settings(repo, """
                {"PreToolUse": [
                  {"matcher": "Read|Grep|Bash", "hooks": [{"type": "command", "command": "a.sh"}]},
                  {"matcher": "WebFetch", "hooks": [{"type": "command", "command": "b.sh"}]}
                ]}""");
        ImportPlan plan = plan(repo);
        JsonNode pre = hooks(plan).path("PreToolUse");
        assertThat(pre).hasSize(1);
        assertThat(pre.get(0).path("matcher").asText()).isEqualTo("Bash");
        assertThat(rule(plan, "claude/tool-unsupported")).hasSize(2)
                .allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(rule(plan, "claude/tool-unsupported").get(0).message()).contains("Read, Grep");
        Diagnostic empty = rule(plan, "claude/matcher-empty").get(0);
        assertThat(empty.message()).contains("WebFetch");
        assertThat(empty.position().line()).isEqualTo(4);
    }

    @Test
    void argumentFiltersCodexCannotExpressBecomeWarnings() throws IOException {
        Path repo = repo();
        settings(repo, """
                {"PreToolUse": [
                  {"matcher": "Bash(git commit*)", "hooks": [
                    {"type": "command", "command": "fmt.sh"},
                    {"type": "command", "if": "Bash(git push *)", "command": "push.sh"}]}
                ]}""");
        ImportPlan plan = plan(repo);
        JsonNode group = hooks(plan).path("PreToolUse").get(0);
        assertThat(group.path("matcher").asText()).isEqualTo("Bash");
        assertThat(group.path("hooks")).hasSize(2);
        assertThat(group.path("hooks").get(1).has("if")).isFalse();
        Diagnostic filter = rule(plan, "claude/matcher-argument-filter").get(0);
        assertThat(filter.message()).contains("`git commit*`").contains("every Bash call");
        assertThat(filter.position().line()).isEqualTo(3);
        assertThat(rule(plan, "claude/handler-if").get(0).message()).contains("Bash(git push *)");
    }

    @Test
    void regexMatchersAreExpandedOverClaudeToolsAndMcpPatternsKept() throws IOException {
        Path repo = repo();
        settings(repo, """
                {"PostToolUse": [
                  {"matcher": "Notebook.*", "hooks": [{"type": "command", "command": "a.sh"}]},
                  {"matcher": "mcp__memory__.*|Bash", "hooks": [{"type": "command", "command": "b.sh"}]},
                  {"matcher": ".*", "hooks": [{"type": "command", "command": "c.sh"}]}
                ]}""");
        ImportPlan plan = plan(repo);
        JsonNode post = hooks(plan).path("PostToolUse");
        assertThat(post.get(0).path("matcher").asText()).isEqualTo("apply_patch");
        String combined = post.get(1).path("matcher").asText();
        var m = dev.codexstudio.core.hooks.HookMatcher.of(combined);
        assertThat(m.kind()).isEqualTo(dev.codexstudio.core.hooks.HookMatcher.Kind.REGEX);
        assertThat(m.matches("Bash")).isTrue();
        assertThat(m.matches("BashOutput")).isFalse();
        assertThat(m.matches("mcp__memory__store")).isTrue();
        assertThat(m.matches("apply_patch")).isFalse();
        assertThat(post.get(2).path("matcher").asText()).isEqualTo("*");
    }

    @Test
    void taskBecomesSpawnAgentWithAWarning() throws IOException {
        Path repo = repo();
        settings(repo, """
                {"PreToolUse": [{"matcher": "Task", "hooks": [{"type": "command", "command": "a.sh"}]}]}""");
        ImportPlan plan = plan(repo);
        assertThat(hooks(plan).path("PreToolUse").get(0).path("matcher").asText()).isEqualTo("spawn_agent");
        assertThat(rule(plan, "claude/tool-agent")).hasSize(1);
    }

    // ------------------------------------------------------------------ events and handlers

    @Test
    void eventsCodexLacksAreWarnedAndOthersKeepTheirMatchers() throws IOException {
        Path repo = repo();
        settings(repo, """
                {"Notification": [{"hooks": [{"type": "command", "command": "n.sh"}]}],
                 "TeammateIdle": [{"hooks": [{"type": "command", "command": "t.sh"}]}],
                 "Bogus": [],
                 "SessionStart": [{"matcher": "startup|compact", "hooks": [{"type": "command", "command": "s.sh"}]}],
                 "Stop": [{"matcher": "anything", "hooks": [{"type": "command", "command": "x.sh"}]}],
                 "SessionEnd": [{"matcher": "logout", "hooks": [{"type": "command", "command": "e.sh", "timeout": 10}]}],
                 "PreCompact": [{"matcher": "auto", "hooks": [{"type": "command", "command": "p.sh"}]}],
                 "SubagentStop": [{"hooks": [{"type": "command", "command": "sub.sh"}]}]
                }""");
        ImportPlan plan = plan(repo);
        JsonNode h = hooks(plan);
        assertThat(h.has("Notification")).isFalse();
        assertThat(h.has("TeammateIdle")).isFalse();
        assertThat(rule(plan, "claude/event-unsupported")).extracting(Diagnostic::message)
                .anyMatch(s -> s.contains("Notification")).anyMatch(s -> s.contains("TeammateIdle"));
        assertThat(rule(plan, "claude/event-unsupported").get(0).hint()).contains("notify");
        assertThat(rule(plan, "claude/event-unknown")).hasSize(1);
        assertThat(h.path("SessionStart").get(0).path("matcher").asText()).isEqualTo("startup|compact");
        assertThat(h.path("Stop").get(0).has("matcher")).isFalse();
        assertThat(rule(plan, "claude/matcher-ignored")).hasSize(1);
        assertThat(h.path("PreCompact").get(0).path("matcher").asText()).isEqualTo("auto");
        assertThat(h.path("SubagentStop")).hasSize(1);
        assertThat(rule(plan, "claude/matcher-never-matches").get(0).message()).contains("`other`");
        assertThat(rule(plan, "claude/timeout-short-event").get(0).message()).contains("3 s");
    }

    @Test
    void handlerFieldsAreMappedAndTheRestWarned() throws IOException {
        Path repo = repo();
        settings(repo, """
                {"PostToolUse": [{"matcher": "Bash", "hooks": [
                   {"type": "command", "command": "a.sh", "timeout": 2.5, "async": true, "statusMessage": "Checking",
                    "once": true, "shell": "bash"},
                   {"type": "command", "command": "b.sh", "timeout": 5000},
                   {"type": "prompt", "prompt": "Is it done?"},
                   {"type": "http", "url": "https://example.com"}
                 ]}]}""");
        ImportPlan plan = plan(repo);
        JsonNode handlers = hooks(plan).path("PostToolUse").get(0).path("hooks");
        assertThat(handlers).hasSize(2);
        JsonNode a = handlers.get(0);
        assertThat(a.path("timeout").asLong()).isEqualTo(3);
        assertThat(a.path("async").asBoolean()).isTrue();
        assertThat(a.path("statusMessage").asText()).isEqualTo("Checking");
        assertThat(a.has("once")).isFalse();
        assertThat(handlers.get(1).path("timeout").asLong()).isEqualTo(5000);
        assertThat(rule(plan, "claude/timeout")).hasSize(1);
        assertThat(rule(plan, "claude/timeout-milliseconds").get(0).hint()).contains("\"timeout\": 5");
        assertThat(rule(plan, "claude/field-unsupported")).extracting(Diagnostic::message)
                .anyMatch(s -> s.contains("`once`")).anyMatch(s -> s.contains("`shell`"));
        assertThat(rule(plan, "claude/handler-type-unsupported")).hasSize(2);
    }

    @Test
    void projectDirIsDefinedFromGitAndOtherClaudeVariablesWarned() throws IOException {
        Path repo = repo();
        settings(repo, """
                {"Stop": [{"hooks": [
                   {"type": "command", "command": "bash \\"$CLAUDE_PROJECT_DIR/.claude/hooks/stop.sh\\""},
                   {"type": "command", "command": "echo $CLAUDE_TOOL_INPUT"},
                   {"type": "command", "command": "bun /Users/me/src/app/.claude/hooks/x.ts"}]}]}""");
        ImportPlan plan = plan(repo);
        JsonNode handlers = hooks(plan).path("Stop").get(0).path("hooks");
        assertThat(handlers.get(0).path("command").asText()).isEqualTo(
                "export CLAUDE_PROJECT_DIR=\"$(git rev-parse --show-toplevel)\"; bash \"$CLAUDE_PROJECT_DIR/.claude/hooks/stop.sh\"");
        assertThat(rule(plan, "claude/project-dir")).hasSize(1);
        assertThat(rule(plan, "claude/env-var").get(0).message()).contains("$CLAUDE_TOOL_INPUT");
        assertThat(rule(plan, "claude/absolute-path").get(0).message()).contains("/Users/me/src/app/.claude/");
    }

    @Test
    void commentedSettingsParseWithAWarningAndTheOutputIsStrictJson() throws IOException {
        Path repo = repo();
        write(repo.resolve(".claude/settings.json"), """
                {
                  // hooks for the team
                  "hooks": {
                    "PreToolUse": [
                      {"matcher": "Bash", "hooks": [{"type": "command", "command": "guard.sh",},],},
                    ],
                  },
                  "permissions": {"deny": ["Bash(rm -rf *)"]},
                }
                """);
        ImportPlan plan = plan(repo);
        Diagnostic jsonc = rule(plan, "claude/settings-jsonc").get(0);
        assertThat(jsonc.position().line()).isEqualTo(2);
        assertThat(jsonc.message()).contains("a comment").contains("strict JSON");
        PlannedFile hooksFile = file(plan, ".codex/hooks.json");
        HookReadResult read = HooksJsonReader.parse(SourceText.of(hooksFile.target(), hooksFile.newBytes()), "project",
                false);
        assertThat(read.optionalFailure()).isEmpty();
        assertThat(read.source().handlerCount()).isEqualTo(1);
        assertThat(rule(plan, "claude/setting-not-converted").get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void disableAllHooksImportsNoHooks() throws IOException {
        Path repo = repo();
        write(repo.resolve(".claude/settings.local.json"), """
                {"disableAllHooks": true, "hooks": {"Stop": [{"hooks": [{"type": "command", "command": "x"}]}]}}""");
        ImportPlan plan = plan(repo);
        assertThat(plan.files()).noneMatch(f -> f.path().equals(".codex/hooks.json"));
        assertThat(rule(plan, "claude/hooks-disabled")).hasSize(1);
    }

    @Test
    void existingHooksJsonIsMergedAndAReimportChangesNothing() throws IOException {
        Path repo = repo();
        settings(repo, """
                {"Stop": [{"hooks": [{"type": "command", "command": "claude-stop.sh"}]}]}""");
        write(repo.resolve(".codex/hooks.json"), """
                {"hooks": {"Stop": [{"hooks": [{"type": "command", "command": "codex-stop.sh"}]}]}}
                """);
        ImportPlan plan = plan(repo);
        PlannedFile f = file(plan, ".codex/hooks.json");
        assertThat(f.action()).isEqualTo(PlannedFile.Action.UPDATE);
        assertThat(f.diff()).contains("codex-stop.sh").contains("+").contains("claude-stop.sh");
        JsonNode stop = hooks(plan).path("Stop");
        assertThat(stop).hasSize(2);
        ImportWriter.write(plan);
        byte[] after = Files.readAllBytes(repo.resolve(".codex/hooks.json"));
        ImportPlan again = plan(repo);
        assertThat(again.changes()).isEmpty();
        assertThat(ImportWriter.write(again)).isEmpty();
        assertThat(Files.readAllBytes(repo.resolve(".codex/hooks.json"))).isEqualTo(after);
    }

    // ------------------------------------------------------------------ guidance

    @Test
    void claudeMdBecomesAgentsMdInEveryFolderWithImportsWarned() throws IOException {
        Path repo = repo();
        write(repo.resolve("CLAUDE.md"), "# Rules\n\n@docs/style.md\n");
        write(repo.resolve("web/CLAUDE.md"), "Use pnpm.\n");
        write(repo.resolve("CLAUDE.local.md"), "my notes\n");
        write(repo.resolve("node_modules/pkg/CLAUDE.md"), "vendored\n");
        ImportPlan plan = plan(repo);
        assertThat(file(plan, "AGENTS.md").newText()).isEqualTo("# Rules\n\n@docs/style.md\n");
        assertThat(file(plan, "web/AGENTS.md").newText()).isEqualTo("Use pnpm.\n");
        assertThat(plan.files()).noneMatch(f -> f.path().startsWith("node_modules"));
        Diagnostic imp = rule(plan, "claude/guidance-import").get(0);
        assertThat(imp.position().line()).isEqualTo(3);
        assertThat(imp.position().column()).isEqualTo(1);
        assertThat(rule(plan, "claude/guidance-local")).hasSize(1);
    }

    @Test
    void anExistingAgentsMdIsNeverOverwrittenAMergedProposalIsWritten() throws IOException {
        Path repo = repo();
        write(repo.resolve("CLAUDE.md"), "Claude rules\n");
        write(repo.resolve(".claude/CLAUDE.md"), "More rules\n");
        write(repo.resolve("AGENTS.md"), "Codex rules\n");
        ImportPlan plan = plan(repo);
        assertThat(plan.files()).noneMatch(f -> f.path().equals("AGENTS.md"));
        String merged = file(plan, "AGENTS.claude-import.md").newText();
        assertThat(merged).startsWith("Codex rules\n").contains("Claude rules\n").contains("More rules\n");
        Diagnostic w = rule(plan, "claude/guidance-exists").get(0);
        assertThat(w.hint()).contains("project_doc_fallback_filenames").contains("first of");
    }

    @Test
    void fallbackModeNamesClaudeMdInTheProjectConfig() throws IOException {
        Path repo = repo();
        write(repo.resolve("CLAUDE.md"), "rules\n");
        write(repo.resolve(".codex/config.toml"), "# team config\nmodel = \"gpt-5\"\n");
        ImportPlan plan = ClaudeImporter.plan(repo, repo, Guidance.FALLBACK);
        assertThat(plan.files()).noneMatch(f -> f.path().equals("AGENTS.md"));
        PlannedFile config = file(plan, ".codex/config.toml");
        assertThat(config.newText()).isEqualTo(
                "project_doc_fallback_filenames = [\"CLAUDE.md\"]\n\n# team config\nmodel = \"gpt-5\"\n");
        assertThat(rule(plan, "claude/project-config-trust")).hasSize(1);
    }

    @Test
    void aClaudeMdThatOnlyImportsAgentsMdImportsNothing() throws IOException {
        Path repo = repo();
        write(repo.resolve("CLAUDE.md"), "@AGENTS.md\n");
        ImportPlan plan = plan(repo);
        assertThat(plan.files()).isEmpty();
        assertThat(rule(plan, "claude/guidance-same")).hasSize(1);
    }

    // ------------------------------------------------------------------ skills, commands, agents

    @Test
    void skillsAreCopiedAndCheckedByTheSkillsRules() throws IOException {
        Path repo = repo();
        write(repo.resolve(".claude/skills/deploy/SKILL.md"),
                "---\nname: deploy\ndescription: Deploy the app\ndisable-model-invocation: true\n---\nRun scripts/go.sh\n");
        write(repo.resolve(".claude/skills/deploy/scripts/go.sh"), "echo go\n");
        write(repo.resolve(".claude/skills/broken/SKILL.md"), "---\nname: broken\n---\nno description\n");
        write(repo.resolve(".claude/skills/flat.md"), "# not a skill\n");
        ImportPlan plan = plan(repo);
        assertThat(file(plan, ".agents/skills/deploy/SKILL.md").newText()).startsWith("---\nname: deploy\n");
        assertThat(file(plan, ".agents/skills/deploy/scripts/go.sh").newText()).isEqualTo("echo go\n");
        assertThat(file(plan, ".agents/skills/deploy/agents/openai.yaml").newText())
                .isEqualTo("policy:\n  allow_implicit_invocation: false\n");
        assertThat(plan.files()).noneMatch(f -> f.path().contains("broken"));
        Diagnostic notLoaded = rule(plan, "claude/skill-not-loaded").get(0);
        assertThat(notLoaded.message()).contains("description");
        assertThat(notLoaded.position().file()).isEqualTo(repo.resolve(".claude/skills/broken/SKILL.md"));
        assertThat(rule(plan, "claude/skill-flat-file")).hasSize(1);
    }

    @Test
    void commandsBecomeExplicitOnlySkills() throws IOException {
        Path repo = repo();
        write(repo.resolve(".claude/commands/git/Fix Issue.md"),
                "---\ndescription: Fix a GitHub issue\nargument-hint: [number]\n---\nFix issue $ARGUMENTS.\n");
        write(repo.resolve(".claude/commands/plain.md"), "# Review the diff\n\nLook at !`git diff`.\n");
        ImportPlan plan = plan(repo);
        String fix = file(plan, ".agents/skills/git-fix-issue/SKILL.md").newText();
        assertThat(fix).isEqualTo("---\nname: git-fix-issue\ndescription: \"Fix a GitHub issue\"\n---\nFix issue $ARGUMENTS.\n");
        assertThat(file(plan, ".agents/skills/git-fix-issue/agents/openai.yaml").newText()).contains("false");
        assertThat(file(plan, ".agents/skills/plain/SKILL.md").newText()).contains("description: \"Review the diff\"");
        assertThat(rule(plan, "claude/command-arguments").get(0).position().line()).isEqualTo(5);
        assertThat(rule(plan, "claude/command-shell")).hasSize(1);
        assertThat(rule(plan, "claude/command-field").get(0).message()).contains("argument-hint");
    }

    @Test
    void subAgentsAreWarnedNotConverted() throws IOException {
        Path repo = repo();
        write(repo.resolve(".claude/agents/reviewer.md"), "---\nname: reviewer\n---\nReview code.\n");
        ImportPlan plan = plan(repo);
        assertThat(plan.files()).isEmpty();
        assertThat(rule(plan, "claude/agent-not-converted")).hasSize(1);
    }

    // ------------------------------------------------------------------ writing

    @Test
    void writingIntoAnOutFolderLeavesTheSourceAloneAndUnchangedFilesUntouched() throws IOException {
        Path repo = repo();
        write(repo.resolve("CLAUDE.md"), "rules\n");
        settings(repo, "{\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"x\"}]}]}");
        Path out = tmp.resolve("out");
        ImportPlan plan = ClaudeImporter.plan(repo, out, Guidance.COPY);
        assertThat(plan.changes()).extracting(PlannedFile::path).containsExactly(".codex/hooks.json", "AGENTS.md");
        ImportWriter.write(plan);
        assertThat(Files.readString(out.resolve("AGENTS.md"))).isEqualTo("rules\n");
        assertThat(repo.resolve("AGENTS.md")).doesNotExist();
        long mtime = Files.getLastModifiedTime(out.resolve("AGENTS.md")).toMillis();
        ImportPlan again = ClaudeImporter.plan(repo, out, Guidance.COPY);
        assertThat(again.files()).allMatch(f -> f.action() == PlannedFile.Action.UNCHANGED);
        ImportWriter.write(again);
        assertThat(Files.getLastModifiedTime(out.resolve("AGENTS.md")).toMillis()).isEqualTo(mtime);
    }

    @Test
    void aFileChangedAfterThePreviewIsNotOverwritten() throws IOException {
        Path repo = repo();
        write(repo.resolve("CLAUDE.md"), "rules\n");
        ImportPlan plan = plan(repo);
        write(repo.resolve("AGENTS.md"), "written meanwhile\n");
        assertThatThrownBy(() -> ImportWriter.write(plan)).isInstanceOf(ExternalChangeException.class);
        assertThat(Files.readString(repo.resolve("AGENTS.md"))).isEqualTo("written meanwhile\n");
    }

    @Test
    void pathsEscapingTheTargetAreRefused() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("t"));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve(".codex"), outside);
        assertThatThrownBy(() -> ImportWriter.resolveInside(root, "../x")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ImportWriter.resolveInside(root, "/etc/passwd")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ImportWriter.resolveInside(root, "a/../../x")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ImportWriter.resolveInside(root, ".codex/hooks.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("links outside");
        assertThat(ImportWriter.resolveInside(root, "sub/AGENTS.md")).isEqualTo(root.resolve("sub/AGENTS.md"));

        Path repo = repo();
        Files.createSymbolicLink(repo.resolve(".codex"), outside);
        settings(repo, "{\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"x\"}]}]}");
        assertThatThrownBy(() -> plan(repo)).isInstanceOf(IOException.class);
        assertThat(Optional.ofNullable(outside.toFile().list()).map(a -> a.length).orElse(0)).isZero();
    }
}
