package dev.codexstudio.ui.studio;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.samples.BundledSamples;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.stack.StackTree;
import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.core.validate.StackValidator;
import dev.codexstudio.ui.task.TaskExecutor;
import java.io.IOException;
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

    private final Path samplesDir;
    private Path systemDirOverride;
    private boolean inSample;

    private List<Diagnostic> scanned = List.of();
    private final Map<Path, List<Diagnostic>> live = new LinkedHashMap<>();
    private long generation;

    public StudioViewModel(TaskExecutor executor, StudioSettings settings, Map<String, String> environment) {
        this.executor = executor;
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        recentProjects.setAll(settings.recentProjects());
        codexHome.set(defaultCodexHome());
        samplesDir = dataDir(this.environment).resolve("samples");
    }

    private Path defaultCodexHome() {
        return settings.codexHome().orElse(CodexEnvironment.detect(environment, null).codexHome());
    }

    /**
     * The studio's own data folder: {@code $XDG_DATA_HOME/codex-stack-studio} (default
     * {@code ~/.local/share/codex-stack-studio}), {@code %APPDATA%\Codex Stack Studio} on Windows and
     * {@code ~/Library/Application Support/Codex Stack Studio} on macOS.
     */
    static Path dataDir(Map<String, String> env) {
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") && env.containsKey("APPDATA")) {
            return Path.of(env.get("APPDATA"), "Codex Stack Studio");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Codex Stack Studio");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("codex-stack-studio");
    }

    /** The sample stacks shipped with the studio (empty when the build packaged none). */
    public List<BundledSamples.Sample> samples() {
        return BundledSamples.fromClassPath().map(BundledSamples::list).orElse(List.of());
    }

    /** Where samples are extracted: one folder per sample, kept between runs so edits to them survive. */
    public Path samplesDir() {
        return samplesDir;
    }

    /**
     * Opens a shipped sample: extracts it into {@link #samplesDir()} the first time (later times reuse that copy
     * as the user left it), then opens its {@code repo/} with its {@code codex-home/} (and {@code managed/}) for
     * this session only. The user's own Codex home setting is not changed.
     */
    public void openSample(String name) {
        status.set("Opening the sample " + name + "…");
        executor.submit("extract sample " + name, () -> BundledSamples.fromClassPath()
                        .orElseThrow(() -> new IOException("This build of the studio has no samples."))
                        .extract(name, samplesDir),
                extracted -> open(extracted.repo()),
                error -> status.set("Could not open the sample " + name + ": " + error.getMessage()));
    }

    /** The extracted sample that {@code dir} is the repository of, if it is one. */
    private Optional<Path> sampleOf(Path dir) {
        Path parent = dir.getParent();
        if (parent != null && dir.getFileName() != null && dir.getFileName().toString().equals("repo")
                && samplesDir.toAbsolutePath().normalize().equals(parent.getParent())
                && Files.isDirectory(parent.resolve("codex-home"))) {
            return Optional.of(parent);
        }
        return Optional.empty();
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

    public StudioSettings settings() {
        return settings;
    }

    /** True while the open project is an extracted bundled sample. */
    public boolean inSample() {
        return inSample;
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
        if (systemDirOverride != null) {
            return env.withSystemDir(systemDirOverride);
        }
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
        Optional<Path> sample = sampleOf(abs);
        if (sample.isPresent()) {
            codexHome.set(sample.get().resolve("codex-home"));
            Path managed = sample.get().resolve("managed");
            systemDirOverride = Files.isDirectory(managed) ? managed : null;
            inSample = true;
        } else if (inSample) {
            // Leaving a sample: back to the user's own Codex home and the real system directory.
            codexHome.set(defaultCodexHome());
            systemDirOverride = null;
            inSample = false;
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
            // everything the window shows is computed here, off the UI thread
            List<Diagnostic> sorted = new ArrayList<>(ds);
            sorted.sort(Diagnostic.ORDER);
            return new Scan(s, List.copyOf(sorted), StackTree.build(s, ds), summary(ds));
        }, result -> {
            if (gen != generation) {
                return;
            }
            tree.set(result.tree());
            // the stack and its findings in the next event, so that the tree's rows and what shows the stack and
            // the Problems rows are laid out in two frames; views that follow both see them change together
            executor.onUiThreadLater(() -> {
                if (gen != generation) {
                    return;
                }
                stack.set(result.stack());
                scanned = result.diagnostics();
                refreshProblems();
                scanning.set(false);
                status.set(result.summary());
            });
        }, error -> {
            if (gen != generation) {
                return;
            }
            scanning.set(false);
            status.set("Could not read " + dir + ": " + error.getMessage());
        });
    }

    /** A scan's result: the stack, its findings in the Problems order, its tree and the status line. */
    private record Scan(Stack stack, List<Diagnostic> diagnostics, TreeNode tree, String summary) {
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
        if (live.isEmpty()) {
            // the scan's findings are already in order
            problems.setAll(scanned);
            return;
        }
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
