package dev.codexstudio.ui.claude;

import dev.codexstudio.core.claude.ClaudeImporter;
import dev.codexstudio.core.claude.ClaudeImporter.Guidance;
import dev.codexstudio.core.claude.ImportPlan;
import dev.codexstudio.core.claude.ImportWriter;
import dev.codexstudio.core.claude.PlannedFile;
import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * State of the "Import Claude Code setup" preview: the planned files with their diffs and the warnings, computed by
 * the core ({@link ClaudeImporter}) in the background, and the write on confirmation ({@link ImportWriter}). Changing
 * the target folder or the guidance mode plans again.
 */
public final class ClaudeImportViewModel {

    private final TaskExecutor executor;
    private final Runnable afterWrite;
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final ObjectProperty<Guidance> guidance = new SimpleObjectProperty<>(Guidance.COPY);
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PlannedFile> files = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObjectProperty<PlannedFile> selected = new SimpleObjectProperty<>();
    private final StringProperty diff = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty written = new SimpleBooleanProperty();
    private final BooleanBinding canImport;

    /**
     * @param afterWrite runs on the UI thread after files were written (the studio scans again)
     */
    public ClaudeImportViewModel(TaskExecutor executor, Path source, Runnable afterWrite) {
        this.executor = executor;
        this.afterWrite = afterWrite;
        this.source.set(source);
        this.target.set(source);
        selected.addListener((o, a, f) -> diff.set(f == null ? "" : f.action() == PlannedFile.Action.UNCHANGED
                ? "" : f.diff()));
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && !written.get() && plan.get() != null
                && !plan.get().changes().isEmpty(), busy, written, plan);
        target.addListener((o, a, b) -> preview());
        guidance.addListener((o, a, b) -> preview());
    }

    public ObjectProperty<Path> sourceProperty() {
        return source;
    }

    /** Where the Codex files go (the repository itself by default). */
    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public ObjectProperty<Guidance> guidanceProperty() {
        return guidance;
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<PlannedFile> files() {
        return files;
    }

    public ObservableList<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The file whose diff is shown. */
    public ObjectProperty<PlannedFile> selectedProperty() {
        return selected;
    }

    /** The selected file's unified diff ("" when it is unchanged or nothing is selected). */
    public StringProperty diffProperty() {
        return diff;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty writtenProperty() {
        return written;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Plans the import (in the background) and shows the result. */
    public void preview() {
        Path src = source.get();
        Path dst = target.get();
        Guidance g = guidance.get();
        if (src == null || dst == null) {
            return;
        }
        busy.set(true);
        written.set(false);
        status.set("Reading the Claude Code setup…");
        executor.submit("Plan the Claude Code import", () -> ClaudeImporter.plan(src, dst, g), this::show, e -> {
            busy.set(false);
            plan.set(null);
            files.clear();
            diagnostics.clear();
            summary.set("");
            status.set("Cannot read the Claude Code setup: " + message(e));
        });
    }

    private void show(ImportPlan p) {
        busy.set(false);
        plan.set(p);
        files.setAll(p.files());
        diagnostics.setAll(p.diagnostics().stream().sorted(java.util.Comparator.comparing(Diagnostic::severity)
                .thenComparing(Diagnostic.ORDER)).toList());
        selected.set(p.changes().isEmpty() ? (p.files().isEmpty() ? null : p.files().get(0)) : p.changes().get(0));
        summary.set(summaryOf(p));
        status.set(p.files().isEmpty() ? "Nothing to import." : p.changes().isEmpty()
                ? "Everything is already imported." : "Review the changes, then import.");
    }

    static String summaryOf(ImportPlan p) {
        long created = p.files().stream().filter(f -> f.action() == PlannedFile.Action.CREATE).count();
        long updated = p.files().stream().filter(f -> f.action() == PlannedFile.Action.UPDATE).count();
        long same = p.files().size() - created - updated;
        long warnings = p.count(Severity.WARNING);
        long infos = p.count(Severity.INFO);
        return created + " new, " + updated + " changed, " + same + " unchanged · " + warnings
                + (warnings == 1 ? " warning" : " warnings") + ", " + infos + " notes";
    }

    /** Writes the planned changes; on success the studio is told to scan again. */
    public void importFiles() {
        ImportPlan p = plan.get();
        if (p == null || !canImport.get()) {
            return;
        }
        busy.set(true);
        status.set("Writing…");
        executor.submit("Import the Claude Code setup", () -> ImportWriter.write(p), (List<PlannedFile> done) -> {
            busy.set(false);
            written.set(true);
            status.set("Wrote " + done.size() + (done.size() == 1 ? " file" : " files") + " into " + p.target() + ".");
            afterWrite.run();
        }, e -> {
            busy.set(false);
            status.set(e instanceof ExternalChangeException
                    ? "A file changed on disk after the preview; nothing more was written. Preview again."
                    : "Import failed: " + message(e));
        });
    }

    /** A diagnostic's place, relative to the source folder ({@code .claude/settings.json:12:9}). */
    public String location(Diagnostic d) {
        SourcePosition p = d.position();
        Path base = source.get();
        Path f = p.file().toAbsolutePath().normalize();
        String file = base != null && f.startsWith(base) ? base.relativize(f).toString().replace('\\', '/') : f.toString();
        if (file.isEmpty()) {
            file = ".";
        }
        return p.isWholeFile() ? file : file + ":" + p.line() + ":" + p.column();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
