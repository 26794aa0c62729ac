package dev.codexstudio.robust.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.robust.fuzz.ReaderFuzzTest.Target;
import dev.codexstudio.support.TestPaths;
import dev.codexstudio.support.TestPaths.CorpusFile;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real-world files of {@code ../shared/corpus} as seeds of the fuzz targets, read from there at test time
 * (they are never copied into the repository). Each file goes through its reader as in {@link ReaderFuzzTest}:
 * no exception, no hang, no write. {@code scripts/fuzz-long.sh} gives the same files to the fuzzer as its
 * starting corpus.
 */
class CorpusSeedsTest {

    /** The target that reads a corpus file, by its name and place. */
    static Optional<Target> targetOf(CorpusFile f) {
        String name = f.file().getFileName().toString();
        return switch (name) {
            case "config.toml" -> Optional.of(f.path().contains(".codex/") ? Target.PROJECT_CONFIG : Target.CONFIG);
            case "requirements.toml", "managed_config.toml" -> Optional.of(Target.REQUIREMENTS);
            case "hooks.json", "settings.json", "settings.local.json" -> Optional.of(Target.HOOKS_JSON);
            case "SKILL.md" -> Optional.of(Target.SKILL);
            case "openai.yaml" -> Optional.of(Target.OPENAI_YAML);
            case "AGENTS.md", "AGENTS.override.md", "CLAUDE.md" -> Optional.of(Target.AGENTS);
            default -> Optional.empty();
        };
    }

    static Stream<Arguments> corpusFiles() {
        List<CorpusFile> files = TestPaths.manifest().stream()
                .filter(f -> targetOf(f).isPresent() && Files.isRegularFile(f.file())).toList();
        return files.stream().map(f -> Arguments.of(f.repo() + "/" + f.path(), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void readsEveryCorpusFileWithoutExceptionHangOrWrite(String name, CorpusFile file) throws Exception {
        Target target = targetOf(file).orElseThrow();
        byte[] bytes = Files.readAllBytes(file.file());
        assertThat(bytes.length).as("MANIFEST size of " + name).isEqualTo(file.bytes());
        target.check(bytes, false);
    }
}
