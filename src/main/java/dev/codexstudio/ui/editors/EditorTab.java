package dev.codexstudio.ui.editors;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** A tab holding one open document: its title shows a dot while there are unsaved changes. */
public final class EditorTab extends Tab {

    private final EditorContext context;
    private final javafx.scene.layout.BorderPane body;
    private javafx.scene.layout.VBox banner;

    EditorTab(EditorContext context, javafx.scene.Node content) {
        this.context = context;
        DocumentViewModel doc = context.document();
        String name = doc.path().getFileName().toString();
        String parent = doc.path().getParent() == null || doc.path().getParent().getFileName() == null ? ""
                : doc.path().getParent().getFileName() + "/";
        textProperty().bind(Bindings.when(doc.dirtyProperty()).then("● " + parent + name).otherwise(parent + name));
        setTooltip(new Tooltip(doc.path().toString()));
        this.body = new javafx.scene.layout.BorderPane(content);
        body.getStylesheets().add(DiffView.stylesheet());
        setContent(body);
        PauseTransition debounce = new PauseTransition(Duration.millis(200));
        debounce.setOnFinished(e -> context.studio().validateLive(doc.currentSource()));
        doc.textProperty().addListener((o, a, b) -> debounce.playFromStart());
    }

    /**
     * Shows the banner "{@code message}" at the top of the tab with Reload / Overwrite / Compare; Compare shows
     * the diff {@code compare} computes (disk → studio) under the banner. Shown again, it just updates.
     */
    public void showExternalChange(String message, Runnable reload, Runnable overwrite,
            java.util.function.Supplier<String> compare) {
        javafx.scene.control.Label text = new javafx.scene.control.Label(message);
        text.setId("external-change-message");
        javafx.scene.control.Button reloadButton = new javafx.scene.control.Button("Reload");
        reloadButton.setId("external-change-reload");
        reloadButton.setTooltip(new Tooltip("Load the file from disk; your edits in the studio are dropped"));
        reloadButton.setOnAction(e -> reload.run());
        javafx.scene.control.Button overwriteButton = new javafx.scene.control.Button("Overwrite");
        overwriteButton.setId("external-change-overwrite");
        overwriteButton.setTooltip(new Tooltip("Write the studio's version over the change on disk"));
        overwriteButton.setOnAction(e -> overwrite.run());
        javafx.scene.control.ToggleButton compareButton = new javafx.scene.control.ToggleButton("Compare");
        compareButton.setId("external-change-compare");
        compareButton.setTooltip(new Tooltip("Show what differs between the file on disk and the studio"));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(text, spacer, reloadButton, overwriteButton,
                compareButton);
        row.getStyleClass().add("external-change-banner");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(row);
        box.setId("external-change-banner");
        compareButton.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                String d = compare.get();
                javafx.scene.control.Label caption = new javafx.scene.control.Label(d.isEmpty()
                        ? "The file on disk and the studio hold the same text."
                        : "From the file on disk (-) to the studio's version (+):");
                javafx.scene.layout.Region view = DiffView.create(d);
                view.setPrefHeight(220);
                javafx.scene.layout.VBox.setVgrow(view, javafx.scene.layout.Priority.NEVER);
                javafx.scene.layout.VBox diff = new javafx.scene.layout.VBox(caption, view);
                diff.setId("external-change-diff");
                diff.getStyleClass().add("external-change-diff");
                box.getChildren().add(diff);
            } else if (box.getChildren().size() > 1) {
                box.getChildren().remove(1);
            }
        });
        banner = box;
        body.setTop(box);
    }

    /** Removes the external-change banner, if shown. */
    public void hideExternalChange() {
        banner = null;
        body.setTop(null);
    }

    /** The external-change banner while it is shown. */
    public java.util.Optional<javafx.scene.layout.VBox> externalChangeBanner() {
        return java.util.Optional.ofNullable(banner);
    }

    /** Shows the diff under the banner (what Compare does). */
    public void compareExternalChange() {
        if (banner != null) {
            banner.lookupAll("#external-change-compare").forEach(n -> ((javafx.scene.control.ToggleButton) n)
                    .setSelected(true));
        }
    }

    public EditorContext context() {
        return context;
    }

    public DocumentViewModel document() {
        return context.document();
    }

    public SourceEditor source() {
        return context.source();
    }
}
