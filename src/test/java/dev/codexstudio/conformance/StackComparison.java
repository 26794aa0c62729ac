package dev.codexstudio.conformance;

import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.skills.SkillDiscovery;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the studio with the real Codex on whole stacks: for every repository of every world and every
 * directory that matters in it (as the studio's scanner finds them), the config is accepted or rejected
 * alike, and the AGENTS.md text is byte-identical.
 */
final class StackComparison {

    private final Map<String, int[]> areas = new LinkedHashMap<>();
    private final List<String> disagreements = new ArrayList<>();
    private int cases;

    static StackComparison compare(CodexOracle codex, List<World> worlds) throws IOException, InterruptedException {
        StackComparison c = new StackComparison();
        for (World w : worlds) {
            c.compareWorld(codex, w);
        }
        return c;
    }

    private void compareWorld(CodexOracle codex, World world) throws IOException, InterruptedException {
        List<CwdView> all = new ArrayList<>();
        for (Path repo : world.repos()) {
            all.addAll(StackScanner.scan(repo, world.environment()).views());
        }
        compareLists(codex, world, all);
        for (Path repo : world.repos()) {
            Stack stack = StackScanner.scan(repo, world.environment());
            for (CwdView view : stack.views()) {
                cases++;
                Path cwd = view.cwd();
                CodexOracle.Result r = codex.promptInput(world.codexHome(), world.home(), cwd);
                boolean codexAccepts = r.exitCode() == 0;
                ConfigStack cs = ConfigStackLoader.load(world.environment(), cwd);
                boolean studioAccepts = ConfigAcceptance.accepts(cs);
                if (!codexAccepts && r.stderr().contains("failed to load AGENTS.md instructions")) {
                    // A selected AGENTS.md that the permission profile denies stops Codex: the config itself loaded.
                    EffectiveInstructions.Skip skip = AgentsInstructions.compute(cs).skipped();
                    check("agents", studioAccepts && skip == EffectiveInstructions.Skip.UNREADABLE, () -> cwd
                            + ": Codex cannot read a selected AGENTS.md, the studio says " + skip);
                    continue;
                }
                check("config", codexAccepts == studioAccepts, () -> cwd + ": Codex " + (codexAccepts ? "accepts" : "rejects")
                        + " the config, the studio " + (studioAccepts ? "accepts" : "rejects") + " it\n  codex: "
                        + r.stderr().strip());
                if (codexAccepts && studioAccepts) {
                    Optional<String> expected = CodexOracle.agentsInstructions(r);
                    String actual = AgentsInstructions.compute(cs).text();
                    check("agents", expected.orElse("").equals(actual), () -> cwd + ": AGENTS.md text differs\n  codex:  "
                            + expected.orElse("<none>").replace("\n", "\\n") + "\n  studio: " + actual.replace("\n", "\\n"));
                }
            }
        }
    }

    /** {@code skills/list} and {@code hooks/list} for every directory of the world, from one app-server session. */
    private void compareLists(CodexOracle codex, World world, List<CwdView> views) throws IOException {
        if (views.isEmpty()) {
            return;
        }
        Path[] cwds = views.stream().map(CwdView::cwd).toArray(Path[]::new);
        JsonNode skills;
        JsonNode hooks;
        try (CodexOracle.AppServer server = codex.appServer(world.codexHome(), world.home(), world.dir())) {
            skills = server.skillsList(cwds).path("data");
            hooks = server.hooksList(cwds).path("data");
        }
        for (int i = 0; i < views.size(); i++) {
            CwdView view = views.get(i);
            JsonNode entry = skills.get(i);
            String expected = SkillsListing.ofCodex(entry);
            // Codex writes its bundled skills into $CODEX_HOME/skills/.system on first use: read after it ran.
            String actual = SkillsListing.ofStudio(SkillDiscovery.discover(view.config()));
            check("skills", expected.equals(actual), () -> view.cwd() + ": skills/list differs\n--- codex\n" + expected
                    + "--- studio\n" + actual);
            String expectedHooks = HooksListing.ofCodex(hooks.get(i));
            String actualHooks = HooksListing.ofStudio(HookDiscovery.discover(view.config()));
            check("hooks", expectedHooks.equals(actualHooks), () -> view.cwd() + ": hooks/list differs\n--- codex\n"
                    + expectedHooks + "--- studio\n" + actualHooks);
        }
    }

    private void check(String area, boolean agree, java.util.function.Supplier<String> detail) {
        int[] counts = areas.computeIfAbsent(area, a -> new int[2]);
        counts[0]++;
        if (agree) {
            counts[1]++;
        } else {
            disagreements.add("[" + area + "] " + detail.get());
        }
    }

    int cases() {
        return cases;
    }

    List<String> disagreements() {
        return List.copyOf(disagreements);
    }

    void record(String suite) {
        areas.forEach((area, counts) -> ConformanceReport.record(suite + "/" + area, counts[0], counts[1]));
    }
}
