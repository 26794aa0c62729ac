package dev.codexstudio.core.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.skills.yaml.YamlComposer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** New skills, renames, folder files, the enable switch in the user config and openai.yaml field edits. */
class SkillEditingOpsTest {

    @TempDir
    Path tmp;

    @Test
    void namesFollowTheAgentSkillsRuleAndRefuseTraversal() {
        assertThat(SkillFolders.nameProblem("db-migration")).isEmpty();
        assertThat(SkillFolders.nameProblem("")).isPresent();
        assertThat(SkillFolders.nameProblem("../evil")).get().asString().contains("..");
        assertThat(SkillFolders.nameProblem("a/b")).get().asString().contains("/");
        assertThat(SkillFolders.nameProblem("Db Migration")).get().asString().contains("`db-migration`");
        assertThat(SkillFolders.nameProblem("a--b")).isPresent();
        assertThat(SkillFolders.nameProblem("x".repeat(65))).get().asString().contains("64");
    }

    @Test
    void createsFromTheTemplateAndNeverOverwrites() throws Exception {
        Path root = tmp.resolve(".agents/skills");
        Path file = SkillFolders.create(root, "lint-fix");
        assertThat(file).isEqualTo(root.resolve("lint-fix/SKILL.md"));
        SkillDocument doc = SkillDocument.parse(SourceText.of(file, Files.readAllBytes(file)));
        assertThat(SkillRules.check(doc)).isEmpty();
        assertThat(doc.frontMatter().orElseThrow().string("name")).contains("lint-fix");
        Files.writeString(file, "mine");
        assertThatThrownBy(() -> SkillFolders.create(root, "lint-fix")).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThatThrownBy(() -> SkillFolders.create(root, "..")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renameMovesTheFolderAndChangesOnlyTheNameLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("skills/old-name"));
        String text = "---\r\nname: old-name # keep\r\ndescription: \"Does: things\"\r\n---\r\nBody stays\r\n";
        Files.writeString(dir.resolve("SKILL.md"), text);
        Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(dir.resolve("scripts/run.sh"), "x");
        Files.createDirectories(tmp.resolve("skills/taken"));

        assertThatThrownBy(() -> SkillFolders.rename(dir.resolve("SKILL.md"), "taken"))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> SkillFolders.rename(dir.resolve("SKILL.md"), "../up"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir).isDirectory();

        Path moved = SkillFolders.rename(dir.resolve("SKILL.md"), "new-name");
        assertThat(moved).isEqualTo(tmp.resolve("skills/new-name/SKILL.md"));
        assertThat(dir).doesNotExist();
        assertThat(Files.readString(moved)).isEqualTo(text.replace("name: old-name", "name: new-name"));
        assertThat(moved.resolveSibling("scripts/run.sh")).exists();
    }

