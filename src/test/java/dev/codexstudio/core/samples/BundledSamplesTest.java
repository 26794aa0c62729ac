package dev.codexstudio.core.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSamplesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("studio.project.dir", ".")).resolve("samples");

    @TempDir
    Path data;

    @Test
    void theClassPathCarriesEverySampleInTheReadmesOrderWithItsSummary() {
        BundledSamples samples = BundledSamples.fromClassPath().orElseThrow();
        assertThat(samples.list()).extracting(BundledSamples.Sample::name)
                .containsExactly("java-service", "typescript-webapp", "python-library");
        assertThat(samples.find("java-service").orElseThrow().project()).contains("Spring Boot");
        assertThat(samples.find("python-library").orElseThrow().teaches()).contains("requirements.toml");
        // Escaped pipes stay inside their cell, and code marks are dropped.
        assertThat(samples.find("typescript-webapp").orElseThrow().teaches())
                .contains("two SessionStart groups (startup|resume and compact)").endsWith("a review profile");
    }

    @Test
    void extractionCopiesTheSampleByteForByteIncludingDotFilesAndMakesScriptsExecutable() throws IOException {
        BundledSamples samples = BundledSamples.fromClassPath().orElseThrow();
        for (BundledSamples.Sample s : samples.list()) {
            BundledSamples.Extracted x = samples.extract(s.name(), data);
            assertThat(x.reused()).isFalse();
            assertThat(x.repo()).isEqualTo(data.resolve(s.name()).resolve("repo").toAbsolutePath());
            assertThat(x.codexHome()).isDirectory();
            assertThat(x.managed().isPresent()).isEqualTo(Files.isDirectory(SAMPLES.resolve(s.name()).resolve("managed")));
            Map<String, byte[]> expected = files(SAMPLES.resolve(s.name()));
            Map<String, byte[]> actual = files(x.dir());
            assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
            expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).isEqualTo(v));
            for (String k : expected.keySet()) {
                Path source = SAMPLES.resolve(s.name()).resolve(k);
                if (Files.isExecutable(source)) {
                    assertThat(Files.isExecutable(x.dir().resolve(k))).as("executable " + k).isTrue();
                }
            }
        }
        assertThat(files(data).keySet()).noneMatch(k -> k.startsWith("."));
    }

    @Test
    void aSampleAlreadyExtractedIsReusedAndTheUsersEditsSurvive() throws IOException {
        BundledSamples samples = BundledSamples.fromClassPath().orElseThrow();
        BundledSamples.Extracted first = samples.extract("java-service", data);
        Path agents = first.repo().resolve("AGENTS.md");
        Files.writeString(agents, "edited by the user\n");
        BundledSamples.Extracted again = samples.extract("java-service", data);
        assertThat(again.reused()).isTrue();
        assertThat(agents).hasContent("edited by the user");
    }

    @Test
    void unknownNamesAndTraversalAreRefusedAndNothingIsWritten() throws IOException {
        BundledSamples samples = BundledSamples.fromClassPath().orElseThrow();
        for (String bad : new String[] {"../java-service", "nope", "java-service/../..", "", "/etc"}) {
            assertThatThrownBy(() -> samples.extract(bad, data)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java-service");
        }
        try (Stream<Path> s = Files.list(data)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void aFolderInTheWayThatIsNotASampleIsNeverTouched() throws IOException {
        Path inTheWay = data.resolve("typescript-webapp");
        Files.createDirectories(inTheWay);
        Files.writeString(inTheWay.resolve("notes.txt"), "mine");
        BundledSamples samples = BundledSamples.fromClassPath().orElseThrow();
        assertThatThrownBy(() -> samples.extract("typescript-webapp", data)).isInstanceOf(IOException.class)
                .hasMessageContaining("not an extracted sample");
        assertThat(inTheWay.resolve("notes.txt")).hasContent("mine");
        try (Stream<Path> s = Files.list(inTheWay)) {
            assertThat(s).hasSize(1);
        }
    }

    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }
}
