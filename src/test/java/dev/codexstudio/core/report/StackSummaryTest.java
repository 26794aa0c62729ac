package dev.codexstudio.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codexstudio.core.agents.GuidanceKind;
import dev.codexstudio.core.agents.InstructionPart;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.skills.SkillScope;
import dev.codexstudio.core.stack.StackScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackSummaryTest {

    @TempDir
    Path tmp;

    static StackSummary sample(String name, Path tmp) throws IOException {
        return StackSummary.of(ReportFixtures.sample(name, tmp).scan());
    }

    @Test
    void javaServiceOverrideShadowsAgentsAndHooksAreInLifecycleOrder() throws IOException {
        StackSummary sum = sample("java-service", tmp);
        StackSummary.GuidanceDoc override = sum.guidance().files().stream()
                .filter(f -> f.kind() == GuidanceKind.OVERRIDE).findFirst().orElseThrow();
        assertTrue(override.used(), override.toString());
        assertTrue(sum.guidance().files().stream().anyMatch(f -> f.shadowedBy().equals(java.util.Optional.of(override.file()))),
                "the AGENTS.md beside the override is shadowed");
        assertEquals(sum.root(), sum.guidance().chains().get(0).cwd(), "the root's chain comes first");
        assertTrue(sum.guidance().chains().size() > 1, "nested docs give their own chains");
        List<HookEvent> events = sum.hooks().events();
        assertEquals(HookEvent.SESSION_START, events.get(0));
        assertTrue(events.containsAll(List.of(HookEvent.PRE_TOOL_USE, HookEvent.POST_TOOL_USE, HookEvent.STOP)));
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).lifecycleOrder() < events.get(i).lifecycleOrder(), events.toString());
        }
        assertTrue(sum.hooks().of(HookEvent.PRE_TOOL_USE).size() >= 2, "two PreToolUse matchers");
        assertTrue(sum.hooks().hooks().stream().allMatch(h -> h.sourceFile().getFileName().toString().equals("hooks.json")
                || h.source().equals("user")));
        assertTrue(sum.skills().skills().stream().anyMatch(s -> s.scope() == SkillScope.REPO));
        assertFalse(sum.configuration().profiles().isEmpty(), "the sample's profiles are listed");
        assertTrue(sum.requirements().isEmpty(), "no requirements in this sample");
    }

    @Test
    void typescriptWebappInlineHooksFallbackDocAndProfile() throws IOException {
        StackSummary sum = sample("typescript-webapp", tmp);
        assertTrue(sum.guidance().files().stream().anyMatch(f -> f.kind() == GuidanceKind.FALLBACK && f.used()),
                "e2e/CLAUDE.md is read as a fallback name");
        assertEquals(2, sum.hooks().hooks().stream().filter(h -> h.event() == HookEvent.SESSION_START)
                .map(StackSummary.HookFact::matcher).distinct().count(), "two SessionStart groups");
        assertTrue(sum.hooks().hooks().stream().anyMatch(h -> h.sourceFile().getFileName().toString().equals("config.toml")));
        assertTrue(sum.configuration().profiles().stream().anyMatch(p -> p.name().equals("review") && !p.changes().isEmpty()));
    }

    @Test
    void pythonLibraryRequirementsAndNotableSettings() throws IOException {
        StackSummary sum = sample("python-library", tmp);
        assertFalse(sum.requirements().isEmpty());
        assertFalse(sum.requirements().allowedSandboxModes().isEmpty() && sum.requirements().allowedApprovalPolicies().isEmpty(),
                sum.requirements().toString());
        assertTrue(sum.hooks().hooks().stream().anyMatch(h -> h.event() == HookEvent.PERMISSION_REQUEST));
        assertTrue(sum.hooks().hooks().stream().anyMatch(h -> h.source().equals("user")));
        assertTrue(sum.hooks().hooks().stream().anyMatch(h -> h.source().equals("project")));
        assertTrue(sum.configuration().notable().stream().anyMatch(s -> s.key().equals("model")), sum.configuration().notable().toString());
        assertTrue(sum.configuration().layers().stream().anyMatch(l -> l.kind() == LayerKind.PROJECT && l.exists()));
    }

    @Test
    void emptyRepositoryHasEmptyLayers() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("empty"));
        Path home = Files.createDirectories(tmp.resolve("codex-home"));
        StackSummary sum = StackSummary.of(StackScanner.scan(repo,
                new CodexEnvironment(home, tmp, tmp.resolve("etc"), null)));
        assertTrue(sum.guidance().isEmpty());
        assertTrue(sum.skills().skills().stream().noneMatch(s -> s.scope() == SkillScope.REPO));
        assertTrue(sum.hooks().isEmpty());
        assertTrue(sum.configuration().isEmpty());
        assertTrue(sum.requirements().isEmpty());
        assertEquals(1, sum.guidance().chains().size());
        assertTrue(sum.guidance().chains().get(0).links().isEmpty());
    }

    @Test
    void budgetCutIsReported() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path home = Files.createDirectories(tmp.resolve("codex-home"));
        Files.writeString(home.resolve("config.toml"), "project_doc_max_bytes = 10\n");
        Files.writeString(repo.resolve("AGENTS.md"), "# Rules\n\nAlways run the tests before you commit.\n");
        StackSummary sum = StackSummary.of(StackScanner.scan(repo,
                new CodexEnvironment(home, tmp, tmp.resolve("etc"), null)));
        StackSummary.Chain chain = sum.guidance().chains().get(0);
        assertEquals(10, chain.budget());
        assertTrue(chain.cut());
        StackSummary.Link link = chain.links().get(0);
        assertEquals(InstructionPart.Status.TRUNCATED, link.status());
        assertEquals(10, link.includedBytes());
        assertTrue(link.bytesCut() > 0);
    }

    @Test
    void findingsAreAssignedToLayers() {
        assertEquals(StackSummary.Layer.GUIDANCE, StackSummary.Layer.ofRule("agents/empty"));
        assertEquals(StackSummary.Layer.HOOKS, StackSummary.Layer.ofRule("hooks/bad-matcher"));
        assertEquals(StackSummary.Layer.CONFIGURATION, StackSummary.Layer.ofRule("config/unknown-key"));
        assertEquals(StackSummary.Layer.STACK, StackSummary.Layer.ofRule("stack/scan-limit"));
    }
}
