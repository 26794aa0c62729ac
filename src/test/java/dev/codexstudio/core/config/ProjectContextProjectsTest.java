package dev.codexstudio.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code [projects]} trust table a context keeps: a private, ordered, unmodifiable copy, shared once frozen. */
class ProjectContextProjectsTest {

    private static ProjectContext context(Map<String, TrustLevel> projects) {
        Path dir = Path.of("/work/repo");
        return new ProjectContext(dir, dir, dir, Optional.empty(), Optional.empty(), projects,
                Path.of("/home/u/.codex/config.toml"));
    }

    @Test
    void theTableIsCopiedInOrderAndLaterChangesToTheSourceDoNotReachIt() {
        Map<String, TrustLevel> source = new LinkedHashMap<>();
        source.put("/work/b", TrustLevel.UNTRUSTED);
        source.put("/work/a", TrustLevel.TRUSTED);
        ProjectContext ctx = context(source);
        source.put("/work/c", TrustLevel.TRUSTED);
        source.remove("/work/a");

        assertThat(ctx.projects()).containsExactly(Map.entry("/work/b", TrustLevel.UNTRUSTED),
                Map.entry("/work/a", TrustLevel.TRUSTED));
        assertThat(ctx.projects().get("/work/a")).isEqualTo(TrustLevel.TRUSTED);
        assertThat(ctx.projects().containsKey("/work/c")).isFalse();
        assertThat(ctx.projects()).isEqualTo(Map.of("/work/a", TrustLevel.TRUSTED, "/work/b", TrustLevel.UNTRUSTED));
        assertThatThrownBy(() -> ctx.projects().put("/x", TrustLevel.TRUSTED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ctx.projects().entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ctx.projects().keySet().remove("/work/a"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void contextsMadeFromOneFrozenTableShareItAndStayEqual() {
        Map<String, TrustLevel> frozen = ProjectContext.frozen(Map.of("/work/a", TrustLevel.TRUSTED));
        assertThat(ProjectContext.frozen(frozen)).isSameAs(frozen);
        assertThat(context(frozen).projects()).isSameAs(frozen);
        assertThat(context(frozen)).isEqualTo(context(Map.of("/work/a", TrustLevel.TRUSTED)));
        assertThat(context(frozen).hashCode()).isEqualTo(context(new LinkedHashMap<>(frozen)).hashCode());
    }
}
