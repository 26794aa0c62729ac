package dev.codexstudio.ui.hooks;

import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.FormEditorPane;
import dev.codexstudio.ui.editors.FormExtension;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The inline {@code [[hooks.<Event>]]} of a {@code config.toml}, as a section of the configuration form: the same
 * hook editor as for hooks.json, editing the TOML tables in place (one undo history with the rest of the form).
 */
public final class InlineHooksExtension implements FormExtension {

    private final Dialogs dialogs;

    public InlineHooksExtension(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public boolean handles(LiveValidator.FileKind kind) {
        return kind == LiveValidator.FileKind.CONFIG;
    }

    @Override
    public Optional<Node> create(EditorContext context, FormEditorPane pane) {
        HookEditorViewModel model = new HookEditorViewModel(context.document(), context.studio());
        Label title = new Label("Inline hooks ([[hooks.<Event>]])");
        title.getStyleClass().addAll("title-3", "form-section-title");
        Label note = FormEditorPane.note("Hooks written in this config.toml. Codex loads them together with the hooks.json "
                + "of the same folder (and warns when a layer has both).");
        HookEditorPanel panel = new HookEditorPanel(model, context.source(), dialogs);
        VBox box = new VBox(10, title, note, panel);
        box.setId("inline-hooks");
        box.getStylesheets().add(HookEditorPanel.stylesheet());
        box.getStyleClass().add("inline-hooks");
        return Optional.of(box);
    }
}
