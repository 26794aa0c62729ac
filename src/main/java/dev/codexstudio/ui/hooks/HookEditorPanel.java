package dev.codexstudio.ui.hooks;

import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookHandler;
import dev.codexstudio.core.hooks.MatcherGroup;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.editors.FormEditorPane;
import dev.codexstudio.ui.editors.Highlighter;
import dev.codexstudio.ui.editors.SourceEditor;
import dev.codexstudio.ui.hooks.HookEditorViewModel.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.fxmisc.richtext.CodeArea;

/**
 * The hook editor's sections, shared by the hooks.json editor and the inline-hooks section of a config.toml form:
 * the file's groups and handlers, adding a hook, the selected hook's fields (command with shell highlighting,
 * timeout, async, …, or the MCP tool's), each with the hook rules' findings beside it, the live matcher tester,
 * the trust key, hash and state with enable/disable, and where the hook lives. Every edit goes through the view
 * model as one undoable text edit; the text refreshes the form.
 */
public final class HookEditorPanel extends VBox {

    private static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    private static final PseudoClass NO_MATCH = PseudoClass.getPseudoClass("no-match");
    private static final String CSS = "/dev/codexstudio/ui/hook-editor.css";

    private final HookEditorViewModel model;
    private final Dialogs dialogs;
    private final SourceEditor source;
    private final MatcherTesterViewModel tester = new MatcherTesterViewModel();
    private boolean updating;
    private boolean fromCaret;

    private final ListView<Row> list = new ListView<>();
    private final Label status = new Label();
    private final Button remove = new Button("Remove");
    private final javafx.scene.control.MenuButton move = new javafx.scene.control.MenuButton("Move to…");

    private final ComboBox<HookEvent> newEvent = new ComboBox<>();
    private final TextField newMatcher = new TextField();
    private final ComboBox<String> newType = new ComboBox<>(FXCollections.observableArrayList("command", "mcp_tool"));
    private final TextField newCommand = new TextField();
    private final TextField newTool = new TextField();
    private final Button add = new Button("Add hook");
    private VBox addSection;

    private final VBox hookSection;
    private final Label empty = FormEditorPane.note("");
    private final GridPane grid = FormEditorPane.grid();
    private final Label event = new Label();
    private final TextField matcher = new TextField();
    private final Label matcherTarget = new Label();
    private final Label type = new Label();
    private final CodeArea command = new CodeArea();
    private final TextField commandWindows = new TextField();
    private final TextField timeout = new TextField();
    private final CheckBox async = new CheckBox("Run in the background (cannot block)");
    private final TextField statusMessage = new TextField();
    private final TextField additionalContextLimit = new TextField();
    private final TextField server = new TextField();
    private final TextField tool = new TextField();
    private final TextField input = new TextField();
    private final Map<String, Label> findings = new java.util.HashMap<>();
    private final Label handlerFindings = findingLabel("handler");

    private final TextField testValue = new TextField();
    private final Label testResult = new Label();
    private final Label testTarget = new Label();
    private final FlowPane samples = new FlowPane(6, 6);

    private final TextField key = new TextField();
    private final TextField hash = new TextField();
    private final Label trust = new Label();
    private final Label trustWhy = new Label();
    private final CheckBox enabled = new CheckBox("Enabled");
    private final Label location = new Label();

