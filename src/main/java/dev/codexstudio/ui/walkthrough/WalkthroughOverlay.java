package dev.codexstudio.ui.walkthrough;

import dev.codexstudio.ui.walkthrough.WalkthroughStep.Placement;
import java.util.List;
import java.util.Objects;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * Shows a {@link WalkthroughViewModel} over the real window: everything dimmed except a hole around the step's
 * target node, a ring around the hole, and a callout beside it with the step's text, "Step k of n" and Back /
 * Next / Skip. Esc skips. While shown, the scene's root is wrapped in a stack with this overlay on top; the
 * original root comes back when the walkthrough ends.
 */
public final class WalkthroughOverlay extends Pane {

    static final double CALLOUT_WIDTH = 400;
    static final double GAP = 14;
    static final double PAD = 6;

    private final WalkthroughViewModel model;
    private final Scene scene;
    private final StackPane wrapper = new StackPane();
    private Parent original;

    private final Region dim = new Region();
    private Shape dimShape;
    private final Rectangle ring = new Rectangle();
    private final VBox callout = new VBox(8);
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label progress = new Label();
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final Button skip = new Button("Skip");
    private final HBox stepButtons;
    private final HBox offerButtons;
    private boolean offering;
    private Runnable onAccept = () -> { };
    private final EventHandler<KeyEvent> keys = this::onKey;

    public WalkthroughOverlay(WalkthroughViewModel model, Scene scene) {
        this.model = Objects.requireNonNull(model);
        this.scene = Objects.requireNonNull(scene);
        setId("walkthrough-overlay");
        getStyleClass().add("walkthrough-overlay");
        getStylesheets().add(Objects.requireNonNull(
                WalkthroughOverlay.class.getResource("/dev/codexstudio/ui/walkthrough.css")).toExternalForm());
        dim.setManaged(false);
        ring.setId("walkthrough-spotlight");
        ring.getStyleClass().add("walkthrough-ring");
        ring.setManaged(false);
        ring.setMouseTransparent(true);

        title.setId("walkthrough-title");
        title.getStyleClass().add("walkthrough-title");
        title.setWrapText(true);
        text.setId("walkthrough-text");
        text.getStyleClass().add("walkthrough-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        progress.setId("walkthrough-progress");
        progress.getStyleClass().add("walkthrough-progress");
        back.setId("walkthrough-back");
        next.setId("walkthrough-next");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        skip.setId("walkthrough-skip");
        skip.getStyleClass().add("flat");
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        skip.setOnAction(e -> model.skip());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        stepButtons = new HBox(8, progress, spacer, skip, back, next);
        stepButtons.setAlignment(Pos.CENTER_LEFT);

        Button start = new Button("Start the walkthrough");
        start.setId("walkthrough-offer-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setOnAction(e -> {
            offering = false;
            onAccept.run();
        });
        Button later = new Button("Not now");
        later.setId("walkthrough-offer-later");
        later.setOnAction(e -> {
            offering = false;
            detach();
        });
        Region offerSpacer = new Region();
        HBox.setHgrow(offerSpacer, Priority.ALWAYS);
        offerButtons = new HBox(8, offerSpacer, later, start);
        offerButtons.setAlignment(Pos.CENTER_RIGHT);

        callout.setId("walkthrough-callout");
        callout.getStyleClass().add("walkthrough-callout");
        callout.setManaged(false);
        callout.setPrefWidth(CALLOUT_WIDTH);
        callout.setMaxWidth(CALLOUT_WIDTH);
        getChildren().addAll(ring, callout);

        model.indexProperty().addListener((o, a, b) -> refresh());
        model.runningProperty().addListener((o, was, now) -> {
            if (!now && !offering) {
                detach();
            }
        });
    }

    /** Asks whether to take the walkthrough; {@code accept} runs when the user says yes. */
    public void offer(String heading, String message, Runnable accept) {
        offering = true;
        onAccept = accept;
        attach();
        title.setText(heading);
        text.setText(message);
        callout.setId("walkthrough-offer");
        callout.getChildren().setAll(title, text, offerButtons);
        requestLayout();
    }

