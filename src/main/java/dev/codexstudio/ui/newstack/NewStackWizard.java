package dev.codexstudio.ui.newstack;

import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import dev.codexstudio.core.newstack.NewStackSpec.ProfilePreset;
import dev.codexstudio.core.newstack.NewStackSpec.SkillChoice;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.export.ExportReviewPane;
import dev.codexstudio.ui.newstack.NewStackChoices.LanguagePreset;
import dev.codexstudio.ui.newstack.NewStackChoices.Template;
import dev.codexstudio.ui.newstack.NewStackWizardViewModel.Page;
import dev.codexstudio.ui.newstack.NewStackWizardViewModel.PresetRow;
import dev.codexstudio.ui.newstack.NewStackWizardViewModel.SkillRow;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The New Stack wizard: the steps on the left, the current page in the middle and Back / Next / Finish below,
 * with the reason when Next is disabled. The last page is the shared {@link ExportReviewPane}; Finish writes the
 * files and then offers to open the new repository.
 */
public final class NewStackWizard extends BorderPane {

    private final NewStackWizardViewModel model;
    private final Dialogs dialogs;
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, Label> steps = new EnumMap<>(Page.class);
    private final StackPane body = new StackPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final TextArea hookPreview = preview("newstack-hook-preview");
    private final TextArea profilePreview = preview("newstack-profile-preview");

