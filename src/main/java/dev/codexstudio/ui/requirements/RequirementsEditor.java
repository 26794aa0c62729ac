package dev.codexstudio.ui.requirements;

import atlantafx.base.controls.ToggleSwitch;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.requirements.RequirementsConflict;
import dev.codexstudio.core.requirements.RequirementsForm;
import dev.codexstudio.ui.app.Icons;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.FormEditorPane;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The requirements.toml form: which approval policies and sandbox modes Codex may use, the files no session may
 * read, feature pins, managed hooks (read-only, with a jump to their line) and {@code allow_managed_hooks_only}; above
 * them, this file's findings and every config value these requirements forbid, each with a link to its line. Every
 * control edits the text through the document's undo history; typing in the text refreshes the form.
 */
public final class RequirementsEditor extends BorderPane {

    private static final Map<String, String> APPROVAL_HELP = Map.of(
            "untrusted", "Codex 0.169 refuses `approval_policy = \"untrusted\"` in config.toml",
            "on-failure", "the same policy as on-request (an alias)",
            "on-request", "the model asks when it needs to leave the sandbox",
            "never", "never asks; for non-interactive `codex exec` runs");
    private static final Map<String, String> SANDBOX_HELP = Map.of(
            "read-only", "required: Codex does not start without it",
            "workspace-write", "writes inside the workspace",
            "danger-full-access", "no sandbox at all",
            "external-sandbox", "Codex runs inside a sandbox provided from outside");

    private final EditorContext context;
    private final RequirementsEditorViewModel model;
    private final SourceOpener opener;
    private final FormEditorPane pane;
    private final VBox findings = new VBox(6);
    private final VBox findingsSection;
    private final VBox conflicts = new VBox(8);
    private final Label conflictsSummary = new Label();
    private final Map<String, CheckBox> approvals = new LinkedHashMap<>();
    private final Map<String, CheckBox> sandboxes = new LinkedHashMap<>();
    private final Label approvalState = new Label();
    private final Label sandboxState = new Label();
    private final Button approvalClear = new Button("Allow all");
    private final Button sandboxClear = new Button("Allow all");
    private final Label approvalExtra = new Label();
    private final VBox denyRead = new VBox(6);
    private final TextField denyReadNew = new TextField();
    private final VBox pins = new VBox(6);
    private final ComboBox<String> pinNew = new ComboBox<>();
    private final ToggleSwitch managedOnly = new ToggleSwitch();
    private final VBox hooks = new VBox(6);
    private final Label managedDir = new Label();
    private final Label syntaxBanner = new Label();
    private final Label errorLabel = new Label();
    private final VBox editable = new VBox(14);
    private boolean refreshing;