    /** Starts {@code steps} (the overlay shows itself). */
    public void start(List<WalkthroughStep> steps) {
        offering = false;
        callout.setId("walkthrough-callout");
        callout.getChildren().setAll(title, text, stepButtons);
        attach();
        model.start(steps);
        refresh();
    }

    public WalkthroughViewModel model() {
        return model;
    }

    /** True while the overlay is on the window. */
    public boolean isShowing() {
        return getParent() != null;
    }

    private void attach() {
        if (isShowing()) {
            return;
        }
        original = scene.getRoot();
        scene.setRoot(wrapper);
        wrapper.getStyleClass().setAll(original.getStyleClass().stream().filter(c -> c.startsWith("theme-")).toList());
        wrapper.getChildren().setAll(original, this);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    private void detach() {
        if (!isShowing()) {
            return;
        }
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        List<String> theme = wrapper.getStyleClass().stream().filter(c -> c.startsWith("theme-")).toList();
        wrapper.getChildren().clear();
        original.getStyleClass().removeIf(c -> c.startsWith("theme-"));
        original.getStyleClass().addAll(theme);
        scene.setRoot(original);
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            offering = false;
            if (model.isRunning()) {
                model.skip();
            } else {
                detach();
            }
        }
    }

    private void refresh() {
        model.current().ifPresent(step -> {
            if (step.selectTab() != null) {
                for (Node n : original.lookupAll(".tab-pane")) {
                    TabPane tp = (TabPane) n;
                    tp.getTabs().stream().filter(t -> step.selectTab().equals(t.getId())).findFirst()
                            .ifPresent(t -> tp.getSelectionModel().select(t));
                }
            }
            title.setText(step.title());
            text.setText(step.text());
            progress.setText(model.progress());
            back.setDisable(!model.canGoBack());
            next.setText(model.isLast() ? "Done" : "Next");
        });
        requestLayout();
    }

