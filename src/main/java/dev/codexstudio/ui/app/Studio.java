package dev.codexstudio.ui.app;

import dev.codexstudio.ui.agents.GuidanceEditorFactory;
import dev.codexstudio.ui.overview.OverviewView;
import dev.codexstudio.ui.overview.OverviewViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import javafx.scene.control.Tab;

/**
 * Puts the studio together: the main window with every editor and fixed tab registered. The application and
 * the UI tests both build the window here, so the tests see exactly what users see.
 */
public final class Studio {

    private Studio() {
    }

    public static MainWindow build(StudioViewModel studio, ThemeManager themes, Dialogs dialogs) {
        MainWindow window = new MainWindow(studio, themes, dialogs);
        Tab overview = new Tab("Overview", new OverviewView(new OverviewViewModel(studio), dialogs,
                window::chooseProject, window::openProject));
        overview.setId("tab-overview");
        window.addTab(overview);

        // fixed tabs (one line each)
        window.addTab(dev.codexstudio.ui.hooks.LifecycleDiagramView.tab(studio, dialogs, (file, line) -> window.editors().open(file, line, 1)));

        // menu actions (one line each)
        dev.codexstudio.ui.newstack.NewStackWizardWindow.register(window, studio, dialogs);
        dev.codexstudio.ui.export.ExportDialog.register(window, studio, dialogs);
        dev.codexstudio.ui.claude.ClaudeImportView.register(window, studio, dialogs);
        window.addMenuAction("Stack", dev.codexstudio.ui.hookrun.HookRunDialog.action(studio, dialogs), false);
        dev.codexstudio.ui.walkthrough.Walkthrough.install(window, studio);
        window.addMenuAction("Stack", dev.codexstudio.ui.report.StackReportAction.action(studio, dialogs), false);
        window.addMenuAction("Stack", dev.codexstudio.ui.migrate.MigrateDialog.action(window, studio), false);
        window.addMenuAction("Stack", dev.codexstudio.ui.finetune.FineTuneDialog.action(studio), false);

        // form editors per kind of stack file (one line each); skills also add their Stack menu actions
        window.registerEditor(new GuidanceEditorFactory());
        dev.codexstudio.ui.skills.SkillEditorFactory.install(window, dialogs);
        window.registerEditor(new dev.codexstudio.ui.hooks.HookEditorFactory(dialogs));
        window.registerEditor(new dev.codexstudio.ui.config.ConfigEditorFactory(f -> window.editors().open(f, 1, 1)));
        window.registerEditor(new dev.codexstudio.ui.requirements.RequirementsEditorFactory((file, line, column) -> window.editors().open(file, line, column)));

        // sections one capability adds to another's form, in the order they appear (one line each)
        window.registerExtension(new dev.codexstudio.ui.requirements.ConfigConflictsExtension((file, line, column) -> window.editors().open(file, line, column)));
        window.registerExtension(new dev.codexstudio.ui.hooks.InlineHooksExtension(dialogs));
        window.registerExtension(new dev.codexstudio.ui.hookrun.HookRunExtension(dialogs));

        return window;
    }
}
