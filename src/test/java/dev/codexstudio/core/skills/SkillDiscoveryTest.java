package dev.codexstudio.core.skills;

import static dev.codexstudio.core.skills.TestWorkspace.skill;
import static dev.codexstudio.core.skills.TestWorkspace.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skill roots and scan rules, as verified against Codex 0.169 (see the differential tests). */
class SkillDiscoveryTest {

    @TempDir
    Path tmp;
    TestWorkspace ws;

    @BeforeEach
    void setUp() throws IOException {
        ws = new TestWorkspace(tmp);
    }

    private static List<String> names(SkillCatalog c) {
        return c.skills().stream().map(Skill::name).toList();
    }

    private static List<SkillScanFinding.Kind> findings(SkillCatalog c) {
        return c.findings().stream().map(SkillScanFinding::kind).toList();
    }

    @Test
    void scopeLabelsAreCodexStrings() {
        assertThat(List.of(SkillScope.values())).extracting(SkillScope::label)
                .containsExactly("repo", "user", "system", "admin");
    }

    @Test
    void rootsComeInCodexOrder() throws IOException {
        Path sub = Files.createDirectories(ws.repo.resolve("a/b"));
        Files.createDirectories(ws.repo.resolve(".codex"));
        Files.createDirectories(sub.resolve(".codex"));
        Files.createDirectories(ws.repo.resolve(".agents/skills"));
        Files.createDirectories(sub.resolve(".agents/skills"));
        List<SkillRoot> roots = SkillDiscovery.roots(ws.stack(sub), true);
        assertThat(roots).extracting(SkillRoot::kind).containsExactly(SkillRootKind.PROJECT_CODEX_FOLDER,
                SkillRootKind.PROJECT_CODEX_FOLDER, SkillRootKind.CODEX_HOME_SKILLS, SkillRootKind.USER_AGENTS,
                SkillRootKind.CODEX_HOME_SYSTEM, SkillRootKind.ADMIN, SkillRootKind.AGENTS_DIRECTORY,
                SkillRootKind.AGENTS_DIRECTORY);
        assertThat(roots.get(0).path()).isEqualTo(sub.resolve(".codex/skills"));
        assertThat(roots.get(1).path()).isEqualTo(ws.repo.resolve(".codex/skills"));
        assertThat(roots.get(6).path()).isEqualTo(ws.repo.resolve(".agents/skills"));
        assertThat(roots.get(4).followSymlinks()).isFalse();
        assertThat(roots.get(5).scope()).isEqualTo(SkillScope.ADMIN);
        assertThat(SkillDiscovery.roots(ws.stack(sub), false)).extracting(SkillRoot::kind)
                .doesNotContain(SkillRootKind.CODEX_HOME_SYSTEM);
    }

