package dev.codexstudio.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The effective AGENTS.md text must equal, byte for byte, what the real Codex puts inside
 * {@code <INSTRUCTIONS>} for generated repositories: random nesting, overrides (some empty), fallback
 * names, small budgets with multi-byte text at the cut, CRLF, byte-order marks, custom root markers.
 */
class AgentsConformanceTest {

    private static final String[] WORDS = {"build", "test", "naïve", "café", "日本語", "emoji😀", "ß", "rule", "don't",
            "  indented", "tab\there", "ümlaut", "–dash", "x"};

    @Test
    void generatedStacksMatchCodex(@TempDir Path tempDir) throws Exception {
        CodexOracle codex = CodexOracle.require();
        Path tmp = ConformanceReport.workDir("agents", tempDir);
        Random rnd = new Random(20261125L);
        int cases = 0;
        List<String> mismatches = new ArrayList<>();
        for (int w = 0; w < 40; w++) {
            Path world = Files.createDirectories(tmp.resolve("w" + w));
            Path codexHome = Files.createDirectories(world.resolve("codex-home"));
            Path home = Files.createDirectories(world.resolve("home"));
            StringBuilder config = new StringBuilder();
            int budgetChoice = rnd.nextInt(5);
            if (budgetChoice == 1) {
                config.append("project_doc_max_bytes = ").append(1 + rnd.nextInt(300)).append('\n');
            } else if (budgetChoice == 2) {
                config.append("project_doc_max_bytes = ").append(rnd.nextInt(40)).append('\n');
            } else if (budgetChoice == 3) {
                config.append("project_doc_max_bytes = 32768\n");
            }
            int fallbackChoice = rnd.nextInt(4);
            if (fallbackChoice == 1) {
                config.append("project_doc_fallback_filenames = [\"CLAUDE.md\"]\n");
            } else if (fallbackChoice == 2) {
                config.append("project_doc_fallback_filenames = [\"GUIDE.md\", \"\", \"AGENTS.md\", \" CLAUDE.md\\t\", \"docs/X.md\"]\n");
            }
            int markerChoice = rnd.nextInt(5);
            if (markerChoice == 1) {
                config.append("project_root_markers = []\n");
            } else if (markerChoice == 2) {
                config.append("project_root_markers = [\".hg\", \"package.json\"]\n");
            }
            writeGlobal(rnd, codexHome);
            List<List<Path>> repos = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                Path repo = Files.createDirectories(world.resolve("repo" + r));
                List<Path> dirs = generateRepo(rnd, repo, markerChoice);
                repos.add(dirs);
                int trust = rnd.nextInt(6);
                if (trust == 1 || trust == 2) {
                    Path target = trust == 1 ? repo : dirs.get(dirs.size() - 1);
                    config.append("[projects.\"").append(target).append("\"]\ntrust_level = \"")
                            .append(rnd.nextBoolean() ? "untrusted" : "trusted").append("\"\n");
                } else if (trust == 3) {
                    config.append("[projects.\"").append(repo).append("\"]\ntrust_level = \"untrusted\"\n");
                    config.append("[projects.\"").append(dirs.get(dirs.size() - 1)).append("\"]\ntrust_level = \"trusted\"\n");
                }
            }
            Files.writeString(codexHome.resolve("config.toml"), config.toString());
            for (List<Path> dirs : repos) {
                Path repo = dirs.get(0);
                List<Path> cwds = List.of(repo, dirs.get(dirs.size() - 1), dirs.get(rnd.nextInt(dirs.size())));
                for (Path cwd : cwds) {
                    cases++;
                    Optional<String> expected = codex.agentsInstructions(codexHome, home, cwd);
                    String actual = AgentsInstructions.compute(ConfigStackLoader.load(
                            new CodexEnvironment(codexHome, home, tmp.resolve("no-system"), null), cwd)).text();
                    if (!expected.orElse("").equals(actual)) {
                        mismatches.add(cwd + "\n  codex:  " + expected.map(AgentsConformanceTest::show).orElse("<none>")
                                + "\n  studio: " + show(actual));
                    }
                }
            }
        }
        ConformanceReport.record("agents", cases, cases - mismatches.size());
        assertThat(mismatches).as("AGENTS.md text differs from Codex in %d of %d cases", mismatches.size(), cases)
                .isEmpty();
    }

    private static String show(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static void writeGlobal(Random rnd, Path codexHome) throws IOException {
        switch (rnd.nextInt(6)) {
            case 1 -> Files.writeString(codexHome.resolve("AGENTS.md"), text(rnd, 3) + "\n");
            case 2 -> {
                Files.writeString(codexHome.resolve("AGENTS.override.md"), "  \n\t\n");
                Files.writeString(codexHome.resolve("AGENTS.md"), "\n\n" + text(rnd, 2) + "  \n");
            }
            case 3 -> Files.writeString(codexHome.resolve("AGENTS.override.md"), "\u00a0" + text(rnd, 2) + "\u00a0\n");
            case 4 -> Files.writeString(codexHome.resolve("AGENTS.md"), " \n");
            default -> {
            }
        }
    }

    private static List<Path> generateRepo(Random rnd, Path repo, int markerChoice) throws IOException {
        if (markerChoice == 2) {
            Files.writeString(repo.resolve("package.json"), "{}");
        } else {
            Files.createDirectories(repo.resolve(".git"));
            if (rnd.nextInt(4) > 0) {
                Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
            }
        }
        List<Path> dirs = new ArrayList<>();
        dirs.add(repo);
        Path d = repo;
        int depth = 1 + rnd.nextInt(4);
        for (int i = 0; i < depth; i++) {
            d = Files.createDirectories(d.resolve(rnd.nextBoolean() ? "sub" + i : "pkg é" + i));
            dirs.add(d);
        }
        for (Path dir : dirs) {
            writeDocs(rnd, dir);
        }
        return dirs;
    }

    private static void writeDocs(Random rnd, Path dir) throws IOException {
        int c = rnd.nextInt(9);
        switch (c) {
            case 0 -> {
            }
            case 1 -> write(dir.resolve("AGENTS.md"), doc(rnd));
            case 2 -> {
                write(dir.resolve("AGENTS.md"), doc(rnd));
                write(dir.resolve("AGENTS.override.md"), doc(rnd));
            }
            case 3 -> {
                write(dir.resolve("AGENTS.md"), doc(rnd));
                write(dir.resolve("AGENTS.override.md"), rnd.nextBoolean() ? new byte[0] : "\n \n".getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> write(dir.resolve("CLAUDE.md"), doc(rnd));
            case 5 -> {
                write(dir.resolve("GUIDE.md"), doc(rnd));
                write(dir.resolve("CLAUDE.md"), doc(rnd));
            }
            case 6 -> {
                Files.createDirectories(dir.resolve("AGENTS.override.md"));
                write(dir.resolve("AGENTS.md"), doc(rnd));
            }
            case 7 -> write(dir.resolve("AGENTS.md"), bigDoc(rnd));
            default -> write(dir.resolve("AGENTS.md"), "   \n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] doc(Random rnd) {
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
            sb.append(i == 0 ? "# " : "- ").append(text(rnd, 1 + rnd.nextInt(6))).append(nl);
        }
        if (rnd.nextInt(3) == 0) {
            sb.append(nl).append("   ");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bigDoc(Random rnd) {
        StringBuilder sb = new StringBuilder("# Big\n");
        while (sb.length() < 300 + rnd.nextInt(600)) {
            sb.append(text(rnd, 8)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static void write(Path p, String s) throws IOException {
        Files.writeString(p, s);
    }

    private static void write(Path p, byte[] b) throws IOException {
        Files.write(p, b);
    }
}
