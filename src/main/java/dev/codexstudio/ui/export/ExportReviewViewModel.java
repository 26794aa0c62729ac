package dev.codexstudio.ui.export;

import dev.codexstudio.core.export.DraftFile;
import dev.codexstudio.core.export.ExportAction;
import dev.codexstudio.core.export.ExportPlan;
import dev.codexstudio.core.export.ExportPlanner;
import dev.codexstudio.core.export.ExportResult;
import dev.codexstudio.core.export.ExportTargets;
import dev.codexstudio.core.export.ExportWriter;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.export.PlannedExport;
import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
 * The review of an export, shared by the New Stack wizard's last page and the Export dialog: the draft's files
 * grouped by scope, what writing each one does at the chosen target ({@link ExportPlanner}), the overwrite choice
 * of every conflict (unticked by default), {@code git init}, an optional Codex home for personal files, and the
 * write itself ({@link ExportWriter}).
 */
public final class ExportReviewViewModel {

    /** One file of the review: planned (with an action) or left out (no folder for its scope). */
    public static final class Row {
        private final DraftFile file;
        private final PlannedExport planned;
        private final String leftOutReason;
        private final BooleanProperty overwrite = new SimpleBooleanProperty(false);

        Row(DraftFile file, PlannedExport planned, String leftOutReason) {
            this.file = file;
            this.planned = planned;
            this.leftOutReason = leftOutReason;
        }

        public DraftFile file() {
            return file;
        }

        public FileScope scope() {
            return file.scope();
        }

        /** The plan for this file, or empty when its scope is not written. */
        public Optional<PlannedExport> planned() {
            return Optional.ofNullable(planned);
        }

        /** The action, or empty when the file is left out. */
        public Optional<ExportAction> action() {
            return planned().map(PlannedExport::action);
        }

        /** Why it is not written (left out, or blocked with the first diagnostic), or "". */
        public String reason() {
            if (planned == null) {
                return leftOutReason;
            }
            if (planned.action() == ExportAction.BLOCKED) {
                return planned.diagnostics().stream().map(d -> d.message() + (d.hint().isEmpty() ? "" : " — " + d.hint()))
                        .reduce((a, b) -> a + "\n" + b).orElse("unsafe target");
            }
            return "";
        }

        /** Ticked to overwrite a conflict; meaningless for other actions. */
        public BooleanProperty overwriteProperty() {
            return overwrite;
        }

        public boolean isConflict() {
            return action().orElse(null) == ExportAction.CONFLICT;
        }

        /** Whether Finish writes this file. */
        public boolean willWrite() {
            ExportAction a = action().orElse(null);
            return a == ExportAction.CREATE || (a == ExportAction.CONFLICT && overwrite.get());
        }
    }

    private final TaskExecutor executor;
    private final ObjectProperty<StackDraft> draft = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final BooleanProperty writeCodexHome = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> codexHome = new SimpleObjectProperty<>();
    private final BooleanProperty gitInit = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ExportPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList(r -> new Observable[] {r.overwriteProperty()});
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>();
    private final StringBinding problem;
    private final StringBinding summary;
    private Consumer<ExportResult> afterWrite = r -> { };

    public ExportReviewViewModel(TaskExecutor executor) {
        this.executor = executor;
        draft.addListener((o, a, b) -> replan());
        target.addListener((o, a, b) -> replan());
        writeCodexHome.addListener((o, a, b) -> replan());
        codexHome.addListener((o, a, b) -> {
            if (writeCodexHome.get()) {
                replan();
            }
        });
        problem = Bindings.createStringBinding(this::problemNow, draft, target, plan, failure, busy, result,
                writeCodexHome, codexHome);
        summary = Bindings.createStringBinding(this::summaryNow, rows, plan);
        rows.addListener((javafx.collections.ListChangeListener<Row>) c -> {
            while (c.next()) {
                if (c.wasUpdated() && result.get() != null) {
                    result.set(null);
                }
            }
        });
    }

    /** Called after a successful write (on the UI thread). */
    public void setAfterWrite(Consumer<ExportResult> afterWrite) {
        this.afterWrite = afterWrite;
    }

    public void setDraft(StackDraft d) {
        failure.set("");
        result.set(null);
        if (d != null && d.equals(draft.get())) {
            replan();
        } else {
            draft.set(d);
        }
    }

    /** The draft could not be made: shown instead of the files. */
    public void failed(String message) {
        draft.set(null);
        rows.clear();
        plan.set(null);
        failure.set(message);
    }

    public ObjectProperty<StackDraft> draftProperty() {
        return draft;
    }

    /** The repository folder the files go to (created when missing). */
    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    /** Whether personal files (profiles) are also written, into {@link #codexHomeProperty()}. */
    public BooleanProperty writeCodexHomeProperty() {
        return writeCodexHome;
    }

    public ObjectProperty<Path> codexHomeProperty() {
        return codexHome;
    }

    public BooleanProperty gitInitProperty() {
        return gitInit;
    }

    public ReadOnlyObjectProperty<ExportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Every file of the draft, by scope then path. */
    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What the last write did, or null. */
    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why Finish / Export is not possible now ("" when it is). */
    public StringBinding problemProperty() {
        return problem;
    }