    public RequirementsEditor(EditorContext context, SourceOpener opener) {
        this.context = context;
        this.opener = opener;
        this.model = new RequirementsEditorViewModel(context.studio(), context.document());
        getStylesheets().add(Objects.requireNonNull(
                RequirementsEditor.class.getResource("/dev/codexstudio/ui/requirements.css")).toExternalForm());
        getStyleClass().add("requirements-editor");
        setId("requirements-editor");

        pane = new FormEditorPane("Requirements", context.source());
        pane.title().setText(context.document().path().getFileName().toString());

        syntaxBanner.setId("requirements-syntax");
        syntaxBanner.getStyleClass().add("requirements-banner");
        syntaxBanner.setWrapText(true);
        syntaxBanner.setMaxWidth(Double.MAX_VALUE);
        errorLabel.setId("requirements-error");
        errorLabel.getStyleClass().add("requirements-error");
        errorLabel.setWrapText(true);
        pane.form().getChildren().addAll(syntaxBanner, errorLabel);

        findings.setId("requirements-findings");
        findingsSection = pane.section("Findings in this file", findings);

        conflicts.setId("requirements-conflicts");
        conflictsSummary.setId("requirements-conflicts-summary");
        conflictsSummary.setWrapText(true);
        pane.section("Forbidden in config", conflictsSummary, conflicts);

        editable.getStyleClass().add("requirements-editable");
        pane.form().getChildren().add(editable);
        buildAllowList(editable, "Approval policies (allowed_approval_policies)", RequirementsForm.APPROVALS,
                RequirementsForm.approvalValues(), APPROVAL_HELP, approvals, approvalState, approvalClear, "approval-",
                model::setApproval);
        approvalExtra.getStyleClass().add("text-muted");
        approvalExtra.setWrapText(true);
        ((VBox) editable.getChildren().get(editable.getChildren().size() - 1)).getChildren().add(approvalExtra);
        buildAllowList(editable, "Sandbox modes (allowed_sandbox_modes)", RequirementsForm.SANDBOXES,
                RequirementsForm.sandboxValues(), SANDBOX_HELP, sandboxes, sandboxState, sandboxClear, "sandbox-",
                model::setSandbox);
        buildDenyRead();
        buildPins();
        buildHooks();

        context.addExtensions(pane);
        setCenter(pane);

        context.document().textProperty().addListener((o, a, b) -> refresh());
        context.studio().stackProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public RequirementsEditorViewModel model() {
        return model;
    }

    private VBox section(String heading, Node... content) {
        VBox box = pane.section(heading, content);
        pane.form().getChildren().remove(box);
        editable.getChildren().add(box);
        return box;
    }

    private void buildAllowList(VBox parent, String heading, String key, List<String> values, Map<String, String> help,
            Map<String, CheckBox> boxes, Label state, Button clear, String idPrefix, BiPredicate<String, Boolean> edit) {
        state.setWrapText(true);
        state.getStyleClass().add("allow-state");
        state.setId(idPrefix + "state");
        clear.setId(idPrefix + "clear");
        clear.getStyleClass().add("small");
        clear.setTooltip(new Tooltip("Remove " + key + ": every value is allowed again"));
        clear.setOnAction(e -> afterEdit(model.clearAllowList(key)));
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, state, grow, clear);
        head.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = FormEditorPane.grid();
        grid.getStyleClass().add("allow-grid");
        for (String v : values) {
            CheckBox box = new CheckBox(v);
            box.setId(idPrefix + v);
            box.getStyleClass().add("allow-value");
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.setOnAction(e -> afterEdit(edit.test(v, box.isSelected())));
            boxes.put(v, box);
            Label h = new Label(help.getOrDefault(v, ""));
            h.getStyleClass().addAll("text-muted", "form-help");
            h.setWrapText(true);
            int r = grid.getRowCount();
            grid.add(box, 0, r);
            GridPane.setHalignment(box, javafx.geometry.HPos.LEFT);
            grid.add(h, 1, r);
        }
        section(heading, head, grid);
    }

