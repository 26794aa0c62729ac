package dev.codexstudio.ui.hooks;

import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.FormEditorPane;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;

/**
 * The form editor of a {@code hooks.json}: the hook editor's sections on the left, the file's source on the right,
 * and the sections other capabilities add for hooks files (trust and dry-run actions) below them.
 */
public final class HookEditor extends BorderPane {

    private final HookEditorPanel panel;

    public HookEditor(EditorContext context, Dialogs dialogs) {
        HookEditorViewModel model = new HookEditorViewModel(context.document(), context.studio());
        getStylesheets().add(HookEditorPanel.stylesheet());
        getStyleClass().add("hook-editor");
        setId("hook-editor");
        FormEditorPane pane = new FormEditorPane("hooks.json", context.source());
        pane.title().setText("Hooks · " + context.document().path().getFileName());
        pane.subtitle().setText(model.location());
        context.studio().stackProperty().addListener((o, a, b) -> pane.subtitle().setText(model.location()));
        panel = new HookEditorPanel(model, context.source(), dialogs);
        Button newHook = new Button("New hook");
        newHook.setId("hook-new");
        newHook.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        newHook.setOnAction(e -> panel.focusAdd());
        pane.actions().getChildren().add(newHook);
        pane.form().getChildren().add(panel);
        context.addExtensions(pane);
        pane.split().setDividerPositions(0.56);
        setCenter(pane);
        // the caret is placed (by whoever opened the file) after the editor is built: follow it once
        model.selectLine(context.source().area().getCurrentParagraph() + 1);
    }

    public HookEditorPanel panel() {
        return panel;
    }
}