    /** "3 new, 1 identical, 1 conflict (0 to overwrite), 0 blocked, 2 left out". */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** The scopes that have files, in order. */
    public List<FileScope> scopes() {
        return rows.stream().map(Row::scope).distinct().toList();
    }

    /** The files that Finish writes. */
    public List<Row> toWrite() {
        return rows.stream().filter(Row::willWrite).toList();
    }

    /** The conflicts ticked for overwriting. */
    public Set<String> overwriteChoices() {
        Set<String> s = new LinkedHashSet<>();
        rows.stream().filter(r -> r.isConflict() && r.overwriteProperty().get()).forEach(r -> s.add(r.file().path()));
        return s;
    }

    /** The text shown for the selected file: its diff for a conflict, else its content. */
    public String preview(Row r) {
        if (r == null) {
            return "";
        }
        if (r.isConflict()) {
            return r.planned().orElseThrow().diff();
        }
        return r.file().text();
    }

    /** Plans again against what is on disk now (target or options changed, or after a write). */
    public void replan() {
        StackDraft d = draft.get();
        Path t = target.get();
        result.set(null);
        if (d == null) {
            rows.clear();
            plan.set(null);
            return;
        }
        if (t == null) {
            plan.set(null);
            rows.setAll(d.files().stream().map(f -> new Row(f, null, f.scope() == FileScope.REPOSITORY
                    ? "choose the target folder" : ExportPlanner.notWrittenReason(f.scope()))).toList());
            selectFirst();
            return;
        }
        ExportTargets targets = ExportTargets.repositoryOnly(t);
        if (writeCodexHome.get() && codexHome.get() != null) {
            targets = targets.withCodexHome(codexHome.get());
        }
        ExportPlan p = ExportPlanner.plan(d, targets);
        Set<String> keep = overwriteChoices();
        plan.set(p);
        List<Row> next = new java.util.ArrayList<>();
        for (DraftFile f : d.files()) {
            PlannedExport pe = p.file(f.scope(), f.path()).filter(x -> x.file().equals(f)).orElse(null);
            String reason = p.notWritten().stream().filter(n -> n.file().equals(f)).map(ExportPlan.NotWritten::reason)
                    .findFirst().orElse("");
            Row row = new Row(f, pe, reason);
            if (row.isConflict() && keep.contains(f.path())) {
                row.overwriteProperty().set(true);
            }
            next.add(row);
        }
        Row was = selected.get();
        rows.setAll(next);
        selected.set(was == null ? null : next.stream().filter(r -> r.file().equals(was.file())).findFirst().orElse(null));
        if (selected.get() == null) {
            selectFirst();
        }
    }

    private void selectFirst() {
        selected.set(rows.isEmpty() ? null : rows.get(0));
    }

    /** Writes what the review shows: new files, and conflicts only where ticked. */
    public void write() {
        ExportPlan p = plan.get();
        if (p == null || !problem.get().isEmpty()) {
            return;
        }
        Set<String> choices = overwriteChoices();
        boolean git = gitInit.get();
        busy.set(true);
        status.set("Writing…");
        executor.submit("Export the stack", () -> ExportWriter.apply(p, choices, git), r -> {
            busy.set(false);
            result.set(r);
            status.set(describe(r));
            if (r.isSuccess()) {
                afterWrite.accept(r);
            }
        }, e -> {
            busy.set(false);
            status.set("Export failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        });
    }

    static String describe(ExportResult r) {
        StringBuilder b = new StringBuilder("Wrote " + r.written().size() + (r.written().size() == 1 ? " file" : " files"));
        b.append(", left ").append(r.skipped().size()).append(" as they are");
        if (!r.failed().isEmpty()) {
            b.append("; ").append(r.failed().size()).append(" failed: ")
                    .append(r.failed().get(0).path()).append(" (").append(r.failed().get(0).reason()).append(")");
        }
        r.git().ifPresent(g -> b.append(". ").append(g.message()));
        return b.append('.').toString().replace("..", ".");
    }

    private String problemNow() {
        if (!failure.get().isEmpty()) {
            return failure.get();
        }
        if (draft.get() == null) {
            return "Nothing to export yet.";
        }
        if (target.get() == null) {
            return "Choose the folder to export into.";
        }
        if (writeCodexHome.get() && codexHome.get() == null) {
            return "Choose the Codex home folder for the personal files, or untick it.";
        }
        if (busy.get()) {
            return "Writing…";
        }
        if (result.get() != null) {
            return "Exported. Change something to export again.";
        }
        return "";
    }

    private String summaryNow() {
        long created = count(ExportAction.CREATE);
        long same = count(ExportAction.IDENTICAL);
        long conflicts = count(ExportAction.CONFLICT);
        long chosen = rows.stream().filter(r -> r.isConflict() && r.overwriteProperty().get()).count();
        long blocked = count(ExportAction.BLOCKED);
        long out = rows.stream().filter(r -> r.action().isEmpty()).count();
        return created + " new · " + same + " identical · " + conflicts + (conflicts == 1 ? " conflict" : " conflicts")
                + " (" + chosen + " to overwrite) · " + blocked + " blocked · " + out + " left out";
    }

    private long count(ExportAction a) {
        return rows.stream().filter(r -> r.action().orElse(null) == a).count();
    }
}
