package dev.codexstudio.ui.walkthrough;

import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.app.Action;
import dev.codexstudio.ui.app.MainWindow;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import java.util.Optional;
import org.kordamp.ikonli.feather.Feather;

/**
 * Installs the walkthrough: Help → Walkthrough (id {@code walkthrough}) starts it for the open stack, and the first
 * time a bundled sample is opened it is offered once (remembered in the studio's settings).
 */
public final class Walkthrough {

    private final MainWindow window;
    private final StudioViewModel studio;
    private final WalkthroughViewModel model = new WalkthroughViewModel();
    private WalkthroughOverlay overlay;

    private Walkthrough(MainWindow window, StudioViewModel studio) {
        this.window = window;
        this.studio = studio;
    }

    public static Walkthrough install(MainWindow window, StudioViewModel studio) {
        Walkthrough w = new Walkthrough(window, studio);
        window.addMenuAction("Help", new Action("walkthrough", "Walkthrough", Feather.COMPASS, null, w::start,
                studio.stackProperty().isNull()), false);
        studio.stackProperty().addListener((o, before, now) -> w.offerOnce(now));
        return w;
    }

    public WalkthroughViewModel model() {
        return model;
    }

    /** Starts the walkthrough for the open stack. */
    public void start() {
        studio.stack().ifPresent(s -> overlay().start(WalkthroughViewModel.stepsFor(s)));
    }

    private void offerOnce(Stack stack) {
        if (stack == null || !studio.inSample() || studio.settings().walkthroughOffered() || model.isRunning()) {
            return;
        }
        studio.settings().setWalkthroughOffered(true);
        String name = Optional.ofNullable(stack.root().getParent()).map(Path::getFileName).map(Path::toString).orElse("sample");
        overlay().offer("Take the walkthrough?",
                "You opened the sample " + name + ". A short walkthrough shows its four layers — guidance, skills, hooks "
                        + "and configuration — on this repository's own files, then the Problems panel and the editors. "
                        + "You can take it later from Help → Walkthrough.",
                this::start);
    }

    private WalkthroughOverlay overlay() {
        if (overlay == null) {
            overlay = new WalkthroughOverlay(model, window.scene());
        }
        return overlay;
    }
}
