package dev.codexstudio.ui.finetune;

import dev.codexstudio.core.finetune.Behaviour;
import dev.codexstudio.core.finetune.FineTuneChecklist;
import dev.codexstudio.core.finetune.ItemPlan;
import dev.codexstudio.core.finetune.ItemStatus;
import dev.codexstudio.core.finetune.MigrationTargets;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.ui.task.TaskExecutor;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the fine-tuning migration checklist: one {@link FineTuneItem} per behaviour, the selected item, and
 * the ticks, which are always recomputed from the files on disk (opening the checklist again shows the same
 * ticks; nothing is stored). Creating an item writes its plan through the core and checks it again.
 */
public final class FineTuneViewModel {

    private final TaskExecutor executor;
    private final MigrationTargets targets;
    private final CodexEnvironment environment;
    private final Runnable afterWrite;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<FineTuneItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<FineTuneItem> selected = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    /**
     * @param afterWrite runs on the UI thread after files were written (the studio scans again)
     */
    public FineTuneViewModel(TaskExecutor executor, MigrationTargets targets, CodexEnvironment environment,
            Runnable afterWrite) {
        this.executor = executor;
        this.targets = targets;
        this.environment = environment;
        this.afterWrite = afterWrite == null ? () -> { } : afterWrite;
        for (Behaviour b : Behaviour.values()) {
            items.add(new FineTuneItem(b, targets, busy));
        }
        selected.set(items.get(0));
        refresh();
    }

    public MigrationTargets targets() {
        return targets;
    }

    public ObservableList<FineTuneItem> items() {
        return items;
    }

    public FineTuneItem item(Behaviour b) {
        return items.stream().filter(i -> i.behaviour() == b).findFirst().orElseThrow();
    }

    public ObjectProperty<FineTuneItem> selectedProperty() {
        return selected;
    }

    /** "3 of 6 behaviours migrated". */
    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Recomputes every tick (and plan) from the files on disk. */
    public void refresh() {
        busy.set(true);
        executor.submit("Checking the fine-tuning migration", () -> FineTuneChecklist.status(targets, environment),
                this::show, e -> {
                    busy.set(false);
                    status.set("Cannot check the files: " + e.getMessage());
                });
    }

    private void show(Map<Behaviour, ItemStatus> result) {
        for (FineTuneItem item : items) {
            item.statusProperty().set(result.get(item.behaviour()));
            item.replan();
        }
        long done = items.stream().filter(FineTuneItem::done).count();
        progress.set(done + " of " + items.size() + " behaviours migrated");
        busy.set(false);
    }

    /** Creates the selected item's artefacts, then checks every item again. */
    public void create(FineTuneItem item) {
        item.replan();
        ItemPlan plan = item.planProperty().get();
        if (plan == null || !plan.canApply()) {
            item.messageProperty().set("Nothing created: " + (item.problemsProperty().get().isEmpty()
                    ? "type the fields first" : item.problemsProperty().get()));
            return;
        }
        busy.set(true);
        executor.submit("Creating " + item.behaviour().title(), () -> {
            FineTuneChecklist.apply(plan);
            return plan.changes().size();
        }, n -> {
            busy.set(false);
            item.messageProperty().set("Created " + n + (n == 1 ? " file change." : " file changes."));
            status.set(item.behaviour().title() + ": created " + describe(plan));
            afterWrite.run();
            refresh();
        }, e -> {
            busy.set(false);
            item.messageProperty().set("Not created: " + e.getMessage());
            item.replan();
        });
    }

    private String describe(ItemPlan plan) {
        List<String> names = plan.changes().stream().map(c -> c.file().startsWith(targets.repo())
                ? targets.repo().relativize(c.file()).toString() : c.file().toString()).toList();
        return String.join(", ", names);
    }
}