    public HookEditorPanel(HookEditorViewModel model, SourceEditor source, Dialogs dialogs) {
        super(14);
        this.model = model;
        this.dialogs = dialogs;
        this.source = source;
        getStylesheets().add(Objects.requireNonNull(HookEditorPanel.class.getResource(CSS)).toExternalForm());
        getStyleClass().add("hook-editor-panel");

        // ---- the file's hooks ----
        list.setId("hook-list");
        list.getStyleClass().add("hook-list");
        list.setPrefHeight(190);
        list.setMinHeight(120);
        list.setItems(model.rows());
        list.setCellFactory(l -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.selectionProperty().set(b.selection());
                showLine(b.line());
            }
        });
        remove.setId("hook-remove");
        remove.setOnAction(e -> edit(model::removeSelected));
        status.setId("hook-status");
        status.getStyleClass().add("hook-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        model.rows().addListener((ListChangeListener<Row>) c -> count.setText(countText()));
        count.setText(countText());
        move.setId("hook-move");
        move.setMnemonicParsing(false);
        move.setOnShowing(e -> fillMoveMenu());
        fillMoveMenu();
        HBox listBar = new HBox(8, count, grow, move, remove);
        listBar.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(section("Hooks in this file", list, listBar, status));

        // ---- the selected hook ----
        event.setId("hook-event");
        event.getStyleClass().add("hook-event-name");
        matcher.setId("hook-matcher");
        matcherTarget.setId("hook-matcher-target");
        matcherTarget.getStyleClass().addAll("text-muted", "form-help");
        matcherTarget.setWrapText(true);
        type.setId("hook-type");
        command.setId("hook-command");
        command.getStyleClass().addAll("code", "hook-command");
        command.setWrapText(true);
        command.setPrefHeight(58);
        command.setMinHeight(58);
        command.textProperty().addListener((o, a, b) -> command.setStyleSpans(0, Highlighter.SHELL.styles(b)));
        command.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                commitCommand();
            }
        });
        command.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                commitCommand();
            }
        });
        commandWindows.setId("hook-command-windows");
        timeout.setId("hook-timeout");
        async.setId("hook-async");
        statusMessage.setId("hook-status-message");
        additionalContextLimit.setId("hook-additional-context-limit");
        server.setId("hook-server");
        tool.setId("hook-tool");
        input.setId("hook-input");
        input.setPromptText("{\"key\": \"value\"}");
        commit(matcher, t -> model.setMatcher(t));
        commit(commandWindows, t -> model.setField("commandWindows", t.isEmpty() ? null : t));
        commit(timeout, t -> model.setNumber("timeout", t));
        commit(statusMessage, t -> model.setField("statusMessage", t.isEmpty() ? null : t));
        commit(additionalContextLimit, t -> model.setNumber("additionalContextLimit", t));
        commit(server, t -> model.setField("server", t));
        commit(tool, t -> model.setField("tool", t));
        commit(input, t -> model.setInput(t));
        async.setOnAction(e -> edit(() -> model.setField("async", async.isSelected() ? Boolean.TRUE : null)));
        grid.setId("hook-fields");
        empty.setId("hook-empty");
        hookSection = section("Hook", empty, grid, handlerFindings);

        getChildren().add(hookSection);

        // ---- matcher tester ----
        testValue.setId("matcher-test-input");
        testValue.setPromptText("Bash, apply_patch, mcp__server__tool, …");
        testResult.setId("matcher-test-result");
        testResult.getStyleClass().add("matcher-test-result");
        testResult.setWrapText(true);
        testTarget.setId("matcher-target");
        testTarget.getStyleClass().add("text-muted");
        testTarget.setWrapText(true);
        samples.setId("matcher-samples");
        tester.valueProperty().bindBidirectional(testValue.textProperty());
        testValue.setText("Bash");
        tester.resultProperty().addListener((o, a, b) -> showTest());
        matcher.textProperty().addListener((o, a, b) -> tester.matcherProperty().set(b));
        GridPane testGrid = FormEditorPane.grid();
        FormEditorPane.row(testGrid, "Try", testValue, null);
        VBox testerSection = section("Matcher tester", testTarget, testGrid, testResult, samples);
        testerSection.setId("matcher-tester");
        getChildren().add(testerSection);

        // ---- trust and state ----
        for (TextField f : List.of(key, hash)) {
            f.setEditable(false);
            f.getStyleClass().add("hook-mono");
        }
        key.setId("hook-key");
        hash.setId("hook-hash");
        trust.setId("hook-trust");
        trust.getStyleClass().add("hook-trust");
        trustWhy.getStyleClass().add("text-muted");
        trustWhy.setWrapText(true);
        enabled.setId("hook-enabled");
        enabled.setOnAction(e -> toggleEnabled());
        GridPane trustGrid = FormEditorPane.grid();
        FormEditorPane.row(trustGrid, "Key", key, null);
        FormEditorPane.row(trustGrid, "Hash", hash, null);
        FormEditorPane.row(trustGrid, "Trust", trust, null);
        FormEditorPane.row(trustGrid, "State", enabled, "Codex reads [hooks.state.\"<key>\"] enabled = false from the user "
                + "config.toml only; the studio shows the lines before writing them.");
        // ---- add a hook ----
        newEvent.setId("new-hook-event");
        newEvent.setItems(FXCollections.observableArrayList(HookEvent.inLifecycleOrder()));
        newEvent.setConverter(eventNames());
        newEvent.setValue(HookEvent.PRE_TOOL_USE);
        newEvent.setMaxWidth(Double.MAX_VALUE);
        newMatcher.setId("new-hook-matcher");
        newType.setId("new-hook-type");
        newType.setValue("command");
        newCommand.setId("new-hook-command");
        newTool.setId("new-hook-tool");
        newTool.setPromptText("MCP tool name");
        add.setId("hook-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> addHook());
        newCommand.setOnAction(e -> addHook());
        newTool.visibleProperty().bind(newType.valueProperty().isEqualTo("mcp_tool"));
        newTool.managedProperty().bind(newTool.visibleProperty());
        newType.valueProperty().addListener((o, a, b) -> newCommand.setPromptText("mcp_tool".equals(b) ? "MCP server name"
                : "Shell command, e.g. python3 .codex/hooks/check.py"));
        newCommand.setPromptText("Shell command, e.g. python3 .codex/hooks/check.py");
        newEvent.valueProperty().addListener((o, a, b) -> updateNewMatcher());
        updateNewMatcher();
        GridPane addGrid = FormEditorPane.grid();
        FormEditorPane.row(addGrid, "Event", newEvent, null);
        FormEditorPane.row(addGrid, "Matcher", newMatcher, null);
        FormEditorPane.row(addGrid, "Handler type", newType, null);
        HBox cmdRow = new HBox(6, newCommand, newTool);
        HBox.setHgrow(newCommand, Priority.ALWAYS);
        HBox.setHgrow(newTool, Priority.ALWAYS);
        FormEditorPane.row(addGrid, "Run", cmdRow, null);
        HBox addBar = new HBox(add);
        addBar.setAlignment(Pos.CENTER_RIGHT);
        addSection = section("Add a hook", addGrid, addBar);
        addSection.setId("hook-add-section");

        getChildren().add(addSection);
        location.setId("hook-location");
        location.setWrapText(true);
        getChildren().add(section("Trust and state", trustGrid, trustWhy));
        getChildren().add(section("Where it lives", location));

        model.rows().addListener((ListChangeListener<Row>) c -> update());
        model.selectionProperty().addListener((o, a, b) -> {
            update();
            if (!fromCaret && b != null) {
                // show the selected hook in the source too (not when the caret itself chose it)
                model.rows().stream().filter(r -> r.selection().equals(b)).findFirst().ifPresent(r -> showLine(r.line()));
            }
        });
        if (source != null) {
            source.area().currentParagraphProperty().addListener((o, a, b) -> {
                if (!updating) {
                    fromCaret = true;
                    try {
                        model.selectLine(b + 1);
                    } finally {
                        fromCaret = false;
                    }
                }
            });
        }
        update();
    }

    public HookEditorViewModel model() {
        return model;
    }

    public MatcherTesterViewModel tester() {
        return tester;
    }

    /** Adds the stylesheet to a node that shows sections outside this panel. */
    static String stylesheet() {
        return Objects.requireNonNull(HookEditorPanel.class.getResource(CSS)).toExternalForm();
    }

    private String countText() {
        long groups = model.rows().stream().filter(Row::isGroup).count();
        long handlers = model.rows().size() - groups;
        return groups == 0 ? "No hooks yet." : groups + (groups == 1 ? " group, " : " groups, ") + handlers
                + (handlers == 1 ? " handler" : " handlers");
    }

    private static VBox section(String heading, Node... content) {
        Label h = new Label(heading);
        h.getStyleClass().addAll("title-4", "form-section-title");
        VBox box = new VBox(8, h);
        box.getChildren().addAll(content);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static StringConverter<HookEvent> eventNames() {
        return new StringConverter<>() {
            @Override
            public String toString(HookEvent e) {
                return e == null ? "" : e.tomlName();
            }

            @Override
            public HookEvent fromString(String s) {
                return HookEvent.fromTomlName(s).orElse(null);
            }
        };
    }

    private void updateNewMatcher() {
        HookEvent e = newEvent.getValue();
        boolean ignored = e != null && e.ignoresMatcher();
        newMatcher.setDisable(ignored);
        newMatcher.setPromptText(e == null ? "" : ignored ? e.tomlName() + " ignores matchers"
                : "Optional; tested against the " + e.matcherTarget().label());
    }

    private void addHook() {
        edit(() -> model.addHook(newEvent.getValue(), newMatcher.getText(), newType.getValue(), newCommand.getText(),
                newTool.getText()));
        if (model.statusProperty().get().isEmpty()) {
            newMatcher.clear();
            newCommand.clear();
            newTool.clear();
        }
    }

    /** Runs a form edit without letting the caret or the list feed back into the selection. */
    private void edit(java.util.function.BooleanSupplier e) {
        updating = true;
        try {
            e.getAsBoolean();
        } finally {
            updating = false;
        }
        update();
    }

    private void commit(TextField field, java.util.function.Predicate<String> apply) {
        field.setOnAction(e -> edit(() -> apply.test(field.getText())));
        field.focusedProperty().addListener((o, a, b) -> {
            if (!b && !updating) {
                edit(() -> apply.test(field.getText()));
            }
        });
    }

    private void commitCommand() {
        if (updating || model.handler().isEmpty() || !(model.handler().get() instanceof HookHandler.Command c)
                || c.command().equals(command.getText())) {
            return;
        }
        edit(() -> model.setField("command", command.getText()));
    }

    private void showLine(int line) {
        if (source == null || line <= 0) {
            return;
        }
        updating = true;
        try {
            int para = Math.min(line - 1, source.area().getParagraphs().size() - 1);
            source.area().moveTo(para, 0);
            source.area().showParagraphAtCenter(para);
        } finally {
            updating = false;
        }
    }

    /** Shows the model's state in every field. */
    private void update() {
        boolean was = updating;
        updating = true;
        try {
            HookEditorViewModel.Selection sel = model.selectionProperty().get();
            Row row = sel == null ? null : model.rows().stream().filter(r -> r.selection().equals(sel)).findFirst()
                    .orElse(null);
            if (row != list.getSelectionModel().getSelectedItem()) {
                if (row == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(row);
                    list.scrollTo(row);
                }
            }
            remove.setDisable(sel == null);
            move.setDisable(sel == null || sel.handler() < 0 || model.handler().map(h -> !(h instanceof HookHandler.Command
                    || h instanceof HookHandler.McpTool)).orElse(true));
            location.setText(model.location());
            showHook();
            showTrust();
            showTest();
        } finally {
            updating = was;
        }
    }

    private void showHook() {
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        findings.clear();
        Optional<MatcherGroup> g = model.group();
        Optional<HookEvent> e = model.event();
        boolean has = g.isPresent() && e.isPresent();
        grid.setVisible(has);
        grid.setManaged(has);
        empty.setVisible(!has);
        empty.setManaged(!has);
        handlerFindings.setVisible(false);
        handlerFindings.setManaged(false);
        if (!has) {
            empty.setText(model.failure().isPresent() ? "The form shows the hooks again once the file parses."
                    : "No hook selected. Add one above, or pick one in the list.");
            return;
        }
        HookEvent ev = e.get();
        tester.eventProperty().set(ev);
        event.setText(ev.tomlName() + (LifecycleViewModel.eventCanBlock(ev) ? "  (can block)" : ""));
        FormEditorPane.row(grid, "Event", event, null);
        setText(matcher, g.get().matcher());
        matcher.setDisable(ev.ignoresMatcher());
        matcherTarget.setText(MatcherTesterViewModel.targetText(ev));
        row("Matcher", "matcher", new VBox(3, matcher, matcherTarget));
        Optional<HookHandler> h = model.handler();
        if (h.isEmpty()) {
            return;
        }
        type.setText(h.get().type());
        FormEditorPane.row(grid, "Handler type", type, null);
        if (h.get() instanceof HookHandler.Command c) {
            if (!command.getText().equals(c.command())) {
                command.replaceText(c.command());
            }
            row("Command", "command", command, "Run with $SHELL -lc (falls back to /bin/sh); cwd is the session's.");
            setText(commandWindows, c.commandWindows());
            row("Command on Windows", "commandWindows", commandWindows, "commandWindows: run instead on Windows (%COMSPEC% /C).");
            setText(timeout, c.timeout() == null ? null : Long.toString(c.timeout()));
            timeout.setPromptText(ev.hasShortTimeout() ? "1 (capped at 3)" : "600");
            row("Timeout (s)", "timeout", timeout, "Codex applies " + ev.effectiveTimeout(c.timeout()) + " s"
                    + (ev.hasShortTimeout() ? " (" + ev.tomlName() + ": default 1, at most 3)." : " (default 600, at least 1)."));
            async.setSelected(c.async());
            row("Async", "async", async, ev.runsAsyncSynchronously() ? ev.tomlName() + " runs async hooks synchronously."
                    : "Async hooks cannot block.");
            setText(statusMessage, c.statusMessage());
            row("Status message", "statusMessage", statusMessage, null);
            setText(additionalContextLimit, c.additionalContextLimit() == null ? null : Long.toString(c.additionalContextLimit()));
            additionalContextLimit.setPromptText("2500");
            row("Additional context limit", "additionalContextLimit", additionalContextLimit, ev.supportsAdditionalContext()
                    ? "Tokens of additionalContext before it spills to a file (default 2,500; 0 never spills)."
                    : ev.tomlName() + " cannot emit additionalContext: Codex ignores this.");
        } else if (h.get() instanceof HookHandler.McpTool m) {
            setText(server, m.server());
            row("Server", "server", server, null);
            setText(tool, m.tool());
            row("Tool", "tool", tool, "Called as " + dev.codexstudio.core.hooks.HookMatcher.mcpToolName(m.server(), m.tool()) + ".");
            setText(input, m.input().isEmpty() ? null : inputJson(m));
            row("Input", "input", input, "A JSON object passed to the tool.");
            setText(timeout, m.timeout() == null ? null : Long.toString(m.timeout()));
            row("Timeout (s)", "timeout", timeout, "Codex applies " + ev.effectiveTimeout(m.timeout()) + " s.");
            setText(statusMessage, m.statusMessage());
            row("Status message", "statusMessage", statusMessage, null);
        }
        List<Diagnostic> rest = model.fieldFindings().getOrDefault("handler", List.of());
        if (!rest.isEmpty()) {
            showFindings(handlerFindings, rest);
        }
    }

    private static String inputJson(HookHandler.McpTool m) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(plain(m.input()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            return "";
        }
    }

    private static Object plain(Object v) {
        if (v instanceof HookHandler.McpNumber n) {
            return new java.math.BigDecimal(n.text());
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        return v;
    }

    private static void setText(TextInputControl f, String value) {
        String v = value == null ? "" : value;
        if (!f.getText().equals(v)) {
            f.setText(v);
        }
    }

    private void row(String label, String field, Node node) {
        row(label, field, node, null);
    }

    private void row(String label, String field, Node node, String help) {
        Label finding = findingLabel(field);
        List<Diagnostic> ds = model.fieldFindings().getOrDefault(field, List.of());
        VBox box = new VBox(3, node);
        if (help != null) {
            Label h = new Label(help);
            h.getStyleClass().addAll("text-muted", "form-help");
            h.setWrapText(true);
            box.getChildren().add(h);
        }
        if (!ds.isEmpty()) {
            showFindings(finding, ds);
            box.getChildren().add(finding);
        }
        findings.put(field, finding);
        FormEditorPane.row(grid, label, box, null);
    }

    private static Label findingLabel(String field) {
        Label l = new Label();
        l.setId("finding-" + field);
        l.getStyleClass().add("field-finding");
        l.setWrapText(true);
        return l;
    }

    private static void showFindings(Label l, List<Diagnostic> ds) {
        List<String> lines = new ArrayList<>();
        Severity worst = Severity.INFO;
        for (Diagnostic d : ds) {
            lines.add(d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message()
                    + (d.hint() == null || d.hint().isEmpty() ? "" : " " + d.hint()));
            if (d.severity().compareTo(worst) < 0) {
                worst = d.severity();
            }
        }
        l.setText(String.join("\n", lines));
        l.getStyleClass().removeAll("error", "warning", "info");
        l.getStyleClass().add(worst.name().toLowerCase(java.util.Locale.ROOT));
        l.setVisible(true);
        l.setManaged(true);
    }

    /** The finding shown next to a field (for tests), or "". */
    public String findingText(String field) {
        Label l = findings.get(field);
        return l == null ? "" : l.getText();
    }

    private void showTrust() {
        Optional<HookEditorViewModel.TrustInfo> t = model.trust();
        key.setText(t.map(HookEditorViewModel.TrustInfo::key).orElse(""));
        hash.setText(t.map(HookEditorViewModel.TrustInfo::hash).orElse(""));
        trust.getStyleClass().removeAll("trusted", "untrusted", "modified", "managed");
        if (t.isEmpty()) {
            trust.setText("Select a handler.");
            trustWhy.setText("");
            enabled.setSelected(false);
            enabled.setDisable(true);
            return;
        }
        trust.setText(t.get().status().label() + (t.get().enabled() ? "" : " · disabled"));
        trust.getStyleClass().add(t.get().status().label());
        trustWhy.setText(t.get().explanation());
        enabled.setSelected(t.get().enabled());
        enabled.setDisable(t.get().managed() || t.get().hash().isEmpty());
    }

    private void fillMoveMenu() {
        move.getItems().clear();
        int i = 0;
        for (HookEditorViewModel.MoveTarget t : model.moveTargets()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(t.label());
            item.setMnemonicParsing(false);
            item.setId("move-" + i++);
            item.setOnAction(e -> moveTo(t));
            move.getItems().add(item);
        }
    }

    /** Moves the selected hook to another file after showing the changes of both files. */
    public void moveTo(HookEditorViewModel.MoveTarget target) {
        Optional<HookEditorViewModel.MovePlan> plan = model.planMove(target);
        if (plan.isPresent() && dialogs.confirmSave(target.file(), plan.get().diff())) {
            edit(() -> model.applyMove(plan.get()));
        }
    }

    private void toggleEnabled() {
        boolean want = enabled.isSelected();
        Optional<HookEditorViewModel.Pending> p = model.enabledChange(want);
        if (p.isPresent() && dialogs.confirmSave(p.get().file(), p.get().diff())) {
            edit(() -> model.apply(p.get()));
        } else {
            update();
        }
    }

    private void showTest() {
        MatcherTesterViewModel.Result r = tester.result();
        HookEvent ev = tester.eventProperty().get();
        testTarget.setText(ev == null ? "" : MatcherTesterViewModel.targetText(ev));
        testResult.setText(r.explanation());
        testResult.pseudoClassStateChanged(MATCH, r.matches() && !r.value().isEmpty());
        testResult.pseudoClassStateChanged(NO_MATCH, !r.matches());
        samples.getChildren().clear();
        if (ev == null) {
            return;
        }
        for (String s : MatcherTesterViewModel.samples(ev)) {
            boolean m = MatcherTesterViewModel.test(ev, tester.matcherProperty().get(), s).matches();
            Button b = new Button(s + (m ? "  matches" : "  no match"));
            b.getStyleClass().addAll("matcher-sample", m ? "match" : "no-match");
            b.setId("sample-" + s);
            b.setMnemonicParsing(false);
            b.setOnAction(x -> testValue.setText(s));
            samples.getChildren().add(b);
        }
    }

    private final class RowCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            getStyleClass().removeAll("group-row", "handler-row");
            if (isEmpty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label main = new Label(item.text());
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("text-muted");
            detail.setMinWidth(Region.USE_PREF_SIZE);
            main.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(main, Priority.ALWAYS);
            HBox box = new HBox(8, main, detail);
            box.setAlignment(Pos.CENTER_LEFT);
            if (item.isGroup()) {
                getStyleClass().add("group-row");
                main.getStyleClass().add("hook-group-text");
            } else {
                getStyleClass().add("handler-row");
                main.getStyleClass().add("hook-mono");
                box.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
            }
            setText(null);
            setGraphic(box);
            setPrefWidth(0);
        }
    }

    /** Scrolls to the add-hook form and focuses it (for the header's action). */
    public void focusAdd() {
        Node p = getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            Node content = sp.getContent();
            javafx.geometry.Bounds b = content.sceneToLocal(addSection.localToScene(addSection.getBoundsInLocal()));
            double h = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(h <= 0 ? 0 : Math.max(0, Math.min(1, b.getMinY() / h)));
        }
        newEvent.requestFocus();
    }
}
