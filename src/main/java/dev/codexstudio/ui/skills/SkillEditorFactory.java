package dev.codexstudio.ui.skills;

import dev.codexstudio.core.skills.SkillFolders;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.editors.EditorArea;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.EditorFactory;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;

/**
 * The form editors for skills ({@code SKILL.md} and {@code agents/openai.yaml}) and the Stack menu's
 * "New Repository Skill…" and "New User Skill…".
 */
public final class SkillEditorFactory implements EditorFactory {

    private final Dialogs dialogs;
    private final EditorArea editors;

    public SkillEditorFactory(Dialogs dialogs, EditorArea editors) {
        this.dialogs = dialogs;
        this.editors = editors;
    }

    /** Registers the editors and the menu actions in the window. */
    public static void install(MainWindow window, Dialogs dialogs) {
        window.registerEditor(new SkillEditorFactory(dialogs, window.editors()));
        StudioViewModel studio = window.studio();
        window.addMenuAction("Stack", new Action("new-repo-skill", "New Repository Skill…", Feather.FILE_PLUS, null,
                () -> newSkill(window, dialogs, true), studio.projectProperty().isNull()), false);
        window.addMenuAction("Stack", new Action("new-user-skill", "New User Skill…", Feather.USER_PLUS, null,
                () -> newSkill(window, dialogs, false), null), false);
    }

    /** Where a new skill goes: the project's {@code .agents/skills}, or the user's {@code ~/.agents/skills}. */
    public static Optional<Path> skillsRoot(StudioViewModel studio, boolean repository) {
        if (repository) {
            return studio.stack().map(s -> s.root()).or(studio::project).map(p -> p.resolve(".agents").resolve("skills"));
        }
        return Optional.of(studio.environment().userHome().resolve(".agents").resolve("skills"));
    }

    /** Asks a name, checks it, creates the skill from the template (never over an existing folder) and opens it. */
    static void newSkill(MainWindow window, Dialogs dialogs, boolean repository) {
        StudioViewModel studio = window.studio();
        Optional<Path> root = skillsRoot(studio, repository);
        if (root.isEmpty()) {
            dialogs.showError("Open a repository first.");
            return;
        }
        Optional<String> name = dialogs.askText(repository ? "New repository skill" : "New user skill",
                "Name (lowercase letters, digits and hyphens; also the folder name) in " + root.get() + ":", "");
        if (name.isEmpty()) {
            return;
        }
        Optional<String> problem = SkillFolders.nameProblem(name.get());
        if (problem.isPresent()) {
            dialogs.showError("`" + name.get() + "` cannot be a skill name: " + problem.get());
            return;
        }
        try {
            Path file = SkillFolders.create(root.get(), name.get());
            studio.rescan();
            window.editors().open(file, 3, 14);
            studio.statusProperty().set("Created " + file);
        } catch (IOException | RuntimeException e) {
            dialogs.showError(SkillEditor.describe(e));
        }
    }

    @Override
    public boolean handles(LiveValidator.FileKind kind) {
        return kind == LiveValidator.FileKind.SKILL || kind == LiveValidator.FileKind.OPENAI_YAML;
    }

    @Override
    public Node create(EditorContext context) {
        return context.kind() == LiveValidator.FileKind.OPENAI_YAML ? new OpenAiYamlEditor(context, editors)
                : new SkillEditor(context, dialogs, editors);
    }
}
