package dev.codexstudio.ui.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.finetune.Behaviour;
import dev.codexstudio.core.finetune.MigrationTargets;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist's state without a display. */
class FineTuneViewModelTest {

    @TempDir
    Path tmp;

    private Path repo;
    private Path home;
    private CodexEnvironment env;
    private final AtomicInteger rescans = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        home = Files.createDirectories(tmp.resolve("home/.codex"));
        env = new CodexEnvironment(home, tmp.resolve("home"), tmp.resolve("etc"), null);
    }

    private FineTuneViewModel open() {
        return new FineTuneViewModel(TaskExecutor.direct(), MigrationTargets.of(repo, home), env, rescans::incrementAndGet);
    }

    @Test
    void startsWithSixOpenItemsAndAHintInsteadOfErrors() {
        FineTuneViewModel vm = open();
        assertThat(vm.items()).extracting(FineTuneItem::behaviour).containsExactly(Behaviour.values());
        assertThat(vm.progressProperty().get()).isEqualTo("0 of 6 behaviours migrated");
        FineTuneItem style = vm.item(Behaviour.CODE_STYLE);
        assertThat(style.canCreateProperty().get()).isFalse();
        assertThat(style.problemsProperty().get()).isEmpty();
        assertThat(style.previewProperty().get()).startsWith("Type the fields above");
        assertThat(vm.item(Behaviour.LATENCY).value("effort").get()).isEqualTo("low");
    }

    @Test
    void typingShowsThePreviewAndCreateTicksTheItemAndRescans() throws Exception {
        FineTuneViewModel vm = open();
        FineTuneItem glossary = vm.item(Behaviour.TERMINOLOGY);
        glossary.value("entries").set("Ledger: the book of record");
        assertThat(glossary.canCreateProperty().get()).isTrue();
        assertThat(glossary.previewProperty().get()).contains("+## Glossary").contains("+- **Ledger**: the book of record")
                .contains(".agents/skills/domain-glossary/SKILL.md").contains("How to use it: Invoke it with $domain-glossary");
        vm.create(glossary);
        assertThat(glossary.messageProperty().get()).isEqualTo("Created 3 file changes.");
        assertThat(glossary.done()).isTrue();
        assertThat(rescans).hasValue(1);
        assertThat(vm.progressProperty().get()).isEqualTo("1 of 6 behaviours migrated");
        // after creating, the same input is a conflict, not a second copy
        assertThat(glossary.canCreateProperty().get()).isFalse();
        assertThat(glossary.problemsProperty().get()).isEmpty();
        assertThat(glossary.previewProperty().get()).startsWith("Done: ").contains("AGENTS.md").contains("exists and validates");
        // the ticks come from disk: a new checklist shows the same
        assertThat(open().item(Behaviour.TERMINOLOGY).done()).isTrue();
    }

    @Test
    void badInputIsExplainedAndCreateDoesNothing() {
        FineTuneViewModel vm = open();
        FineTuneItem compliance = vm.item(Behaviour.COMPLIANCE);
        compliance.value("approval").set("untrusted");
        assertThat(compliance.problemsProperty().get()).contains("'untrusted' is rejected by Codex");
        assertThat(compliance.canCreateProperty().get()).isFalse();
        vm.create(compliance);
        assertThat(compliance.messageProperty().get()).startsWith("Nothing created:");
        assertThat(Files.exists(home.resolve("managed/requirements.toml"))).isFalse();
        compliance.value("approval").set("on-request, never");
        compliance.value("sandbox").set("read-only,workspace-write");
        assertThat(compliance.previewProperty().get()).contains("+allowed_sandbox_modes = [\"read-only\", \"workspace-write\"]")
                .contains("+allowed_approval_policies = [\"on-request\", \"never\"]");
        vm.create(compliance);
        assertThat(compliance.done()).isTrue();
    }

    @Test
    void anArtefactWithErrorsIsNotTickedAndShowsItsFindings() throws Exception {
        Files.writeString(home.resolve("fast.config.toml"), "model_reasoning_effort = \"\"\n");
        FineTuneItem latency = open().item(Behaviour.LATENCY);
        assertThat(latency.done()).isFalse();
        assertThat(latency.statusProperty().get().findings()).anyMatch(d -> d.isError());
        assertThat(latency.statusProperty().get().summary()).contains("error");
    }
}
