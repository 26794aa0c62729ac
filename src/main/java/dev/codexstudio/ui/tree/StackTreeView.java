package dev.codexstudio.ui.tree;

import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.ui.app.Icons;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The stack tree: the four layers split by scope, down to each document, skill, hook and config file, with
 * error and warning badges on every node (counts include descendants) and inactive items dimmed. A filter box
 * keeps the nodes whose label or detail contains the text, with their ancestors.
 */
public final class StackTreeView extends VBox {

    private final TextField filter = new TextField();
    private final TreeView<TreeNode> tree = new TreeView<>();
    private final ObjectProperty<TreeNode> root = new SimpleObjectProperty<>();
    private Consumer<TreeNode> onOpen = n -> { };

    public StackTreeView() {
        getStyleClass().add("stack-tree");
        filter.setPromptText("Filter the stack");
        filter.setId("tree-filter");
        tree.setId("stack-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new NodeCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(filter, tree);
        root.addListener((o, a, b) -> rebuild());
        filter.textProperty().addListener((o, a, b) -> rebuild());
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
    }

    public ObjectProperty<TreeNode> rootProperty() {
        return root;
    }

    public TreeView<TreeNode> treeView() {
        return tree;
    }

    public TextField filterField() {
        return filter;
    }

    /** Called with the node the user opens (double-click or Enter). */
    public void setOnOpen(Consumer<TreeNode> handler) {
        onOpen = handler;
    }

    private void openSelected() {
        TreeItem<TreeNode> item = tree.getSelectionModel().getSelectedItem();
        if (item != null) {
            onOpen.accept(item.getValue());
        }
    }

    private void rebuild() {
        TreeNode r = root.get();
        if (r == null) {
            tree.setRoot(null);
            return;
        }
        String f = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        TreeItem<TreeNode> item = build(r, f, 0);
        if (item == null) {
            item = new TreeItem<>(r);
        }
        item.setExpanded(true);
        tree.setRoot(item);
    }

    /** The item for {@code node}, or null when neither it nor a descendant matches the filter. */
    private static TreeItem<TreeNode> build(TreeNode node, String filter, int depth) {
        TreeItem<TreeNode> item = new TreeItem<>(node);
        boolean self = filter.isEmpty() || matches(node, filter);
        for (TreeNode c : node.children()) {
            TreeItem<TreeNode> child = build(c, self && !filter.isEmpty() ? "" : filter, depth + 1);
            if (child != null) {
                item.getChildren().add(child);
            }
        }
        if (!self && item.getChildren().isEmpty()) {
            return null;
        }
        item.setExpanded(!filter.isEmpty() || depth < 2 || node.errors() > 0);
        return item;
    }

    private static boolean matches(TreeNode n, String f) {
        return n.label().toLowerCase(Locale.ROOT).contains(f) || n.detail().toLowerCase(Locale.ROOT).contains(f);
    }

    /** One row: icon, label, muted detail, then error and warning badges. */
    private static final class NodeCell extends TreeCell<TreeNode> {
        @Override
        protected void updateItem(TreeNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().remove("inactive");
            if (empty || node == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(node.label());
            label.getStyleClass().add("node-label");
            HBox row = new HBox(6, Icons.of(Icons.forNode(node)), label);
            row.setAlignment(Pos.CENTER_LEFT);
            if (!node.detail().isEmpty() && node.kind() != TreeNode.Kind.STACK) {
                Label detail = new Label(node.detail());
                detail.getStyleClass().add("node-detail");
                row.getChildren().add(detail);
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row.getChildren().add(spacer);
            if (node.errors() > 0) {
                row.getChildren().add(badge(node.errors(), "badge-error"));
            }
            if (node.warnings() > 0) {
                row.getChildren().add(badge(node.warnings(), "badge-warning"));
            }
            if (node.inactive()) {
                getStyleClass().add("inactive");
            }
            setText(null);
            setGraphic(row);
        }

        private static Label badge(int n, String style) {
            Label b = new Label(Integer.toString(n));
            b.getStyleClass().addAll("badge", style);
            return b;
        }
    }
}
