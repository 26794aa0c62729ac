package dev.codexstudio.ui.config;

import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.editors.EditorContext;
import dev.codexstudio.ui.editors.EditorFactory;
import dev.codexstudio.ui.editors.EditorTab;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;

/** The form editor for {@code config.toml} layers and {@code <name>.config.toml} profile files. */
public final class ConfigEditorFactory implements EditorFactory {

    private final Function<Path, Optional<EditorTab>> opener;

    /** @param opener opens (or shows) a file in the studio's editors, for profile files and new profiles */
    public ConfigEditorFactory(Function<Path, Optional<EditorTab>> opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    @Override
    public boolean handles(LiveValidator.FileKind kind) {
        return kind == LiveValidator.FileKind.CONFIG;
    }

    @Override
    public Node create(EditorContext context) {
        return new ConfigEditor(context, opener);
    }
}
