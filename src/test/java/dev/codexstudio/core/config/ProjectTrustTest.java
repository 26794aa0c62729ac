package dev.codexstudio.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectTrustTest {

    @Test
    void trustingAddsOnlyTheProjectTableAndCodexThenLoadsTheLayer(@TempDir Path tmp) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(repo.resolve(".codex"));
        Files.writeString(repo.resolve(".codex/config.toml"), "model = \"team\"\n");
        String user = "# mine\nmodel = \"gpt-5\"\n";
        Files.writeString(home.resolve("config.toml"), user);
        CodexEnvironment env = new CodexEnvironment(home, tmp, tmp.resolve("etc"), null);
        ConfigStack before = ConfigStackLoader.load(env, repo);
        assertThat(before.projectLayers().get(0).enabled()).isFalse();

        TomlDocument doc = TomlDocument.parse(SourceText.of(home.resolve("config.toml"), user.getBytes()));
        TomlDocument trusted = ProjectTrust.withTrust(doc, ProjectTrust.keyFor(before.project()), TrustLevel.TRUSTED);
        assertThat(trusted.render()).startsWith(user).endsWith("[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        Files.writeString(home.resolve("config.toml"), trusted.render());
        ConfigStack after = ConfigStackLoader.load(env, repo);
        assertThat(after.projectLayers().get(0).enabled()).isTrue();
        assertThat(after.effective().getString("model")).contains("team");

        TomlDocument unknown = ProjectTrust.withTrust(trusted, repo.toString(), TrustLevel.UNKNOWN);
        assertThat(unknown.render()).doesNotContain("trust_level").doesNotContain("[projects");
        assertThat(unknown.render().strip()).isEqualTo(user.strip());
    }
}
