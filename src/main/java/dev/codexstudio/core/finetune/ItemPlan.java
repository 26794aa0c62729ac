package dev.codexstudio.core.finetune;

import java.util.List;

/**
 * What creating one checklist item would do: the file changes, what is wrong with the input (nothing is
 * written then), and how the user uses the artefact afterwards.
 */
public record ItemPlan(Behaviour behaviour, List<PlannedChange> changes, List<String> inputProblems, String usage) {

    public ItemPlan {
        changes = List.copyOf(changes);
        inputProblems = List.copyOf(inputProblems);
        usage = usage == null ? "" : usage;
    }

    static ItemPlan invalid(Behaviour behaviour, List<String> problems) {
        return new ItemPlan(behaviour, List.of(), problems, "");
    }

    public List<PlannedChange> conflicts() {
        return changes.stream().filter(c -> c.kind() == PlannedChange.Kind.CONFLICT).toList();
    }

    /** True when the input is valid, something would be written and nothing conflicts. */
    public boolean canApply() {
        return inputProblems.isEmpty() && conflicts().isEmpty() && !changes.isEmpty();
    }
}
