package dev.codexstudio.ui.app;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.ui.editors.EditorArea;
import dev.codexstudio.ui.editors.EditorFactory;
import dev.codexstudio.ui.problems.ProblemsView;
import dev.codexstudio.ui.problems.ProblemsViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import dev.codexstudio.ui.tree.StackTreeView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The studio window: menu and toolbar from one set of actions, the stack tree on the left, editors in the
 * centre, the Problems panel below, and a status bar. A folder can be opened from the menu, the toolbar, a
 * recent-projects list, by dropping it on the window, or as a command-line argument.
 */
public final class MainWindow {

    private final StudioViewModel studio;
    private final ProblemsViewModel problemsModel;
    private final ThemeManager themes;
    private final BorderPane root = new BorderPane();
    private final StackTreeView tree = new StackTreeView();
    private final ProblemsView problems;
    private final EditorArea editors;
    private final Menu recentMenu = new Menu("Open Recent");
    private final List<Action> actions = new ArrayList<>();
    private final MenuBar menus = new MenuBar();
    private final ToolBar toolbar = new ToolBar();
    private Dialogs dialogs;
    private Scene scene;

    public MainWindow(StudioViewModel studio, ThemeManager themes, Dialogs dialogs) {
        this.studio = studio;
        this.themes = themes;
        this.dialogs = dialogs;
        this.problemsModel = new ProblemsViewModel(studio);
        this.problems = new ProblemsView(problemsModel);
        this.editors = new EditorArea(studio, f -> this.dialogs.resolveConflict(f), m -> this.dialogs.showError(m));
        editors.setDiscardConfirmation(d -> this.dialogs.confirmDiscard(d.path()));
        build();
    }

    public Scene scene() {
        if (scene == null) {
            scene = new Scene(root, 1280, 800);
            themes.apply(themes.choice(), scene);
        }
        return scene;
    }

    public void setDialogs(Dialogs d) {
        dialogs = d;
    }

    public StudioViewModel studio() {
        return studio;
    }

    public StackTreeView tree() {
        return tree;
    }

    public ProblemsView problems() {
        return problems;
    }

    public EditorArea editors() {
        return editors;
    }

    public List<Action> actions() {
        return List.copyOf(actions);
    }

    /** Registers a form editor for a kind of stack file. */
    public void registerEditor(EditorFactory factory) {
        editors.register(factory);
    }

    /** Registers a section for other capabilities' form editors. */
    public void registerExtension(dev.codexstudio.ui.editors.FormExtension extension) {
        editors.registerExtension(extension);
    }

    /**
     * Adds an action to a menu ({@code "File"}, {@code "Edit"}, {@code "View"}, {@code "Stack"} or {@code "Help"}) and, when
     * {@code toolbar} is true, to the toolbar. Its shortcut works wherever the window has focus.
     */
    public void addMenuAction(String menu, Action action, boolean toolbar) {
        actions.add(action);
        Menu m = menus.getMenus().stream().filter(x -> x.getText().equals(menu)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no menu " + menu));
        m.getItems().add(action.menuItem());
        if (toolbar) {
            this.toolbar.getItems().add(action.button());
        }
    }

    /** Adds a fixed tab to the editor area (the lifecycle diagram, …). */
    public void addTab(Tab tab) {
        editors.addFixedTab(tab);
    }

    private void build() {
        root.setId("studio-root");
        BooleanBinding noProject = studio.projectProperty().isNull();
        BooleanBinding noEditor = Bindings.createBooleanBinding(() -> editors.selected().isEmpty(),
                editors.tabs().getSelectionModel().selectedItemProperty());
        Action open = add(new Action("open", "Open Repository…", Feather.FOLDER,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseProject, null));
        Action reload = add(new Action("reload", "Scan Again", Feather.REFRESH_CW, new KeyCodeCombination(KeyCode.F5),
                studio::rescan, noProject));
        Action save = add(new Action("save", "Save", Feather.SAVE,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), editors::saveSelected, noEditor));
        Action saveAll = add(new Action("save-all", "Save All", null,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                editors::saveAll, null));
        Action undo = add(new Action("undo", "Undo", Feather.CORNER_UP_LEFT,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                () -> editors.selected().ifPresent(t -> t.document().undoManager().undo()), noEditor));
        Action redo = add(new Action("redo", "Redo", Feather.CORNER_UP_RIGHT,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> editors.selected().ifPresent(t -> t.document().undoManager().redo()), noEditor));
        Action find = add(new Action("find", "Find…", Feather.SEARCH,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> editors.selected().ifPresent(t -> t.source().showFind()), noEditor));
        Action filterTree = add(new Action("filter-tree", "Filter the Stack Tree", Feather.FILTER,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> tree.filterField().requestFocus(), null));
        Action next = add(new Action("next-problem", "Next Problem", Feather.ARROW_DOWN_CIRCLE,
                new KeyCodeCombination(KeyCode.F8), problems::selectNext, null));
        Action home = add(new Action("codex-home", "Change Codex Home…", Feather.HOME, null, this::chooseCodexHome, null));
        Action theme = add(new Action("theme", "Toggle Light/Dark Theme", Feather.MOON,
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> themes.toggle(scene), null));
        Action closeTab = add(new Action("close-tab", "Close Tab", null,
                new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), this::closeSelectedTab, noEditor));

