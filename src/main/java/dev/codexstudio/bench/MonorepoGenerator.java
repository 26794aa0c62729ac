package dev.codexstudio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic monorepo for the benchmarks, the same bytes for the same seed: {@value #DIRECTORIES}
 * directories in the repository, {@value #AGENTS_FILES} {@code AGENTS.md} files (plus {@value #OVERRIDES}
 * {@code AGENTS.override.md}, most beside an AGENTS.md they shadow, and {@value #BIG_AGENTS} 32 KiB documents
 * that go over the budget with the root document above them), {@value #SKILLS} skills in their folders (some
 * with {@code scripts/} and {@code references/}), {@value #HOOK_GROUPS} hook matcher groups split between
 * {@code .codex/hooks.json} and inline {@code [[hooks.X]]} tables, {@value #PROFILES} profile files, and
 * multi-byte text throughout. The Codex home trusts the repository and holds a 300-line {@code config.toml}.
 */
public final class MonorepoGenerator {

    public static final int DIRECTORIES = 2000;
    public static final int AGENTS_FILES = 300;
    public static final int OVERRIDES = 30;
    public static final int BIG_AGENTS = 10;
    public static final int SKILLS = 500;
    public static final int SKILL_DIRS = 50;
    public static final int HOOK_GROUPS = 200;
    public static final int CODEX_FOLDERS = 10;
    public static final int PROFILES = 20;
    public static final int USER_CONFIG_LINES = 300;
    /** Size of the big AGENTS.md documents (the keystroke benchmark edits one). */
    public static final int BIG_AGENTS_BYTES = 32 * 1024;
    /** Levels of the deep directory chain below {@code services/core}. */
    public static final int DEEP_LEVELS = 14;

    private static final String[] WORDS = {"api", "core", "web", "data", "infra", "tools", "auth", "billing",
        "search", "mobile", "shared", "ui", "jobs", "events", "cache", "store", "gateway", "report", "ml", "ops"};
    private static final String[] EVENTS = {"PreToolUse", "PostToolUse", "PermissionRequest", "SessionStart",
        "UserPromptSubmit", "Stop", "PreCompact", "SubagentStart"};
    private static final String[] MATCHERS = {"Bash", "^apply_patch$", "Edit|Write", "mcp__.*", "", "*",
        "spawn_agent|Agent", "^(Bash|Write)$"};
    /** Multi-byte text: Latin accents, CJK, Cyrillic, Greek and emoji (4-byte UTF-8). */
    private static final String[] PHRASES = {"Prüfe die Änderungen gründlich", "テストを必ず実行してください",
        "Проверяйте миграции базы данных", "Χρησιμοποιήστε τον μορφοποιητή", "Keep commits small ✅",
        "Ne jamais committer de secrets 🔒", "代码审查前运行 lint", "Évitez les dépendances cycliques"};

    /** Where the generated parts are. */
    public record Monorepo(Path base, Path repo, Path codexHome, Path userHome, Path systemDir, Path deepDir,
            Path bigAgentsFile, Path userConfig) {
    }

    private final Random random;
    private final Path base;
    private final Path repo;
    private final List<Path> dirs = new ArrayList<>();

    private MonorepoGenerator(Path base, long seed) {
        this.random = new Random(seed);
        this.base = base;
        this.repo = base.resolve("repo");
    }

    /** Generates the monorepo into {@code base} (which must be empty or missing). */
    public static Monorepo generate(Path base, long seed) {
        try {
            return new MonorepoGenerator(base.toAbsolutePath().normalize(), seed).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Monorepo write() throws IOException {
        Path codexHome = base.resolve("codex-home");
        Path userHome = base.resolve("home");
        Path systemDir = base.resolve("etc-codex");
        Files.createDirectories(codexHome);
        Files.createDirectories(userHome);
        Files.createDirectories(systemDir);
        Files.createDirectories(repo.resolve(".git"));
        text(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");

        // the deep chain: services/core/src/l01/.../l14
        Path deep = mkdir(repo.resolve("services"));
        deep = mkdir(deep.resolve("core"));
        List<Path> chain = new ArrayList<>();
        for (int i = 1; i <= DEEP_LEVELS; i++) {
            deep = mkdir(deep.resolve(String.format("l%02d", i)));
            chain.add(deep);
        }
        // the rest of the tree, grown at random points; stack folders are counted in DIRECTORIES too
        int stackFolders = CODEX_FOLDERS + SKILL_DIRS * 2 + SKILLS + SKILLS / 2 + SKILLS / 5;
        while (dirs.size() < DIRECTORIES - stackFolders) {
            Path parent = random.nextInt(4) == 0 ? repo : dirs.get(random.nextInt(dirs.size()));
            if (parent.startsWith(repo.resolve("services/core")) || repo.relativize(parent).getNameCount() > 8) {
                continue;
            }
            Path child = parent.resolve(WORDS[random.nextInt(WORDS.length)] + "-" + dirs.size());
            mkdir(child);
        }
        List<Path> plain = List.copyOf(dirs);

        // guidance: the root, every other level of the deep chain, then random directories
        List<Path> guided = new ArrayList<>();
        guided.add(repo);
        for (int i = 1; i < chain.size(); i += 2) {
            guided.add(chain.get(i));
        }
        List<Path> candidates = new ArrayList<>(plain);
        candidates.removeAll(chain);
        candidates.remove(repo.resolve("services"));
        candidates.remove(repo.resolve("services/core"));
        java.util.Collections.shuffle(candidates, random);
        int c = 0;
        while (guided.size() < AGENTS_FILES) {
            guided.add(candidates.get(c++));
        }
        Path big = null;
        for (int i = 0; i < guided.size(); i++) {
            Path d = guided.get(i);
            boolean isBig = i >= guided.size() - BIG_AGENTS;
            String doc = isBig ? agentsDoc(d, BIG_AGENTS_BYTES) : agentsDoc(d, 600 + random.nextInt(2400));
            text(d.resolve("AGENTS.md"), doc);
            if (isBig && big == null) {
                big = d.resolve("AGENTS.md");
            }
        }
        // overrides: 20 beside an AGENTS.md (they shadow it), 10 alone
        for (int i = 0; i < OVERRIDES; i++) {
            Path d = i < 20 ? guided.get(guided.size() - BIG_AGENTS - 1 - i) : candidates.get(c++);
            text(d.resolve("AGENTS.override.md"), "# Override\n\n" + phrase() + ".\nOverride " + i + " for "
                    + repo.relativize(d) + ".\n");
        }

        // skills: 10 in each of 50 .agents/skills folders
        java.util.Collections.shuffle(candidates, random);
        for (int s = 0; s < SKILL_DIRS; s++) {
            Path skillsRoot = mkdir(mkdir(candidates.get(s).resolve(".agents")).resolve("skills"));
            for (int k = 0; k < SKILLS / SKILL_DIRS; k++) {
                int n = s * (SKILLS / SKILL_DIRS) + k;
                Path skill = mkdir(skillsRoot.resolve(String.format("skill-%03d", n)));
                String description = n % 97 == 13 ? "" : "description: \"" + phrase() + " (skill " + n + ")\"\n";
                text(skill.resolve("SKILL.md"), "---\nname: skill-" + String.format("%03d", n) + "\n" + description
                        + "metadata:\n  short-description: " + WORDS[n % WORDS.length] + " helper\n---\n\n# Skill " + n
                        + "\n\n" + phrase() + ".\n\nRun `scripts/run.sh` when needed.\n");
                if (n % 2 == 0) {
                    text(mkdir(skill.resolve("scripts")).resolve("run.sh"), "#!/bin/sh\necho 'skill " + n + "'\n");
                }
                if (n % 5 == 0) {
                    text(mkdir(skill.resolve("references")).resolve("notes.md"), "# Notes\n\n" + phrase() + "\n");
                }
            }
        }

        // hooks: the root .codex and 9 nested ones, each with 10 groups in hooks.json and 10 inline
        List<Path> codexDirs = new ArrayList<>();
        codexDirs.add(repo);
        for (int i = 0; i < CODEX_FOLDERS - 1; i++) {
            codexDirs.add(candidates.get(SKILL_DIRS + i));
        }
        int perFile = HOOK_GROUPS / CODEX_FOLDERS / 2;
        for (int f = 0; f < codexDirs.size(); f++) {
            Path codex = mkdir(codexDirs.get(f).resolve(".codex"));
            text(codex.resolve("hooks.json"), hooksJson(f, perFile));
            text(codex.resolve("config.toml"), projectConfig(f, perFile));
        }

        // Codex home: 300-line user config that trusts the repository, 20 profiles, a global AGENTS.md
        Path userConfig = codexHome.resolve("config.toml");
        text(userConfig, userConfig());
        for (int p = 0; p < PROFILES; p++) {
            text(codexHome.resolve(String.format("p%02d.config.toml", p)), "# profile " + p + ": " + phrase() + "\n"
                    + "model = \"gpt-5." + (p % 3) + "\"\nmodel_reasoning_effort = \""
                    + new String[] {"low", "medium", "high"}[p % 3] + "\"\napproval_policy = \"on-request\"\n");
        }
        text(codexHome.resolve("AGENTS.md"), "# Global guidance\n\n" + phrase() + ".\n");
        Monorepo m = new Monorepo(base, repo, codexHome, userHome, systemDir, chain.get(chain.size() - 1), big,
                userConfig);
        text(base.resolve(LAYOUT), "deep=" + base.relativize(m.deepDir()) + "\nbig=" + base.relativize(big) + "\n");
        return m;
    }

    /** The file in the base folder naming the generated parts that {@link #layout} cannot derive. */
    static final String LAYOUT = "monorepo.properties";

    /** The parts of a monorepo generated earlier into {@code base}. */
    public static Monorepo layout(Path base) {
        Path b = base.toAbsolutePath().normalize();
        java.util.Properties props = new java.util.Properties();
        try (var in = Files.newBufferedReader(b.resolve(LAYOUT))) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Monorepo(b, b.resolve("repo"), b.resolve("codex-home"), b.resolve("home"), b.resolve("etc-codex"),
                b.resolve(props.getProperty("deep")), b.resolve(props.getProperty("big")),
                b.resolve("codex-home/config.toml"));
    }

    /** The environment Codex would have for this monorepo. */
    public static dev.codexstudio.core.model.CodexEnvironment environment(Monorepo m) {
        return new dev.codexstudio.core.model.CodexEnvironment(m.codexHome(), m.userHome(), m.systemDir(), null);
    }

    private Path mkdir(Path dir) throws IOException {
        Files.createDirectory(dir);
        dirs.add(dir);
        return dir;
    }

    private static void text(Path file, String content) throws IOException {
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private String phrase() {
        return PHRASES[random.nextInt(PHRASES.length)];
    }

    /** A Markdown document of about {@code bytes} UTF-8 bytes (exactly, for the big ones). */
    private String agentsDoc(Path dir, int bytes) {
        StringBuilder sb = new StringBuilder("# Guidance for " + repo.relativize(dir) + "\n\n");
        int section = 0;
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < bytes - 800) {
            sb.append("## Section ").append(++section).append("\n\n");
            for (int i = 0; i < 6; i++) {
                sb.append("- ").append(phrase()).append(" (").append(WORDS[random.nextInt(WORDS.length)]).append(").\n");
            }
            sb.append("\n```sh\nmake test MODULE=").append(WORDS[random.nextInt(WORDS.length)]).append("\n```\n\n");
        }
        int missing = bytes - sb.toString().getBytes(StandardCharsets.UTF_8).length;
        if (missing >= 1) {
            sb.append("x".repeat(missing - 1)).append('\n');
        }
        return sb.toString();
    }

    private String hooksJson(int file, int groups) {
        StringBuilder sb = new StringBuilder("{\n  \"description\": \"hooks ").append(file).append(" — ")
                .append(phrase()).append("\",\n  \"hooks\": {\n");
        for (int e = 0; e < 2; e++) {
            sb.append("    \"").append(EVENTS[(file + e) % EVENTS.length]).append("\": [\n");
            for (int g = 0; g < groups / 2; g++) {
                sb.append("      {\"matcher\": \"").append(MATCHERS[random.nextInt(MATCHERS.length)])
                        .append("\", \"hooks\": [{\"type\": \"command\", \"command\": \"./scripts/check-").append(file)
                        .append('-').append(g).append(".sh\", \"timeout\": ").append(5 + g)
                        .append(", \"statusMessage\": \"").append(phrase()).append("\"}]}")
                        .append(g + 1 < groups / 2 ? ",\n" : "\n");
            }
            sb.append("    ]").append(e == 0 ? ",\n" : "\n");
        }
        return sb.append("  }\n}\n").toString();
    }

    private String projectConfig(int file, int groups) {
        StringBuilder sb = new StringBuilder("# project layer ").append(file).append(": ").append(phrase())
                .append("\nmodel_reasoning_effort = \"medium\"\n\n");
        for (int g = 0; g < groups; g++) {
            String event = EVENTS[(file + g) % EVENTS.length];
            sb.append("[[hooks.").append(event).append("]]\nmatcher = \"")
                    .append(MATCHERS[random.nextInt(MATCHERS.length)]).append("\"\n[[hooks.").append(event)
                    .append(".hooks]]\ntype = \"command\"\ncommand = \"python3 .codex/hooks/inline_").append(g)
                    .append(".py\"\ntimeout = 30\n\n");
        }
        return sb.toString();
    }

    private String userConfig() {
        StringBuilder sb = new StringBuilder("# user config — ").append(phrase()).append("\nmodel = \"gpt-5\"\n")
                .append("model_reasoning_effort = \"high\"\napproval_policy = \"on-request\"\n")
                .append("sandbox_mode = \"workspace-write\"\n\n[projects.\"").append(repo).append("\"]\n")
                .append("trust_level = \"trusted\"\n\n");
        int n = 0;
        while (sb.toString().split("\n", -1).length - 1 < USER_CONFIG_LINES - 2) {
            sb.append("[projects.\"/srv/checkouts/").append(WORDS[n % WORDS.length]).append('-').append(n)
                    .append("\"]\ntrust_level = \"").append(n % 4 == 0 ? "untrusted" : "trusted").append("\"\n\n");
            n++;
        }
        while (sb.toString().split("\n", -1).length - 1 < USER_CONFIG_LINES) {
            sb.append("# ").append(phrase()).append('\n');
        }
        return sb.toString();
    }
}
