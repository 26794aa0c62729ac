package dev.codexstudio.ui.tree;

import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.ui.app.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
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
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The stack tree: the four layers split by scope, down to each document, skill, hook and config file, with
 * error and warning badges on every node (counts include descendants) and inactive items dimmed. A filter box
 * keeps the nodes whose label or detail contains the text, with their ancestors.
 */
public final class StackTreeView extends VBox {

    private final TextField filter = new TextField();
    private final TreeView<TreeNode> tree = new TreeView<>();
    private final ObjectProperty<TreeNode> root = new SimpleObjectProperty<>();
    private final TreeItem<TreeNode> rootItem = new TreeItem<>();
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
        Set<TreeNode> kept = f.isEmpty() ? Set.of() : kept(r, f);
        // the tree keeps one root item and changes its value and children: a new root item would empty and
        // refill every row (and restyle its nodes) before the new rows are shown
        rootItem.setValue(r);
        rootItem.getChildren().setAll(NodeItem.children(r, f, kept, 0));
        rootItem.setExpanded(true);
        if (tree.getRoot() != rootItem) {
            tree.setRoot(rootItem);
        }
    }

    /**
     * The nodes that a non-empty filter keeps in the tree: those that match and their ancestors (by identity, as
     * the same record can stand in two places). Below a match, the items list every
     * descendant without looking here.
     */
    private static Set<TreeNode> kept(TreeNode root, String filter) {
        Set<TreeNode> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep(root, filter, out);
        return out;
    }

    private static boolean keep(TreeNode node, String filter, Set<TreeNode> out) {
        boolean any = matches(node, filter);
        for (TreeNode c : node.children()) {
            any |= keep(c, filter, out);
        }
        if (any) {
            out.add(node);
        }
        return any;
    }

    private static boolean matches(TreeNode n, String f) {
        return n.label().toLowerCase(Locale.ROOT).contains(f) || n.detail().toLowerCase(Locale.ROOT).contains(f);
    }

    /**
     * An item whose children are made the first time they are asked for (when it is expanded, or walked), so that
     * showing a stack of thousands of nodes only makes the items of the rows that can be seen. Under a filter, an
     * item that does not match lists only the children the filter keeps; below a match every descendant is listed
     * and expanded as without a filter. Expanded are the items under a filter, the first two levels and the nodes
     * with errors.
     */
    private static final class NodeItem extends TreeItem<TreeNode> {
        private final String filter;
        private final Set<TreeNode> kept;
        private final int depth;
        private boolean made;

        NodeItem(TreeNode node, String filter, Set<TreeNode> kept, int depth) {
            super(node);
            this.filter = filter;
            this.kept = kept;
            this.depth = depth;
            setExpanded(!filter.isEmpty() || depth < 2 || node.errors() > 0);
        }

        @Override
        public boolean isLeaf() {
            return made ? super.getChildren().isEmpty() : shown().isEmpty();
        }

        @Override
        public ObservableList<TreeItem<TreeNode>> getChildren() {
            if (!made) {
                made = true;
                super.getChildren().setAll(children(getValue(), filter, kept, depth));
            }
            return super.getChildren();
        }

        /** The items of the children that {@code node}'s item lists, at {@code depth} + 1. */
        static List<TreeItem<TreeNode>> children(TreeNode node, String filter, Set<TreeNode> kept, int depth) {
            String below = filter.isEmpty() || matches(node, filter) ? "" : filter;
            List<TreeItem<TreeNode>> items = new ArrayList<>();
            for (TreeNode c : shown(node, filter, kept)) {
                items.add(new NodeItem(c, below, kept, depth + 1));
            }
            return items;
        }

        private List<TreeNode> shown() {
            return shown(getValue(), filter, kept);
        }

        /** The children an item of {@code node} lists under {@code filter}. */
        private static List<TreeNode> shown(TreeNode node, String filter, Set<TreeNode> kept) {
            if (filter.isEmpty() || matches(node, filter)) {
                return node.children();
            }
            List<TreeNode> out = new ArrayList<>();
            for (TreeNode c : node.children()) {
                if (kept.contains(c)) {
                    out.add(c);
                }
            }
            return out;
        }
    }

    /**
     * One row: icon, label, muted detail, then error and warning badges. The row's nodes are made once per cell
     * and updated for each item, so scrolling and a new stack do not restyle fresh nodes for every row. The row
     * stays the cell's graphic for the cell's whole life (hidden while the cell is empty) and a dimmed row is a
     * pseudo-class: changing a tree cell's graphic or style classes makes the skin lay out and restyle its
     * disclosure arrow again, which, for every visible row when a new stack arrives, took most of a frame.
     */
    private static final class NodeCell extends TreeCell<TreeNode> {
        private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

        private final FontIcon icon = Icons.of(Feather.LAYERS);
        private final Label label = new Label();
        private final Label detail = new Label();
        private final Region spacer = new Region();
        private final Label errors = badge("badge-error");
        private final Label warnings = badge("badge-warning");
        private final HBox row = new HBox(6);
        private Ikon shownIcon = Feather.LAYERS;

        NodeCell() {
            label.getStyleClass().add("node-label");
            detail.getStyleClass().add("node-detail");
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setVisible(false);
            setText(null);
            setGraphic(row);
        }

        /** Nodes are records: equal ones compare their whole subtrees, so a row only asks whether it is the same one. */
        @Override
        protected boolean isItemChanged(TreeNode oldItem, TreeNode newItem) {
            return oldItem != newItem;
        }

        @Override
        protected void updateItem(TreeNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                row.setVisible(false);
                pseudoClassStateChanged(INACTIVE, false);
                return;
            }
            Ikon ikon = Icons.forNode(node);
            if (ikon != shownIcon) {
                icon.setIconCode(ikon);
                shownIcon = ikon;
            }
            label.setText(node.label());
            List<javafx.scene.Node> parts = new ArrayList<>(6);
            parts.add(icon);
            parts.add(label);
            if (!node.detail().isEmpty() && node.kind() != TreeNode.Kind.STACK) {
                detail.setText(node.detail());
                parts.add(detail);
            }
            parts.add(spacer);
            if (node.errors() > 0) {
                errors.setText(Integer.toString(node.errors()));
                parts.add(errors);
            }
            if (node.warnings() > 0) {
                warnings.setText(Integer.toString(node.warnings()));
                parts.add(warnings);
            }
            if (!row.getChildren().equals(parts)) {
                row.getChildren().setAll(parts);
            }
            pseudoClassStateChanged(INACTIVE, node.inactive());
            row.setVisible(true);
        }

        private static Label badge(String style) {
            Label b = new Label();
            b.getStyleClass().addAll("badge", style);
            return b;
        }
    }
}