        Menu file = new Menu("File");
        file.getItems().addAll(open.menuItem(), recentMenu, new SeparatorMenuItem(), save.menuItem(), saveAll.menuItem(),
                closeTab.menuItem(), new SeparatorMenuItem(), reload.menuItem(), home.menuItem());
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(undo.menuItem(), redo.menuItem(), new SeparatorMenuItem(), find.menuItem(),
                filterTree.menuItem());
        Menu view = new Menu("View");
        view.getItems().addAll(next.menuItem(), theme.menuItem());
        Menu stackMenu = new Menu("Stack");
        Menu help = new Menu("Help");
        menus.getMenus().setAll(file, edit, view, stackMenu, help);
        menus.setId("menu-bar");
        updateRecent();
        studio.recentProjects().addListener((ListChangeListener<Path>) c -> updateRecent());

        toolbar.getItems().setAll(open.button(), reload.button(), save.button(), undo.button(), redo.button(),
                find.button(), next.button(), home.button(), theme.button(), new javafx.scene.control.Separator());
        toolbar.setId("tool-bar");
        root.setTop(new VBox(menus, toolbar));

        tree.rootProperty().bind(studio.treeProperty());
        tree.setOnOpen(this::openNode);
        problems.setOnOpen(this::openProblem);
        problems.setOnFix(editors::applyFix);

        SplitPane centre = new SplitPane(editors.tabs(), problems);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        SplitPane main = new SplitPane(tree, centre);
        main.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(tree, false);
        root.setCenter(main);
        root.setBottom(statusBar());

        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.LINK, TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                Path p = e.getDragboard().getFiles().get(0).toPath();
                done = openProject(Files.isDirectory(p) ? p : p.getParent());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private Action add(Action a) {
        actions.add(a);
        return a;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(studio.statusProperty());
        status.setId("status-text");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(studio.scanningProperty());
        Label home = new Label();
        home.textProperty().bind(Bindings.createStringBinding(() -> "Codex home: " + studio.codexHomeProperty().get(),
                studio.codexHomeProperty()));
        home.setId("status-codex-home");
        Label counts = new Label();
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            long e = studio.problems().stream().filter(d -> d.severity() == Severity.ERROR).count();
            long w = studio.problems().stream().filter(d -> d.severity() == Severity.WARNING).count();
            return e + " errors · " + w + " warnings";
        }, studio.problems()));
        counts.setId("status-counts");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, status, spacer, counts, home);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
        return bar;
    }

    private void updateRecent() {
        recentMenu.getItems().clear();
        for (Path p : studio.recentProjects()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> openProject(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Asks for a repository folder and opens it. */
    public void chooseProject() {
        dialogs.chooseDirectory("Open a repository", studio.project().orElse(null)).ifPresent(this::openProject);
    }

    private void chooseCodexHome() {
        dialogs.chooseDirectory("Choose the Codex home", studio.codexHomeProperty().get()).ifPresent(studio::setCodexHome);
    }

    /** Opens a repository (asks first when editors have unsaved changes). */
    public boolean openProject(Path dir) {
        if (editors.hasUnsaved() && !dialogs.confirmDiscard(dir)) {
            return false;
        }
        editors.tabs().getTabs().removeIf(t -> t instanceof dev.codexstudio.ui.editors.EditorTab);
        boolean ok = studio.open(dir);
        if (!ok) {
            dialogs.showError(studio.statusProperty().get());
        }
        return ok;
    }

    private void openNode(TreeNode node) {
        Optional.ofNullable(node.file()).filter(Files::isRegularFile)
                .ifPresent(f -> editors.open(f, node.line(), 1));
    }

    private void openProblem(Diagnostic d) {
        Path f = d.position().file();
        if (Files.isRegularFile(f)) {
            editors.open(f, d.position().line(), d.position().column());
        }
    }

    private void closeSelectedTab() {
        editors.selected().ifPresent(t -> {
            if (!t.document().isDirty() || dialogs.confirmDiscard(t.document().path())) {
                editors.tabs().getTabs().remove(t);
                studio.forgetLive(t.document().path());
            }
        });
    }
}
