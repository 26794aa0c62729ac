package dev.codexstudio.ui.walkthrough;

import java.util.Objects;

/**
 * One step of a walkthrough, as data: which node to spotlight, what to say, and where the callout goes.
 *
 * @param id        stable id of the step (also in screenshot names)
 * @param targetId  node id looked up in the window ({@code stack-tree}); the callout is centred when not found
 * @param selectTab id of a tab to select before the step is shown ({@code tab-lifecycle}), or null
 * @param title     the callout's title
 * @param text      the callout's text (lines separated by {@code \n})
 * @param placement where the callout goes relative to the target
 */
public record WalkthroughStep(String id, String targetId, String selectTab, String title, String text, Placement placement) {

    /** Where the callout sits relative to its target. */
    public enum Placement {
        RIGHT, LEFT, ABOVE, BELOW, CENTER
    }

    public WalkthroughStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(placement, "placement");
    }
}
