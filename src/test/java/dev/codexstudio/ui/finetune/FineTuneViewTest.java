package dev.codexstudio.ui.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.finetune.Behaviour;
import dev.codexstudio.ui.Screenshots;
import dev.codexstudio.ui.StudioTestFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checklist on a copy of samples/python-library without a fast profile, headless. */
@ExtendWith(ApplicationExtension.class)
class FineTuneViewTest {

    @TempDir
    static Path tmp;

    private StudioTestFixture f;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        f = StudioTestFixture.of(Files.createTempDirectory(tmp, "ws"), "python-library").trusted().show(stage);
        Files.delete(f.codexHome.resolve("fast.config.toml"));
    }

    private javafx.scene.control.Dialog<?> checklist;

    private FineTuneViewModel showChecklist(FxRobot robot) {
        FineTuneViewModel[] model = new FineTuneViewModel[1];
        robot.interact(() -> {
            model[0] = FineTuneDialog.model(f.studio);
            // shown the way the Stack menu shows it (the previous checklist is closed first)
            if (checklist != null) {
                checklist.close();
            }
            checklist = FineTuneDialog.show(model[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return model[0];
    }

    /** A screenshot of the checklist window. */
    private void shot(FxRobot robot, String name) {
        Screenshots.save(robot, checklist.getDialogPane().getScene(), name);
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#finetune-field-" + id).queryAs(TextInputControl.class).setText(text));
    }

    private void create(FxRobot robot) {
        Button create = robot.lookup("#finetune-create").queryAs(Button.class);
        assertThat(create.isDisabled()).as(robot.lookup("#finetune-problems").queryAs(Label.class).getText()).isFalse();
        robot.interact(create::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void select(FxRobot robot, Behaviour b) {
        javafx.scene.control.ListView<FineTuneItem> list = robot.lookup("#finetune-items").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.getSelectionModel().select(b.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean ticked(FxRobot robot, Behaviour b) {
        // the list keeps hidden spare cells; only the visible cell of the item counts
        javafx.scene.control.ListView<?> list = robot.lookup("#finetune-items").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.scrollTo(b.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<javafx.scene.Node> shown = list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.isVisible()
                        && c.getItem() instanceof FineTuneItem i && i.behaviour() == b)
                .map(n -> n.lookup(".finetune-tick")).filter(java.util.Objects::nonNull).toList();
        boolean modelDone = list.getItems().stream().map(FineTuneItem.class::cast).filter(i -> i.behaviour() == b)
                .findFirst().orElseThrow().done();
        // every rendered cell of the item shows the same tick as its state
        assertThat(shown).allSatisfy(l -> assertThat(l.getStyleClass().contains("tick-done")).isEqualTo(modelDone));
        return modelDone;
    }

    @Test
    void theStackMenuOffersTheChecklist(FxRobot robot) {
        robot.interact(() -> f.window.openProject(f.repo));
        var menus = ((javafx.scene.control.MenuBar) f.window.scene().getRoot().lookup(".menu-bar")).getMenus();
        MenuItem item = menus.stream().filter(m -> m.getText().equals("Stack")).findFirst().orElseThrow().getItems()
                .stream().filter(i -> "menu-finetune-checklist".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Fine-Tuning Migration…");
        assertThat(item.isDisable()).isFalse();
    }

    @Test
    void styleGlossaryAndLatencyAreCreatedValidatedTickedAndStillTickedWhenReopened(FxRobot robot) throws Exception {
        robot.interact(() -> f.window.openProject(f.repo));
        String agentsBefore = Files.readString(f.repo.resolve("AGENTS.md"));
        showChecklist(robot);
        assertThat(robot.lookup("#finetune-progress").queryAs(Label.class).getText()).isEqualTo("0 of 6 behaviours migrated");
        assertThat(ticked(robot, Behaviour.CODE_STYLE)).isFalse();

        type(robot, "rules", "Use British English in comments\nEvery public function has a docstring");
        type(robot, "linter", "ruff check --quiet .");
        assertThat(robot.lookup("#finetune-preview").queryAs(TextArea.class).getText())
                .contains("+## Coding Standards").contains("+- Use British English in comments").contains("ruff check --quiet .");
        shot(robot, "finetune-preview");
        create(robot);
        assertThat(ticked(robot, Behaviour.CODE_STYLE)).as(robot.lookup("#finetune-result").queryAs(Label.class).getText()
                + robot.lookup("#finetune-message").queryAs(Label.class).getText()
                + robot.lookup("#finetune-findings").queryAs(javafx.scene.layout.VBox.class).getChildren()).isTrue();
        assertThat(robot.lookup("#finetune-result").queryAs(Label.class).getText()).startsWith("Created and valid");

        select(robot, Behaviour.TERMINOLOGY);
        assertThat(robot.lookup("#finetune-title").queryAs(Label.class).getText()).isEqualTo("Domain terminology");
        type(robot, "entries", "Wheel: the built distribution archive\nsdist: the source distribution");
        create(robot);
        assertThat(ticked(robot, Behaviour.TERMINOLOGY)).as(robot.lookup("#finetune-result").queryAs(Label.class).getText()
                + robot.lookup("#finetune-message").queryAs(Label.class).getText()
                + robot.lookup("#finetune-findings").queryAs(javafx.scene.layout.VBox.class).getChildren()).isTrue();

        select(robot, Behaviour.LATENCY);
        type(robot, "model", "gpt-5.3-codex-spark");
        create(robot);
        assertThat(ticked(robot, Behaviour.LATENCY)).isTrue();
        assertThat(robot.lookup("#finetune-progress").queryAs(Label.class).getText()).isEqualTo("3 of 6 behaviours migrated");
        shot(robot, "finetune-checklist");

        String agents = Files.readString(f.repo.resolve("AGENTS.md"));
        assertThat(agents).startsWith(agentsBefore).contains("## Coding Standards").contains("## Glossary")
                .contains("- **Wheel**: the built distribution archive");
        assertThat(f.repo.resolve(".agents/skills/domain-glossary/references/glossary.md")).exists();
        assertThat(Files.readString(f.codexHome.resolve("fast.config.toml")))
                .contains("model = \"gpt-5.3-codex-spark\"\nmodel_reasoning_effort = \"low\"");
        assertThat(Files.readString(f.repo.resolve(".codex/hooks.json"))).contains("ruff check --quiet .");
        // the studio scanned again and its problems list has no error in the new files
        assertThat(f.studio.problems()).noneMatch(d -> d.isError() && d.position().file() != null
                && (d.position().file().endsWith("AGENTS.md") || d.position().file().toString().contains("domain-glossary")
                        || d.position().file().endsWith("fast.config.toml")));

        // re-opening recomputes the ticks from disk
        showChecklist(robot);
        assertThat(ticked(robot, Behaviour.CODE_STYLE)).isTrue();
        assertThat(ticked(robot, Behaviour.TERMINOLOGY)).isTrue();
        assertThat(ticked(robot, Behaviour.LATENCY)).isTrue();
        assertThat(ticked(robot, Behaviour.WORKFLOW)).isFalse();
        assertThat(robot.lookup("#finetune-progress").queryAs(Label.class).getText()).isEqualTo("3 of 6 behaviours migrated");
    }

    @Test
    void aBrokenArtefactShowsItsFindingsAndNoTick(FxRobot robot) throws Exception {
        Files.createDirectories(f.repo.resolve("schemas"));
        Files.writeString(f.repo.resolve("schemas/codex-output.schema.json"), "[\"not a schema\"]\n");
        robot.interact(() -> f.window.openProject(f.repo));
        FineTuneViewModel model = showChecklist(robot);
        select(robot, Behaviour.OUTPUT_FORMAT);
        assertThat(ticked(robot, Behaviour.OUTPUT_FORMAT)).isFalse();
        assertThat(robot.lookup("#finetune-result").queryAs(Label.class).getText()).startsWith("1 error in the artefact");
        assertThat(robot.lookup(".finetune-finding").queryAs(Label.class).getText()).contains("must be a JSON object");
        type(robot, "schema", "{\"type\": \"object\"");
        assertThat(robot.lookup("#finetune-problems").queryAs(Label.class).getText()).startsWith("Not valid JSON at line 1");
        assertThat(model.item(Behaviour.OUTPUT_FORMAT).canCreateProperty().get()).isFalse();
        shot(robot, "finetune-findings");
    }
}
