package dev.codexstudio.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a shipped sample from the welcome page, without a display. */
class SamplesViewModelTest {

    @TempDir
    Path tmp;

    private StudioViewModel studio(StudioSettings settings) {
        return new StudioViewModel(TaskExecutor.direct(), settings,
                Map.of("HOME", tmp.resolve("home").toString(), "XDG_DATA_HOME", tmp.resolve("data").toString(),
                        "CODEX_HOME", tmp.resolve("home/.codex").toString()));
    }

    @Test
    void openingASampleExtractsItAndUsesItsCodexHomeAndManagedFolderForThisSessionOnly() throws Exception {
        StudioSettings settings = StudioSettings.inMemory();
        StudioViewModel studio = studio(settings);
        assertThat(studio.samples()).extracting(s -> s.name()).contains("python-library");
        assertThat(studio.samplesDir()).isEqualTo(tmp.resolve("data/codex-stack-studio/samples"));

        studio.openSample("python-library");

        Path sample = tmp.resolve("data/codex-stack-studio/samples/python-library");
        assertThat(studio.project()).contains(sample.resolve("repo"));
        assertThat(studio.codexHomeProperty().get()).isEqualTo(sample.resolve("codex-home"));
        assertThat(studio.environment().systemDir()).isEqualTo(sample.resolve("managed"));
        assertThat(studio.stack()).isPresent();
        assertThat(studio.statusProperty().get()).doesNotContain("Could not");
        assertThat(settings.codexHome()).as("the user's own setting is untouched").isEmpty();

        Path own = Files.createDirectories(tmp.resolve("own-repo"));
        studio.open(own);
        assertThat(studio.codexHomeProperty().get()).isEqualTo(tmp.resolve("home/.codex"));
        assertThat(studio.environment().systemDir()).isEqualTo(Path.of("/etc/codex"));
    }

    @Test
    void aSampleOpenedFromTheRecentListGetsItsCodexHomeBackAndKeepsTheUsersEdits() throws Exception {
        StudioSettings settings = StudioSettings.inMemory();
        StudioViewModel first = studio(settings);
        first.openSample("java-service");
        Path repo = first.project().orElseThrow();
        Files.writeString(repo.resolve("AGENTS.md"), "# Edited\n");

        StudioViewModel later = studio(settings);
        assertThat(later.recentProjects()).contains(repo);
        later.open(repo);
        assertThat(later.codexHomeProperty().get()).isEqualTo(repo.resolveSibling("codex-home"));
        later.openSample("java-service");
        assertThat(repo.resolve("AGENTS.md")).hasContent("# Edited");
    }

    @Test
    void anUnknownSampleSaysSoInTheStatusAndOpensNothing() {
        StudioViewModel studio = studio(StudioSettings.inMemory());
        studio.openSample("../../etc");
        assertThat(studio.project()).isEmpty();
        assertThat(studio.statusProperty().get()).startsWith("Could not open the sample ../../etc: No sample named");
    }
}
