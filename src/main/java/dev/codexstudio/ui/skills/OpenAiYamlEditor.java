package dev.codexstudio.ui.skills;

import dev.codexstudio.ui.app.Icons;
import dev.codexstudio.ui.editors.EditorArea;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.FormEditorPane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The {@code agents/openai.yaml} form: display name, short description, default prompt and the implicit-invocation
 * policy, each edited on its own line of the file, validated live, undoable together with typing in the source.
 */
public final class OpenAiYamlEditor extends BorderPane {

    private final OpenAiYamlViewModel model;
    private final Map<String, TextInputControl> fields = new HashMap<>();
    private final Map<String, FindingsBox> findings = new HashMap<>();
    private final Map<String, Label> counters = new HashMap<>();
    private final FindingsBox general;
    private final Label editError = new Label();
    private final CheckBox implicit = new CheckBox("Let the model pick this skill on its own (implicit invocation)");
    private boolean updating;

    public OpenAiYamlEditor(EditorContext context, EditorArea editors) {
        this.model = new OpenAiYamlViewModel(context.document(), context.studio());
        getStylesheets().add(Objects.requireNonNull(
                OpenAiYamlEditor.class.getResource("/dev/codexstudio/ui/skills.css")).toExternalForm());
        getStyleClass().add("skill-editor");
        setId("openai-yaml-editor");
        FormEditorPane pane = new FormEditorPane("agents/openai.yaml", context.source());
        pane.title().setText(model.skillDir().getFileName() + " · agents/openai.yaml");
        Path root = context.studio().stack().map(st -> st.root()).orElse(null);
        Path shown = root != null && context.document().path().startsWith(root)
                ? root.relativize(context.document().path()) : context.document().path();
        pane.subtitle().setText("How Codex shows the skill and when it may use it · " + shown);
        Path skillFile = model.skillDir().resolve("SKILL.md");
        if (Files.isRegularFile(skillFile) && editors != null) {
            Button open = new Button("Open SKILL.md", Icons.of(Feather.EXTERNAL_LINK));
            open.setId("openai-open-skill");
            open.setOnAction(e -> editors.open(skillFile, 1, 1));
            open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            pane.actions().getChildren().add(open);
        }
        general = new FindingsBox("openai-general-findings", editors == null ? null : editors::applyFix);
        editError.setId("openai-edit-error");
        editError.getStyleClass().add("skill-edit-error");
        editError.setWrapText(true);
        editError.setVisible(false);
        editError.setManaged(false);
        pane.form().getChildren().addAll(editError, general);

        GridPane grid = FormEditorPane.grid();
        row(context, grid, "Display name", "interface.display_name", new TextField(), OpenAiYamlViewModel.MAX_DISPLAY_NAME,
                "The name the app shows instead of the folder name.");
        TextArea shortDesc = new TextArea();
        shortDesc.setWrapText(true);
        shortDesc.setPrefRowCount(2);
        row(context, grid, "Short description", "interface.short_description", shortDesc, OpenAiYamlViewModel.MAX_TEXT,
                "A one-line summary for the skill list.");
        TextArea prompt = new TextArea();
        prompt.setWrapText(true);
        prompt.setPrefRowCount(2);
        row(context, grid, "Default prompt", "interface.default_prompt", prompt, OpenAiYamlViewModel.MAX_TEXT,
                "Optional: the prompt the app suggests when the skill is chosen.");
        SkillEditor.topAlignLabels(grid);
        pane.section("Interface", grid);

        implicit.setId("openai-implicit");
        implicit.setWrapText(true);
        implicit.selectedProperty().addListener((o, a, b) -> {
            if (!updating) {
                run(() -> model.setImplicitInvocation(b));
            }
        });
        FindingsBox implicitFindings = new FindingsBox("openai-implicit-findings", null);
        findings.put("policy.allow_implicit_invocation", implicitFindings);
        pane.section("Policy", implicit, implicitFindings, FormEditorPane.note("Off (allow_implicit_invocation: "
                + "false) keeps the skill out of the catalogue the model chooses from; typing $name still runs it. "
                + "Codex's default is on."));
        // the tab was closed (not just hidden): stop following the document and the studio
        sceneProperty().addListener((o, a, b) -> {
            if (b == null && editors != null
                    && editors.editorTabs().stream().noneMatch(t -> t.document() == context.document())) {
                model.dispose();
            }
        });
        context.addExtensions(pane);
        setCenter(pane);
        model.stateProperty().addListener((o, a, b) -> show());
        show();
    }

    public OpenAiYamlViewModel model() {
        return model;
    }

    private void row(EditorContext context, GridPane grid, String label, String field, TextInputControl control, int max,
            String help) {
        control.setId("openai-" + field.substring(field.indexOf('.') + 1).replace('_', '-'));
        fields.put(field, control);
        FormFields.routeUndo(control, context.document().undoManager(), model::endEdit);
        control.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                run(() -> model.setString(field, b));
            }
        });
        control.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                model.endEdit();
            }
        });
        Label counter = new Label();
        counter.getStyleClass().addAll("text-muted", "skill-counter");
        counter.setUserData(max);
        counters.put(field, counter);
        FindingsBox box = new FindingsBox(control.getId() + "-findings", null);
        findings.put(field, box);
        Label h = new Label(help);
        h.getStyleClass().addAll("text-muted", "form-help");
        h.setWrapText(true);
        FormEditorPane.row(grid, label, new VBox(3, control, counter, box, h), null);
    }

    private void run(Runnable edit) {
        try {
            edit.run();
            editError.setVisible(false);
            editError.setManaged(false);
        } catch (IllegalStateException | IllegalArgumentException e) {
            editError.setText(e.getMessage());
            editError.setVisible(true);
            editError.setManaged(true);
        }
    }

    private void show() {
        OpenAiYamlViewModel.State s = model.state();
        updating = true;
        try {
            fields.forEach((field, control) -> {
                if (!control.getText().equals(s.value(field))) {
                    control.setText(s.value(field));
                }
                Label c = counters.get(field);
                int max = (Integer) c.getUserData();
                c.setText(SkillEditorViewModel.counter(s.value(field), max));
                c.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"),
                        SkillEditorViewModel.over(s.value(field), max));
            });
            implicit.setSelected(s.implicit());
            findings.forEach((field, box) -> box.show(s.findings(field)));
        } finally {
            updating = false;
        }
        general.show(s.general());
    }
}
