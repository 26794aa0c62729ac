package dev.codexstudio.ui.skills;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.skills.Located;
import dev.codexstudio.core.skills.OpenAiYaml;
import dev.codexstudio.core.skills.OpenAiYamlEdit;
import dev.codexstudio.core.skills.SkillRules;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The {@code agents/openai.yaml} form's model: display name, short description, default prompt and the
 * implicit-invocation policy, read from the document's current text; edits change only their line, through the
 * document's undo history (one step per field edit), and the core's findings are sorted to their field.
 */
public final class OpenAiYamlViewModel {

    /** The form's fields as {@code section.key}. */
    public static final List<String> FIELDS = List.of("interface.display_name", "interface.short_description",
            "interface.default_prompt", "policy.allow_implicit_invocation");
    public static final int MAX_DISPLAY_NAME = 64;
    public static final int MAX_TEXT = 1024;

    /**
     * What the form shows.
     *
     * @param yaml     the parsed current text
     * @param values   each string field's value ("" when absent)
     * @param implicit {@code policy.allow_implicit_invocation} (Codex's default: true)
     * @param invalid  Codex's reason for ignoring the whole file, or ""
     */
    public record State(OpenAiYaml yaml, Map<String, String> values, boolean implicit, String invalid,
            List<Diagnostic> findings, Map<String, List<Diagnostic>> byField, List<Diagnostic> general) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public List<Diagnostic> findings(String field) {
            return byField.getOrDefault(field, List.of());
        }
    }

    private final DocumentViewModel document;
    private final StudioViewModel studio;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>();
    private boolean applying;
    private boolean refreshing;
    private final javafx.beans.value.ChangeListener<String> textListener = (o, a, b) -> {
        if (!applying) {
            editingField = null;
            refresh(true);
        }
    };
    private final javafx.collections.ListChangeListener<Diagnostic> problemsListener = c -> {
        if (!refreshing && !applying) {
            refresh(false);
        }
    };
    private String editingField;
    private String lastProduced;

    public OpenAiYamlViewModel(DocumentViewModel document, StudioViewModel studio) {
        this.document = document;
        this.studio = studio;
        document.textProperty().addListener(textListener);
        // after a scan (the stack is set before its findings) and after live validation of other files
        studio.problems().addListener(problemsListener);
        refresh(false);
    }

    /** Stops following the document and the studio (its editor tab was closed). */
    public void dispose() {
        document.textProperty().removeListener(textListener);
        studio.problems().removeListener(problemsListener);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public DocumentViewModel document() {
        return document;
    }

    /** The skill folder this file belongs to ({@code <skill>/agents/openai.yaml}). */
    public Path skillDir() {
        Path agents = document.path().getParent();
        return agents == null || agents.getParent() == null ? document.path().getParent() : agents.getParent();
    }

    /** Reads the form again; {@code validate}: after a text change, validate the file at once (else the scan's findings). */
    public void refresh(boolean validate) {
        OpenAiYaml yaml = OpenAiYaml.parse(document.currentSource());
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (yaml.ui() != null) {
            put(values, lines, "interface.display_name", yaml.ui().displayName());
            put(values, lines, "interface.short_description", yaml.ui().shortDescription());
            put(values, lines, "interface.default_prompt", yaml.ui().defaultPrompt());
        }
        boolean implicit = true;
        if (yaml.policy() != null && yaml.policy().allowImplicitInvocation() != null) {
            implicit = yaml.policy().allowImplicitInvocation().value();
            lines.put("policy.allow_implicit_invocation", yaml.policy().allowImplicitInvocation().position().line());
        }
        List<Diagnostic> findings;
        if (studio.stack().isPresent()) {
            if (validate) {
                refreshing = true;
                try {
                    studio.validateLive(document.currentSource());
                } finally {
                    refreshing = false;
                }
            }
            findings = studio.problems().stream().filter(d -> document.path().equals(d.position().file())).toList();
        } else {
            findings = new ArrayList<>(SkillRules.check(yaml, skillDir()));
            findings.sort(Diagnostic.ORDER);
        }
        Map<String, List<Diagnostic>> byField = new LinkedHashMap<>();
        List<Diagnostic> general = new ArrayList<>();
        for (Diagnostic d : findings) {
            String field = lines.entrySet().stream().filter(e -> !d.position().isWholeFile()
                    && e.getValue() == d.position().line()).map(Map.Entry::getKey).findFirst().orElse(null);
            if (field == null) {
                general.add(d);
            } else {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(d);
            }
        }
        state.set(new State(yaml, values, implicit, yaml.invalid() == null ? "" : yaml.invalid(), List.copyOf(findings),
                byField, general));
    }

    private static void put(Map<String, String> values, Map<String, Integer> lines, String field, Located<String> v) {
        if (v != null) {
            values.put(field, v.value());
            lines.put(field, v.position().line());
        }
    }

    /** Sets a string field; an empty value removes the key. */
    public void setString(String field, String value) {
        String[] parts = field.split("\\.", 2);
        edit(field, text -> value.isEmpty() ? OpenAiYamlEdit.without(text, parts[0], parts[1])
                : OpenAiYamlEdit.withString(text, parts[0], parts[1], value));
    }

    /** Sets {@code policy.allow_implicit_invocation}. */
    public void setImplicitInvocation(boolean allowed) {
        endEdit();
        edit("policy.allow_implicit_invocation",
                text -> OpenAiYamlEdit.withBoolean(text, "policy", "allow_implicit_invocation", allowed));
        endEdit();
    }

    public void endEdit() {
        editingField = null;
    }

    private void edit(String field, java.util.function.UnaryOperator<String> change) {
        applying = true;
        try {
            var undo = document.undoManager();
            String description = "Edit " + field;
            String next = change.apply(document.text());
            if (field.equals(editingField) && document.text().equals(lastProduced) && undo.canUndo()
                    && undo.undoDescription().get().equals("Undo " + description)) {
                undo.undo();
                next = change.apply(document.text());
            }
            document.replaceAll(next, description);
            editingField = field;
            lastProduced = document.text();
        } finally {
            applying = false;
        }
        refresh(true);
    }
}
