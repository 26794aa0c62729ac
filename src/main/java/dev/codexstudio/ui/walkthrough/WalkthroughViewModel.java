package dev.codexstudio.ui.walkthrough;

import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.tour.LayerFacts;
import dev.codexstudio.ui.walkthrough.WalkthroughStep.Placement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The walkthrough's state: the steps for the open stack (their texts from {@link LayerFacts}), which one is shown,
 * and Back / Next / Skip. Runs without a display.
 */
public final class WalkthroughViewModel {

    private final List<WalkthroughStep> steps = new ArrayList<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    /** The steps that explain {@code stack}'s four layers, the Problems panel and the editors. */
    public static List<WalkthroughStep> stepsFor(Stack stack) {
        String name = Optional.ofNullable(stack.root().getFileName()).map(Path::toString).orElse(stack.root().toString());
        List<WalkthroughStep> out = new ArrayList<>();
        out.add(new WalkthroughStep("stack", "stack-tree", null, "The stack of " + name,
                "This tree is everything Codex reads for this repository, in four layers: Guidance (AGENTS.md), Skills, "
                        + "Hooks and Configuration, split by scope. Double-click a file to open its editor.", Placement.RIGHT));
        out.add(new WalkthroughStep("guidance", "stack-tree", null, "Guidance: which AGENTS.md applies where",
                lines(LayerFacts.guidance(stack)), Placement.RIGHT));
        out.add(new WalkthroughStep("skills", "stack-tree", null, "Skills: what each one is for",
                lines(LayerFacts.skills(stack)), Placement.RIGHT));
        out.add(new WalkthroughStep("hooks", "lifecycle-diagram", "tab-lifecycle", "Hooks: what runs when",
                "The lifecycle diagram shows each event of a Codex turn and the hooks on it.\n"
                        + lines(LayerFacts.hooks(stack)), Placement.BELOW));
        List<String> config = new ArrayList<>(LayerFacts.profiles(stack));
        config.addAll(LayerFacts.requirements(stack));
        out.add(new WalkthroughStep("config", "stack-tree", null, "Configuration and requirements",
                lines(config), Placement.RIGHT));
        out.add(new WalkthroughStep("problems", "problems", null, "Problems",
                "Every finding of the scan, with its file, line and a fix hint. Double-click one to jump there; "
                        + "F8 goes to the next problem. Edits are checked while you type.", Placement.ABOVE));
        out.add(new WalkthroughStep("editors", "editor-tabs", null, "Editors",
                "Each file opens here in a form editor beside its source. Saving shows the diff first, writes atomically "
                        + "and leaves everything you did not change byte for byte. Help → Walkthrough shows this tour again.",
                Placement.BELOW));
        return out;
    }

    private static String lines(List<String> facts) {
        int max = 6;
        List<String> shown = facts.size() <= max ? facts : new ArrayList<>(facts.subList(0, max - 1));
        StringBuilder b = new StringBuilder();
        for (String f : shown) {
            b.append(b.isEmpty() ? "" : "\n").append("• ").append(f);
        }
        if (facts.size() > max) {
            b.append("\n• … and ").append(facts.size() - max + 1).append(" more in the tree.");
        }
        return b.toString();
    }

    /** Starts at the first step (no-op without steps). */
    public void start(List<WalkthroughStep> newSteps) {
        steps.clear();
        steps.addAll(newSteps);
        if (steps.isEmpty()) {
            return;
        }
        index.set(0);
        running.set(true);
    }

    public List<WalkthroughStep> steps() {
        return List.copyOf(steps);
    }

    public Optional<WalkthroughStep> current() {
        return running.get() ? Optional.of(steps.get(index.get())) : Optional.empty();
    }

    /** The step shown, 0-based; -1 when not running. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public boolean canGoBack() {
        return running.get() && index.get() > 0;
    }

    public boolean isLast() {
        return running.get() && index.get() == steps.size() - 1;
    }

    /** "Step 2 of 7". */
    public String progress() {
        return running.get() ? "Step " + (index.get() + 1) + " of " + steps.size() : "";
    }

    /** The next step, or the end after the last. */
    public void next() {
        if (!running.get()) {
            return;
        }
        if (index.get() + 1 < steps.size()) {
            index.set(index.get() + 1);
        } else {
            skip();
        }
    }

    public void back() {
        if (canGoBack()) {
            index.set(index.get() - 1);
        }
    }

    /** Ends the walkthrough. */
    public void skip() {
        running.set(false);
        index.set(-1);
    }
}
