package dev.codexstudio.conformance;

import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.rules.oracle.ConfigVariants;
import dev.codexstudio.core.hooks.HookSetupGenerator;
import dev.codexstudio.core.skills.SkillsDifferentialTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates whole stacks, deterministically from a seed: random directory nesting with AGENTS.md, overrides
 * (some empty), fallback names, small budgets with multi-byte text at the cut, CRLF and byte-order marks;
 * skills with good and bad front matter (the skills generator's cases); hooks with odd matchers and fields
 * in {@code hooks.json} and inline TOML (the hooks generator); config files from the config generator's
 * accepted and rejected variants; trusted, untrusted and unknown projects; custom root markers.
 */
final class StackGenerator {

    private static final String[] WORDS = {"build", "test", "naïve", "café", "日本語", "emoji😀", "ß", "rule", "don't",
            "  indented", "tab\there", "ümlaut", "–dash", "x"};

    private final Random rnd;
    private final HookSetupGenerator hooks;
    private final List<SkillsDifferentialTest.Case> skillCases;
    private final List<ConfigVariants.Variant> configVariants;

    StackGenerator(long seed) {
        this.rnd = new Random(seed);
        this.hooks = new HookSetupGenerator(seed ^ 0x5DEECE66DL);
        this.skillCases = SkillsDifferentialTest.generate(new Random(seed + 1), 300);
        this.configVariants = ConfigVariants.all(KeyCatalogue.bundled(), 1);
    }

    /** One world: a Codex home with random settings and {@code repos} random repositories. */
    World world(Path dir, int repos) throws IOException {
        World world = World.create(dir);
        StringBuilder config = new StringBuilder();
        int budget = rnd.nextInt(6);
        if (budget == 1) {
            config.append("project_doc_max_bytes = ").append(1 + rnd.nextInt(300)).append('\n');
        } else if (budget == 2) {
            config.append("project_doc_max_bytes = ").append(rnd.nextInt(40)).append('\n');
        }
        int fallback = rnd.nextInt(4);
        if (fallback == 1) {
            config.append("project_doc_fallback_filenames = [\"CLAUDE.md\"]\n");
        } else if (fallback == 2) {
            config.append("project_doc_fallback_filenames = [\"GUIDE.md\", \"\", \"AGENTS.md\", \" CLAUDE.md\\t\", \"docs/X.md\"]\n");
        }
        int markers = rnd.nextInt(6);
        if (markers == 1) {
            config.append("project_root_markers = []\n");
        } else if (markers == 2) {
            config.append("project_root_markers = [\".hg\", \"package.json\"]\n");
        }
        if (rnd.nextInt(6) == 0) {
            config.append(hooks.inlineToml());
        }
        if (rnd.nextInt(5) == 0) {
            Files.writeString(world.codexHome().resolve("hooks.json"), hooks.hooksJson());
        }
        if (rnd.nextInt(12) == 0) {
            config.append(userVariant());
        }
        Files.writeString(world.codexHome().resolve("config.toml"), config.toString());
        globalDocs(world.codexHome());
        if (rnd.nextInt(4) == 0) {
            writeSkill(world.home().resolve(".agents/skills"), "personal");
        }
        for (int r = 0; r < repos; r++) {
            repo(world, "repo" + r, markers == 2);
        }
        world.writeTrust();
        return world;
    }

    private String userVariant() {
        for (int tries = 0; tries < 50; tries++) {
            ConfigVariants.Variant v = configVariants.get(rnd.nextInt(configVariants.size()));
            if (v.placement() == ConfigVariants.Placement.USER && v.userPrefix().isEmpty()) {
                String text = new String(v.content(), StandardCharsets.UTF_8);
                // a user variant is appended to generated settings: keep only ones that are plain key lines
                if (!text.startsWith("[") && !text.contains("\uFEFF") && text.lines().count() <= 3) {
                    return text.endsWith("\n") ? text : text + "\n";
                }
            }
        }
        return "";
    }

    private void repo(World world, String name, boolean packageJsonMarker) throws IOException {
        Path repo = world.newRepo(name);
        if (packageJsonMarker) {
            Files.writeString(repo.resolve("package.json"), "{}");
        }
        if (rnd.nextInt(8) == 0) {
            Files.delete(repo.resolve(".git/HEAD"));
        }
        List<Path> dirs = new ArrayList<>();
        dirs.add(repo);
        Path d = repo;
        int depth = 1 + rnd.nextInt(3);
        for (int i = 0; i < depth; i++) {
            d = Files.createDirectories(d.resolve(rnd.nextBoolean() ? "sub" + i : "pkg é" + i));
            dirs.add(d);
        }
        for (Path dir : dirs) {
            docs(dir);
        }
        int skills = rnd.nextInt(4);
        for (int i = 0; i < skills; i++) {
            Path at = dirs.get(rnd.nextInt(dirs.size()));
            Path root = at.resolve(rnd.nextInt(4) == 0 ? ".codex/skills" : ".agents/skills");
            writeSkill(root, "s" + i);
        }
        Path layerDir = rnd.nextInt(4) == 0 ? dirs.get(dirs.size() - 1) : repo;
        if (rnd.nextInt(3) > 0) {
            Path dotCodex = Files.createDirectories(layerDir.resolve(".codex"));
            if (rnd.nextBoolean()) {
                Files.writeString(dotCodex.resolve("hooks.json"), hooks.hooksJson());
            }
            StringBuilder cfg = new StringBuilder();
            if (rnd.nextInt(3) == 0) {
                cfg.append(hooks.inlineToml());
            }
            byte[] body = cfg.toString().getBytes(StandardCharsets.UTF_8);
            if (rnd.nextInt(3) == 0) {
                ConfigVariants.Variant v = projectVariant();
                if (v != null) {
                    body = v.content();
                }
            }
            if (body.length > 0) {
                Files.write(dotCodex.resolve("config.toml"), body);
            }
        }
        int trust = rnd.nextInt(8);
        if (trust < 5) {
            world.trust(repo, true);
        } else if (trust == 5) {
            world.trust(repo, false);
        } else if (trust == 6) {
            world.trust(dirs.get(dirs.size() - 1), rnd.nextBoolean());
        }
    }

    private ConfigVariants.Variant projectVariant() {
        for (int tries = 0; tries < 50; tries++) {
            ConfigVariants.Variant v = configVariants.get(rnd.nextInt(configVariants.size()));
            if (v.placement() != ConfigVariants.Placement.USER && v.userPrefix().isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private void writeSkill(Path root, String name) throws IOException {
        SkillsDifferentialTest.Case c = skillCases.get(rnd.nextInt(skillCases.size()));
        Path dir = Files.createDirectories(root.resolve(name));
        Files.write(dir.resolve("SKILL.md"), c.bytes());
    }

    private void globalDocs(Path codexHome) throws IOException {
        switch (rnd.nextInt(6)) {
            case 1 -> Files.writeString(codexHome.resolve("AGENTS.md"), text(3) + "\n");
            case 2 -> {
                Files.writeString(codexHome.resolve("AGENTS.override.md"), "  \n\t\n");
                Files.writeString(codexHome.resolve("AGENTS.md"), "\n\n" + text(2) + "  \n");
            }
            case 3 -> Files.writeString(codexHome.resolve("AGENTS.override.md"), "\u00a0" + text(2) + "\u00a0\n");
            case 4 -> Files.writeString(codexHome.resolve("AGENTS.md"), " \n");
            default -> {
            }
        }
    }

    private void docs(Path dir) throws IOException {
        switch (rnd.nextInt(9)) {
            case 1 -> Files.write(dir.resolve("AGENTS.md"), doc());
            case 2 -> {
                Files.write(dir.resolve("AGENTS.md"), doc());
                Files.write(dir.resolve("AGENTS.override.md"), doc());
            }
            case 3 -> {
                Files.write(dir.resolve("AGENTS.md"), doc());
                Files.write(dir.resolve("AGENTS.override.md"), rnd.nextBoolean() ? new byte[0] : "\n \n".getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> Files.write(dir.resolve("CLAUDE.md"), doc());
            case 5 -> {
                Files.write(dir.resolve("GUIDE.md"), doc());
                Files.write(dir.resolve("CLAUDE.md"), doc());
            }
            case 6 -> {
                Files.createDirectories(dir.resolve("AGENTS.override.md"));
                Files.write(dir.resolve("AGENTS.md"), doc());
            }
            case 7 -> Files.write(dir.resolve("AGENTS.md"), bigDoc());
            case 8 -> Files.writeString(dir.resolve("AGENTS.md"), "   \n");
            default -> {
            }
        }
    }

    private byte[] doc() {
        String nl = rnd.nextInt(4) == 0 ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(8) == 0) {
            sb.append('\uFEFF');
        }
        if (rnd.nextInt(4) == 0) {
            sb.append(nl);
        }
        int lines = 1 + rnd.nextInt(5);
        for (int i = 0; i < lines; i++) {
            sb.append(i == 0 ? "# " : "- ").append(text(1 + rnd.nextInt(6))).append(nl);
        }
        if (rnd.nextInt(3) == 0) {
            sb.append(nl).append("   ");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] bigDoc() {
        StringBuilder sb = new StringBuilder("# Big\n");
        int target = 300 + rnd.nextInt(600);
        while (sb.length() < target) {
            sb.append(text(8)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String text(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
