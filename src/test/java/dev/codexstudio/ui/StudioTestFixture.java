package dev.codexstudio.ui;

import dev.codexstudio.support.TestPaths;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.app.Studio;
import dev.codexstudio.ui.app.ThemeManager;
import dev.codexstudio.ui.editors.SaveConflict;
import dev.codexstudio.ui.studio.StudioSettings;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * A studio window for UI tests: a writable copy of a sample (a git checkout with its Codex home), a view model
 * that runs work at once on the calling thread, and dialogs whose answers the test scripts in advance.
 */
public final class StudioTestFixture {

    public final Path workspace;
    public final Path repo;
    public final Path codexHome;
    public final StudioViewModel studio;
    public final MainWindow window;
    /** Errors the window reported. */
    public final List<String> errors = new ArrayList<>();
    /** Answers for the next {@code askText} calls. */
    public final Deque<String> textAnswers = new ArrayDeque<>();
    /** Answers for the next {@code chooseSaveFile} / {@code chooseDirectory} calls. */
    public final Deque<Path> pathAnswers = new ArrayDeque<>();
    /** The answer to a save conflict. */
    public SaveConflict.Choice conflictChoice = SaveConflict.Choice.CANCEL;
    /** The diffs the save confirmation showed, in order. */
    public final List<String> saveDiffs = new ArrayList<>();
    /** The answer to the save confirmation ("Save" when true). */
    public boolean saveAnswer = true;
    /** The answer to "discard unsaved changes?". */
    public boolean discard = true;

    private StudioTestFixture(Path workspace, String sample, Map<String, String> extraEnv) throws IOException {
        this.workspace = workspace;
        this.repo = workspace.resolve("repo");
        this.codexHome = workspace.resolve("codex-home");
        copySample(sample, repo, codexHome);
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        env.put("HOME", workspace.toString());
        env.put("CODEX_HOME", codexHome.toString());
        this.studio = new StudioViewModel(TaskExecutor.direct(), StudioSettings.inMemory(), env);
        ThemeManager themes = new ThemeManager();
        themes.apply("light", null);
        Dialogs dialogs = dialogs();
        this.window = Studio.build(studio, themes, dialogs);
        window.editors().setSaveConfirmation(dialogs::confirmSave);
    }

    /**
     * Copies {@code samples/<sample>} to {@code repo} (made a git checkout) and {@code codexHome}, for tests that
     * need the sample's files without a window.
     */
    public static void copySample(String sample, Path repo, Path codexHome) throws IOException {
        Path source = TestPaths.samples().resolve(sample);
        dev.codexstudio.conformance.World.copyTreeForTests(source.resolve("repo"), repo);
        dev.codexstudio.conformance.World.copyTreeForTests(source.resolve("codex-home"), codexHome);
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    /** A fixture on a copy of {@code samples/<sample>} in {@code workspace}. */
    public static StudioTestFixture of(Path workspace, String sample) throws IOException {
        return new StudioTestFixture(workspace, sample, Map.of());
    }

    /** As {@link #of(Path, String)} with more environment variables (e.g. {@code CODEX_STUDIO_SYSTEM_DIR}). */
    public static StudioTestFixture of(Path workspace, String sample, Map<String, String> extraEnv) throws IOException {
        return new StudioTestFixture(workspace, sample, extraEnv);
    }

    /** Shows the window on the TestFX stage (1280×800). */
    public StudioTestFixture show(Stage stage) {
        stage.setScene(window.scene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        return this;
    }

    /** Trusts the sample's repository in its Codex home (so project config and hooks load). */
    public StudioTestFixture trusted() throws IOException {
        Files.writeString(codexHome.resolve("config.toml"), Files.readString(codexHome.resolve("config.toml"))
                + "\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n");
        return this;
    }

    private Dialogs dialogs() {
        return new Dialogs() {
            @Override
            public Optional<Path> chooseDirectory(String title, Path initial) {
                return Optional.ofNullable(pathAnswers.poll());
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String initialName, String extension) {
                return Optional.ofNullable(pathAnswers.poll());
            }

            @Override
            public Optional<String> askText(String title, String prompt, String initial) {
                return Optional.ofNullable(textAnswers.poll());
            }

            @Override
            public boolean confirmDiscard(Path file) {
                return discard;
            }

            @Override
            public SaveConflict.Choice resolveConflict(Path file) {
                return conflictChoice;
            }

            @Override
            public boolean confirmSave(Path file, String unifiedDiff) {
                saveDiffs.add(unifiedDiff);
                return saveAnswer;
            }

            @Override
            public void showError(String message) {
                errors.add(message);
            }
        };
    }
}
