package dev.codexstudio.ui.report;

import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.app.Dialogs;
import dev.codexstudio.ui.studio.StudioViewModel;
import org.kordamp.ikonli.feather.Feather;

/** The Stack menu's "Write Stack Report…" (id {@code stack-report}). */
public final class StackReportAction {

    private StackReportAction() {
    }

    public static Action action(StudioViewModel studio, Dialogs dialogs) {
        StackReportViewModel vm = new StackReportViewModel(studio, dialogs);
        return new Action("stack-report", "Write Stack Report…", Feather.FILE_TEXT, null, vm::writeReport,
                studio.projectProperty().isNull());
    }
}
