package dev.codexstudio.core.config.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.ProjectContext;
import dev.codexstudio.core.config.TomlFiles;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.requirements.Requirements;
import dev.codexstudio.core.requirements.RequirementsFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Approval test over the shared corpus: every {@code config.toml}, {@code *requirements.toml} and
 * {@code managed_config.toml} goes through the rules, and the rule-id counts per file must match the reviewed
 * summary in {@code corpus-config-findings.txt}. Regenerate with {@code -Dstudio.corpus.approve=true} (then review
 * the diff); every finding with its message is written to {@code target/corpus-config-findings-details.txt} for the
 * review. Skipped when the shared folder is not available.
 */
class CorpusConfigFindingsTest {

    private static final String APPROVED = "dev/codexstudio/core/config/rules/corpus-config-findings.txt";

    @TempDir
    Path temp;

    @Test
    void corpusFindingsMatchTheApprovedSummary() throws IOException {
        Path corpus = Path.of(System.getProperty("studio.shared.dir", "../shared"), "corpus");
        assumeTrue(Files.isDirectory(corpus), "shared corpus not found at " + corpus + "; skipping");
        List<Path> files = configFiles(corpus);
        assertThat(files).as("config files in the corpus").isNotEmpty();

        StringBuilder details = new StringBuilder();
        StringBuilder summary = new StringBuilder();
        summary.append("# Rule counts per corpus file (E = error, W = warning, I = info). Regenerate with\n")
                .append("# -Dstudio.corpus.approve=true after reviewing the findings.\n");
        for (Path file : files) {
            List<Diagnostic> ds = check(file);
            assertThat(ds).as("diagnostics of " + file).noneMatch(d -> d.rule().endsWith("/not-checked"));
            Map<String, Integer> counts = new TreeMap<>();
            details.append("== ").append(corpus.relativize(file)).append('\n');
            for (Diagnostic d : ds) {
                details.append("  ").append(d.severity().label()).append(' ').append(d.rule()).append(' ')
                        .append(d.position().isWholeFile() ? "file" : d.position().line() + ":" + d.position().column())
                        .append(' ').append(d.message()).append(d.hint().isEmpty() ? "" : "\n      hint: " + d.hint())
                        .append(d.fix() == null ? "" : "\n      fix: " + d.fix().title()).append('\n');
                counts.merge(d.severity().name().charAt(0) + ":" + d.rule(), 1, Integer::sum);
            }
            summary.append(corpus.relativize(file).toString().replace('\\', '/')).append(':');
            if (counts.isEmpty()) {
                summary.append(" clean");
            }
            counts.forEach((rule, n) -> summary.append(' ').append(rule).append('=').append(n));
            summary.append('\n');
        }
        String actual = summary.toString();
        Path detailFile = Path.of(System.getProperty("studio.project.dir", "."), "target", "corpus-config-findings-details.txt");
        Files.createDirectories(detailFile.getParent());
        Files.writeString(detailFile, details.toString(), StandardCharsets.UTF_8);
        Path approved = Path.of(System.getProperty("studio.project.dir", "."), "src", "test", "resources").resolve(APPROVED);
        if (Boolean.getBoolean("studio.corpus.approve")) {
            Files.createDirectories(approved.getParent());
            Files.writeString(approved, actual, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(approved)).as("approved summary " + approved + " (create it with -Dstudio.corpus.approve=true)")
                .isTrue();
        assertThat(actual).as("corpus findings changed; review them and re-approve with -Dstudio.corpus.approve=true")
                .isEqualTo(Files.readString(approved, StandardCharsets.UTF_8));
    }

    /** All config.toml, *requirements.toml and managed_config.toml files below the corpus, sorted. */
    static List<Path> configFiles(Path corpus) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.equals("config.toml") || n.endsWith("requirements.toml") || n.equals("managed_config.toml");
            }).forEach(out::add);
        }
        return new ArrayList<>(out);
    }

    /** Checks one corpus file in the role its name and folder suggest. */
    private List<Diagnostic> check(Path file) throws IOException {
        Path home = Files.createDirectories(temp.resolve("codex-home"));
        CodexEnvironment env = new CodexEnvironment(home, temp, temp.resolve("etc-codex"), null);
        String name = file.getFileName().toString();
        TomlFiles.Read read = TomlFiles.read(file);
        List<Diagnostic> out = new ArrayList<>();
        if (name.endsWith("requirements.toml") || name.equals("managed_config.toml")) {
            boolean legacy = name.equals("managed_config.toml");
            RequirementsFile rf = new RequirementsFile(file, legacy, read.document(), read.error());
            ConfigStack stack = stack(env, file, List.of(), Requirements.compose(List.of(rf)));
            out.addAll(RequirementsRules.check(rf, stack));
            if (legacy) {
                ConfigLayer layer = new ConfigLayer(LayerKind.LEGACY_MANAGED, file, file.getParent(), read.document(),
                        read.error(), true, null, List.of());
                out.addAll(ConfigRules.check(layer, stack(env, file, List.of(layer), Requirements.none())));
            }
            return out;
        }
        boolean project = file.getParent().getFileName() != null && file.getParent().getFileName().toString().equals(".codex");
        ConfigLayer layer = new ConfigLayer(project ? LayerKind.PROJECT : LayerKind.USER, file, file.getParent(),
                read.document(), read.error(), true, null, List.of());
        return ConfigRules.check(layer, stack(env, file, List.of(layer), Requirements.none()));
    }

    private static ConfigStack stack(CodexEnvironment env, Path file, List<ConfigLayer> layers, Requirements req) {
        Path dir = file.getParent();
        ProjectContext project = new ProjectContext(dir, dir, dir, Optional.empty(), Optional.empty(), Map.of(),
                env.userConfigFile());
        return new ConfigStack(env, project, layers, req, List.of(), List.of());
    }
}
