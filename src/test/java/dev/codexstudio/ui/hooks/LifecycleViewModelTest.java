package dev.codexstudio.ui.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEntry.TrustStatus;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.ui.hooks.LifecycleViewModel.EventNode;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle view model on a trusted copy of samples/python-library (user and project hooks). */
class LifecycleViewModelTest {

    @TempDir
    Path workspace;

    private Path repo;
    private StudioViewModel studio;
    private LifecycleViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        repo = workspace.resolve("repo");
        Path codexHome = workspace.resolve("codex-home");
        dev.codexstudio.ui.StudioTestFixture.copySample("python-library", repo, codexHome);
        Files.writeString(codexHome.resolve("config.toml"), Files.readString(codexHome.resolve("config.toml"))
                + "\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(),
                Map.of("HOME", workspace.toString(), "CODEX_HOME", codexHome.toString()));
        model = new LifecycleViewModel(studio);
    }

    @Test
    void emptyBeforeAProjectIsOpen() {
        assertThat(model.nodes()).isEmpty();
        assertThat(model.directories()).isEmpty();
        assertThat(model.cwdProperty().get()).isNull();
    }

    @Test
    void everyEventAppearsOnceInItsLane() {
        assertThat(studio.open(repo)).isTrue();
        List<EventNode> nodes = model.nodes();
        assertThat(nodes).extracting(EventNode::event).containsExactlyInAnyOrder(HookEvent.values());
        assertThat(nodes).hasSize(14);
        assertThat(nodes.subList(0, 9)).extracting(EventNode::event).containsExactlyElementsOf(LifecycleViewModel.MAIN_FLOW);
        assertThat(nodes).filteredOn(n -> n.lane() == LifecycleViewModel.Lane.SUBAGENT).extracting(EventNode::event)
                .containsExactly(HookEvent.SUBAGENT_START, HookEvent.SUBAGENT_STOP);
        assertThat(nodes).filteredOn(n -> n.lane() == LifecycleViewModel.Lane.OTHER).extracting(EventNode::event)
                .containsExactly(HookEvent.PRE_MODEL_REQUEST, HookEvent.POST_MODEL_REQUEST, HookEvent.INTERRUPT);
    }

    @Test
    void countsSourcesAndTrustMatchTheRootViewsHooks() {
        assertThat(studio.open(repo)).isTrue();
        CwdView root = studio.stack().orElseThrow().rootView();
        assertThat(model.cwdProperty().get()).isEqualTo(root.cwd());
        List<HookEntry> entries = root.hooks().entries();
        assertThat(entries).isNotEmpty();
        assertThat(entries).anyMatch(e -> e.source().equals("project"));
        assertThat(entries).anyMatch(e -> e.source().equals("user"));
        for (EventNode n : model.nodes()) {
            List<HookEntry> mine = entries.stream().filter(e -> e.event() == n.event()).toList();
            assertThat(n.handlers()).as(n.name()).isEqualTo(mine.size());
            Map<String, Integer> sources = mine.stream().collect(Collectors.groupingBy(
                    e -> e.isManaged() ? "managed" : e.source(), Collectors.summingInt(e -> 1)));
            assertThat(n.sources()).as(n.name()).isEqualTo(sources);
            Map<TrustStatus, Integer> trust = new HashMap<>();
            Arrays.stream(TrustStatus.values()).forEach(t -> trust.put(t,
                    (int) mine.stream().filter(e -> e.trustStatus() == t).count()));
            assertThat(n.trust()).as(n.name()).isEqualTo(trust);
            assertThat(n.groups().stream().mapToInt(g -> g.handlers().size()).sum()).isEqualTo(mine.size());
        }
    }

    @Test
    void sampleHooksAreWhereTheFilesPutThem() {
        assertThat(studio.open(repo)).isTrue();
        EventNode pre = model.node(HookEvent.PRE_TOOL_USE).orElseThrow();
        assertThat(pre.handlers()).isEqualTo(1);
        assertThat(pre.sources()).containsExactly(Map.entry("project", 1));
        assertThat(pre.trust().get(TrustStatus.UNTRUSTED)).isEqualTo(1);
        assertThat(pre.groups()).singleElement().satisfies(g -> {
            assertThat(g.matcher()).isEqualTo("Bash");
            assertThat(g.file()).isEqualTo(repo.resolve(".codex/hooks.json"));
            assertThat(g.handlers()).singleElement().satisfies(h -> {
                assertThat(h.action()).contains("guard_shell.py");
                assertThat(h.timeoutSec()).isEqualTo(5);
                assertThat(h.line()).isGreaterThan(1);
            });
        });
        EventNode prompt = model.node(HookEvent.USER_PROMPT_SUBMIT).orElseThrow();
        assertThat(prompt.sources()).containsEntry("user", 1);
        assertThat(prompt.countText()).isEqualTo("1 handler");
    }

    @Test
    void eventsWithoutHandlersReportZero() {
        assertThat(studio.open(repo)).isTrue();
        for (HookEvent e : List.of(HookEvent.PRE_COMPACT, HookEvent.SUBAGENT_START, HookEvent.INTERRUPT,
                HookEvent.SESSION_END)) {
            EventNode n = model.node(e).orElseThrow();
            assertThat(n.handlers()).as(e.tomlName()).isZero();
            assertThat(n.isEmpty()).isTrue();
            assertThat(n.sources()).isEmpty();
            assertThat(n.trust().values()).allMatch(v -> v == 0);
            assertThat(n.groups()).isEmpty();
            assertThat(n.canBlock()).isFalse();
            assertThat(n.countText()).isEqualTo("no handlers");
        }
    }

    @Test
    void blockingIsAPerEventFact() {
        assertThat(LifecycleViewModel.eventCanBlock(HookEvent.PRE_TOOL_USE)).isTrue();
        assertThat(LifecycleViewModel.eventCanBlock(HookEvent.PERMISSION_REQUEST)).isTrue();
        assertThat(LifecycleViewModel.eventCanBlock(HookEvent.USER_PROMPT_SUBMIT)).isTrue();
        assertThat(LifecycleViewModel.eventCanBlock(HookEvent.STOP)).isTrue();
        assertThat(LifecycleViewModel.eventCanBlock(HookEvent.SUBAGENT_STOP)).isTrue();
        assertThat(LifecycleViewModel.eventCanBlock(HookEvent.SESSION_START)).isFalse();
        assertThat(LifecycleViewModel.eventCanBlock(HookEvent.SUBAGENT_START)).isFalse();
        assertThat(LifecycleViewModel.eventCanBlock(HookEvent.SESSION_END)).isFalse();
        assertThat(LifecycleViewModel.eventCanBlock(HookEvent.PRE_COMPACT)).isFalse();

        assertThat(studio.open(repo)).isTrue();
        assertThat(model.node(HookEvent.PRE_TOOL_USE).orElseThrow().canBlock()).isTrue();
        assertThat(model.node(HookEvent.STOP).orElseThrow().canBlock()).isTrue();
        // SessionStart has a handler, but its hooks only add context
        EventNode start = model.node(HookEvent.SESSION_START).orElseThrow();
        assertThat(start.handlers()).isEqualTo(1);
        assertThat(start.canBlock()).isFalse();
        // SubagentStop can block, but the sample has no handler for it
        assertThat(model.node(HookEvent.SUBAGENT_STOP).orElseThrow().canBlock()).isFalse();
    }

    @Test
    void anotherDirectoryCanBeChosenAndAFreshStackResetsToItsRoot() {
        assertThat(studio.open(repo)).isTrue();
        List<Path> dirs = model.directories();
        assertThat(dirs).hasSize(studio.stack().orElseThrow().views().size()).hasSizeGreaterThan(1);
        assertThat(dirs).first().isEqualTo(studio.stack().orElseThrow().rootView().cwd());
        Path last = dirs.get(dirs.size() - 1);
        model.cwdProperty().set(last);
        assertThat(model.view().orElseThrow().cwd()).isEqualTo(last);
        studio.rescan();
        assertThat(model.cwdProperty().get()).isEqualTo(last);
        model.cwdProperty().set(workspace.resolve("nowhere"));
        assertThat(model.view().orElseThrow().cwd()).isEqualTo(dirs.get(0));
    }
}