    private void buildDenyRead() {
        denyRead.setId("deny-read-list");
        denyReadNew.setId("deny-read-new");
        denyReadNew.setPromptText("/abs/path, ~/.ssh or ./glob/**/*.pem");
        HBox.setHgrow(denyReadNew, Priority.ALWAYS);
        Button add = new Button("Add", Icons.of(Feather.PLUS));
        add.setId("deny-read-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        Runnable addIt = () -> {
            if (model.addDenyRead(denyReadNew.getText())) {
                denyReadNew.clear();
            }
            afterEdit(true);
        };
        add.setOnAction(e -> addIt.run());
        denyReadNew.setOnAction(e -> addIt.run());
        HBox addRow = new HBox(6, denyReadNew, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        section("Files no session may read (deny_read)", denyRead, addRow,
                FormEditorPane.note("[permissions.filesystem] deny_read is the only file restriction requirements.toml has (there is no deny_write; writes "
                        + "are limited by the sandbox modes). Absolute paths and ~ apply as written; a relative path "
                        + "such as ./.env resolves against the folder of this file, not the workspace. A glob needs a "
                        + "directory prefix other than /, and a glob over a large tree slows every session start."));
    }

    private void buildPins() {
        pins.setId("feature-pins");
        pinNew.setId("feature-pin-new");
        pinNew.setEditable(true);
        pinNew.setPromptText("feature");
        pinNew.setItems(FXCollections.observableArrayList(RequirementsForm.knownFeatures()));
        pinNew.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(pinNew, Priority.ALWAYS);
        Button on = new Button("Pin on");
        on.setId("feature-pin-on");
        Button off = new Button("Pin off");
        off.setId("feature-pin-off");
        on.setMinWidth(Region.USE_PREF_SIZE);
        off.setMinWidth(Region.USE_PREF_SIZE);
        on.setOnAction(e -> pinNew(true));
        off.setOnAction(e -> pinNew(false));
        HBox addRow = new HBox(6, pinNew, on, off);
        addRow.setAlignment(Pos.CENTER_LEFT);
        section("Feature pins ([features])", pins, addRow,
                FormEditorPane.note("A pinned feature has this value whatever config.toml says; a config value "
                        + "against a pin has no effect. `hooks = false` turns hooks off for every user."));
    }

    private void pinNew(boolean value) {
        String name = pinNew.getEditor().getText() == null || pinNew.getEditor().getText().isBlank()
                ? pinNew.getValue() : pinNew.getEditor().getText();
        if (model.setPin(name == null ? "" : name, value)) {
            pinNew.getEditor().clear();
            pinNew.setValue(null);
        }
        afterEdit(true);
    }

    private void buildHooks() {
        managedOnly.setId("managed-hooks-only");
        managedOnly.selectedProperty().addListener((o, a, b) -> {
            if (!refreshing) {
                afterEdit(model.setManagedHooksOnly(b));
            }
        });
        hooks.setId("managed-hooks");
        managedDir.getStyleClass().add("text-muted");
        managedDir.setWrapText(true);
        Label what = new Label("Only managed hooks run");
        what.setWrapText(true);
        Label key = new Label("allow_managed_hooks_only");
        key.getStyleClass().addAll("text-muted", "pin-name");
        VBox labels = new VBox(1, what, key);
        HBox.setHgrow(labels, Priority.ALWAYS);
        managedOnly.setMinWidth(Region.USE_PREF_SIZE);
        HBox toggleRow = new HBox(10, labels, managedOnly);
        toggleRow.setAlignment(Pos.CENTER_LEFT);
        section("Managed hooks ([hooks])", toggleRow,
                FormEditorPane.note("When on, Codex ignores user, project and session hooks; only the managed hooks "
                        + "(these, /etc/codex/hooks.json and the system config's) run. Managed hooks are trusted "
                        + "without review. They are listed here read-only: edit them in the text."),
                hooks, managedDir);
    }

    private void afterEdit(boolean changed) {
        errorLabel.setText(model.lastError());
        errorLabel.setVisible(!model.lastError().isEmpty());
        errorLabel.setManaged(!model.lastError().isEmpty());
        if (!changed) {
            refresh();
        }
    }

    /** Redraws the form from the document's current text. */
    public void refresh() {
        refreshing = true;
        try {
            doRefresh();
        } finally {
            refreshing = false;
        }
    }

    private void doRefresh() {
        pane.subtitle().setText(model.subtitle());
        boolean broken = model.hasSyntaxErrors();
        syntaxBanner.setText(broken ? "The text has TOML syntax errors: fix them in the text to edit with the form "
                + "(Codex does not start with a broken requirements file)." : "");
        syntaxBanner.setVisible(broken);
        syntaxBanner.setManaged(broken);
        boolean legacy = model.legacy();
        editable.setDisable(broken || legacy);
        if (legacy && !broken) {
            syntaxBanner.setText("Legacy managed_config.toml: Codex applies it as a config layer above all others and "
                    + "reads it as requirements (approval_policy = \"x\" allows only x; sandbox_mode = \"x\" allows "
                    + "read-only and x). The form edits requirements.toml keys: move the constraints there.");
            syntaxBanner.setVisible(true);
            syntaxBanner.setManaged(true);
        }
        if (errorLabel.getText().isEmpty()) {
            errorLabel.setVisible(false);
            errorLabel.setManaged(false);
        }

        List<Diagnostic> ds = model.findings();
        findings.getChildren().clear();
        for (Diagnostic d : ds) {
            findings.getChildren().add(findingRow(d));
        }
        findingsSection.setVisible(!ds.isEmpty());
        findingsSection.setManaged(!ds.isEmpty());

        List<RequirementsConflict> cs = model.conflicts();
        conflicts.getChildren().clear();
        for (RequirementsConflict c : cs) {
            conflicts.getChildren().add(ConflictRows.row(c, context.studio().stack(),
                    p -> opener.open(p.file(), p.line(), p.column()), this::jumpToRequirement));
        }
        long active = cs.stream().filter(RequirementsConflict::inEffect).count();
        conflictsSummary.setText(context.studio().stack().isEmpty() ? "Open a project to check its config files."
                : cs.isEmpty() ? "No config value of this project or the Codex home is forbidden by these requirements."
                : cs.size() + (cs.size() == 1 ? " value" : " values") + " in config files "
                        + (cs.size() == 1 ? "is" : "are") + " forbidden (" + active + " in effect now):");
        conflictsSummary.getStyleClass().removeAll("conflicts-none", "conflicts-some");
        conflictsSummary.getStyleClass().add(cs.isEmpty() ? "conflicts-none" : "conflicts-some");

        RequirementsForm.Values v = model.values();
        allowState(v.approvals(), approvals, approvalState, approvalClear, "policy", "policies");
        List<String> extra = v.approvals() == null ? List.of()
                : v.approvals().stream().filter(a -> !approvals.containsKey(a)).toList();
        approvalExtra.setText(extra.isEmpty() ? "" : "Also allowed: " + String.join(", ", extra)
                + " (a table entry; edit it in the text).");
        approvalExtra.setVisible(!extra.isEmpty());
        approvalExtra.setManaged(!extra.isEmpty());
        allowState(v.sandboxes(), sandboxes, sandboxState, sandboxClear, "mode", "modes");

        denyRead.getChildren().clear();
        for (int i = 0; i < v.denyRead().size(); i++) {
            denyRead.getChildren().add(denyRow(i, v.denyRead().get(i)));
        }
        if (v.denyRead().isEmpty()) {
            denyRead.getChildren().add(FormEditorPane.note("No deny_read entries: sessions may read any file the "
                    + "sandbox allows."));
        }

        pins.getChildren().clear();
        v.featurePins().forEach((name, value) -> pins.getChildren().add(pinRow(name, value)));
        if (v.featurePins().isEmpty()) {
            pins.getChildren().add(FormEditorPane.note("No feature is pinned: users choose in their config."));
        }

        managedOnly.setSelected(Boolean.TRUE.equals(v.managedHooksOnly()));
        hooks.getChildren().clear();
        for (RequirementsForm.ManagedHook h : v.managedHooks()) {
            hooks.getChildren().add(hookRow(h));
        }
        if (v.managedHooks().isEmpty()) {
            hooks.getChildren().add(FormEditorPane.note("No managed hooks in this file."));
        }
        managedDir.setText(v.managedDir() == null ? "" : "managed_dir = " + v.managedDir());
        managedDir.setVisible(v.managedDir() != null);
        managedDir.setManaged(v.managedDir() != null);
    }

    private static void allowState(List<String> allowed, Map<String, CheckBox> boxes, Label state, Button clear,
            String one, String many) {
        for (Map.Entry<String, CheckBox> e : boxes.entrySet()) {
            e.getValue().setSelected(allowed == null || allowed.contains(e.getKey()));
        }
        state.setText(allowed == null ? "Not set: every " + one + " is allowed. Untick one to restrict."
                : "Codex accepts only the ticked " + many + "; a config asking for another falls back to an allowed one.");
        clear.setDisable(allowed == null);
    }

    private Node findingRow(Diagnostic d) {
        Label msg = new Label(d.message());
        msg.setWrapText(true);
        msg.setGraphic(Icons.of(Icons.forSeverity(d.severity())));
        msg.getStyleClass().addAll("finding-message", Icons.styleFor(d.severity()));
        Hyperlink at = new Hyperlink("line " + d.position().line());
        at.setOnAction(e -> context.source().goTo(d.position().line(), d.position().column()));
        at.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, msg, at);
        top.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(msg, Priority.ALWAYS);
        VBox row = new VBox(2, top);
        row.getStyleClass().add("finding-row");
        if (d.hint() != null && !d.hint().isEmpty()) {
            Label hint = new Label(d.hint());
            hint.setWrapText(true);
            hint.getStyleClass().addAll("text-muted", "finding-hint");
            row.getChildren().add(hint);
        }
        if (d.fix() != null) {
            Button fix = new Button(d.fix().title(), Icons.of(Feather.TOOL));
            fix.getStyleClass().add("small");
            fix.setOnAction(e -> afterEdit(model.applyFix(d)));
            row.getChildren().add(fix);
        }
        return row;
    }