    @Test
    void everyRootYieldsItsScope() throws IOException {
        skill(ws.repoSkills().resolve("r"), "r");
        skill(ws.repo.resolve(".codex/skills/c"), "c");
        skill(ws.userHome.resolve(".agents/skills/u"), "u");
        skill(ws.home.resolve("skills/legacy"), "legacy");
        skill(ws.home.resolve("skills/.system/sys"), "sys");
        skill(ws.system.resolve("skills/adm"), "adm");
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).extracting(s -> s.name() + ":" + s.scope().label())
                .containsExactly("c:repo", "r:repo", "legacy:user", "u:user", "sys:system", "adm:admin");
    }

    @Test
    void depthSixIsTheLastScannedLevel() throws IOException {
        Path p = ws.repoSkills();
        for (int i = 1; i <= 8; i++) {
            p = p.resolve("l" + i);
            skill(p, "depth" + i);
        }
        SkillCatalog c = ws.discover();
        assertThat(names(c)).containsExactly("depth1", "depth2", "depth3", "depth4", "depth5", "depth6");
        assertThat(c.findings()).filteredOn(f -> f.kind() == SkillScanFinding.Kind.TOO_DEEP)
                .extracting(f -> f.path().getParent().getFileName().toString()).contains("l7");
    }

    @Test
    void aSkillFileDirectlyInTheRootIsNamedAfterTheRootFolder() throws IOException {
        write(ws.repoSkills().resolve("SKILL.md"), "---\ndescription: d\n---\n");
        assertThat(names(ws.discover())).containsExactly("skills");
    }

    @Test
    void hiddenFoldersAreSkippedAndReported() throws IOException {
        skill(ws.repoSkills().resolve(".hidden/x"), "hidden");
        skill(ws.repoSkills().resolve("vis/.hid/y"), "hidden2");
        skill(ws.repoSkills().resolve("ok"), "ok");
        SkillCatalog c = ws.discover();
        assertThat(names(c)).containsExactly("ok");
        assertThat(findings(c)).filteredOn(k -> k == SkillScanFinding.Kind.HIDDEN_DIRECTORY).hasSize(2);
    }

    @Test
    void onlyExactlySkillMdCounts() throws IOException {
        write(ws.repoSkills().resolve("lower/skill.md"), "---\ndescription: d\n---\n");
        Files.createDirectories(ws.repoSkills().resolve("dir/SKILL.md"));
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).isEmpty();
        assertThat(findings(c)).containsExactly(SkillScanFinding.Kind.MISNAMED_SKILL_FILE);
    }

    @Test
    void folderSymlinksAreFollowedFileSymlinksAreNot() throws IOException {
        Path ext = ws.root.resolve("ext");
        skill(ext.resolve("e1"), "ext1");
        Files.createDirectories(ws.repoSkills());
        Files.createSymbolicLink(ws.repoSkills().resolve("linkdir"), ext.resolve("e1"));
        write(ext.resolve("file.md"), "---\ndescription: d\n---\n");
        Files.createDirectories(ws.repoSkills().resolve("filelink"));
        Files.createSymbolicLink(ws.repoSkills().resolve("filelink/SKILL.md"), ext.resolve("file.md"));
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).singleElement().satisfies(s -> {
            assertThat(s.skillFile()).isEqualTo(ext.resolve("e1/SKILL.md"));
            assertThat(s.discoveredPath()).isEqualTo(ws.repoSkills().resolve("linkdir/SKILL.md"));
        });
        assertThat(findings(c)).contains(SkillScanFinding.Kind.SYMLINKED_SKILL_FILE);
    }

    @Test
    void aLinkedSkillIsNamedAfterItsRealFolder() throws IOException {
        write(ws.root.resolve("real-folder/SKILL.md"), "---\ndescription: d\n---\n");
        Files.createDirectories(ws.repoSkills());
        Files.createSymbolicLink(ws.repoSkills().resolve("alias"), ws.root.resolve("real-folder"));
        assertThat(names(ws.discover())).containsExactly("real-folder");
    }

    @Test
    void systemRootsDoNotFollowFolderSymlinks() throws IOException {
        skill(ws.root.resolve("ext/s"), "linked");
        Files.createDirectories(ws.home.resolve("skills/.system"));
        Files.createSymbolicLink(ws.home.resolve("skills/.system/s"), ws.root.resolve("ext/s"));
        Files.createDirectories(ws.userHome.resolve(".agents/skills"));
        Files.createSymbolicLink(ws.userHome.resolve(".agents/skills/s"), ws.root.resolve("ext/s"));
        assertThat(ws.discover().skills()).extracting(s -> s.scope().label()).containsExactly("user");
    }

    @Test
    void symlinkLoopsEndAndAliasesAreListedOnce() throws IOException {
        skill(ws.repoSkills().resolve("loop"), "loop");
        Files.createSymbolicLink(ws.repoSkills().resolve("loop/up"), Path.of(".."));
        Files.createSymbolicLink(ws.repoSkills().resolve("loop/self"), Path.of("."));
        Files.createSymbolicLink(ws.repoSkills().resolve("alias"), Path.of("loop"));
        assertThat(names(ws.discover())).containsExactly("loop");
    }

    @Test
    void theSameFileThroughTwoRootsIsListedOnceButErrorsRepeat() throws IOException {
        skill(ws.repoSkills().resolve("a"), "a");
        write(ws.repoSkills().resolve("bad/SKILL.md"), "no front matter");
        Files.createDirectories(ws.home.resolve("skills"));
        Files.createSymbolicLink(ws.home.resolve("skills/a"), ws.repoSkills().resolve("a"));
        Files.createSymbolicLink(ws.home.resolve("skills/bad"), ws.repoSkills().resolve("bad"));
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).singleElement().satisfies(s -> assertThat(s.scope()).isEqualTo(SkillScope.USER));
        assertThat(c.errors()).hasSize(2).extracting(SkillLoadError::path)
                .containsOnly(ws.repoSkills().resolve("bad/SKILL.md"));
    }

    @Test
    void errorsCarryCodexMessagesAndSystemErrorsAreDropped() throws IOException {
        write(ws.repoSkills().resolve("bad/SKILL.md"), "---\nname: x\n---\n");
        write(ws.home.resolve("skills/.system/broken/SKILL.md"), "nothing");
        SkillCatalog c = ws.discover();
        assertThat(c.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("missing field `description`");
            assertThat(e.root().kind()).isEqualTo(SkillRootKind.AGENTS_DIRECTORY);
            assertThat(e.document()).isNotNull();
        });
    }

    @Test
    void sortIsScopeThenNameBytesThenPathComponents() throws IOException {
        for (String n : List.of("b-c", "b", "B", "z", "é")) {
            write(ws.repoSkills().resolve(n).resolve("SKILL.md"), "---\nname: same\ndescription: d\n---\n");
        }
        skill(ws.repoSkills().resolve("b/c"), "same");
        skill(ws.repoSkills().resolve("x"), "Zeta");
        skill(ws.repoSkills().resolve("y"), "alpha");
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).extracting(s -> s.name() + " " + ws.repoSkills().relativize(s.dir()))
                .containsExactly("Zeta x", "alpha y", "same B", "same b", "same b/c", "same b-c", "same z", "same é");
    }

    @Test
    void agentsRootsGoFromTheProjectRootToCwdAndUseAnyGitEntry() throws IOException {
        Path w = ws.root.resolve("plain");
        Files.createDirectories(w.resolve(".git"));
        Path sub = Files.createDirectories(w.resolve("sub"));
        skill(w.resolve(".agents/skills/rootagents"), "rootagents");
        skill(w.resolve(".codex/skills/rootcodex"), "rootcodex");
        skill(sub.resolve(".agents/skills/cwdagents"), "cwdagents");
        skill(ws.root.resolve(".agents/skills/above"), "above");
        skill(sub.resolve("deeper/.agents/skills/below"), "below");
        assertThat(names(ws.discover(sub))).containsExactly("cwdagents", "rootagents");
    }

    @Test
    void projectCodexFoldersCountEvenWhenUntrusted() throws IOException {
        skill(ws.repo.resolve(".codex/skills/c"), "c");
        write(ws.home.resolve("config.toml"), "[projects.\"" + ws.repo + "\"]\ntrust_level = \"untrusted\"\n");
        assertThat(names(ws.discover())).containsExactly("c");
    }

    @Test
    void codexHomeAsAProjectFolderIsNotARepoRoot() throws IOException {
        Path repo = ws.root.resolve("proj");
        write(repo.resolve(".git/HEAD"), "x");
        skill(repo.resolve(".codex/skills/s"), "s");
        TestWorkspace other = new TestWorkspace(tmp.resolve("w2"));
        SkillCatalog c = SkillDiscovery.discover(dev.codexstudio.core.config.ConfigStackLoader.load(
                new dev.codexstudio.core.model.CodexEnvironment(repo.resolve(".codex"), other.userHome, other.system,
                        null), repo));
        assertThat(c.skills()).extracting(s -> s.scope().label()).containsExactly("user");
    }

    @Test
    void limitsStopTheScanWhereCodexStops() throws IOException {
        for (int i = 0; i < 1999; i++) {
            write(ws.repoSkills().resolve(String.format("d%04d/SKILL.md", i)), "---\ndescription: d\n---\n");
        }
        write(ws.repoSkills().resolve("d0000/x/SKILL.md"), "---\ndescription: d\n---\n");
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).hasSize(1999);
        assertThat(findings(c)).contains(SkillScanFinding.Kind.SCAN_TRUNCATED);
    }

    @Test
    void theEntryLimitEndsTheWalk() throws IOException {
        Path a = Files.createDirectories(ws.repoSkills().resolve("a/g"));
        for (int i = 0; i < 19998; i++) {
            Files.createFile(a.getParent().resolve(String.format("f%05d", i)));
        }
        write(a.resolve("SKILL.md"), "---\ndescription: d\n---\n");
        write(ws.repoSkills().resolve("z/SKILL.md"), "---\ndescription: d\n---\n");
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).isEmpty();
        assertThat(c.findings()).anySatisfy(f -> assertThat(f.detail()).isEqualTo("20000 entries"));
    }

    @Test
    void configRulesEnableAndDisable() throws IOException {
        skill(ws.repoSkills().resolve("p1"), "p1");
        skill(ws.repoSkills().resolve("p2"), "p2");
        skill(ws.repoSkills().resolve("p3"), "p3");
        write(ws.home.resolve("config.toml"), """
                [[skills.config]]
                name = "p1"
                enabled = false
                [[skills.config]]
                path = "%1$s/p2/SKILL.md"
                enabled = false
                [[skills.config]]
                name = "p3"
                enabled = false
                [[skills.config]]
                path = "%1$s/p3/SKILL.md"
                enabled = true
                """.formatted(ws.repoSkills()));
        assertThat(ws.discover().skills()).extracting(s -> s.name() + "=" + s.enabled())
                .containsExactly("p1=false", "p2=false", "p3=true");
    }

    @Test
    void bundledSkillsCanBeSwitchedOff() throws IOException {
        skill(ws.home.resolve("skills/.system/imagegen"), "imagegen");
        write(ws.home.resolve("config.toml"), "[skills.bundled]\nenabled = false\n");
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).isEmpty();
        assertThat(c.config().bundledEnabled()).isFalse();
    }

    @Test
    void aConfigThatDoesNotLoadListsNoSkills() throws IOException {
        skill(ws.repoSkills().resolve("p1"), "p1");
        write(ws.home.resolve("config.toml"), "[[skills.config]]\nname = \"p1\"\n");
        SkillCatalog c = ws.discover();
        assertThat(c.skills()).isEmpty();
        assertThat(c.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo(ws.repo);
            assertThat(e.message()).startsWith("failed to reload config: ").contains("missing field `enabled`");
        });
    }

    @Test
    void pluginManifestsNamespaceSkillNames() throws IOException {
        skill(ws.repoSkills().resolve("plug/skills/inner"), "inner");
        write(ws.repoSkills().resolve("plug/.codex-plugin/plugin.json"), "{\"name\": \"myplug\"}");
        skill(ws.repoSkills().resolve("blank/x"), "x");
        write(ws.repoSkills().resolve("blank/.cursor-plugin/plugin.json"), "{\"name\": \" \"}");
        skill(ws.repoSkills().resolve("broken/y"), "y");
        write(ws.repoSkills().resolve("broken/.codex-plugin/plugin.json"), "not json");
        write(ws.repoSkills().resolve("broken/.claude-plugin/plugin.json"), "{\"name\": \"unused\"}");
        assertThat(names(ws.discover())).containsExactly("blank:x", "myplug:inner", "y");
    }

    @Test
    void aManifestAboveTheRootNamespacesEverySkill() throws IOException {
        write(ws.repo.resolve(".claude-plugin/plugin.json"), "{\"name\": \"whole\"}");
        skill(ws.repoSkills().resolve("one"), "one");
        assertThat(names(ws.discover())).containsExactly("whole:one");
    }

    @Test
    void productsWithoutCodexHideTheSkill() throws IOException {
        skill(ws.repoSkills().resolve("hidden"), "hidden");
        write(ws.repoSkills().resolve("hidden/agents/openai.yaml"), "policy:\n  products: [chatgpt]\n");
        skill(ws.repoSkills().resolve("shown"), "shown");
        write(ws.repoSkills().resolve("shown/agents/openai.yaml"), "policy:\n  products: [atlas, CODEX]\n");
        SkillCatalog c = ws.discover();
        assertThat(names(c)).containsExactly("shown");
        assertThat(findings(c)).containsExactly(SkillScanFinding.Kind.EXCLUDED_BY_PRODUCTS);
    }

    @Test
    void skillFilesAndOpenAiYamlAreAttached() throws IOException {
        Path dir = ws.repoSkills().resolve("full");
        skill(dir, "full");
        write(dir.resolve("scripts/run.sh"), "echo");
        write(dir.resolve("references/guide.md"), "g");
        write(dir.resolve("assets/icon.png"), "png");
        write(dir.resolve("agents/openai.yaml"), "interface:\n  display_name: Full\n");
        Skill s = ws.discover().skills().get(0);
        assertThat(s.files().scripts()).containsExactly(Path.of("scripts/run.sh"));
        assertThat(s.files().references()).containsExactly(Path.of("references/guide.md"));
        assertThat(s.files().assets()).containsExactly(Path.of("assets/icon.png"));
        assertThat(s.openAi()).isNotNull();
        assertThat(s.openAi().ui().displayName().value()).isEqualTo("Full");
        assertThat(s.document().body()).isEqualTo("# full\n");
    }
}
