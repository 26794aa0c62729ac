package dev.codexstudio.core.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped jar carries the samples, and they extract from inside it (run by failsafe after package). */
class BundledSamplesIT {

    @TempDir
    Path data;

    @Test
    void theSamplesExtractFromInsideTheShippedJarExactlyAsInTheProject() throws IOException {
        Path jar = Path.of(System.getProperty("studio.jar", "target/stack-studio.jar"));
        assertThat(jar).isRegularFile();
        Path project = Path.of(System.getProperty("studio.project.dir", "."));
        try (var fs = FileSystems.newFileSystem(jar)) {
            BundledSamples samples = BundledSamples.fromDirectory(fs.getPath(BundledSamples.RESOURCE_ROOT));
            assertThat(samples.list()).extracting(BundledSamples.Sample::name)
                    .containsExactly("java-service", "typescript-webapp", "python-library");
            for (BundledSamples.Sample s : samples.list()) {
                BundledSamples.Extracted x = samples.extract(s.name(), data);
                var expected = BundledSamplesTest.files(project.resolve("samples").resolve(s.name()));
                var actual = BundledSamplesTest.files(x.dir());
                assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
                expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).isEqualTo(v));
            }
            assertThat(Files.isExecutable(data.resolve("java-service/repo/.codex/hooks/guard_bash.sh"))).isTrue();
        }
    }
}
