package dev.codexstudio.ui.migrate;

import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.migrate.FileChange;
import dev.codexstudio.core.migrate.LegacyForm;
import dev.codexstudio.core.migrate.MigrationPlan;
import dev.codexstudio.core.migrate.Migrator;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Migrate to Current Codex…": the legacy forms of the open stack (where, what, what it becomes, why), the whole
 * plan as one diff ({@link Migrator#planAll}: every round, so the diff is exactly what is written), and "Apply
 * all" through core, which refuses the whole plan when a file changed since it was made.
 */
public final class MigrateViewModel {

    /** Rounds planned at most (as the CLI). */
    static final int MAX_ROUNDS = 6;

    /** One legacy form found: where, what it was, what it becomes, and the validator's reason. */
    public record Finding(Path file, int line, String display, String was, String becomes, String why, boolean manual) {
    }

    private final StudioViewModel studio;
    private final Predicate<Path> unsaved;
    private final Consumer<Path> changedOnDisk;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<MigrationPlan> plan = new SimpleObjectProperty<>();
    private final StringProperty diff = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty applied = new SimpleBooleanProperty();

    /**
     * @param unsaved       whether a file has unsaved edits in the studio (such a file is not migrated under them)
     * @param changedOnDisk told of every file the migration wrote, created or moved (open editors reload)
     */
    public MigrateViewModel(StudioViewModel studio, Predicate<Path> unsaved, Consumer<Path> changedOnDisk) {
        this.studio = studio;
        this.unsaved = unsaved;
        this.changedOnDisk = changedOnDisk;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObjectProperty<MigrationPlan> planProperty() {
        return plan;
    }

    public StringProperty diffProperty() {
        return diff;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty appliedProperty() {
        return applied;
    }

    /** Whether there is something to apply. */
    public boolean canApply() {
        return plan.get() != null && !plan.get().isEmpty() && !busy.get();
    }

    /** Said before the summary of the next plan (why the plan was made again). */
    private String note = "";

    /** Plans the migration of the open project (in the background). */
    public void load() {
        Path root = studio.project().orElse(null);
        if (root == null) {
            message.set("Open a repository first.");
            return;
        }
        CodexEnvironment env = studio.environment();
        busy.set(true);
        message.set("Looking for legacy forms…");
        studio.executor().submit("plan migration", () -> {
            List<Diagnostic> ds = StackValidator.validate(StackScanner.scan(root, env));
            MigrationPlan p = Migrator.planAll(() -> StackScanner.scan(root, env), MAX_ROUNDS);
            return new Loaded(root, env.codexHome(), ds, p);
        }, this::show, error -> {
            busy.set(false);
            message.set("Could not plan the migration: " + error.getMessage());
        });
    }

    private record Loaded(Path root, Path codexHome, List<Diagnostic> diagnostics, MigrationPlan plan) {
    }

    private void show(Loaded l) {
        List<Finding> rows = new ArrayList<>();
        for (Diagnostic d : l.diagnostics()) {
            LegacyForm.of(d).ifPresent(f -> rows.add(finding(l.root(), l.codexHome(), d, f, l.plan().manual().contains(d))));
        }
        for (Diagnostic d : l.plan().manual()) {
            if (!l.diagnostics().contains(d)) {
                LegacyForm.of(d).ifPresent(f -> rows.add(finding(l.root(), l.codexHome(), d, f, true)));
            }
        }
        findings.setAll(rows.stream().distinct().toList());
        plan.set(l.plan());
        diff.set(l.plan().combinedDiff());
        busy.set(false);
        String before = note;
        note = "";
        if (!before.isEmpty()) {
            message.set(before);
        } else if (l.plan().isEmpty() && rows.isEmpty()) {
            message.set("Nothing to migrate: this stack uses only forms Codex 0.169 reads.");
        } else if (l.plan().isEmpty()) {
            message.set("Nothing can be migrated mechanically; change the forms below by hand.");
        } else {
            int n = l.plan().changes().size();
            message.set(rows.size() + (rows.size() == 1 ? " legacy form" : " legacy forms") + " found; \"Apply all\" changes "
                    + n + (n == 1 ? " file." : " files."));
        }
    }

    static Finding finding(Path root, Path codexHome, Diagnostic d, LegacyForm form, boolean manual) {
        String label = form.label();
        int arrow = label.indexOf(" → ");
        String was = arrow < 0 ? label.replaceAll(" \\(.*\\)$| removed$", "") : label.substring(0, arrow);
        String becomes = arrow >= 0 ? label.substring(arrow + 3)
                : label.endsWith(" removed") ? "removed (Codex rejects it)" : "nothing: change it by hand";
        if (manual && arrow >= 0) {
            becomes = becomes + " (by hand)";
        }
        Path file = d.position().file();
        String where = (file == null ? "" : dev.codexstudio.core.io.PathLabels.of(file, root, codexHome)) + (d.position().line() > 0 ? ":" + d.position().line() : "");
        String why = d.message() + (manual && d.hint() != null && !d.hint().isBlank() ? " " + d.hint() : "");
        return new Finding(file, d.position().line(), where, was, becomes, why, manual);
    }

    /**
     * Applies the whole plan. Refused, with nothing written, when a file has unsaved edits in the studio or changed
     * on disk since the plan (core checks every file before writing any). Afterwards open editors are told, and the
     * project is scanned again. Returns whether the plan was written.
     */
    public boolean applyAll() {
        MigrationPlan p = plan.get();
        if (p == null || p.isEmpty() || busy.get()) {
            return false;
        }
        List<Path> touched = new ArrayList<>();
        for (FileChange c : p.changes()) {
            touched.add(c.path());
            if (c.target() != null) {
                touched.add(c.target());
            }
        }
        for (Path f : touched) {
            if (unsaved.test(f)) {
                message.set(f.getFileName() + " has unsaved edits in the studio: save or revert it, then migrate. Nothing was written.");
                return false;
            }
        }
        try {
            Migrator.apply(p);
        } catch (ExternalChangeException e) {
            note = e.path().getFileName() + " changed on disk since this plan was made. Nothing was written; review the new plan.";
            load();
            return false;
        } catch (FileAlreadyExistsException e) {
            note = e.getFile() + " exists now. Nothing was written; review the new plan.";
            load();
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            message.set("The migration stopped: " + e.getMessage());
            touched.forEach(changedOnDisk);
            studio.rescan();
            return false;
        }
        touched.forEach(changedOnDisk);
        applied.set(true);
        plan.set(new MigrationPlan(List.of(), p.manual()));
        findings.removeIf(f -> !f.manual());
        diff.set("");
        int n = p.changes().size();
        message.set("Migrated " + n + (n == 1 ? " file." : " files.") + (findings.isEmpty() ? "" : " The forms left need a change by hand."));
        studio.rescan();
        return true;
    }
}
