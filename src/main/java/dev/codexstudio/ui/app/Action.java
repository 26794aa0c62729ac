package dev.codexstudio.ui.app;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One action defined once and shown as a menu item, a toolbar button and a keyboard shortcut (the accelerator
 * lives on the menu item, so the shortcut works wherever the window has focus).
 *
 * @param id          stable id, also the node id of its button ({@code action-<id>})
 * @param text        menu text
 * @param icon        icon, or null
 * @param accelerator shortcut, or null
 * @param disabled    when the action is unavailable, or null for always available
 */
public record Action(String id, String text, Ikon icon, KeyCombination accelerator, Runnable handler,
        ObservableBooleanValue disabled) {

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + id);
        if (icon != null) {
            item.setGraphic(Icons.of(icon));
        }
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> handler.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    public Button button() {
        Button b = new Button(null, icon == null ? null : Icons.of(icon));
        b.setId("action-" + id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(text + (accelerator == null ? "" : " (" + accelerator.getDisplayText() + ")")));
        b.setOnAction(e -> handler.run());
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        return b;
    }
}