    /**
     * @param openRepository opens the exported repository in the studio (the button shown after Finish)
     * @param close          closes the wizard's window
     */
    public NewStackWizard(NewStackWizardViewModel model, Dialogs dialogs, Function<Path, Boolean> openRepository,
            Runnable close) {
        this.model = model;
        this.dialogs = dialogs;
        setId("new-stack-wizard");
        getStyleClass().add("newstack-wizard");
        getStylesheets().add(NewStackWizard.class.getResource(ExportReviewPane.STYLESHEET).toExternalForm());

        VBox stepBox = new VBox(2);
        stepBox.getStyleClass().add("newstack-steps");
        stepBox.setPadding(new Insets(14, 0, 14, 0));
        stepBox.setPrefWidth(232);
        stepBox.setMinWidth(Region.USE_PREF_SIZE);
        for (Page p : Page.values()) {
            Label l = new Label((p.ordinal() + 1) + "  " + p.title());
            l.setId("wizard-step-" + p.name().toLowerCase(java.util.Locale.ROOT));
            l.getStyleClass().add("newstack-step");
            l.setMaxWidth(Double.MAX_VALUE);
            steps.put(p, l);
            stepBox.getChildren().add(l);
        }
        setLeft(stepBox);

        title.getStyleClass().add("newstack-title");
        title.setId("wizard-title");
        subtitle.getStyleClass().add("newstack-subtitle");
        VBox head = new VBox(2, title, subtitle);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox center = new VBox(12, head, body);
        center.setPadding(new Insets(16, 18, 8, 18));
        setCenter(center);

        pages.put(Page.TEMPLATE, templatePage());
        pages.put(Page.PROJECT, projectPage());
        pages.put(Page.SKILLS, skillsPage());
        pages.put(Page.HOOKS, hooksPage());
        pages.put(Page.PROFILES, profilesPage());
        ExportReviewPane review = new ExportReviewPane(model.review(), dialogs);
        pages.put(Page.REVIEW, review);

        Label problem = new Label();
        problem.setId("wizard-problem");
        problem.getStyleClass().add("newstack-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String status = model.review().statusProperty().get();
            if (model.isLast() && model.review().resultProperty().get() != null) {
                return status;
            }
            return model.problemProperty().get();
        }, model.problemProperty(), model.pageProperty(), model.review().statusProperty(), model.review().resultProperty()));
        model.review().resultProperty().addListener((o, a, r) -> {
            problem.getStyleClass().remove("newstack-ok");
            if (r != null && r.isSuccess()) {
                problem.getStyleClass().add("newstack-ok");
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("wizard-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        cancel.textProperty().bind(Bindings.createStringBinding(() -> model.review().resultProperty().get() != null
                && model.review().resultProperty().get().isSuccess() ? "Close" : "Cancel", model.review().resultProperty()));
        Button back = new Button("Back");
        back.setId("wizard-back");
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> model.pageProperty().get() == Page.TEMPLATE
                || model.review().resultProperty().get() != null, model.pageProperty(), model.review().resultProperty()));
        back.setOnAction(e -> model.back());
        Button next = new Button("Next");
        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canNextProperty().not());
        next.setOnAction(e -> model.next());
        Button finish = new Button("Finish");
        finish.setId("wizard-finish");
        finish.disableProperty().bind(model.canNextProperty().not());
        finish.setOnAction(e -> model.review().write());
        Button open = new Button("Open the new repository");
        open.setId("wizard-open-repo");
        open.setOnAction(e -> {
            Path target = model.review().targetProperty().get();
            if (target != null && openRepository.apply(target)) {
                close.run();
            }
        });
        open.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.review().resultProperty().get() != null
                && model.review().resultProperty().get().isSuccess(), model.review().resultProperty()));
        open.managedProperty().bind(open.visibleProperty());
        HBox.setHgrow(problem, Priority.SOMETIMES);
        HBox buttons = new HBox(10, problem, spacer, cancel, back, next, finish, open);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("newstack-buttons");
        buttons.setPadding(new Insets(10, 18, 12, 18));
        setBottom(buttons);

        model.pageProperty().addListener((o, a, p) -> show(p, next, finish));
        show(model.pageProperty().get(), next, finish);
    }

    private void show(Page p, Button next, Button finish) {
        title.setText(p.title());
        subtitle.setText(p.subtitle());
        body.getChildren().setAll(pages.get(p));
        for (Page s : Page.values()) {
            Label l = steps.get(s);
            l.getStyleClass().removeAll("newstack-step-current", "newstack-step-done");
            if (s == p) {
                l.getStyleClass().add("newstack-step-current");
            } else if (s.ordinal() < p.ordinal()) {
                l.getStyleClass().add("newstack-step-done");
            }
        }
        boolean last = p == Page.REVIEW;
        next.setVisible(!last);
        next.setManaged(!last);
        finish.setVisible(last);
        finish.setManaged(last);
        finish.setDefaultButton(last);
        next.setDefaultButton(!last);
        if (p == Page.HOOKS) {
            hookPreview.setText(model.hooks().isEmpty() ? "" : model.hookPreview(model.hooks().get(0).offer().preset()));
        }
        if (p == Page.PROFILES) {
            profilePreview.setText(model.profiles().isEmpty() ? ""
                    : model.profilePreview(model.profiles().get(0).offer().preset()));
        }
    }

    private Node templatePage() {
        ToggleGroup group = new ToggleGroup();
        VBox list = new VBox(8);
        for (Template t : model.templates()) {
            RadioButton r = new RadioButton(t.title());
            r.setId("template-" + t.sample().orElse("empty"));
            r.getStyleClass().add("newstack-option-title");
            r.setToggleGroup(group);
            r.setUserData(t);
            r.setSelected(t.equals(model.templateProperty().get()));
            Label teaches = new Label(t.teaches());
            teaches.setWrapText(true);
            teaches.getStyleClass().add("newstack-subtitle");
            teaches.setMinHeight(Region.USE_PREF_SIZE);
            VBox card = new VBox(3, r, teaches);
            card.getStyleClass().add("newstack-option");
            card.setOnMouseClicked(e -> r.setSelected(true));
            list.getChildren().add(card);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> model.templateProperty().set(t == null ? null
                : (Template) t.getUserData()));
        return scroll(list);
    }

    private Node projectPage() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        TextField name = field("newstack-name", model.projectNameProperty(), "e.g. payments-service");
        ComboBox<LanguagePreset> preset = new ComboBox<>(model.languages());
        preset.setId("newstack-language-preset");
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(LanguagePreset l) {
                return l == null ? "" : l.name();
            }

            @Override
            public LanguagePreset fromString(String s) {
                return null;
            }
        });
        preset.valueProperty().bindBidirectional(model.languageProperty());
        int row = 0;
        g.addRow(row++, new Label("Project name"), name);
        g.addRow(row++, new Label("Language preset"), preset);
        Label fills = new Label("The preset fills in the fields below; change any of them. They are written into AGENTS.md.");
        fills.getStyleClass().add("newstack-subtitle");
        fills.setWrapText(true);
        g.add(fills, 1, row++);
        g.addRow(row++, new Label("Language"), field("newstack-language", model.languageNameProperty(), "e.g. Java 17"));
        g.addRow(row++, new Label("Code style"), field("newstack-style", model.styleProperty(), "e.g. Google Java Style"));
        g.addRow(row++, new Label("Test naming"), field("newstack-test-naming", model.testNamingProperty(),
                "e.g. methodName_condition_expectedResult"));
        g.addRow(row++, new Label("Test command"), field("newstack-test-command", model.testCommandProperty(),
                "e.g. mvn -q test"));
        javafx.scene.layout.ColumnConstraints c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setMaxWidth(620);
        g.getColumnConstraints().setAll(c0, c1);
        return scroll(g);
    }

    private Node skillsPage() {
        VBox list = new VBox(8);
        Runnable rebuild = () -> list.getChildren().setAll(model.skills().stream().map(this::skillRow).toList());
        model.skills().addListener((ListChangeListener<SkillRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved();
            }
            if (structural) {
                rebuild.run();
            }
        });
        rebuild.run();
        Button fromRepo = new Button("Add skills from another repository…");
        fromRepo.setId("newstack-add-repo-skills");
        fromRepo.setOnAction(e -> dialogs.chooseDirectory("A repository with skills", null).ifPresent(model::addRepositorySkills));
        Label note = new Label();
        note.setId("newstack-skills-note");
        note.getStyleClass().add("newstack-subtitle");
        note.textProperty().bind(model.skillsNoteProperty());
        Label intro = new Label("Built-in templates, your own skills from ~/.agents/skills, and skills of another repository. "
                + "Ticked skills are written to .agents/skills/<name>/SKILL.md.");
        intro.setWrapText(true);
        intro.getStyleClass().add("newstack-subtitle");
        HBox actions = new HBox(10, fromRepo, note);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(10, intro, actions, scroll(list));
        VBox.setVgrow(page.getChildren().get(2), Priority.ALWAYS);
        return page;
    }

    private Node skillRow(SkillRow r) {
        SkillChoice c = r.offer().choice();
        CheckBox include = new CheckBox();
        include.setId("skill-" + c.source().name().toLowerCase(java.util.Locale.ROOT) + "-" + c.name());
        include.selectedProperty().bindBidirectional(r.includedProperty());
        TextField name = new TextField();
        name.setId("skill-name-" + c.source().name().toLowerCase(java.util.Locale.ROOT) + "-" + c.name());
        name.textProperty().bindBidirectional(r.nameProperty());
        name.setPrefColumnCount(18);
        String from = switch (c.source()) {
            case TEMPLATE -> "template";
            case USER -> "from ~/.agents/skills";
            case REPOSITORY -> "from " + c.folder().map(Path::toString).orElse("another repository");
        };
        Label source = new Label(from);
        source.getStyleClass().add("newstack-subtitle");
        HBox top = new HBox(8, include, name, source);
        top.setAlignment(Pos.CENTER_LEFT);
        Label description = new Label(r.offer().description());
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(4, top, description);
        card.getStyleClass().add("newstack-option");
        return card;
    }

    private Node hooksPage() {
        VBox list = new VBox(8);
        for (PresetRow<HookPreset> r : model.hooks()) {
            list.getChildren().add(presetCard("hook-" + r.offer().preset().name().toLowerCase(java.util.Locale.ROOT), r,
                    () -> hookPreview.setText(model.hookPreview(r.offer().preset())), "Preview script"));
        }
        return split(list, "The script", hookPreview);
    }

    private Node profilesPage() {
        VBox list = new VBox(8);
        for (PresetRow<ProfilePreset> r : model.profiles()) {
            list.getChildren().add(presetCard("profile-" + r.offer().preset().name().toLowerCase(java.util.Locale.ROOT), r,
                    () -> profilePreview.setText(model.profilePreview(r.offer().preset())), "Preview file"));
        }
        Label where = new Label("Profiles are personal: they go in each developer's Codex home, not in the repository. "
                + "The review page can write them into a Codex home folder.");
        where.setWrapText(true);
        where.getStyleClass().add("newstack-subtitle");
        list.getChildren().add(0, where);
        return split(list, "The file", profilePreview);
    }

    private <P> Node presetCard(String id, PresetRow<P> r, Runnable preview, String previewText) {
        CheckBox include = new CheckBox(r.offer().title());
        include.setId(id);
        include.getStyleClass().add("newstack-option-title");
        include.selectedProperty().bindBidirectional(r.includedProperty());
        Button show = new Button(previewText);
        show.setId(id + "-preview");
        show.getStyleClass().add("flat");
        show.setOnAction(e -> preview.run());
        show.setMinWidth(Region.USE_PREF_SIZE);
        include.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, include, spacer, show);
        top.setAlignment(Pos.CENTER_LEFT);
        Label detail = new Label(r.offer().detail());
        detail.getStyleClass().addAll("newstack-subtitle", "export-path");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        Label description = new Label(r.offer().description());
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(3, top, detail, description);
        card.getStyleClass().add("newstack-option");
        return card;
    }

    private Node split(VBox list, String previewTitle, TextArea preview) {
        Label t = new Label(previewTitle);
        t.getStyleClass().add("newstack-option-title");
        VBox right = new VBox(6, t, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 10));
        SplitPane s = new SplitPane(scroll(list), right);
        s.setDividerPositions(0.5);
        return s;
    }

    private static TextArea preview(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.getStyleClass().add("newstack-preview");
        return a;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        f.setMaxWidth(Double.MAX_VALUE);
        return f;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add("edge-to-edge");
        if (content instanceof Region r) {
            r.setPadding(new Insets(2, 10, 2, 2));
        }
        return s;
    }

}