    private Node denyRow(int index, String entry) {
        TextField field = new TextField(entry);
        field.setId("deny-read-" + index);
        field.getStyleClass().add("deny-read-entry");
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setOnAction(e -> afterEdit(model.replaceDenyRead(index, field.getText())));
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused && !refreshing && !field.getText().strip().equals(entry)) {
                afterEdit(model.replaceDenyRead(index, field.getText()));
            }
        });
        Button remove = new Button(null, Icons.of(Feather.X));
        remove.setId("deny-read-remove-" + index);
        remove.setTooltip(new Tooltip("Remove " + entry));
        remove.getStyleClass().addAll("flat", "small");
        remove.setOnAction(e -> afterEdit(model.removeDenyRead(index)));
        HBox row = new HBox(6, field, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node pinRow(String name, boolean value) {
        Label label = new Label(name);
        label.getStyleClass().add("pin-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        ToggleSwitch toggle = new ToggleSwitch(value ? "on (true)" : "off (false)");
        toggle.setId("pin-" + name);
        toggle.setSelected(value);
        toggle.selectedProperty().addListener((o, a, b) -> {
            if (!refreshing) {
                afterEdit(model.setPin(name, b));
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button remove = new Button(null, Icons.of(Feather.X));
        remove.setId("pin-remove-" + name);
        remove.setTooltip(new Tooltip("Remove the pin: users choose again"));
        remove.getStyleClass().addAll("flat", "small");
        remove.setOnAction(e -> afterEdit(model.setPin(name, null)));
        HBox row = new HBox(10, label, grow, toggle, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("pin-row");
        return row;
    }

    private Node hookRow(RequirementsForm.ManagedHook h) {
        Label event = new Label(h.event());
        event.getStyleClass().add("hook-event");
        event.setMinWidth(Region.USE_PREF_SIZE);
        Label matcher = new Label(h.matcher() == null ? "(every tool)" : h.matcher());
        matcher.getStyleClass().add("hook-matcher");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Hyperlink line = new Hyperlink("line " + h.position().line());
        line.setMinWidth(Region.USE_PREF_SIZE);
        line.setOnAction(e -> context.source().goTo(h.position().line(), h.position().column()));
        HBox top = new HBox(8, event, matcher, grow, line);
        top.setAlignment(Pos.CENTER_LEFT);
        Label command = new Label(h.handler());
        command.setWrapText(true);
        command.getStyleClass().add("hook-command");
        VBox row = new VBox(2, top, command);
        row.getStyleClass().add("hook-row");
        return row;
    }

    private void jumpToRequirement(SourcePosition p) {
        if (p.file().equals(context.document().path()) || !model.installed()) {
            context.source().goTo(p.line(), p.column());
        } else {
            opener.open(p.file(), p.line(), p.column());
        }
    }
}
