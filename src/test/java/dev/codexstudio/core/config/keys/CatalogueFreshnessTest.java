package dev.codexstudio.core.config.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed catalogue must be exactly what {@link CatalogueGenerator} makes of Codex's schema in the shared
 * reference folder. Skipped when that folder is not available (the product never needs it at run time).
 * Rewrite the resource with {@code -Dstudio.catalogue.write=true}.
 */
class CatalogueFreshnessTest {

    @Test
    void committedCatalogueMatchesTheSchema() throws IOException {
        Path schema = Path.of(System.getProperty("studio.shared.dir", "../shared"), "reference", "codex-config.schema.json");
        assumeTrue(Files.isRegularFile(schema), "shared reference folder not found (" + schema
                + "); skipping the catalogue freshness check");
        String expected = CatalogueGenerator.generate(Files.readString(schema, StandardCharsets.UTF_8));
        if (Boolean.getBoolean("studio.catalogue.write")) {
            Path out = Path.of(System.getProperty("studio.project.dir", "."), "src", "main", "resources")
                    .resolve(CatalogueGenerator.RESOURCE);
            Files.createDirectories(out.getParent());
            Files.writeString(out, expected, StandardCharsets.UTF_8);
        }
        String committed;
        try (InputStream in = CatalogueFreshnessTest.class.getClassLoader().getResourceAsStream(CatalogueGenerator.RESOURCE)) {
            assertThat(in).as("catalogue resource " + CatalogueGenerator.RESOURCE).isNotNull();
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!Boolean.getBoolean("studio.catalogue.write")) {
            assertThat(committed)
                    .as("the committed catalogue is stale; regenerate it with -Dstudio.catalogue.write=true")
                    .isEqualTo(expected);
        }
    }
}
