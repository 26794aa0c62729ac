package dev.codexstudio.ui.skills;

import dev.codexstudio.core.skills.OpenAiYaml;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.skills.SkillFolders;
import dev.codexstudio.core.skills.SkillScope;
import dev.codexstudio.ui.agents.MarkdownNodes;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.app.Icons;
import dev.codexstudio.ui.editors.EditorArea;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.EditorTab;
import dev.codexstudio.ui.editors.FormEditorPane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The SKILL.md form editor: the front matter as fields validated live (findings under each field, the
 * description's length against the limits), a preview of the Markdown body (edited in the source editor beside
 * the form), the folder's files, {@code agents/openai.yaml}, enable/disable through {@code [[skills.config]]} in
 * the user config and renaming the skill with its folder.
 */
public final class SkillEditor extends BorderPane {

    private final EditorContext context;
    private final Dialogs dialogs;
    private final EditorArea editors;
    private final SkillEditorViewModel model;
    private final FormEditorPane pane;
    private final Map<String, TextInputControl> fields = new HashMap<>();
    private final Map<String, FindingsBox> findings = new HashMap<>();
    private final FindingsBox general;
    private final Label editError = new Label();
    private final Label descriptionCounter = new Label();
    private final Label compatibilityCounter = new Label();
    private final Label nameCounter = new Label();
    private final VBox bodyPreview = new VBox(8);
    private final ListView<Path> files = new ListView<>();
    private final VBox openAiBox = new VBox(8);
    private final Label enabledState = new Label();
    private final Button toggle = new Button();
    private final Label disabledChip = new Label("Disabled in Codex");
    private final PauseTransition previewDebounce = new PauseTransition(Duration.millis(150));
    private boolean updating;
    private Object lastScan;
    private boolean filesShown;

