package dev.codexstudio.core.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.io.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the skill editor writes, read back by the real Codex 0.169 ({@code skills/list}): a skill made from the
 * template loads, a renamed skill is listed under its new name and folder, a description with {@code ": "}
 * keeps its text, the {@code [[skills.config]]} rule the enable switch writes disables and re-enables the skill,
 * and an {@code agents/openai.yaml} made and edited by the form is used by Codex.
 */
class SkillEditsConformanceTest {

    @Test
    void codexReadsWhatTheEditorWrites(@TempDir Path tmp) throws Exception {
        CodexOracle oracle = CodexOracle.require();
        Path home = Files.createDirectories(tmp.resolve("codex-home"));
        Path userHome = Files.createDirectories(tmp.resolve("user"));
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Path root = repo.resolve(".agents/skills");
        Path cfg = home.resolve("config.toml");
        Files.writeString(cfg, "# mine\nmodel = \"gpt-5.5\"\n");

        Path fresh = SkillFolders.create(root, "lint-fix");
        Path renamed = SkillFolders.rename(SkillFolders.create(root, "old-name"), "new-name");
        SkillDocument doc = SkillDocument.parse(SourceText.of(renamed, Files.readAllBytes(renamed)));
        String description = "Checks: the build, then #tags and 'quotes' \"too\"";
        Files.write(renamed, doc.withField("description", description).toSourceText().bytes());
        Path yaml = renamed.resolveSibling("agents/openai.yaml");
        Files.createDirectories(yaml.getParent());
        String y = OpenAiYamlEdit.template("New: name", "Short");
        y = OpenAiYamlEdit.withString(y, "interface", "default_prompt", "Use $new-name: now");
        Files.writeString(yaml, y);

        Path canonical = fresh.toRealPath();
        Files.writeString(cfg, SkillToggle.withEnabled(SourceText.of(cfg, Files.readAllBytes(cfg)), canonical, false,
                userHome));

        CodexOracle.Listing listing = oracle.skillsList(home, userHome, repo);
        assertThat(listing.errors()).isEmpty();
        CodexOracle.ListedSkill lint = listing.skills().stream().filter(s -> s.name().equals("lint-fix")).findFirst()
                .orElseThrow();
        assertThat(lint.enabled()).isFalse();
        assertThat(lint.path()).isEqualTo(canonical.toString());
        CodexOracle.ListedSkill moved = listing.skills().stream().filter(s -> s.name().equals("new-name")).findFirst()
                .orElseThrow();
        assertThat(moved.path()).isEqualTo(renamed.toRealPath().toString());
        assertThat(moved.description()).isEqualTo(description);
        assertThat(moved.enabled()).isTrue();
        assertThat(moved.ui()).containsEntry("displayName", "New: name").containsEntry("defaultPrompt", "Use $new-name: now");
        assertThat(listing.skills()).noneMatch(s -> s.name().equals("old-name"));

        Files.writeString(cfg, SkillToggle.withEnabled(SourceText.of(cfg, Files.readAllBytes(cfg)), canonical, true,
                userHome));
        assertThat(new String(Files.readAllBytes(cfg), StandardCharsets.UTF_8)).contains("enabled = true");
        CodexOracle.Listing again = oracle.skillsList(home, userHome, repo);
        assertThat(again.skills().stream().filter(s -> s.name().equals("lint-fix")).findFirst().orElseThrow().enabled())
                .isTrue();
    }
}