    @Test
    void folderFilesAreAddedRenamedAndRemovedInsideTheSkill() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("s"));
        Path script = SkillFolders.addFile(dir, "scripts/check.sh");
        assertThat(Files.getPosixFilePermissions(script)).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.readString(script)).startsWith("#!/usr/bin/env bash");
        Path ref = SkillFolders.addFile(dir, "references/guide.md");
        assertThat(Files.getPosixFilePermissions(ref)).doesNotContain(PosixFilePermission.OWNER_EXECUTE);
        assertThatThrownBy(() -> SkillFolders.addFile(dir, "references/guide.md"))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> SkillFolders.addFile(dir, "../outside.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SkillFolders.addFile(dir, "/etc/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SkillFolders.addFile(dir, "SKILL.md")).isInstanceOf(IllegalArgumentException.class);

        Path moved = SkillFolders.renameFile(dir, "references/guide.md", "scripts/guide.md");
        assertThat(Files.getPosixFilePermissions(moved)).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(dir.resolve("references/guide.md")).doesNotExist();
        assertThatThrownBy(() -> SkillFolders.renameFile(dir, "scripts/guide.md", "scripts/check.sh"))
                .isInstanceOf(FileAlreadyExistsException.class);

        SkillFolders.removeFile(dir, "scripts/guide.md");
        SkillFolders.removeFile(dir, "scripts/check.sh");
        assertThat(dir.resolve("scripts")).doesNotExist();
        assertThat(dir).isDirectory();
    }

    @Test
    void disablingAppendsAPathRuleAndEnablingFlipsItOnItsLine() {
        Path cfg = tmp.resolve("config.toml");
        Path skill = tmp.resolve("repo/.agents/skills/a/SKILL.md");
        String original = "# mine\nmodel = \"gpt-5.5\"\n\n[tui]\nnotifications = true\n";
        String off = SkillToggle.withEnabled(SourceText.ofString(cfg, original), skill, false, tmp);
        assertThat(off).startsWith(original)
                .isEqualTo(original + "\n[[skills.config]]\npath = \"" + skill + "\"\nenabled = false\n");
        TomlParseResult parsed = Toml.parse(off);
        TomlTable entry = ((TomlArray) parsed.get(List.of("skills", "config"))).getTable(0);
        assertThat(entry.getBoolean("enabled")).isFalse();
        assertThat(parsed.getBoolean(List.of("tui", "notifications"))).isTrue();

        String on = SkillToggle.withEnabled(SourceText.ofString(cfg, off), skill, true, tmp);
        assertThat(on).isEqualTo(off.replace("enabled = false", "enabled = true"));
        assertThat(SkillToggle.withEnabled(SourceText.ofString(cfg, on), skill, true, tmp)).isEqualTo(on);

        assertThat(SkillToggle.withEnabled(SourceText.ofString(cfg, ""), skill, false, tmp))
                .isEqualTo("[[skills.config]]\npath = \"" + skill + "\"\nenabled = false\n");
        assertThatThrownBy(() -> SkillToggle.withEnabled(SourceText.ofString(cfg, "a = [\n"), skill, false, tmp))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void openAiYamlFieldsChangeOnlyTheirLines() {
        String text = "# UI\ninterface:\n    display_name: \"DB migration\"\n    short_description: Old\npolicy:\n"
                + "    allow_implicit_invocation: true\n";
        String renamed = OpenAiYamlEdit.withString(text, "interface", "display_name", "Database: migration");
        assertThat(renamed).isEqualTo(text.replace("\"DB migration\"", "'Database: migration'"));
        String off = OpenAiYamlEdit.withBoolean(text, "policy", "allow_implicit_invocation", false);
        assertThat(off).isEqualTo(text.replace("invocation: true", "invocation: false"));
        String added = OpenAiYamlEdit.withString(text, "interface", "default_prompt", "Use $db");
        assertThat(added).isEqualTo(text.replace("Old\n", "Old\n    default_prompt: Use $db\n"));
        String newSection = OpenAiYamlEdit.withBoolean("interface:\n  display_name: X\n", "policy",
                "allow_implicit_invocation", false);
        assertThat(newSection).isEqualTo("interface:\n  display_name: X\npolicy:\n  allow_implicit_invocation: false\n");
        assertThat(OpenAiYamlEdit.without(text, "interface", "short_description"))
                .isEqualTo(text.replace("    short_description: Old\n", ""));
        assertThatThrownBy(() -> OpenAiYamlEdit.withString("interface: {display_name: X}\n", "interface",
                "display_name", "Y")).isInstanceOf(IllegalStateException.class);
        String template = OpenAiYamlEdit.template("Lint fix", "Fix: lint");
        assertThat(YamlComposer.compose(template).error()).isNull();
        OpenAiYaml yaml = OpenAiYaml.parse(SourceText.of(Path.of("/x/agents/openai.yaml"),
                template.getBytes(StandardCharsets.UTF_8)));
        assertThat(yaml.ui().shortDescription().value()).isEqualTo("Fix: lint");
        assertThat(yaml.invalid()).isNull();
    }

    @Test
    void metadataIsRewrittenKeepingUnchangedLines() {
        String text = "---\nname: a\nmetadata:\n    owner: payments # team\n    version: \"1.3\"\nlicense: MIT\n---\nbody\n";
        SkillDocument doc = SkillDocument.parse(SourceText.ofString(Path.of("/s/a/SKILL.md"), text));
        assertThat(doc.mapping("metadata")).containsExactly(java.util.Map.entry("owner", "payments"),
                java.util.Map.entry("version", "1.3"));
        java.util.Map<String, String> next = new java.util.LinkedHashMap<>(doc.mapping("metadata"));
        next.put("version", "1.4");
        next.put("short-description", "Does: this");
        assertThat(doc.withMapping("metadata", next).render()).isEqualTo("---\nname: a\nmetadata:\n"
                + "    owner: payments # team\n    version: '1.4'\n    short-description: 'Does: this'\n"
                + "license: MIT\n---\nbody\n");
        assertThat(doc.withMapping("metadata", java.util.Map.of()).render())
                .isEqualTo("---\nname: a\nlicense: MIT\n---\nbody\n");
    }
}
