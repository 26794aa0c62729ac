package dev.codexstudio.ui.config;

import atlantafx.base.controls.ToggleSwitch;
import dev.codexstudio.core.config.ConfigFields;
import dev.codexstudio.core.config.ConfigOrigins;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.ui.app.Icons;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.EditorTab;
import dev.codexstudio.ui.editors.FormEditorPane;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The configuration form: typed fields for the common settings, each with where its effective value comes from;
 * the known feature flags as toggles; the file's live findings with the core's fixes; profile files (open, new,
 * compare side by side with the base config). Every form edit is a text edit through the document's history, so
 * one undo history covers the form and the text beside it.
 */
public final class ConfigEditor extends BorderPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass SHADOWED = PseudoClass.getPseudoClass("shadowed");

    private final EditorContext context;
    private final ConfigEditorViewModel model;
    private final Function<Path, Optional<EditorTab>> opener;
    private final FormEditorPane pane;
    private final Map<String, FieldView> views = new LinkedHashMap<>();
    private final Label syntax = new Label();
    private final Label notApplied = new Label();
    private final TextField featureFilter = new TextField();
    private final CheckBox featuresSetOnly = new CheckBox("Only those set in this file");
    private final VBox featureList = new VBox(2);
    private final VBox findings = new VBox(6);
    private final VBox profileList = new VBox(4);
    private final HBox newProfileRow = new HBox(8);
    private final TextField newProfileName = new TextField();
    private final CheckBox newProfileFromBase = new CheckBox("Copy the settings of config.toml");
    private final Button newProfileCreate = new Button("Create");
    private final Label newProfileProblem = new Label();
    private final ToggleButton compareToggle = new ToggleButton("Compare with config.toml");
    private final ProfileCompareView compare;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(150));
    private boolean updating;
    private Node formScroll;
    private double[] formDividers = {0.5};

    /** The widgets of one field. */
    private final class FieldView {
        final ConfigFields.Field field;
        final Control control;
        final Label origin = new Label();
        final Label error = new Label();
        final Button clear = new Button();
        boolean typing;

        FieldView(ConfigFields.Field field, Control control) {
            this.field = field;
            this.control = control;
        }
    }

    public ConfigEditor(EditorContext context, Function<Path, Optional<EditorTab>> opener) {
        this.context = context;
        this.opener = opener;
        this.model = new ConfigEditorViewModel(context.studio(), context.document());
        getStylesheets().add(Objects.requireNonNull(
                ConfigEditor.class.getResource("/dev/codexstudio/ui/config.css")).toExternalForm());
        getStyleClass().add("config-editor");
        setId("config-editor");

        pane = new FormEditorPane(context.document().path().getFileName().toString(), context.source());
        pane.title().setText(context.document().path().getFileName().toString());

        syntax.setId("config-syntax");
        syntax.getStyleClass().add("config-syntax");
        syntax.setWrapText(true);
        notApplied.setId("config-not-applied");
        notApplied.getStyleClass().add("config-not-applied");
        notApplied.setWrapText(true);
        VBox banners = new VBox(6, syntax, notApplied);
        pane.form().getChildren().add(banners);

        for (String section : model.fields().sections()) {
            GridPane grid = FormEditorPane.grid();
            for (ConfigFields.Field f : model.fields().fields()) {
                if (f.section().equals(section)) {
                    addField(grid, f);
                }
            }
            pane.section(section, grid);
        }

        featureFilter.setPromptText("Filter feature flags");
        featureFilter.setId("feature-filter");
        HBox.setHgrow(featureFilter, Priority.ALWAYS);
        featuresSetOnly.setId("features-set-only");
        HBox featureBar = new HBox(10, featureFilter, featuresSetOnly);
        featureBar.setAlignment(Pos.CENTER_LEFT);
        featureList.setId("feature-list");
        featureList.getStyleClass().add("feature-list");
        ScrollPane featureScroll = new ScrollPane(featureList);
        featureScroll.setFitToWidth(true);
        featureScroll.setPrefViewportHeight(230);
        featureScroll.getStyleClass().add("feature-scroll");
        pane.section("Features", featureBar, featureScroll, FormEditorPane.note("Flags Codex 0.169 knows, with their "
                + "stage and default. A switch shows the value Codex uses; switching it writes the key into this file, "
                + "the × removes it again."));
        featureFilter.textProperty().addListener((o, a, b) -> refreshFeatures());
        featuresSetOnly.selectedProperty().addListener((o, a, b) -> refreshFeatures());

        findings.setId("config-findings");
        pane.section("Findings", findings);

        LayerKind kind = model.layerKind();
        if (kind == LayerKind.USER || kind == LayerKind.PROFILE) {
            buildProfiles();
        }
        compare = new ProfileCompareView();
        if (model.isProfile()) {
            compareToggle.setId("compare-toggle");
            compareToggle.setMinWidth(Region.USE_PREF_SIZE);
            compareToggle.setGraphic(Icons.of(Feather.COLUMNS));
            compareToggle.setTooltip(new Tooltip("Keys of config.toml and this profile side by side, with the value "
                    + "Codex uses with --profile " + model.profileName().orElse("")));
            compareToggle.selectedProperty().addListener((o, a, on) -> showCompare(on));
            pane.actions().getChildren().add(compareToggle);
        }

        context.addExtensions(pane);
        setCenter(pane);
        formScroll = pane.split().getItems().get(0);

        // Undo and redo in the form's text fields go to the document's history (shared with the text beside it).
        pane.form().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)
                    || new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)) {
                context.document().undoManager().redo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                context.document().undoManager().undo();
                e.consume();
            }
        });

        debounce.setOnFinished(e -> refresh());
        context.document().textProperty().addListener((o, a, b) -> debounce.playFromStart());
        context.studio().stackProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ConfigEditorViewModel model() {
        return model;
    }

    /** Shows the side-by-side comparison with the base config instead of the form (profile files only). */
    public void showCompare(boolean on) {
        if (!model.isProfile()) {
            return;
        }
        if (compareToggle.isSelected() != on) {
            compareToggle.setSelected(on); // the listener comes back here
            return;
        }
        if (on) {
            compare.show(model.profileName().orElse(""), model.comparison());
        }
        if (on) {
            formDividers = pane.split().getDividerPositions();
        }
        pane.split().getItems().set(0, on ? compare : formScroll);
        // the table needs the room: give it most of the width, and the form its own width back
        pane.split().setDividerPositions(on ? new double[] {Math.max(0.68, formDividers[0])} : formDividers);
    }

    /** Whether the comparison is shown. */
    public boolean comparing() {
        return compareToggle.isSelected();
    }

    // ---- fields

    private static String idOf(ConfigFields.Field f) {
        return String.join("-", f.path());
    }

    private void addField(GridPane grid, ConfigFields.Field f) {
        Control control = switch (f.type()) {
            case TEXT, INTEGER, STRING_LIST -> new TextField();
            case SUGGEST -> {
                ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(f.values()));
                c.setEditable(true);
                yield c;
            }
            case CHOICE -> {
                List<String> items = new ArrayList<>();
                items.add("");
                items.addAll(f.values());
                ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(items));
                c.setCellFactory(l -> new ChoiceCell());
                c.setButtonCell(new ChoiceCell());
                yield c;
            }
            case BOOLEAN -> new ToggleSwitch();
        };
        FieldView v = new FieldView(f, control);
        views.put(f.key(), v);
        String id = idOf(f);
        control.setId("field-" + id);
        control.getStyleClass().add("config-field");
        if (control instanceof ToggleSwitch ts) {
            ts.setLabelPosition(javafx.geometry.HorizontalDirection.RIGHT);
        } else {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        control.setTooltip(new Tooltip(f.key() + ": " + f.help()));
        v.origin.setId("origin-" + id);
        v.origin.getStyleClass().addAll("text-muted", "config-origin");
        v.origin.setWrapText(true);
        v.error.setId("error-" + id);
        v.error.getStyleClass().add("config-error");
        v.error.setWrapText(true);
        v.error.setManaged(false);
        v.error.setVisible(false);
        v.clear.setId("clear-" + id);
        v.clear.setGraphic(Icons.of(Feather.X));
        v.clear.getStyleClass().addAll("flat", "config-clear");
        v.clear.setTooltip(new Tooltip("Remove " + f.key() + " from this file"));
        v.clear.setOnAction(e -> {
            v.typing = false;
            show(v, model.commit(f, ""));
        });
        HBox line = new HBox(4, control, v.clear);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(control, Priority.ALWAYS);
        if (control instanceof ToggleSwitch) {
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            line.getChildren().setAll(control, grow, v.clear);
        }
        VBox box = new VBox(3, line, v.error, v.origin);
        FormEditorPane.row(grid, f.label(), box, null);
        Node label = grid.getChildren().get(grid.getChildren().size() - 2);
        if (label instanceof Label l) {
            l.setTooltip(new Tooltip(f.key() + ": " + f.help()));
            GridPane.setValignment(l, javafx.geometry.VPos.TOP);
            l.getStyleClass().add("config-label");
        }

        if (control instanceof TextField tf) {
            tf.setPromptText(f.defaultText().isEmpty() ? "not set" : "not set (default " + f.defaultText() + ")");
            tf.textProperty().addListener((o, a, b) -> {
                if (!updating) {
                    v.typing = true;
                    check(v, b);
                }
            });
            tf.setOnAction(e -> commit(v, tf.getText()));
            tf.focusedProperty().addListener((o, was, now) -> {
                if (!now && v.typing) {
                    commit(v, tf.getText());
                }
            });
        } else if (control instanceof ComboBox<?> raw) {
            @SuppressWarnings("unchecked")
            ComboBox<String> c = (ComboBox<String>) raw;
            c.setPromptText("not set");
            if (c.isEditable()) {
                c.getEditor().textProperty().addListener((o, a, b) -> {
                    if (!updating) {
                        v.typing = true;
                        check(v, b);
                    }
                });
                c.getEditor().focusedProperty().addListener((o, was, now) -> {
                    if (!now && v.typing) {
                        commit(v, c.getEditor().getText());
                    }
                });
            }
            c.setOnAction(e -> {
                if (!updating) {
                    commit(v, c.getValue() == null ? "" : c.getValue());
                }
            });
        } else if (control instanceof ToggleSwitch ts) {
            ts.selectedProperty().addListener((o, a, on) -> {
                if (!updating) {
                    commit(v, String.valueOf(on));
                }
            });
        }
    }

    private void check(FieldView v, String input) {
        Optional<String> problem = model.check(v.field, input);
        showError(v, problem);
    }

    private void commit(FieldView v, String input) {
        v.typing = false;
        show(v, model.commit(v.field, input));
    }

    private void show(FieldView v, Optional<String> problem) {
        showError(v, problem);
        if (problem.isEmpty()) {
            debounce.stop();
            refresh();
        }
    }

    private void showError(FieldView v, Optional<String> problem) {
        v.error.setText(problem.orElse(""));
        v.error.setVisible(problem.isPresent());
        v.error.setManaged(problem.isPresent());
        v.control.pseudoClassStateChanged(INVALID, problem.isPresent());
    }

    // ---- refresh

    private void refresh() {
        updating = true;
        try {
            pane.subtitle().setText(model.subtitle());
            Optional<String> syntaxProblem = model.syntaxProblem();
            syntax.setText(syntaxProblem.map(s -> "The form is read-only: " + s).orElse(""));
            syntax.setVisible(syntaxProblem.isPresent());
            syntax.setManaged(syntaxProblem.isPresent());
            Optional<String> off = model.notApplied();
            if (off.isEmpty() && model.isProfile() && !model.loadFailures().isEmpty()) {
                off = Optional.of("codex --profile " + model.profileName().orElse("") + " fails to start: "
                        + String.join(" ", model.loadFailures()));
            }
            notApplied.setText(off.map(r -> r.startsWith("codex --profile") ? r : "Codex does not apply this file: " + r)
                    .orElse(""));
            notApplied.setVisible(off.isPresent());
            notApplied.setManaged(off.isPresent());
            for (FieldView v : views.values()) {
                refreshField(v, syntaxProblem.isPresent());
            }
        } finally {
            updating = false;
        }
        refreshFeatures();
        refreshFindings();
        refreshProfiles();
        if (compareToggle.isSelected()) {
            compare.show(model.profileName().orElse(""), model.comparison());
        }
    }

    private void refreshField(FieldView v, boolean readOnly) {
        ConfigFields.Field f = v.field;
        boolean editable = !readOnly && model.editableInForm(f);
        v.control.setDisable(!editable);
        String here = model.text(f);
        Optional<ConfigOrigins.Standing> standing = model.standing(f.path());
        boolean setHere = standing.map(s -> s.here().isPresent()).orElse(!here.isEmpty());
        v.clear.setVisible(setHere && editable);
        if (!v.typing) {
            showError(v, Optional.empty());
            if (v.control instanceof TextField tf) {
                tf.setText(here);
            } else if (v.control instanceof ComboBox<?> raw) {
                @SuppressWarnings("unchecked")
                ComboBox<String> c = (ComboBox<String>) raw;
                c.setValue(here);
                if (c.isEditable()) {
                    c.getEditor().setText(here);
                }
            }
        }
        if (v.control instanceof ToggleSwitch ts) {
            boolean on = standing.flatMap(ConfigOrigins.Standing::effective).filter(Boolean.class::isInstance)
                    .map(Boolean.class::cast).orElse(Boolean.parseBoolean(f.defaultText()));
            if (setHere) {
                on = Boolean.parseBoolean(here);
            }
            ts.setSelected(on);
            ts.setText(setHere ? (on ? "on (set here)" : "off (set here)") : (on ? "on" : "off"));
        }
        String sentence = standing.map(ConfigOrigins.Standing::sentence).orElse("Open a project to see the layers.");
        if (!f.defaultText().isEmpty() && sentence.startsWith("Not set in any layer")) {
            sentence = "Not set in any layer: Codex's default " + f.defaultText() + " applies.";
        }
        v.origin.setText(sentence);
        v.origin.pseudoClassStateChanged(SHADOWED, standing.map(ConfigOrigins.Standing::hereIsShadowed).orElse(false));
    }

    private void refreshFeatures() {
        featureList.getChildren().clear();
        boolean readOnly = model.parsed().isEmpty();
        List<ConfigEditorViewModel.FeatureRow> rows = model.features(featureFilter.getText());
        for (ConfigEditorViewModel.FeatureRow r : rows) {
            if (featuresSetOnly.isSelected() && r.here().isEmpty()) {
                continue;
            }
            ToggleSwitch toggle = new ToggleSwitch();
            toggle.setId("feature-" + r.key());
            toggle.setSelected(r.here().orElse(r.effective()));
            toggle.setDisable(readOnly);
            toggle.selectedProperty().addListener((o, a, on) -> {
                model.setFeature(r.key(), on);
                debounce.stop();
                refresh();
            });
            Label name = new Label(r.key());
            name.getStyleClass().add("feature-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label stage = new Label(r.stage().replace('-', ' '));
            stage.getStyleClass().addAll("feature-stage", "stage-" + r.stage().replace(' ', '-'));
            stage.setMinWidth(Region.USE_PREF_SIZE);
            Label def = new Label((r.defaultOn() ? "on" : "off") + " by default"
                    + (r.here().isPresent() ? " · set here" : ""));
            def.getStyleClass().addAll("text-muted", "feature-default");
            def.setMinWidth(Region.USE_PREF_SIZE);
            HBox meta = new HBox(6, stage, def);
            meta.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(1, name, meta);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Button clear = new Button();
            clear.setId("clear-feature-" + r.key());
            clear.setGraphic(Icons.of(Feather.X));
            clear.getStyleClass().addAll("flat", "config-clear");
            clear.setTooltip(new Tooltip("Remove features." + r.key() + " from this file"));
            clear.setVisible(r.here().isPresent() && !readOnly);
            clear.setOnAction(e -> {
                model.setFeature(r.key(), null);
                debounce.stop();
                refresh();
            });
            HBox row = new HBox(8, toggle, text, grow, clear);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("feature-row");
            if (r.here().isPresent()) {
                row.getStyleClass().add("set-here");
            }
            Tooltip.install(row, new Tooltip(r.standing()));
            featureList.getChildren().add(row);
        }
        if (featureList.getChildren().isEmpty()) {
            featureList.getChildren().add(FormEditorPane.note(featuresSetOnly.isSelected()
                    ? "This file sets no feature flag" + (featureFilter.getText().isBlank() ? "." : " matching the filter.")
                    : "No feature flag matches the filter."));
        }
    }

    private void refreshFindings() {
        findings.getChildren().clear();
        List<Diagnostic> ds = model.findings();
        if (ds.isEmpty()) {
            findings.getChildren().add(FormEditorPane.note("No findings: Codex 0.169 reads this file as it is."));
            return;
        }
        int i = 0;
        for (Diagnostic d : ds) {
            Node icon = Icons.of(Icons.forSeverity(d.severity()));
            icon.getStyleClass().add(Icons.styleFor(d.severity()));
            Label msg = new Label("Line " + d.position().line() + ": " + d.message());
            msg.setWrapText(true);
            msg.getStyleClass().add("finding-message");
            VBox text = new VBox(2, msg);
            if (d.hint() != null && !d.hint().isEmpty()) {
                Label hint = new Label(d.hint());
                hint.setWrapText(true);
                hint.getStyleClass().addAll("text-muted", "finding-hint");
                text.getChildren().add(hint);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, icon, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("finding-row");
            if (d.fix() != null) {
                Button fix = new Button(d.fix().title());
                fix.setId("config-fix-" + i);
                fix.getStyleClass().add("small");
                fix.setMinWidth(Region.USE_PREF_SIZE);
                fix.setOnAction(e -> {
                    model.applyFix(d);
                    debounce.stop();
                    refresh();
                });
                row.getChildren().add(fix);
            }
            Button go = new Button();
            go.setGraphic(Icons.of(Feather.CORNER_DOWN_RIGHT));
            go.getStyleClass().addAll("flat", "small");
            go.setTooltip(new Tooltip("Show line " + d.position().line() + " in the text"));
            go.setOnAction(e -> context.source().goTo(d.position().line(), d.position().column()));
            row.getChildren().add(go);
            findings.getChildren().add(row);
            i++;
        }
    }

    // ---- profiles

    private void buildProfiles() {
        profileList.setId("profile-list");
        newProfileName.setId("new-profile-name");
        newProfileName.setPromptText("name, e.g. work");
        newProfileName.setPrefColumnCount(14);
        newProfileFromBase.setId("new-profile-from-base");
        newProfileFromBase.setSelected(true);
        newProfileCreate.setId("new-profile-create");
        newProfileCreate.getStyleClass().add("accent");
        newProfileProblem.setId("new-profile-problem");
        newProfileProblem.getStyleClass().add("config-error");
        newProfileProblem.setWrapText(true);
        newProfileName.textProperty().addListener((o, a, b) -> checkNewProfile());
        newProfileName.setOnAction(e -> createProfile());
        newProfileCreate.setOnAction(e -> createProfile());
        newProfileRow.getChildren().addAll(newProfileName, newProfileFromBase, newProfileCreate);
        newProfileRow.setAlignment(Pos.CENTER_LEFT);
        newProfileRow.setId("new-profile-row");
        VBox creation = new VBox(4, newProfileRow, newProfileProblem);
        creation.setVisible(false);
        creation.setManaged(false);
        Button newProfile = new Button("New profile…");
        newProfile.setId("new-profile");
        newProfile.setGraphic(Icons.of(Feather.PLUS));
        newProfile.setOnAction(e -> {
            creation.setVisible(true);
            creation.setManaged(true);
            newProfileName.requestFocus();
            checkNewProfile();
        });
        pane.section("Profiles", profileList, newProfile, creation, FormEditorPane.note(
                "codex --profile NAME (or -p NAME) layers ~/.codex/NAME.config.toml over config.toml; project "
                        + ".codex/config.toml layers still win over it. Legacy [profiles.NAME] tables and profile = "
                        + "\"NAME\" are no longer applied."));
        checkNewProfile();
    }

    private void checkNewProfile() {
        Optional<String> problem = model.profileNameProblem(newProfileName.getText());
        boolean blank = newProfileName.getText() == null || newProfileName.getText().isBlank();
        newProfileProblem.setText(blank ? "" : problem.orElse("Creates " + model.codexHome().resolve(
                newProfileName.getText().strip() + ".config.toml")));
        newProfileProblem.pseudoClassStateChanged(INVALID, problem.isPresent() && !blank);
        newProfileCreate.setDisable(problem.isPresent());
    }

    private void createProfile() {
        if (model.profileNameProblem(newProfileName.getText()).isPresent()) {
            checkNewProfile();
            return;
        }
        try {
            Path created = model.createProfile(newProfileName.getText(), newProfileFromBase.isSelected());
            newProfileName.clear();
            refreshProfiles();
            opener.apply(created);
        } catch (FileAlreadyExistsException e) {
            newProfileProblem.setText(e.getFile() + " already exists; it was not changed.");
        } catch (IOException | IllegalArgumentException e) {
            newProfileProblem.setText("Could not create the profile: " + e.getMessage());
        }
    }

    private void refreshProfiles() {
        if (profileList.getId() == null) {
            return;
        }
        profileList.getChildren().clear();
        List<Path> profiles = model.profiles();
        if (profiles.isEmpty()) {
            profileList.getChildren().add(FormEditorPane.note("No profile files in " + model.codexHome() + "."));
        }
        for (Path p : profiles) {
            String name = dev.codexstudio.core.config.ProfileFiles.name(p).orElse("");
            boolean self = p.equals(model.file());
            Label label = new Label(name + (self ? "  (this file)" : ""));
            label.getStyleClass().add("profile-name");
            Label path = new Label(p.getFileName().toString());
            path.getStyleClass().addAll("text-muted", "profile-path");
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox row = new HBox(8, label, path, grow);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("profile-row");
            if (!self) {
                Button open = new Button("Open");
                open.setId("open-profile-" + name);
                open.getStyleClass().add("small");
                open.setOnAction(e -> opener.apply(p));
                row.getChildren().add(open);
            }
            Button cmp = new Button("Compare");
            cmp.setId("compare-profile-" + name);
            cmp.getStyleClass().add("small");
            cmp.setOnAction(e -> opener.apply(p).ifPresent(t -> {
                if (t.getContent() != null && t.getContent().lookup("#config-editor") instanceof ConfigEditor ce) {
                    ce.showCompare(true);
                }
            }));
            row.getChildren().add(cmp);
            profileList.getChildren().add(row);
        }
    }

    /** Shows "(not set)" for the empty choice. */
    private static final class ChoiceCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else {
                setText(item.isEmpty() ? "(not set)" : item);
            }
        }
    }
}
