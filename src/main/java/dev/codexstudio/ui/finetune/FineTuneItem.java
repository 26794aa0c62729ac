package dev.codexstudio.ui.finetune;

import dev.codexstudio.core.finetune.Behaviour;
import dev.codexstudio.core.finetune.FineTuneChecklist;
import dev.codexstudio.core.finetune.ItemPlan;
import dev.codexstudio.core.finetune.ItemStatus;
import dev.codexstudio.core.finetune.MigrationInput;
import dev.codexstudio.core.finetune.MigrationTargets;
import dev.codexstudio.core.finetune.PlannedChange;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One checklist item: its input fields, the plan and preview computed by the core as the user types, and its
 * status as derived from the files on disk.
 */
public final class FineTuneItem {

    /** An input field of an item: the key also names the control ({@code finetune-field-<key>}). */
    public record Field(String key, String label, String prompt, boolean multiline) {
    }

    private final Behaviour behaviour;
    private final MigrationTargets targets;
    private final List<Field> fields;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final ObjectProperty<ItemPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemStatus> status = new SimpleObjectProperty<>();
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy;
    private final BooleanBinding canCreate;

    FineTuneItem(Behaviour behaviour, MigrationTargets targets, BooleanProperty busy) {
        this.behaviour = behaviour;
        this.targets = targets;
        this.busy = busy;
        this.fields = fieldsOf(behaviour);
        for (Field f : fields) {
            StringProperty p = new SimpleStringProperty(f.key().equals("effort") ? "low" : "");
            p.addListener((o, a, b) -> replan());
            values.put(f.key(), p);
        }
        canCreate = Bindings.createBooleanBinding(() -> !busy.get() && plan.get() != null && plan.get().canApply(),
                busy, plan);
        replan();
    }

    static List<Field> fieldsOf(Behaviour b) {
        return switch (b) {
            case CODE_STYLE -> List.of(
                    new Field("rules", "Style rules", "Use British English in comments\nPrefer const over let", true),
                    new Field("linter", "Linter command (optional)", "npm run lint --silent", false));
            case TERMINOLOGY -> List.of(new Field("entries", "Glossary", "Ledger: the book of record\nPosting: one line of a ledger", true));
            case OUTPUT_FORMAT -> List.of(new Field("schema", "JSON schema",
                    "{\"type\": \"object\", \"properties\": {\"summary\": {\"type\": \"string\"}}, \"required\": [\"summary\"], \"additionalProperties\": false}", true));
            case WORKFLOW -> List.of(
                    new Field("name", "Skill name", "api-review", false),
                    new Field("description", "What it is for and when to use it", "Review API changes for breaking changes before merging.", false),
                    new Field("steps", "Steps", "Diff the OpenAPI file against main\nList removed or renamed fields", true),
                    new Field("script", "Script (optional, shell)", "git diff --stat origin/main -- api/", true));
            case COMPLIANCE -> List.of(
                    new Field("sandbox", "Allowed sandbox modes (comma-separated)", String.join(", ", FineTuneChecklist.SANDBOX_MODES), false),
                    new Field("approval", "Allowed approval policies (comma-separated)", "on-request, never", false),
                    new Field("deny", "Never read (deny_read, one path or glob a line)", "./secrets/**\n/etc/ssl/private", true));
            case LATENCY -> List.of(
                    new Field("model", "Fast model (optional)", "gpt-5.3-codex-spark", false),
                    new Field("effort", "Reasoning effort (model_reasoning_effort)", "low", false));
        };
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The text of a field. */
    public StringProperty value(String key) {
        StringProperty p = values.get(key);
        if (p == null) {
            throw new IllegalArgumentException(behaviour + " has no field " + key);
        }
        return p;
    }

    public ObjectProperty<ItemPlan> planProperty() {
        return plan;
    }

    public ObjectProperty<ItemStatus> statusProperty() {
        return status;
    }

    public boolean done() {
        return status.get() != null && status.get().done();
    }

    /** The diff of every file the item would touch, or why it cannot be created. */
    public StringProperty previewProperty() {
        return preview;
    }

    /** What is wrong with the input or which files conflict; empty when it can be created. */
    public StringProperty problemsProperty() {
        return problems;
    }

    /** The last result of Create. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    MigrationInput input() {
        return switch (behaviour) {
            case CODE_STYLE -> new MigrationInput.Style(text("rules"), text("linter"));
            case TERMINOLOGY -> new MigrationInput.Glossary(text("entries"));
            case OUTPUT_FORMAT -> new MigrationInput.OutputSchema(text("schema"));
            case WORKFLOW -> new MigrationInput.Workflow(text("name"), text("description"), text("steps"), text("script"));
            case COMPLIANCE -> new MigrationInput.Compliance(list(text("sandbox")), list(text("approval")), text("deny"));
            case LATENCY -> new MigrationInput.Latency(text("model"), text("effort"));
        };
    }

    /** Plans again from the current input and files. */
    void replan() {
        boolean empty = values.entrySet().stream().allMatch(e -> e.getKey().equals("effort") || e.getValue().get().isBlank());
        ItemPlan p = FineTuneChecklist.plan(targets, input());
        plan.set(p);
        if (empty && !p.canApply()) {
            problems.set("");
            preview.set("Type " + (fields.size() == 1 ? "the " + fields.get(0).label().toLowerCase() : "the fields")
                    + " above to see the files this creates.");
            return;
        }
        if (done() && p.inputProblems().isEmpty() && !p.conflicts().isEmpty()) {
            // the artefact is in place and valid: its files now "exist" for the plan, which is not a problem
            problems.set("");
            preview.set("Done: " + p.conflicts().stream().map(c -> display(c.file())).distinct()
                    .collect(java.util.stream.Collectors.joining(", "))
                    + " exists and validates. Edit it in the studio to change it; the checklist never overwrites a file.");
            return;
        }
        StringBuilder why = new StringBuilder(String.join("\n", p.inputProblems()));
        for (PlannedChange c : p.conflicts()) {
            why.append(why.length() == 0 ? "" : "\n").append(display(c.file())).append(": ").append(c.purpose());
        }
        problems.set(why.toString());
        StringBuilder diff = new StringBuilder();
        for (PlannedChange c : p.changes()) {
            if (c.kind() == PlannedChange.Kind.CONFLICT) {
                continue;
            }
            diff.append("# ").append(c.kind().label()).append(" (").append(c.scope().label()).append("): ")
                    .append(c.purpose()).append('\n').append(c.diff(c.file().startsWith(targets.repo()) ? targets.repo() : null)).append('\n');
        }
        if (!p.usage().isEmpty() && p.inputProblems().isEmpty()) {
            diff.append("# How to use it: ").append(p.usage()).append('\n');
        }
        preview.set(diff.toString().strip());
    }

    /** A file as the user knows it: relative to the repository, under {@code $CODEX_HOME}, or absolute. */
    String display(Path file) {
        return dev.codexstudio.core.io.PathLabels.of(file, targets.repo(), targets.codexHome());
    }

    private String text(String key) {
        String v = values.get(key).get();
        return v == null ? "" : v;
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