    /** The target's bounds in this overlay, or null when the step has none or it is not on screen. */
    Bounds targetBounds() {
        if (offering || model.current().isEmpty() || model.current().get().targetId() == null) {
            return null;
        }
        Node target = original.lookup("#" + model.current().get().targetId());
        if (target == null || !target.isVisible() || target.getScene() == null) {
            return null;
        }
        // Only the visible part: clipped by every ancestor (a scroll pane's viewport, a split pane's side).
        Bounds sb = target.localToScene(target.getBoundsInLocal());
        double minX = sb.getMinX(), minY = sb.getMinY(), maxX = sb.getMaxX(), maxY = sb.getMaxY();
        for (Parent p = target.getParent(); p != null; p = p.getParent()) {
            Bounds pb = p.localToScene(p.getLayoutBounds());
            minX = Math.max(minX, pb.getMinX());
            minY = Math.max(minY, pb.getMinY());
            maxX = Math.min(maxX, pb.getMaxX());
            maxY = Math.min(maxY, pb.getMaxY());
        }
        if (maxX <= minX || maxY <= minY) {
            return null;
        }
        Bounds b = sceneToLocal(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
        double x = Math.max(0, b.getMinX() - PAD);
        double y = Math.max(0, b.getMinY() - PAD);
        double w = Math.min(getWidth(), b.getMaxX() + PAD) - x;
        double h = Math.min(getHeight(), b.getMaxY() + PAD) - y;
        return w <= 0 || h <= 0 ? null : new BoundingBox(x, y, w, h);
    }

    /** Where the callout is placed (for tests): its bounds in this overlay. */
    Bounds calloutBounds() {
        return new BoundingBox(callout.getLayoutX(), callout.getLayoutY(), callout.getWidth(), callout.getHeight());
    }

    @Override
    protected void layoutChildren() {
        if (original != null) {
            original.applyCss();
            original.layout();
        }
        double w = getWidth();
        double h = getHeight();
        Bounds hole = targetBounds();
        getChildren().remove(dimShape);
        Rectangle all = new Rectangle(0, 0, w, h);
        if (hole != null) {
            Rectangle cut = new Rectangle(hole.getMinX(), hole.getMinY(), hole.getWidth(), hole.getHeight());
            cut.setArcWidth(12);
            cut.setArcHeight(12);
            dimShape = Shape.subtract(all, cut);
            ring.setX(hole.getMinX());
            ring.setY(hole.getMinY());
            ring.setWidth(hole.getWidth());
            ring.setHeight(hole.getHeight());
            ring.setVisible(true);
        } else {
            dimShape = all;
            ring.setVisible(false);
        }
        dimShape.setId("walkthrough-dim");
        dimShape.getStyleClass().add("walkthrough-dim");
        dimShape.setManaged(false);
        getChildren().add(0, dimShape);

        callout.applyCss();
        double cw = Math.min(CALLOUT_WIDTH, w - 2 * GAP);
        double inner = cw - callout.snappedLeftInset() - callout.snappedRightInset();
        for (Label l : List.of(title, text)) {
            l.setPrefWidth(inner);
            l.setMinHeight(l.prefHeight(inner));
        }
        double ch = callout.prefHeight(cw);
        callout.resize(cw, ch);
        double[] at = place(hole, model.current().map(WalkthroughStep::placement).orElse(Placement.CENTER), cw, ch, w, h);
        callout.relocate(at[0], at[1]);
    }

    /** The callout's top-left corner: beside the target where it fits, else where it covers the least of it. */
    static double[] place(Bounds hole, Placement preferred, double cw, double ch, double w, double h) {
        if (hole == null || preferred == Placement.CENTER) {
            return new double[] {(w - cw) / 2, Math.max(GAP, (h - ch) / 2)};
        }
        Placement[] order = switch (preferred) {
            case RIGHT -> new Placement[] {Placement.RIGHT, Placement.LEFT, Placement.BELOW, Placement.ABOVE};
            case LEFT -> new Placement[] {Placement.LEFT, Placement.RIGHT, Placement.BELOW, Placement.ABOVE};
            case BELOW -> new Placement[] {Placement.BELOW, Placement.ABOVE, Placement.RIGHT, Placement.LEFT};
            default -> new Placement[] {Placement.ABOVE, Placement.BELOW, Placement.RIGHT, Placement.LEFT};
        };
        for (Placement p : order) {
            double[] at = candidate(hole, p, cw, ch, w, h);
            if (at != null) {
                return at;
            }
        }
        // No side has room: inside the target's bottom-right corner, so its top-left (titles, headers) stays visible.
        double x = clamp(hole.getMaxX() - cw - GAP, GAP, w - cw - GAP);
        double y = clamp(hole.getMaxY() - ch - GAP, GAP, h - ch - GAP);
        return new double[] {x, y};
    }

    private static double[] candidate(Bounds hole, Placement p, double cw, double ch, double w, double h) {
        double x;
        double y;
        switch (p) {
            case RIGHT -> {
                x = hole.getMaxX() + GAP;
                y = clamp(hole.getMinY() + GAP * 2, GAP, h - ch - GAP);
                return x + cw + GAP <= w ? new double[] {x, y} : null;
            }
            case LEFT -> {
                x = hole.getMinX() - GAP - cw;
                y = clamp(hole.getMinY() + GAP * 2, GAP, h - ch - GAP);
                return x >= GAP ? new double[] {x, y} : null;
            }
            case BELOW -> {
                x = clamp(hole.getMinX() + GAP * 2, GAP, w - cw - GAP);
                y = hole.getMaxY() + GAP;
                return y + ch + GAP <= h ? new double[] {x, y} : null;
            }
            default -> {
                x = clamp(hole.getMinX() + GAP * 2, GAP, w - cw - GAP);
                y = hole.getMinY() - GAP - ch;
                return y >= GAP ? new double[] {x, y} : null;
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, Math.max(lo, hi)));
    }
}
