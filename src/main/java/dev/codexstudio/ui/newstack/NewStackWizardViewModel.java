package dev.codexstudio.ui.newstack;

import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.core.newstack.NewStackSpec;
import dev.codexstudio.core.newstack.NewStackSpec.Conventions;
import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import dev.codexstudio.core.newstack.NewStackSpec.ProfilePreset;
import dev.codexstudio.core.newstack.NewStackSpec.SkillChoice;
import dev.codexstudio.core.skills.SkillFolders;
import dev.codexstudio.ui.export.ExportReviewViewModel;
import dev.codexstudio.ui.newstack.NewStackChoices.LanguagePreset;
import dev.codexstudio.ui.newstack.NewStackChoices.PresetOffer;
import dev.codexstudio.ui.newstack.NewStackChoices.SkillOffer;
import dev.codexstudio.ui.newstack.NewStackChoices.Template;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the New Stack wizard: the answers of every page, live validation (why Next is disabled), the
 * {@link NewStackSpec} they make, and the review page, which is the same {@link ExportReviewViewModel} the
 * Export dialog uses. The files come from {@link NewStackChoices#build}; nothing is generated here.
 */
public final class NewStackWizardViewModel {

    /** The wizard's pages, in order. */
    public enum Page {
        TEMPLATE("Template", "Start from a sample stack or from nothing"),
        PROJECT("Project & conventions", "What AGENTS.md tells Codex about your project"),
        SKILLS("Skills", "Reusable instructions Codex loads when a task needs them"),
        HOOKS("Hooks", "Scripts Codex runs at points of its work"),
        PROFILES("Profiles", "Named configurations for codex --profile NAME"),
        REVIEW("Review & export", "The files, where they go, and what writing them does");

        private final String title;
        private final String subtitle;

        Page(String title, String subtitle) {
            this.title = title;
            this.subtitle = subtitle;
        }

        public String title() {
            return title;
        }

        public String subtitle() {
            return subtitle;
        }
    }

    /** One skill on the Skills page: ticked to include it; its name can be changed. */
    public static final class SkillRow {
        private final SkillOffer offer;
        private final StringProperty name;
        private final BooleanProperty included = new SimpleBooleanProperty();

        SkillRow(SkillOffer offer) {
            this.offer = offer;
            this.name = new SimpleStringProperty(offer.choice().name());
        }

        public SkillOffer offer() {
            return offer;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public BooleanProperty includedProperty() {
            return included;
        }

        SkillChoice choice() {
            return new SkillChoice(offer.choice().source(), name.get().strip(), offer.choice().folder());
        }
    }

    /** One hook or profile preset: ticked to include it. */
    public static final class PresetRow<P> {
        private final PresetOffer<P> offer;
        private final BooleanProperty included = new SimpleBooleanProperty();

        PresetRow(PresetOffer<P> offer) {
            this.offer = offer;
        }

        public PresetOffer<P> offer() {
            return offer;
        }

        public BooleanProperty includedProperty() {
            return included;
        }
    }

    private final NewStackChoices choices;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.TEMPLATE);
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>();
    private final StringProperty projectName = new SimpleStringProperty("");
    private final ObservableList<LanguagePreset> languages = FXCollections.observableArrayList();
    private final ObjectProperty<LanguagePreset> language = new SimpleObjectProperty<>();
    private final StringProperty languageName = new SimpleStringProperty("");
    private final StringProperty style = new SimpleStringProperty("");
    private final StringProperty testNaming = new SimpleStringProperty("");
    private final StringProperty testCommand = new SimpleStringProperty("");
    private final ObservableList<SkillRow> skills = FXCollections.observableArrayList(
            r -> new Observable[] {r.nameProperty(), r.includedProperty()});
    private final ObservableList<PresetRow<HookPreset>> hooks = FXCollections.observableArrayList(
            r -> new Observable[] {r.includedProperty()});
    private final ObservableList<PresetRow<ProfilePreset>> profiles = FXCollections.observableArrayList(
            r -> new Observable[] {r.includedProperty()});
    private final StringProperty skillsNote = new SimpleStringProperty("");
    private final ExportReviewViewModel review;
    private final StringBinding problem;
    private final BooleanBinding canNext;

    /**
     * @param review the review page's model; it gets the built draft when the wizard reaches the last page
     */
    public NewStackWizardViewModel(NewStackChoices choices, ExportReviewViewModel review) {
        this.choices = choices;
        this.review = review;
        templates.setAll(choices.templates());
        if (!templates.isEmpty()) {
            template.set(templates.get(0));
        }
        languages.setAll(choices.languagePresets());
        language.addListener((o, a, l) -> {
            if (l != null) {
                languageName.set(l.conventions().language());
                style.set(l.conventions().style());
                testNaming.set(l.conventions().testNaming());
                testCommand.set(l.conventions().testCommand());
            }
        });
        if (!languages.isEmpty()) {
            language.set(languages.get(0));
        }
        choices.skillTemplates().forEach(s -> skills.add(new SkillRow(s)));
        choices.userSkills().forEach(s -> skills.add(new SkillRow(s)));
        choices.hookPresets().forEach(h -> hooks.add(new PresetRow<>(h)));
        choices.profilePresets().forEach(p -> profiles.add(new PresetRow<>(p)));
        problem = Bindings.createStringBinding(() -> problemOf(page.get()), page, template, projectName, languageName,
                testCommand, skills, hooks, profiles, review.problemProperty());
        canNext = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObservableList<Template> templates() {
        return templates;
    }

    public ObjectProperty<Template> templateProperty() {
        return template;
    }

    public StringProperty projectNameProperty() {
        return projectName;
    }

    public ObservableList<LanguagePreset> languages() {
        return languages;
    }

    /** Choosing a preset fills in the four convention fields below. */
    public ObjectProperty<LanguagePreset> languageProperty() {
        return language;
    }

    public StringProperty languageNameProperty() {
        return languageName;
    }

    public StringProperty styleProperty() {
        return style;
    }

    public StringProperty testNamingProperty() {
        return testNaming;
    }

    public StringProperty testCommandProperty() {
        return testCommand;
    }

    public ObservableList<SkillRow> skills() {
        return skills;
    }

    /** What happened when skills were added from another repository. */
    public StringProperty skillsNoteProperty() {
        return skillsNote;
    }

    public ObservableList<PresetRow<HookPreset>> hooks() {
        return hooks;
    }

    public ObservableList<PresetRow<ProfilePreset>> profiles() {
        return profiles;
    }

    public ExportReviewViewModel review() {
        return review;
    }

    /** Why the current page cannot go on ("" when it can). */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public boolean isLast() {
        return page.get() == Page.REVIEW;
    }

    /** Adds the skills of another repository folder to the list (unticked). */
    public void addRepositorySkills(Path repository) {
        List<SkillOffer> found = choices.repositorySkills(repository);
        int added = 0;
        for (SkillOffer s : found) {
            boolean known = skills.stream().anyMatch(r -> r.offer().choice().folder().equals(s.choice().folder())
                    && r.offer().choice().source() == s.choice().source() && r.offer().choice().name().equals(s.choice().name()));
            if (!known) {
                skills.add(new SkillRow(s));
                added++;
            }
        }
        skillsNote.set(found.isEmpty() ? "No skills found in " + repository + " (looked for .agents/skills/*/SKILL.md)."
                : "Added " + added + (added == 1 ? " skill" : " skills") + " from " + repository + ".");
    }

    /** The script the hook preset writes with the current answers, or why it cannot be shown. */
    public String hookPreview(HookPreset preset) {
        try {
            return choices.hookScript(spec(), preset);
        } catch (Exception e) {
            return "The script cannot be shown: " + e.getMessage();
        }
    }

    /** The profile file the preset writes, or why it cannot be shown. */
    public String profilePreview(ProfilePreset preset) {
        try {
            return choices.profileFile(spec(), preset);
        } catch (Exception e) {
            return "The file cannot be shown: " + e.getMessage();
        }
    }

    /** Goes to the next page; entering the review builds the files and plans the export. */
    public void next() {
        if (!canNext.get() || isLast()) {
            return;
        }
        Page to = Page.values()[page.get().ordinal() + 1];
        if (to == Page.REVIEW) {
            StackDraft draft;
            try {
                draft = choices.build(spec());
            } catch (Exception e) {
                review.failed("Cannot build the new stack: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                page.set(to);
                return;
            }
            review.setDraft(draft);
        }
        page.set(to);
    }

    public void back() {
        if (page.get().ordinal() > 0) {
            page.set(Page.values()[page.get().ordinal() - 1]);
        }
    }

    /** The answers as the core's spec. */
    public NewStackSpec spec() {
        Template t = template.get();
        List<SkillChoice> chosen = skills.stream().filter(r -> r.includedProperty().get()).map(SkillRow::choice).toList();
        Set<HookPreset> h = new LinkedHashSet<>();
        hooks.stream().filter(r -> r.includedProperty().get()).forEach(r -> h.add(r.offer().preset()));
        Set<ProfilePreset> p = new LinkedHashSet<>();
        profiles.stream().filter(r -> r.includedProperty().get()).forEach(r -> p.add(r.offer().preset()));
        return new NewStackSpec(t == null ? Optional.empty() : t.sample(), projectName.get().strip(),
                new Conventions(languageName.get(), style.get(), testNaming.get(), testCommand.get()), chosen, h, p);
    }

    String problemOf(Page p) {
        return switch (p) {
            case TEMPLATE -> template.get() == null ? "Choose a template to start from." : "";
            case PROJECT -> projectProblem();
            case SKILLS -> skillsProblem();
            case HOOKS, PROFILES -> "";
            case REVIEW -> review.problemProperty().get();
        };
    }

    private String projectProblem() {
        String name = projectName.get().strip();
        if (name.isEmpty()) {
            return "Give the project a name.";
        }
        if (name.contains("\n") || name.length() > 100) {
            return "The project name must be one line of at most 100 characters.";
        }
        if (languageName.get().isBlank()) {
            return "Say which language the project uses.";
        }
        boolean stopHook = hooks.stream().anyMatch(r -> r.includedProperty().get() && r.offer().preset() == HookPreset.STOP_RUNS_TESTS);
        if (stopHook && testCommand.get().isBlank()) {
            return "The \"run the tests at Stop\" hook needs a test command.";
        }
        return "";
    }

    private String skillsProblem() {
        Set<String> seen = new HashSet<>();
        for (SkillRow r : skills) {
            if (!r.includedProperty().get()) {
                continue;
            }
            String name = r.nameProperty().get().strip();
            Optional<String> bad = SkillFolders.nameProblem(name);
            if (bad.isPresent()) {
                return "Skill \"" + name + "\": " + bad.get();
            }
            if (!seen.add(name)) {
                return "Two skills are named \"" + name + "\"; rename one.";
            }
        }
        return "";
    }
}
