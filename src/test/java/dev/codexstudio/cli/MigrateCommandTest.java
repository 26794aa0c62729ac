package dev.codexstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate}: dry run with the combined diff, --write, JSON, exit codes. */
class MigrateCommandTest {

    @TempDir
    Path tmp;
    Path home;
    Path repo;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(tmp.resolve("codex-home"));
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(home.resolve("config.toml"), "# mine\nreasoning_effort = \"high\"\n\n[profiles.work]\nmodel = \"o3\"\n");
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--codex-home";
        all[args.length + 1] = home.toString();
        int code = StudioCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void dryRunPrintsTheCombinedDiffAndWritesNothing() throws Exception {
        String[] r = run("migrate", repo.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("Would migrate:", "+model_reasoning_effort = \"high\"\n", "-[profiles.work]\n",
                "+++ " + home.resolve("work.config.toml").toString().replace('\\', '/'), "dry run: nothing written (2 changes");
        assertThat(home.resolve("config.toml")).hasContent("# mine\nreasoning_effort = \"high\"\n\n[profiles.work]\nmodel = \"o3\"\n");
        assertThat(home.resolve("work.config.toml")).doesNotExist();
    }

    @Test
    void writeAppliesAndASecondRunHasNothingLeft() throws Exception {
        String[] r = run("migrate", repo.toString(), "--write");
        assertThat(r[2]).isEmpty();
        assertThat(r[0]).isEqualTo("0");
        assertThat(home.resolve("config.toml")).hasContent("# mine\nmodel_reasoning_effort = \"high\"\n\n");
        assertThat(home.resolve("work.config.toml")).hasContent("model = \"o3\"\n");
        String[] again = run("migrate", repo.toString());
        assertThat(again[0]).isEqualTo("0");
        assertThat(again[1]).contains("Nothing to migrate.");
    }

    @Test
    void jsonListsChangesWithFormsAndDiffs() throws Exception {
        String[] r = run("migrate", repo.toString(), "--format", "json");
        JsonNode root = new ObjectMapper().readTree(r[1]);
        assertThat(root.get("written").asBoolean()).isFalse();
        assertThat(root.get("changes")).hasSize(2);
        assertThat(root.get("changes").get(0).get("action").asText()).isEqualTo("modify");
        assertThat(root.get("changes").get(0).get("forms").toString()).contains("reasoning-effort", "profile-table");
        assertThat(root.get("changes").get(1).get("action").asText()).isEqualTo("create");
    }

    @Test
    void sarifIsABadUsage() {
        assertThat(run("migrate", repo.toString(), "--format", "sarif")[0]).isEqualTo("2");
    }
}