    public SkillEditor(EditorContext context, Dialogs dialogs, EditorArea editors) {
        this.context = context;
        this.dialogs = dialogs;
        this.editors = editors;
        this.model = new SkillEditorViewModel(context.document(), context.studio());
        getStylesheets().add(Objects.requireNonNull(
                SkillEditor.class.getResource("/dev/codexstudio/ui/skills.css")).toExternalForm());
        getStyleClass().add("skill-editor");
        setId("skill-editor");

        pane = new FormEditorPane("Skill", context.source());
        Button rename = new Button("Rename…", Icons.of(Feather.EDIT_2));
        rename.setId("skill-rename");
        rename.setOnAction(e -> rename());
        rename.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.title().setMinWidth(0);
        disabledChip.setId("skill-disabled-chip");
        disabledChip.getStyleClass().add("skill-disabled-chip");
        disabledChip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.actions().getChildren().addAll(disabledChip, rename);

        general = new FindingsBox("skill-general-findings", editors == null ? null : editors::applyFix);
        editError.setId("skill-edit-error");
        editError.getStyleClass().add("skill-edit-error");
        editError.setWrapText(true);
        editError.setVisible(false);
        editError.setManaged(false);
        pane.form().getChildren().addAll(editError, general);

        GridPane grid = FormEditorPane.grid();
        TextField name = textField("name");
        nameCounter.getStyleClass().addAll("text-muted", "skill-counter");
        nameCounter.setId("skill-name-counter");
        row(grid, "Name", "name", name, nameCounter,
                "Shown as $name. Agent Skills: lowercase letters, digits and single hyphens, equal to the folder name; "
                        + "Codex accepts up to 64 characters. Empty: Codex uses the folder name.");
        TextArea description = new TextArea();
        description.setWrapText(true);
        description.setPrefRowCount(5);
        bind("description", description);
        descriptionCounter.setId("skill-description-counter");
        descriptionCounter.getStyleClass().addAll("text-muted", "skill-counter");
        row(grid, "Description", "description", description, descriptionCounter,
                "Required. What the skill does and when to use it: Codex picks skills by it. The Agent Skills limit is "
                        + "1,024 characters; Codex loads longer ones but shows the model only the first 1,024.");
        row(grid, "License", "license", textField("license"), null, "Optional, e.g. Apache-2.0 or a LICENSE file name.");
        compatibilityCounter.setId("skill-compatibility-counter");
        compatibilityCounter.getStyleClass().addAll("text-muted", "skill-counter");
        row(grid, "Compatibility", "compatibility", textField("compatibility"), compatibilityCounter,
                "Optional: what the skill needs (tools, network, products), at most 500 characters.");
        row(grid, "Allowed tools", "allowed-tools", textField("allowed-tools"), null,
                "Optional, experimental: space-separated tools the skill may use. Codex ignores it.");
        TextArea metadata = new TextArea();
        metadata.setPrefRowCount(3);
        metadata.setId("skill-metadata");
        metadata.setPromptText("key: value, one per line");
        fields.put("metadata", metadata);
        FormFields.routeUndo(metadata, context.document().undoManager(), model::endEdit);
        metadata.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                run(() -> model.setMetadata(SkillEditorViewModel.parseMetadata(b)));
            }
        });
        metadata.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                model.endEdit();
            }
        });
        row(grid, "Metadata", "metadata", metadata, null,
                "Optional string map, one key: value per line. Codex reads metadata.short-description.");
        topAlignLabels(grid);
        pane.section("Front matter", grid);

        enabledState.setId("skill-enabled-state");
        enabledState.setWrapText(true);
        toggle.setId("skill-toggle-enabled");
        toggle.setOnAction(e -> toggleEnabled());
        pane.section("Availability", enabledState, toggle,
                FormEditorPane.note("Enabling or disabling writes a [[skills.config]] rule (path and enabled) into "
                        + "the user config, the only file Codex reads these rules from; the skill's files stay. "
                        + "You see the change before it is written."));

        openAiBox.setId("skill-openai");
        pane.section("agents/openai.yaml", openAiBox);

        files.setId("skill-files");
        files.setPrefHeight(150);
        files.setMinHeight(90);
        files.setCellFactory(l -> new FileCell());
        files.setPlaceholder(new Label("No files besides SKILL.md. Add scripts/, references/ or assets/ files."));
        files.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelectedFile();
            }
        });
        Button add = new Button("Add…", Icons.of(Feather.PLUS));
        add.setId("skill-file-add");
        add.setOnAction(e -> addFile());
        Button renameFile = new Button("Rename…", Icons.of(Feather.EDIT_2));
        renameFile.setId("skill-file-rename");
        renameFile.setOnAction(e -> renameFile());
        Button remove = new Button("Remove…", Icons.of(Feather.TRASH_2));
        remove.setId("skill-file-remove");
        remove.setOnAction(e -> removeFile());
        Button open = new Button("Open", Icons.of(Feather.EXTERNAL_LINK));
        open.setId("skill-file-open");
        open.setOnAction(e -> openSelectedFile());
        renameFile.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        open.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        HBox fileButtons = new HBox(6, add, renameFile, remove, open);
        pane.section("Folder files", files, fileButtons,
                FormEditorPane.note("Files under scripts/ are made executable when added. Removing asks first."));

        bodyPreview.setId("skill-body-preview");
        bodyPreview.getStyleClass().add("skill-body-preview");
        pane.section("Body", FormEditorPane.note("The Markdown instructions after the front matter. Edit them in "
                + "the source editor on the right; the preview follows."), bodyPreview);

        // the tab was closed (not just hidden): stop following the document and the studio
        sceneProperty().addListener((o, a, b) -> {
            if (b == null && editors != null
                    && editors.editorTabs().stream().noneMatch(t -> t.document() == context.document())) {
                model.dispose();
            }
        });
        context.addExtensions(pane);
        setCenter(pane);

        previewDebounce.setOnFinished(e -> renderPreview());
        model.stateProperty().addListener((o, a, b) -> show());
        show();
        renderPreview();
    }

    public SkillEditorViewModel model() {
        return model;
    }

    private TextField textField(String field) {
        TextField t = new TextField();
        t.setPrefColumnCount(16);
        bind(field, t);
        return t;
    }

    private void bind(String field, TextInputControl control) {
        control.setId("skill-" + field);
        fields.put(field, control);
        FormFields.routeUndo(control, context.document().undoManager(), model::endEdit);
        control.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                run(() -> model.setField(field, b));
            }
        });
        control.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                model.endEdit();
            }
        });
    }

    private void row(GridPane grid, String label, String field, javafx.scene.Node control, Label counter, String help) {
        FindingsBox box = new FindingsBox("skill-" + field + "-findings", editors == null ? null : editors::applyFix);
        findings.put(field, box);
        VBox cell = new VBox(3, control);
        if (counter != null) {
            cell.getChildren().add(counter);
        }
        cell.getChildren().add(box);
        Label h = new Label(help);
        h.getStyleClass().addAll("text-muted", "form-help");
        h.setWrapText(true);
        cell.getChildren().add(h);
        FormEditorPane.row(grid, label, cell, null);
        GridPane.setHgrow(cell, Priority.ALWAYS);
    }

    /** Labels of tall rows (a field with help and findings under it) sit at the field's first line. */
    static void topAlignLabels(GridPane grid) {
        for (javafx.scene.Node n : grid.getChildren()) {
            Integer col = GridPane.getColumnIndex(n);
            if ((col == null || col == 0) && n instanceof Label l) {
                GridPane.setValignment(l, javafx.geometry.VPos.TOP);
                l.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
            }
        }
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
        SkillEditorViewModel.State s = model.state();
        updating = true;
        try {
            for (String f : SkillEditorViewModel.FIELDS) {
                TextInputControl c = fields.get(f);
                String v = f.equals("metadata") ? null : s.value(f);
                if (f.equals("metadata")) {
                    if (!SkillEditorViewModel.parseMetadata(c.getText()).equals(s.metadata())) {
                        c.setText(SkillEditorViewModel.formatMetadata(s.metadata()));
                    }
                } else if (!c.getText().equals(v)) {
                    c.setText(v);
                }
                c.setEditable(s.editable() && (!f.equals("metadata") || s.metadataEditable()));
                findings.get(f).show(s.findings(f));
            }
        } finally {
            updating = false;
        }
        if (!s.editable()) {
            editError.setText(s.notEditable());
            editError.setVisible(true);
            editError.setManaged(true);
        }
        general.show(s.general());
        String name = s.value("name").isEmpty() ? model.folderName() : s.value("name");
        pane.title().setText(name);
        setCounter(nameCounter, s.value("name"), SkillEditorViewModel.MAX_NAME, "Codex's limit");
        setCounter(descriptionCounter, s.value("description"), SkillEditorViewModel.MAX_DESCRIPTION,
                "Agent Skills limit");
        setCounter(compatibilityCounter, s.value("compatibility"), SkillEditorViewModel.MAX_COMPATIBILITY,
                "Agent Skills limit");
        Optional<Skill> skill = s.skill();
        String where = scopeLabel(skill.map(Skill::scope).orElse(null)) + " · " + displayDir();
        pane.subtitle().setText(where);
        boolean enabled = model.enabled();
        if (skill.isEmpty()) {
            enabledState.setText("Codex does not load this skill as it is on disk (see the findings), or the "
                    + "project has not been scanned.");
            toggle.setText("Disable in Codex…");
            toggle.setDisable(true);
        } else {
            enabledState.setText(enabled ? "Enabled: Codex lists this skill and can use it."
                    : "Disabled by a [[skills.config]] rule: Codex does not list or use it.");
            toggle.setText(enabled ? "Disable in Codex…" : "Enable in Codex…");
            toggle.setGraphic(Icons.of(enabled ? Feather.TOGGLE_RIGHT : Feather.TOGGLE_LEFT));
            toggle.setDisable(false);
        }
        disabledChip.setVisible(!enabled);
        disabledChip.setManaged(!enabled);
        enabledState.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("disabled-skill"), !enabled);
        Object scan = context.studio().stack().orElse(null);
        if (scan != lastScan || !filesShown) {
            // disk reads only when the scan changed (after a save, a rescan, a file operation), not per keystroke
            lastScan = scan;
            filesShown = true;
            refreshFiles();
            refreshOpenAi(skill);
        }
        previewDebounce.playFromStart();
    }

    private static void setCounter(Label counter, String value, int max, String what) {
        counter.setText(SkillEditorViewModel.counter(value, max) + " (" + what + ")");
        counter.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"),
                SkillEditorViewModel.over(value, max));
    }

    /** The skill folder relative to the project, or with ~ for the home folder. */
    private String displayDir() {
        Path dir = model.skillDir();
        Optional<Path> root = context.studio().stack().map(s -> s.root());
        if (root.isPresent() && dir.startsWith(root.get())) {
            return root.get().relativize(dir).toString();
        }
        Path home = context.studio().environment().userHome();
        if (home != null && dir.startsWith(home)) {
            return "~/" + home.relativize(dir);
        }
        return dir.toString();
    }

    static String scopeLabel(SkillScope scope) {
        if (scope == null) {
            return "Skill";
        }
        return switch (scope) {
            case REPO -> "Repository skill";
            case USER -> "User skill";
            case SYSTEM -> "System skill";
            case ADMIN -> "Admin skill";
        };
    }

    private void renderPreview() {
        bodyPreview.getChildren().clear();
        String body = model.state().document().body();
        if (body.isBlank()) {
            bodyPreview.getChildren().add(FormEditorPane.note("The body is empty: Codex gets only the name and "
                    + "description."));
        } else {
            bodyPreview.getChildren().add(MarkdownNodes.render(body));
        }
    }

    // ------------------------------------------------------------------ files

    private void refreshFiles() {
        Path selected = files.getSelectionModel().getSelectedItem();
        List<Path> now = model.folderFiles();
        if (!now.equals(files.getItems())) {
            files.setItems(FXCollections.observableArrayList(now));
            if (selected != null && now.contains(selected)) {
                files.getSelectionModel().select(selected);
            }
        }
    }

    private Optional<Path> selectedFile() {
        return Optional.ofNullable(files.getSelectionModel().getSelectedItem());
    }

    private void openSelectedFile() {
        selectedFile().ifPresent(p -> editors.open(model.skillDir().resolve(p), 0, 0));
    }

    private void addFile() {
        Optional<String> path = dialogs.askText("Add a file to " + model.folderName(),
                "Path inside the skill folder (files under scripts/ are made executable):", "scripts/");
        if (path.isEmpty()) {
            return;
        }
        fileOp(() -> {
            Path added = model.addFile(path.get());
            afterFileChange(model.skillDir().relativize(added));
        });
    }

    private void renameFile() {
        Optional<Path> sel = selectedFile();
        if (sel.isEmpty()) {
            return;
        }
        Optional<String> to = dialogs.askText("Rename " + sel.get(), "New path inside the skill folder:",
                sel.get().toString());
        if (to.isEmpty() || to.get().equals(sel.get().toString())) {
            return;
        }
        fileOp(() -> {
            Path moved = model.renameFile(sel.get().toString(), to.get());
            afterFileChange(model.skillDir().relativize(moved));
        });
    }

    private void removeFile() {
        Optional<Path> sel = selectedFile();
        if (sel.isEmpty()) {
            return;
        }
        Path file = model.skillDir().resolve(sel.get());
        boolean open = editors != null && editors.editorTabs().stream().anyMatch(t -> t.document().path().equals(file));
        if (open) {
            dialogs.showError(sel.get() + " is open in an editor tab; close it first.");
            return;
        }
        if (!dialogs.confirm("Remove " + sel.get() + "?", "This deletes " + file + " from disk. It cannot be undone "
                + "in the studio.")) {
            return;
        }
        fileOp(() -> {
            model.removeFile(sel.get().toString());
            afterFileChange(null);
        });
    }

    private interface FileOp {
        void run() throws IOException;
    }

    private void fileOp(FileOp op) {
        try {
            op.run();
        } catch (IOException | RuntimeException e) {
            dialogs.showError(describe(e));
        }
    }

    static String describe(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " already exists; nothing was changed.";
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + " does not exist.";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private void afterFileChange(Path select) {
        context.studio().rescan();
        refreshFiles();
        if (select != null) {
            files.getSelectionModel().select(select);
        }
    }

    private final class FileCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.toString());
            boolean script = SkillFolders.isScript(item);
            boolean exec = script && Files.isExecutable(model.skillDir().resolve(item));
            setGraphic(Icons.of(script ? Feather.TERMINAL : item.startsWith("assets") ? Feather.IMAGE
                    : item.startsWith("agents") ? Feather.SETTINGS : Feather.FILE_TEXT));
            if (script && !exec) {
                setText(item + "   (not executable)");
            }
        }
    }

    // ------------------------------------------------------------------ openai.yaml

    private void refreshOpenAi(Optional<Skill> skill) {
        openAiBox.getChildren().clear();
        Path file = model.openAiYaml();
        if (!Files.isRegularFile(file)) {
            Button create = new Button("Create agents/openai.yaml", Icons.of(Feather.FILE_PLUS));
            create.setId("skill-openai-create");
            create.setOnAction(e -> fileOp(() -> {
                Path made = model.createOpenAiYaml();
                context.studio().rescan();
                editors.open(made, 1, 1);
            }));
            openAiBox.getChildren().addAll(FormEditorPane.note("Optional. Codex reads a display name, a short "
                    + "description and whether the model may pick the skill on its own (implicit invocation) from "
                    + "this file."), create);
            return;
        }
        OpenAiYaml yaml = skill.map(Skill::openAi).orElse(null);
        GridPane grid = FormEditorPane.grid();
        if (yaml != null) {
            String display = yaml.ui() != null && yaml.ui().displayName() != null ? yaml.ui().displayName().value() : "—";
            String shortDesc = yaml.ui() != null && yaml.ui().shortDescription() != null
                    ? yaml.ui().shortDescription().value() : "—";
            Label d = new Label(display);
            d.setWrapText(true);
            Label sd = new Label(shortDesc);
            sd.setWrapText(true);
            Label implicit = new Label(yaml.implicitInvocationDisabled()
                    ? "off: the model does not pick it; $" + model.state().value("name") + " still works"
                    : "on (the model may pick it from the catalogue)");
            implicit.setWrapText(true);
            FormEditorPane.row(grid, "Display name", d, null);
            FormEditorPane.row(grid, "Short description", sd, null);
            FormEditorPane.row(grid, "Implicit invocation", implicit, null);
            if (yaml.invalid() != null) {
                Label bad = new Label("Codex ignores this file: " + yaml.invalid());
                bad.getStyleClass().addAll("skill-finding", "finding-warning");
                bad.setWrapText(true);
                openAiBox.getChildren().add(bad);
            }
        }
        Button open = new Button("Edit agents/openai.yaml", Icons.of(Feather.EXTERNAL_LINK));
        open.setId("skill-openai-open");
        open.setOnAction(e -> editors.open(file, 1, 1));
        openAiBox.getChildren().addAll(grid, FormEditorPane.note("As saved on disk. It is its own file, edited in its "
                + "own tab (form and source, own undo and save)."), open);
    }

    // ------------------------------------------------------------------ enable, rename

    private void toggleEnabled() {
        boolean enable = !model.enabled();
        Path cfg = model.userConfig();
        Optional<EditorTab> cfgTab = editors.editorTabs().stream().filter(t -> t.document().path().equals(cfg))
                .findFirst();
        if (cfgTab.isPresent() && cfgTab.get().document().isDirty()) {
            dialogs.showError(cfg + " has unsaved changes in the studio; save or undo them first.");
            return;
        }
        try {
            SkillEditorViewModel.ConfigChange change = model.planEnabled(enable);
            if (change.after().equals(change.before())) {
                return;
            }
            if (!dialogs.confirmSave(cfg, change.diff())) {
                return;
            }
            model.apply(change);
            cfgTab.ifPresent(t -> editors.externalChange(cfg));
            context.studio().statusProperty().set((enable ? "Enabled " : "Disabled ") + pane.title().getText()
                    + " in " + cfg);
        } catch (IOException | RuntimeException e) {
            dialogs.showError(describe(e));
        }
    }

    /** The old path rule no longer matches a renamed skill: offer the same rule for the new path. */
    private void keepDisabled(Path moved) {
        try {
            Path cfg = model.userConfig();
            SkillEditorViewModel.ConfigChange change = SkillEditorViewModel.plan(cfg, moved.toRealPath(), false,
                    context.studio().environment().userHome());
            if (!change.after().equals(change.before()) && dialogs.confirmSave(cfg, change.diff())) {
                SkillEditorViewModel.write(change);
                editors.editorTabs().stream().filter(t -> t.document().path().equals(cfg)).findFirst()
                        .ifPresent(t -> editors.externalChange(cfg));
                context.studio().rescan();
            }
        } catch (IOException | RuntimeException e) {
            dialogs.showError("The skill was renamed, but it could not be kept disabled: " + describe(e));
        }
    }

    private void rename() {
        String current = model.folderName();
        Optional<String> answer = dialogs.askText("Rename skill " + current,
                "New name (the folder is renamed too):", current);
        if (answer.isEmpty() || answer.get().equals(current)) {
            return;
        }
        Optional<String> problem = SkillFolders.nameProblem(answer.get());
        if (problem.isPresent()) {
            dialogs.showError("Cannot rename to `" + answer.get() + "`: " + problem.get());
            return;
        }
        Path old = context.document().path();
        Optional<EditorTab> dirty = editors.editorTabs().stream()
                .filter(t -> t.document().path().startsWith(old.getParent()) && t.document().isDirty()
                        && !t.document().path().equals(old)).findFirst();
        if (dirty.isPresent()) {
            dialogs.showError("Save or undo the changes to " + dirty.get().document().path() + " first: renaming "
                    + "moves the skill folder.");
            return;
        }
        try {
            boolean wasDisabled = !model.enabled();
            Path moved = model.rename(answer.get());
            editors.editorTabs().stream().filter(t -> t.document().path().startsWith(old.getParent()))
                    .toList().forEach(t -> {
                        editors.tabs().getTabs().remove(t);
                        context.studio().forgetLive(t.document().path());
                    });
            context.studio().rescan();
            editors.open(moved, 1, 1);
            context.studio().statusProperty().set("Renamed " + current + " to " + answer.get());
            if (wasDisabled) {
                keepDisabled(moved);
            }
        } catch (IOException | RuntimeException e) {
            dialogs.showError(describe(e));
        }
    }
}
