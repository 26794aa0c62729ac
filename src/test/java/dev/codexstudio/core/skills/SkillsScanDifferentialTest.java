package dev.codexstudio.core.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of skill discovery (roots, scan rules, de-duplication, {@code [[skills.config]]},
 * plugin namespaces) against the real Codex 0.169 binary: each scenario builds a workspace, and the full
 * {@code skills/list} answer (skills in order, errors in order) must equal {@link SkillDiscovery}'s.
 *
 * <p>Runs only when {@code studio.codex.bin} names the Codex binary (see {@link CodexOracle}).
 */
class SkillsScanDifferentialTest {

    /** A workspace: Codex home, user home, and the working directory to list. */
    record Workspace(Path home, Path userHome, Path root) {
        Path w() {
            return root.resolve("w");
        }
    }

    interface Scenario {
        Path build(Workspace ws) throws IOException;
    }

    private static void skill(Path dir, String name) throws IOException {
        write(dir.resolve("SKILL.md"), "---\nname: " + name + "\ndescription: d\n---\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void gitRepo(Path dir) throws IOException {
        write(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    private static List<Scenario> scenarios() {
        List<Scenario> list = new ArrayList<>();
        list.add(ws -> {
            Path s = ws.w().resolve(".agents/skills");
            gitRepo(ws.w());
            Path p = s;
            for (int i = 1; i <= 8; i++) {
                p = p.resolve("l" + i);
                skill(p, "depth" + i);
            }
            write(s.resolve("SKILL.md"), "---\ndescription: at the root\n---\n");
            skill(s.resolve(".hidden/x"), "hidden");
            skill(s.resolve("vis/.hid/y"), "hidden2");
            skill(s.resolve("_under"), "under");
            write(s.resolve("lower/skill.md"), "---\nname: lower\ndescription: d\n---\n");
            Files.createDirectories(s.resolve("dirskill/SKILL.md"));
            Path ext = ws.root().resolve("ext");
            skill(ext.resolve("e1"), "ext1");
            write(ext.resolve("efile.md"), "---\nname: extfile\ndescription: d\n---\n");
            Files.createSymbolicLink(s.resolve("linkdir"), ext.resolve("e1"));
            Files.createDirectories(s.resolve("filelink"));
            Files.createSymbolicLink(s.resolve("filelink/SKILL.md"), ext.resolve("efile.md"));
            Files.createSymbolicLink(s.resolve("dangling"), ws.root().resolve("nothing"));
            skill(s.resolve("loop"), "loopskill");
            Files.createSymbolicLink(s.resolve("loop/up"), Path.of(".."));
            skill(s.resolve("orig"), "orig");
            Files.createSymbolicLink(s.resolve("alias"), Path.of("orig"));
            Files.createSymbolicLink(s.resolve(".hiddenlink"), ext.resolve("e1"));
            Path chain = ext.resolve("chain");
            Path c = chain;
            for (int i = 1; i <= 7; i++) {
                c = c.resolve("c" + i);
                skill(c, "chain" + i);
            }
            Files.createSymbolicLink(s.resolve("lnk"), chain);
            write(s.resolve("bad/SKILL.md"), "no front matter");
            write(s.resolve("named-folder/SKILL.md"), "---\ndescription: folder name is the name\n---\n");
            Files.createSymbolicLink(s.resolve("via-link"), s.resolve("named-folder"));
            return ws.w();
        });
        list.add(ws -> {
            Path w = ws.w();
            gitRepo(w);
            Files.createDirectories(w.resolve("a/b"));
            skill(w.resolve(".agents/skills/r0"), "r0");
            skill(w.resolve("a/.agents/skills/r1"), "r1");
            skill(w.resolve("a/b/.agents/skills/r2"), "r2");
            skill(w.resolve("a/b/c/.agents/skills/below"), "below");
            skill(ws.root().resolve(".agents/skills/above"), "above");
            skill(w.resolve(".codex/skills/c0"), "c0");
            skill(w.resolve("a/.codex/skills/c1"), "c1");
            skill(w.resolve("a/b/.codex/skills/c2"), "c2");
            skill(ws.userHome().resolve(".agents/skills/u1"), "u1");
            skill(ws.home().resolve("skills/u2"), "u2");
            skill(ws.home().resolve("skills/sub/.system/hid"), "hid");
            skill(w.resolve(".agents/skills/dup"), "same");
            skill(ws.userHome().resolve(".agents/skills/dup"), "same");
            for (Path d : List.of(w.resolve(".agents/skills"), w.resolve("a/b/.codex/skills"),
                    ws.home().resolve("skills"), ws.userHome().resolve(".agents/skills"))) {
                write(d.resolve("zz/SKILL.md"), "bad");
                write(d.resolve("aa/SKILL.md"), "bad");
            }
            Files.createSymbolicLink(ws.home().resolve("skills/badlink"), w.resolve(".agents/skills/zz"));
            Files.createSymbolicLink(ws.home().resolve("skills/r0link"), w.resolve(".agents/skills/r0"));
            write(ws.home().resolve("config.toml"), """
                    [[skills.config]]
                    name = "u1"
                    enabled = false
                    [[skills.config]]
                    path = "%1$s/.agents/skills/r0/SKILL.md"
                    enabled = false
                    [[skills.config]]
                    path = "%1$s/a/.agents/skills/r1"
                    enabled = false
                    [[skills.config]]
                    name = "r2"
                    enabled = false
                    [[skills.config]]
                    path = "%1$s/a/b/.agents/skills/r2/SKILL.md"
                    enabled = true
                    [[skills.config]]
                    name = "  c1  "
                    enabled = false
                    [[skills.config]]
                    path = "skills/u2/SKILL.md"
                    enabled = false
                    [[skills.config]]
                    name = "c0"
                    path = "/x/SKILL.md"
                    enabled = false
                    [[skills.config]]
                    enabled = false
                    [[skills.config]]
                    name = "  "
                    enabled = false
                    [[skills.config]]
                    name = "imagegen"
                    enabled = false
                    """.formatted(w));
            return w.resolve("a/b");
        });
        list.add(ws -> {
            Path w = ws.w();
            gitRepo(w);
            skill(w.resolve(".agents/skills/p1"), "p1");
            skill(w.resolve(".agents/skills/p2"), "p2");
            skill(ws.userHome().resolve("tilde/p3"), "p3");
            Files.createDirectories(ws.userHome().resolve(".agents/skills"));
            Files.createSymbolicLink(ws.userHome().resolve(".agents/skills/tl"), ws.userHome().resolve("tilde"));
            write(w.resolve(".codex/config.toml"), "[skills.bundled]\nenabled = false\n[[skills.config]]\n"
                    + "name = \"p1\"\nenabled = false\n");
            write(ws.home().resolve("config.toml"), "[projects.\"" + w + "\"]\ntrust_level = \"trusted\"\n"
                    + "[[skills.config]]\npath = \"~/tilde/p3/SKILL.md\"\nenabled = false\n");
            return w;
        });
        list.add(ws -> {
            Path w = ws.w();
            gitRepo(w);
            Path s = w.resolve(".agents/skills");
            skill(s.resolve("plug/skills/inner"), "inner");
            write(s.resolve("plug/.codex-plugin/plugin.json"), "{\"name\": \"myplug\"}");
            skill(s.resolve("plug2/inner2"), "inner2");
            write(s.resolve("plug2/.claude-plugin/plugin.json"), "{\"name\": \"claudeplug\"}");
            skill(s.resolve("plug3/x/inner3"), "inner3");
            write(s.resolve("plug3/.cursor-plugin/plugin.json"), "{\"name\": \"   \"}");
            skill(s.resolve("plug4/inner4"), "inner4");
            write(s.resolve("plug4/.codex-plugin/plugin.json"), "not json");
            write(s.resolve("plug4/.claude-plugin/plugin.json"), "{\"name\": \"fallback\"}");
            skill(s.resolve("plug5/outer/inner5"), "inner5");
            write(s.resolve("plug5/.codex-plugin/plugin.json"), "{\"name\": \"outer\"}");
            write(s.resolve("plug5/outer/.codex-plugin/plugin.json"), "{\"name\": \"deeper\"}");
            skill(s.resolve("plug6/inner6"), "x".repeat(60));
            write(s.resolve("plug6/.codex-plugin/plugin.json"), "{\"name\": \"" + "n".repeat(70) + "\"}");
            skill(s.resolve("plug7/inner7"), "inner7");
            write(s.resolve("plug7/.codex-plugin/plugin.json"), "{\"name\": 5}");
            skill(s.resolve("plain"), "plain");
            Path ext = ws.root().resolve("extplug");
            skill(ext.resolve("skills/linked"), "linked");
            write(ext.resolve(".codex-plugin/plugin.json"), "{\"name\": \"extplug\"}");
            Files.createSymbolicLink(s.resolve("linked"), ext.resolve("skills/linked"));
            Path rootPlug = ws.root().resolve("rp");
            gitRepo(rootPlug);
            write(rootPlug.resolve(".codex-plugin/plugin.json"), "{\"name\": \"repo-plugin\"}");
            skill(rootPlug.resolve(".agents/skills/rs"), "rs");
            return w;
        });
        list.add(ws -> {
            Path w = ws.root().resolve("rp");
            gitRepo(w);
            write(w.resolve(".claude-plugin/plugin.json"), "{\"name\": \"whole-repo\"}");
            skill(w.resolve(".agents/skills/one"), "one");
            write(w.resolve(".agents/skills/two/SKILL.md"), "---\ndescription: named after folder\n---\n");
            return w;
        });
        list.add(ws -> {
            Path w = ws.w();
            Files.createDirectories(w.resolve(".git"));
            Files.createDirectories(w.resolve("sub"));
            skill(w.resolve(".agents/skills/rootagents"), "rootagents");
            skill(w.resolve(".codex/skills/rootcodex"), "rootcodex");
            skill(w.resolve("sub/.agents/skills/cwdagents"), "cwdagents");
            skill(w.resolve("sub/.codex/skills/cwdcodex"), "cwdcodex");
            return w.resolve("sub");
        });
        list.add(ws -> {
            Path w = ws.w();
            write(w.resolve("MARK"), "");
            gitRepo(w.resolve("inner"));
            Files.createDirectories(w.resolve("inner/s"));
            skill(w.resolve(".agents/skills/top"), "top");
            skill(w.resolve("inner/.agents/skills/mid"), "mid");
            skill(w.resolve("inner/s/.agents/skills/low"), "low");
            write(ws.home().resolve("config.toml"), "project_root_markers = [\"MARK\"]\n");
            return w.resolve("inner/s");
        });
        list.add(ws -> {
            Path w = ws.w();
            Files.createDirectories(w.resolve("x"));
            skill(w.resolve(".agents/skills/parent"), "parent");
            skill(w.resolve("x/.agents/skills/here"), "here");
            return w.resolve("x");
        });
        list.add(ws -> {
            Path w = ws.w();
            gitRepo(w);
            Path s = w.resolve(".agents/skills");
            for (int i = 0; i < 2100; i++) {
                write(s.resolve(String.format("s%04d/SKILL.md", (i * 7919) % 2100)), "---\ndescription: d\n---\n");
            }
            return w;
        });
        list.add(ws -> {
            Path w = ws.w();
            gitRepo(w);
            Path s = w.resolve(".agents/skills");
            Files.createDirectories(s.resolve("a/g"));
            for (int i = 0; i < 19997; i++) {
                Files.createFile(s.resolve(String.format("a/f%05d", i)));
            }
            write(s.resolve("a/g/SKILL.md"), "---\ndescription: d\n---\n");
            write(s.resolve("z/SKILL.md"), "---\ndescription: d\n---\n");
            return w;
        });
        list.add(ws -> {
            Path w = ws.w();
            gitRepo(w);
            Path s = w.resolve(".agents/skills");
            Files.createDirectories(s.resolve("a/g"));
            for (int i = 0; i < 19998; i++) {
                Files.createFile(s.resolve(String.format("a/f%05d", i)));
            }
            write(s.resolve("a/g/SKILL.md"), "---\ndescription: d\n---\n");
            return w;
        });
        list.add(ws -> {
            Path w = ws.w();
            gitRepo(w);
            Path s = w.resolve(".agents/skills");
            for (int i = 0; i < 1999; i++) {
                write(s.resolve(String.format("d%04d/SKILL.md", i)), "---\ndescription: d\n---\n");
            }
            write(s.resolve("d0000/x/SKILL.md"), "---\ndescription: d\n---\n");
            return w;
        });
        list.add(ws -> {
            Path w = ws.w();
            gitRepo(w);
            Path s = w.resolve(".agents/skills");
            for (String n : List.of("b-c", "b", "B", "é", "z", "a b", "_", "0")) {
                write(s.resolve(n).resolve("SKILL.md"), "---\nname: same\ndescription: " + n + "\n---\n");
            }
            skill(s.resolve("b/c"), "same");
            write(s.resolve("x/SKILL.md"), "---\nname: Zeta\ndescription: d\n---\n");
            write(s.resolve("y/SKILL.md"), "---\nname: alpha\ndescription: d\n---\n");
            write(s.resolve("y2/SKILL.md"), "---\nname: ärger\ndescription: d\n---\n");
            return w;
        });
        list.add(ws -> {
            Path w = ws.w();
            gitRepo(w);
            Path s = w.resolve(".agents/skills");
            String[][] policies = {
                {"chatgpt-only", "policy:\n  products: [chatgpt]\n"},
                {"codex-and-atlas", "policy:\n  products: [atlas, CODEX]\n"},
                {"empty-products", "policy:\n  products: []\n"},
                {"bogus-product", "policy:\n  products: [bogus]\n"},
                {"implicit-off", "policy:\n  allow_implicit_invocation: false\n  products: [ATLAS]\n"},
                {"invalid-yaml", "interface: [\npolicy:\n  products: [chatgpt]\n"},
                {"interface-only", "interface:\n  display_name: Nice\n"},
            };
            for (String[] p : policies) {
                skill(s.resolve(p[0]), p[0]);
                write(s.resolve(p[0]).resolve("agents/openai.yaml"), p[1]);
            }
            skill(s.resolve("yml-name"), "yml-name");
            write(s.resolve("yml-name/agents/openai.yml"), "policy:\n  products: [chatgpt]\n");
            return w;
        });
        return list;
    }

    private static final String[] OPENAI_YAML = {
        "interface:\n  display_name: Nice Name\n",
        "interface:\n  display_name: \"  spaced   out \"\n  short_description: Short\n",
        "interface:\n  display_name: " + "d".repeat(64) + "\n",
        "interface:\n  display_name: " + "d".repeat(65) + "\n  default_prompt: Use it\n",
        "interface:\n  display_name: \"\"\n  short_description: \"   \"\n",
        "interface:\n  short_description: " + "s".repeat(1025) + "\n  default_prompt: " + "p".repeat(1024) + "\n",
        "interface:\n  icon_small: assets/s.svg\n  icon_large: ./assets/l.png\n",
        "interface:\n  icon_small: assets/./x/../s.svg\n  icon_large: assets\n",
        "interface:\n  icon_small: /abs/s.svg\n  icon_large: img/l.png\n",
        "interface:\n  icon_small: ../assets/s.svg\n  icon_large: assets//deep/l.png\n",
        "interface:\n  icon_small: \"\"\n  icon_large: https://x/l.png\n",
        "interface:\n  brand_color: \"#12abEF\"\n",
        "interface:\n  brand_color: \" #00ff00 \"\n",
        "interface:\n  brand_color: red\n  display_name: x\n",
        "interface:\n  brand_color: \"#FFF\"\n  display_name: y\n",
        "interface:\n  brand_color: \"#ggg000\"\n  display_name: z\n",
        "interface:\n  display_name: 5\n  short_description: true\n",
        "interface: ~\n",
        "interface:\n  display_name: [a]\n",
        "interface:\n  display_name: ok\n  unknown: field\nextra: 1\n",
        "dependencies:\n  tools:\n    - type: mcp\n      value: srv\n    - type: env_var\n      value: TOKEN\n"
                + "      description: \"  the   token \"\n    - value: no-type\n    - type: mcp\n",
        "dependencies:\n  tools:\n    - type: " + "t".repeat(65) + "\n      value: v\n    - type: mcp\n"
                + "      value: w\n      transport: " + "x".repeat(65) + "\n      command: npx srv\n"
                + "      url: http://localhost\n",
        "dependencies:\n  tools: []\n",
        "dependencies:\n  tools:\n    - type: mcp\n      value: srv\n      oauth:\n        callbackPort: 5\n",
        "policy:\n  allow_implicit_invocation: false\ninterface:\n  display_name: Quiet\n",
        "interface:\n  display_name: &n Shared\n  short_description: *n\n",
        "interface: [\n",
        "",
    };

    @Test
    void openAiYamlMatchesCodex(@TempDir Path tmp) throws Exception {
        CodexOracle oracle = CodexOracle.require();
        Workspace ws = new Workspace(Files.createDirectories(tmp.resolve("home")),
                Files.createDirectories(tmp.resolve("uh")), tmp);
        Path w = ws.w();
        gitRepo(w);
        for (int i = 0; i < OPENAI_YAML.length; i++) {
            Path dir = w.resolve(".agents/skills").resolve(String.format("o%02d", i));
            skill(dir, String.format("o%02d", i));
            write(dir.resolve("agents/openai.yaml"), OPENAI_YAML[i]);
            Files.createDirectories(dir.resolve("assets"));
        }
        CodexOracle.Listing codex = oracle.skillsList(ws.home(), ws.userHome(), w);
        SkillCatalog ours = SkillDiscovery.discover(ConfigStackLoader.load(new CodexEnvironment(ws.home(),
                ws.userHome(), CodexEnvironment.DEFAULT_SYSTEM_DIR, null), w));
        StringBuilder report = new StringBuilder();
        for (CodexOracle.ListedSkill listed : codex.skills()) {
            if (!listed.scope().equals("repo")) {
                continue;
            }
            Skill mine = ours.skills().stream().filter(s -> s.skillFile().toString().equals(listed.path()))
                    .findFirst().orElseThrow();
            OpenAiYaml.CodexMetadata kept = mine.openAi() == null ? new OpenAiYaml.CodexMetadata(java.util.Map.of(),
                    List.of()) : mine.openAi().codexMetadata(mine.dir());
            java.util.Map<String, String> expectedUi = new java.util.LinkedHashMap<>(listed.ui());
            if (!expectedUi.equals(kept.ui()) || !listed.tools().equals(kept.tools())) {
                report.append("\n--- ").append(listed.name()).append("\n  codex: ").append(expectedUi).append(' ')
                        .append(listed.tools()).append("\n  ours:  ").append(kept.ui()).append(' ')
                        .append(kept.tools());
            }
        }
        assertThat(codex.skills()).filteredOn(s -> s.scope().equals("repo")).hasSize(OPENAI_YAML.length);
        assertThat(codex.skills()).filteredOn(s -> s.scope().equals("repo") && !s.ui().isEmpty()).hasSizeGreaterThan(10);
        assertThat(codex.skills()).filteredOn(s -> s.ui().containsKey("iconSmall")).isNotEmpty();
        assertThat(codex.skills()).filteredOn(s -> !s.tools().isEmpty()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(report.toString()).as("openai.yaml fields kept by Codex").isEmpty();
    }

    @Test
    void discoveryMatchesCodexOnScanScenarios(@TempDir Path tmp) throws Exception {
        CodexOracle oracle = CodexOracle.require();
        StringBuilder report = new StringBuilder();
        int agreed = 0;
        List<Scenario> scenarios = scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            Path root = Files.createDirectories(tmp.resolve("s" + i));
            Workspace ws = new Workspace(Files.createDirectories(root.resolve("home")),
                    Files.createDirectories(root.resolve("uh")), root);
            Path cwd = scenarios.get(i).build(ws);
            CodexOracle.Listing codex = oracle.skillsList(ws.home(), ws.userHome(), cwd);
            ConfigStack stack = ConfigStackLoader.load(new CodexEnvironment(ws.home(), ws.userHome(),
                    CodexEnvironment.DEFAULT_SYSTEM_DIR, null), cwd);
            SkillCatalog ours = SkillDiscovery.discover(stack);
            List<String> expected = new ArrayList<>();
            codex.skills().forEach(s -> expected.add("SKILL " + s.scope() + " " + s.enabled() + " " + s.path()
                    + " " + s.name()));
            codex.errors().forEach(e -> expected.add("ERROR " + e.path() + " " + e.message()));
            List<String> actual = new ArrayList<>();
            ours.skills().forEach(s -> actual.add("SKILL " + s.scope().label() + " " + s.enabled() + " "
                    + s.skillFile() + " " + s.name()));
            ours.errors().forEach(e -> actual.add("ERROR " + e.path() + " " + e.message()));
            if (expected.equals(actual)) {
                agreed++;
            } else {
                report.append("\n--- scenario ").append(i).append("\n  codex: ").append(expected)
                        .append("\n  ours:  ").append(actual);
            }
        }
        assertThat(report.toString()).as("scenarios where discovery differs from Codex").isEmpty();
        assertThat(agreed).isEqualTo(scenarios.size());
    }
}
