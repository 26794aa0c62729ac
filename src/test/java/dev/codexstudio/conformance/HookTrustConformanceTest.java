package dev.codexstudio.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookTrustWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trusting a project hook through the studio's writer is what Codex reads as trusted: after the write, Codex's
 * {@code hooks/list} reports it trusted; after untrusting, untrusted; after its command changes, modified. The
 * studio's own listing agrees with Codex's at every step.
 */
class HookTrustConformanceTest {

    private static final String HOOKS = "{\n  \"hooks\": {\n    \"PreToolUse\": [\n      {\n        \"matcher\": \"Bash\",\n"
            + "        \"hooks\": [\n          { \"type\": \"command\", \"command\": \"python3 .codex/hooks/guard.py\", \"timeout\": 5 },\n"
            + "          { \"type\": \"command\", \"command\": \"echo second\" }\n        ]\n      }\n    ],\n"
            + "    \"Stop\": [ { \"hooks\": [ { \"type\": \"command\", \"command\": \"echo stop\", \"async\": true } ] } ]\n  }\n}\n";

    @Test
    void trustUntrustAndModifyAgreeWithCodex(@TempDir Path tmp) throws Exception {
        CodexOracle codex = CodexOracle.require();
        World world = World.create(tmp.resolve("world"));
        Path repo = world.newRepo("app");
        Files.createDirectories(repo.resolve(".codex"));
        Path hooksJson = repo.resolve(".codex/hooks.json");
        Files.writeString(hooksJson, HOOKS);
        Files.writeString(world.codexHome().resolve("config.toml"), "# my settings\nmodel = \"o3\"\n");
        world.trust(repo, true);
        world.writeTrust();
        Path config = world.codexHome().resolve("config.toml");
        String original = Files.readString(config);

        HookEntry first = studio(world, repo).entries().get(0);
        assertThat(first.trustStatus()).isEqualTo(HookEntry.TrustStatus.UNTRUSTED);
        assertThat(status(codex, world, repo, first.key())).isEqualTo("untrusted");

        HookTrustWriter.Change trust = HookTrustWriter.plan(config, first, true);
        assertThat(trust.diff()).contains("+trusted_hash = \"" + first.currentHash() + "\"");
        HookTrustWriter.apply(trust);
        assertThat(Files.readString(config)).startsWith(original);
        assertThat(status(codex, world, repo, first.key())).isEqualTo("trusted");
        assertThat(studio(world, repo).entry(first.key()).orElseThrow().trustStatus()).isEqualTo(HookEntry.TrustStatus.TRUSTED);
        assertAgree(codex, world, repo);

        HookEntry stop = studio(world, repo).entries().stream().filter(e -> e.command().equals("echo stop")).findFirst()
                .orElseThrow();
        HookTrustWriter.apply(HookTrustWriter.plan(config, stop, true));
        assertThat(status(codex, world, repo, stop.key())).isEqualTo("trusted");

        HookTrustWriter.apply(HookTrustWriter.plan(config, studio(world, repo).entry(first.key()).orElseThrow(), false));
        assertThat(status(codex, world, repo, first.key())).isEqualTo("untrusted");
        assertThat(status(codex, world, repo, stop.key())).isEqualTo("trusted");
        assertAgree(codex, world, repo);

        HookTrustWriter.apply(HookTrustWriter.plan(config, studio(world, repo).entry(first.key()).orElseThrow(), true));
        Files.writeString(hooksJson, HOOKS.replace("python3 .codex/hooks/guard.py", "python3 .codex/hooks/guard.py --strict"));
        assertThat(status(codex, world, repo, first.key())).isEqualTo("modified");
        assertThat(studio(world, repo).entry(first.key()).orElseThrow().trustStatus())
                .isEqualTo(HookEntry.TrustStatus.MODIFIED);
        assertAgree(codex, world, repo);

        HookTrustWriter.apply(HookTrustWriter.plan(config, studio(world, repo).entry(first.key()).orElseThrow(), true));
        assertThat(status(codex, world, repo, first.key())).isEqualTo("trusted");
        assertAgree(codex, world, repo);
    }

    private static HookCatalog studio(World world, Path repo) {
        return HookDiscovery.discover(ConfigStackLoader.load(world.environment(), repo));
    }

    private static JsonNode codexList(CodexOracle codex, World world, Path repo) throws Exception {
        try (CodexOracle.AppServer server = codex.appServer(world.codexHome(), world.home(), repo)) {
            return server.hooksList(repo).path("data").get(0);
        }
    }

    private static String status(CodexOracle codex, World world, Path repo, String key) throws Exception {
        for (JsonNode h : codexList(codex, world, repo).path("hooks")) {
            if (h.path("key").asText().equals(key)) {
                return h.path("trustStatus").asText();
            }
        }
        throw new AssertionError("Codex does not list " + key + ": " + codexList(codex, world, repo));
    }

    private static void assertAgree(CodexOracle codex, World world, Path repo) throws Exception {
        assertThat(HooksListing.ofStudio(studio(world, repo))).isEqualTo(HooksListing.ofCodex(codexList(codex, world, repo)));
    }
}
