package dev.codexstudio.ui.report;

import dev.codexstudio.core.report.ReportWriter;
import dev.codexstudio.core.report.StackSummary;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Stack → "Write Stack Report…": asks for a folder, writes STACK-REPORT.md and hook-lifecycle.png there through
 * the studio's task executor (core {@link ReportWriter}, atomic writes), then says in the status bar where they went.
 */
public final class StackReportViewModel {

    private final StudioViewModel studio;
    private final Dialogs dialogs;
    private final ReadOnlyObjectWrapper<ReportWriter.Written> written = new ReadOnlyObjectWrapper<>();

    public StackReportViewModel(StudioViewModel studio, Dialogs dialogs) {
        this.studio = studio;
        this.dialogs = dialogs;
    }

    /** The files of the last report written, or null before one is. */
    public ReadOnlyObjectProperty<ReportWriter.Written> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Asks for the folder (starting at the project) and writes the report there; nothing when cancelled. */
    public void writeReport() {
        Optional<Stack> stack = studio.stack();
        if (stack.isEmpty()) {
            dialogs.showError("Open a repository first: the report describes its stack.");
            return;
        }
        dialogs.chooseDirectory("Folder for STACK-REPORT.md", stack.get().root()).ifPresent(dir -> write(stack.get(), dir));
    }

    /** Writes the report of {@code stack} into {@code dir} in the background. */
    public void write(Stack stack, Path dir) {
        studio.executor().submit("Writing the stack report", () -> ReportWriter.write(StackSummary.of(stack), dir),
                w -> {
                    written.set(w);
                    studio.statusProperty().set("Stack report written to " + w.report() + " (with "
                            + w.diagram().getFileName() + ")");
                },
                e -> dialogs.showError("Could not write the stack report to " + dir + ": "
                        + (e.getMessage() == null ? e.toString() : e.getMessage())));
    }
}
