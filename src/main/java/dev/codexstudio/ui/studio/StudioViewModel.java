package dev.codexstudio.ui.studio;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.stack.StackTree;
import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.core.validate.StackValidator;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The studio's state: the open project and Codex home, the scanned stack, its tree and findings, and the
 * findings of files being edited (validated live from their unsaved text). Scans run in the background through
 * the {@link TaskExecutor}; a result that arrives after a newer scan started is dropped.
 */
public final class StudioViewModel {

    private final TaskExecutor executor;
    private final StudioSettings settings;
    private final Map<String, String> environment;

    private final ObjectProperty<Path> project = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> codexHome = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Stack> stack = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TreeNode> tree = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final BooleanProperty scanning = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("Open a repository to see its Codex stack.");

    private List<Diagnostic> scanned = List.of();
    private final Map<Path, List<Diagnostic>> live = new LinkedHashMap<>();
    private long generation;

    public StudioViewModel(TaskExecutor executor, StudioSettings settings, Map<String, String> environment) {
        this.executor = executor;
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        recentProjects.setAll(settings.recentProjects());
        codexHome.set(settings.codexHome().orElse(CodexEnvironment.detect(environment, null).codexHome()));
    }

    public ObjectProperty<Path> projectProperty() {
        return project;
    }

    public Optional<Path> project() {
        return Optional.ofNullable(project.get());
    }

    public ObjectProperty<Path> codexHomeProperty() {
        return codexHome;
    }

    public ReadOnlyObjectProperty<Stack> stackProperty() {
        return stack.getReadOnlyProperty();
    }

    public Optional<Stack> stack() {
        return Optional.ofNullable(stack.get());
    }

    public ReadOnlyObjectProperty<TreeNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** Every finding: the last full scan, with the files being edited replaced by their live findings. */
    public ObservableList<Diagnostic> problems() {
        return problems;
    }

    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    public BooleanProperty scanningProperty() {
        return scanning;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /**
     * Environment variable naming a folder the studio reads instead of {@code /etc/codex} (to try managed files such
     * as a {@code requirements.toml} before installing them; Codex itself always reads {@code /etc/codex}).
     */
    public static final String SYSTEM_DIR_VARIABLE = "CODEX_STUDIO_SYSTEM_DIR";

    /** The environment the stack is read with (the chosen Codex home). */
    public CodexEnvironment environment() {
        CodexEnvironment env = CodexEnvironment.detect(environment, codexHome.get());
        String system = environment.get(SYSTEM_DIR_VARIABLE);
        return system == null || system.isBlank() ? env : env.withSystemDir(Path.of(system));
    }

    /**
     * Opens a repository folder and scans it in the background.
     *
     * @return false (and a status message) when the path is not a folder
     */
    public boolean open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            status.set(abs + " is not a folder.");
            return false;
        }
        project.set(abs);
        settings.addRecentProject(abs);
        recentProjects.setAll(settings.recentProjects());
        rescan();
        return true;
    }

    /** Chooses another Codex home and scans again. */
    public void setCodexHome(Path home) {
        codexHome.set(home.toAbsolutePath().normalize());
        settings.setCodexHome(codexHome.get());
        rescan();
    }

    /** Scans the open project again (after a save, or when files changed outside the studio). */
    public void rescan() {
        Path dir = project.get();
        if (dir == null) {
            return;
        }
        long gen = ++generation;
        scanning.set(true);
        status.set("Scanning " + dir + "…");
        CodexEnvironment env = environment();
        executor.submit("scan " + dir, () -> {
            Stack s = StackScanner.scan(dir, env);
            List<Diagnostic> ds = StackValidator.validate(s);
            return new Scan(s, ds, StackTree.build(s, ds));
        }, result -> {
            if (gen != generation) {
                return;
            }
            stack.set(result.stack());
            scanned = result.diagnostics();
            tree.set(result.tree());
            refreshProblems();
            scanning.set(false);
            status.set(summary(result.diagnostics()));
        }, error -> {
            if (gen != generation) {
                return;
            }
            scanning.set(false);
            status.set("Could not read " + dir + ": " + error.getMessage());
        });
    }

    private record Scan(Stack stack, List<Diagnostic> diagnostics, TreeNode tree) {
    }

    /** Validates an edited file from its unsaved text; its findings replace the scanned ones until the next scan. */
    public void validateLive(SourceText text) {
        Stack s = stack.get();
        if (s == null) {
            return;
        }
        live.put(text.path(), LiveValidator.validate(s, text));
        refreshProblems();
    }

    /** Forgets the live findings of a file (closed without saving). */
    public void forgetLive(Path file) {
        if (live.remove(file) != null) {
            refreshProblems();
        }
    }

    /** Called after a file was saved: scan again, and let the scan's findings replace the live ones. */
    public void saved(Path file) {
        live.remove(file);
        rescan();
    }

    private void refreshProblems() {
        List<Diagnostic> all = new ArrayList<>();
        for (Diagnostic d : scanned) {
            if (!live.containsKey(d.position().file())) {
                all.add(d);
            }
        }
        live.values().forEach(all::addAll);
        all.sort(Diagnostic.ORDER);
        problems.setAll(all);
    }

    static String summary(List<Diagnostic> ds) {
        long e = ds.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long w = ds.stream().filter(d -> d.severity() == Severity.WARNING).count();
        long i = ds.size() - e - w;
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + i + " info";
    }
}
