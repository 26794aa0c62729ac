package dev.codexstudio.core.config.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.config.keys.TomlSpans;
import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.rules.ConfigRules;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against the real Codex CLI: every variant of {@link ConfigVariants} goes through
 * {@code codex features list} (in a throwaway {@code CODEX_HOME}) and through {@link ConfigRules}. Codex exits 0
 * exactly when the rules report no ERROR, and where Codex prints {@code path:line:col} one of our errors must be at
 * that position.
 *
 * <p>{@code -Dstudio.oracle.scale=N} samples N times more catalogue-generated variants (for investigations).
 *
 * <p>Runs only when the system property {@code studio.codex.bin} names an executable; skipped otherwise, except
 * that it fails when the environment variable {@code CI} is {@code true}. A report is written to
 * {@code target/config-oracle-report.txt}.
 */
class ConfigOracleTest {

    /** Variants whose accept/reject verdict is known to differ, with the reason (none at present). */
    private static final Map<String, String> KNOWN_VERDICT_DIFFERENCES = Map.of();

    /** Variants where Codex's position is known not to match ours, with the reason. */
    private static final Map<String, String> KNOWN_POSITION_DIFFERENCES = Map.of();

    @TempDir
    Path temp;

    @Test
    void rulesAgreeWithCodex() throws Exception {
        Path binary = codexBinary();
        CodexOracle oracle = new CodexOracle(binary);
        List<ConfigVariants.Variant> variants = ConfigVariants.all(KeyCatalogue.bundled(),
                Integer.getInteger("studio.oracle.scale", 1));
        assertThat(variants).hasSizeGreaterThanOrEqualTo(300);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Result>> futures = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            ConfigVariants.Variant v = variants.get(i);
            Path dir = temp.resolve(String.format("v%03d", i));
            futures.add(pool.submit(() -> runVariant(oracle, v, dir)));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();

        int verdictAgree = 0;
        int positionsCompared = 0;
        int positionsExact = 0;
        int positionsEnclosing = 0;
        List<String> unexpected = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Result r : results) {
            boolean agree = r.codex().accepted() == r.errors().isEmpty();
            if (agree) {
                verdictAgree++;
            }
            if (agree == KNOWN_VERDICT_DIFFERENCES.containsKey(r.variant().name())) {
                unexpected.add((agree ? "now agrees (remove from known list): " : "verdict differs: ") + r.describe());
            }
            if (!r.codex().accepted() && r.codex().position().isPresent() && !r.errors().isEmpty()) {
                positionsCompared++;
                PositionMatch match = r.positionMatch();
                boolean posAgree = match != PositionMatch.NONE;
                if (match == PositionMatch.EXACT) {
                    positionsExact++;
                } else if (match == PositionMatch.ENCLOSING) {
                    positionsEnclosing++;
                }
                if (posAgree == KNOWN_POSITION_DIFFERENCES.containsKey(r.variant().name())) {
                    unexpected.add((posAgree ? "position now agrees (remove from known list): " : "position differs: ")
                            + r.describe());
                }
            }
            report.append(r.describe()).append("\n\n");
        }
        dev.codexstudio.conformance.ConformanceReport.record("module/config-variants", results.size(), verdictAgree);
        String header = "Codex oracle: " + results.size() + " variants, verdict agreement " + verdictAgree + "/" + results.size()
                + "; of " + positionsCompared + " rejections with a Codex position, " + positionsExact
                + " at exactly one of our errors and " + positionsEnclosing
                + " at a table or value enclosing one of our errors\n\n";
        Path reportFile = Path.of(System.getProperty("studio.project.dir", "."), "target", "config-oracle-report.txt");
        Files.createDirectories(reportFile.getParent());
        Files.writeString(reportFile, header + String.join("\n", unexpected) + "\n\n" + report, StandardCharsets.UTF_8);
        if (!unexpected.isEmpty()) {
            fail(header + unexpected.size() + " unexpected difference(s):\n" + String.join("\n\n", unexpected));
        }
    }

    private static Path codexBinary() {
        String prop = System.getProperty("studio.codex.bin", "");
        Path p = prop.isBlank() ? null : Path.of(prop);
        boolean usable = p != null && Files.isRegularFile(p) && Files.isExecutable(p);
        if (!usable && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but the Codex binary is missing: set -Dstudio.codex.bin to codex 0.169.0 (was `" + prop + "`)");
        }
        assumeTrue(usable, "Codex binary not found (-Dstudio.codex.bin=`" + prop + "`); skipping the differential test");
        return p;
    }

    private Result runVariant(CodexOracle oracle, ConfigVariants.Variant v, Path dir) throws Exception {
        Path home = dir.resolve("home");
        Path userHome = dir.resolve("userhome");
        Files.createDirectories(home);
        Files.createDirectories(userHome);
        Path cwd = dir;
        Path file;
        String user = v.userPrefix();
        if (v.placement() == ConfigVariants.Placement.USER) {
            file = home.resolve("config.toml");
            byte[] prefix = user.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[prefix.length + v.content().length];
            System.arraycopy(prefix, 0, all, 0, prefix.length);
            System.arraycopy(v.content(), 0, all, prefix.length, v.content().length);
            Files.write(file, all);
        } else {
            Path repo = dir.resolve("repo");
            Files.createDirectories(repo.resolve(".codex"));
            CodexOracle.gitInit(repo);
            repo = repo.toRealPath();
            file = repo.resolve(".codex").resolve("config.toml");
            Files.write(file, v.content());
            String level = v.placement() == ConfigVariants.Placement.TRUSTED_PROJECT ? "trusted" : "untrusted";
            user = user + "\n[projects.\"" + repo + "\"]\ntrust_level = \"" + level + "\"\n";
            Files.writeString(home.resolve("config.toml"), user, StandardCharsets.UTF_8);
            cwd = repo;
        }
        CodexOracle.Outcome codex = oracle.featuresList(home, userHome, cwd);
        CodexEnvironment env = new CodexEnvironment(home, userHome, dir.resolve("etc-codex"), null);
        ConfigStack stack = ConfigStackLoader.load(env, cwd);
        List<Diagnostic> diagnostics = ConfigRules.checkStack(stack);
        List<Diagnostic> errors = ConfigRules.refusals(stack).stream()
                .filter(d -> !d.rule().equals("config/load-failure")).toList();
        if (errors.isEmpty() && !stack.loadFailures().isEmpty()) {
            errors = ConfigRules.refusals(stack);
        }
        return new Result(v, file, codex, errors, diagnostics);
    }

    /** How Codex's reported position relates to ours. */
    enum PositionMatch {
        EXACT,
        ENCLOSING,
        NONE
    }

    /** One variant's outcome on both sides. */
    private record Result(ConfigVariants.Variant variant, Path file, CodexOracle.Outcome codex, List<Diagnostic> errors,
            List<Diagnostic> all) {

        /**
         * How Codex's position relates to ours: EXACT when one of our errors is at the same character, ENCLOSING when
         * Codex points at a table or value that contains one of our errors (its deserialiser often loses the path
         * below a table, for example below {@code hooks} or an untagged enum), NONE otherwise.
         */
        PositionMatch positionMatch() {
            int[] want = codex.position().orElseThrow();
            SourceText src;
            try {
                src = SourceText.of(file, Files.readAllBytes(file));
            } catch (IOException e) {
                return PositionMatch.NONE;
            }
            int codexOffset = offsetOfCharColumn(src, want[0], want[1] - (src.hasBom() && want[0] == 1 ? 1 : 0));
            TomlSpans spans = TomlSpans.of(src.text());
            Set<Integer> enclosing = new HashSet<>();
            for (Diagnostic d : errors) {
                if (d.position().isWholeFile() || !d.position().file().equals(file)) {
                    continue;
                }
                int ours = src.offset(d.position().line(), d.position().column());
                if (ours == codexOffset) {
                    return PositionMatch.EXACT;
                }
                for (Map.Entry<List<String>, TomlSpans.Span> e : spans.all().entrySet()) {
                    if (e.getValue().keyOffset() == ours || e.getValue().valueOffset() == ours) {
                        List<String> path = e.getKey();
                        for (int n = path.size(); n > 0; n--) {
                            spans.span(path.subList(0, n)).ifPresent(sp -> {
                                enclosing.add(sp.keyOffset());
                                enclosing.add(sp.valueOffset());
                            });
                        }
                    }
                }
            }
            return enclosing.contains(codexOffset) ? PositionMatch.ENCLOSING : PositionMatch.NONE;
        }

        /** Text offset of a 1-based line and a column counted in characters (code points). */
        private static int offsetOfCharColumn(SourceText src, int line, int charColumn) {
            String text = src.lineText(line);
            int units = text.offsetByCodePoints(0, Math.max(0, Math.min(charColumn - 1, text.codePointCount(0, text.length()))));
            int extra = Math.max(0, charColumn - 1 - text.codePointCount(0, text.length()));
            return src.lineStart(line) + units + extra;
        }

        String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append("[").append(variant.name()).append("] ").append(variant.placement())
                    .append(" codex=").append(codex.accepted() ? "accept" : "reject")
                    .append(codex.position().map(p -> " @" + p[0] + ":" + p[1]).orElse(""))
                    .append(" ours=").append(errors.isEmpty() ? "accept" : "reject");
            if (!codex.accepted()) {
                sb.append("\n  codex: ").append(codex.summary());
            }
            for (Diagnostic d : all) {
                sb.append("\n  ").append(d.severity().label()).append(' ').append(d.rule()).append(' ')
                        .append(d.position().isWholeFile() ? "file" : d.position().line() + ":" + d.position().column())
                        .append(' ').append(d.message());
            }
            String content = new String(variant.content(), StandardCharsets.UTF_8);
            sb.append("\n  file: ").append(content.length() > 300 ? content.substring(0, 300) + "…" : content)
                    .append(variant.userPrefix().isEmpty() ? "" : "\n  user prefix: " + variant.userPrefix());
            return sb.toString();
        }
    }

}
