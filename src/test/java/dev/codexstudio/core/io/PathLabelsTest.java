package dev.codexstudio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathLabelsTest {

    private final Path repo = Path.of("/work/repo");
    private final Path home = Path.of("/home/u/.codex");

    @Test
    void namesAFileRelativeToTheRepositoryThenTheCodexHomeElseAbsolute() {
        assertThat(PathLabels.of(Path.of("/work/repo/.codex/config.toml"), repo, home)).isEqualTo(".codex/config.toml");
        assertThat(PathLabels.of(Path.of("/home/u/.codex/fast.config.toml"), repo, home)).isEqualTo("$CODEX_HOME/fast.config.toml");
        assertThat(PathLabels.of(Path.of("/etc/codex/requirements.toml"), repo, home)).isEqualTo("/etc/codex/requirements.toml");
        assertThat(PathLabels.of(Path.of("/work/repo/a/../AGENTS.md"), repo, null)).isEqualTo("AGENTS.md");
        assertThat(PathLabels.of(Path.of("/home/u/.codex/config.toml"), null, home)).isEqualTo("$CODEX_HOME/config.toml");
    }
}
