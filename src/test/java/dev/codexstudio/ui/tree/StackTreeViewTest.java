package dev.codexstudio.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.stack.TreeNode;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The stack tree's items: which nodes are listed and expanded, with and without a filter. */
@ExtendWith(ApplicationExtension.class)
class StackTreeViewTest {

    private StackTreeView view;

    @Start
    void start(Stage stage) {
        view = new StackTreeView();
        stage.setScene(new Scene(view, 400, 600));
        stage.show();
    }

    private static TreeNode node(String label, TreeNode.Kind kind, String detail, int errors, TreeNode... children) {
        return new TreeNode(label, kind, detail, null, 0, false, List.of(children), errors, 0);
    }

    /** repo / Guidance / Project / svc / AGENTS.md (an error below svc), and Skills / Repository / release-notes. */
    private static TreeNode stack() {
        TreeNode agents = node("AGENTS.md", TreeNode.Kind.GUIDANCE, "cut at 1,024 bytes", 1);
        TreeNode svc = node("svc", TreeNode.Kind.FOLDER, "", 1, agents);
        TreeNode other = node("docs", TreeNode.Kind.FOLDER, "", 0, node("AGENTS.md", TreeNode.Kind.GUIDANCE, "", 0));
        TreeNode project = node("Project", TreeNode.Kind.SCOPE, "", 1, svc, other);
        TreeNode guidance = node("Guidance", TreeNode.Kind.LAYER, "", 1, project);
        TreeNode skill = node("release-notes", TreeNode.Kind.SKILL, "writes the notes", 0);
        TreeNode skills = node("Skills", TreeNode.Kind.LAYER, "", 0,
                node("Repository", TreeNode.Kind.SCOPE, "", 0, skill, node("db-migration", TreeNode.Kind.SKILL, "", 0)));
        return node("repo", TreeNode.Kind.STACK, "", 1, guidance, skills);
    }

    private static void walk(TreeItem<TreeNode> item, String indent, List<String> out) {
        out.add(indent + item.getValue().label() + (item.isExpanded() ? " +" : ""));
        for (TreeItem<TreeNode> c : item.getChildren()) {
            walk(c, indent + "  ", out);
        }
    }

    private List<String> shown(FxRobot robot, String filter) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            view.filterField().setText(filter);
            view.rootProperty().set(stack());
            walk(view.treeView().getRoot(), "", out);
        });
        return out;
    }

    @Test
    void withoutAFilterEveryNodeIsListedAndTheFirstTwoLevelsAndNodesWithErrorsAreExpanded(FxRobot robot) {
        assertThat(shown(robot, "")).containsExactly(
                "repo +",
                "  Guidance +",
                "    Project +",
                "      svc +",
                "        AGENTS.md +",
                "      docs",
                "        AGENTS.md",
                "  Skills +",
                "    Repository",
                "      release-notes",
                "      db-migration");
        robot.interact(() -> {
            TreeItem<TreeNode> docs = view.treeView().getRoot().getChildren().get(0).getChildren().get(0)
                    .getChildren().get(1);
            assertThat(docs.isLeaf()).isFalse();
            assertThat(docs.getChildren().get(0).isLeaf()).isTrue();
        });
    }

    @Test
    void aFilterKeepsMatchesWithTheirAncestorsAndEverythingBelowAMatch(FxRobot robot) {
        assertThat(shown(robot, "release")).containsExactly(
                "repo +",
                "  Skills +",
                "    Repository +",
                "      release-notes +");
        // the detail matches too; below a match every descendant is listed, expanded as without a filter
        assertThat(shown(robot, "  CUT AT ")).containsExactly(
                "repo +",
                "  Guidance +",
                "    Project +",
                "      svc +",
                "        AGENTS.md +");
        assertThat(shown(robot, "project")).containsExactly(
                "repo +",
                "  Guidance +",
                "    Project +",
                "      svc +",
                "        AGENTS.md +",
                "      docs",
                "        AGENTS.md");
    }

    @Test
    void aFilterThatMatchesNothingLeavesTheRootAlone(FxRobot robot) {
        assertThat(shown(robot, "no such thing")).containsExactly("repo +");
        robot.interact(() -> assertThat(view.treeView().getRoot().isLeaf()).isTrue());
    }

    /** The visible rows: label text, whether dimmed, and the badges shown, in order. */
    private List<String> rows(FxRobot robot) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            view.treeView().applyCss();
            view.treeView().layout();
            for (javafx.scene.Node n : view.treeView().lookupAll(".tree-cell")) {
                TreeCell<?> cell = (TreeCell<?>) n;
                if (cell.isEmpty() || cell.getItem() == null) {
                    assertThat(cell.getGraphic() == null || !cell.getGraphic().isVisible()).isTrue();
                    assertThat(cell.getPseudoClassStates()).doesNotContain(INACTIVE);
                    continue;
                }
                HBox row = (HBox) cell.getGraphic();
                assertThat(row.isVisible()).isTrue();
                StringBuilder sb = new StringBuilder();
                for (javafx.scene.Node part : row.getChildren()) {
                    if (part instanceof Label l) {
                        sb.append(sb.length() == 0 ? "" : " ").append(l.getText());
                    }
                }
                if (cell.getPseudoClassStates().contains(INACTIVE)) {
                    sb.append(" (dimmed)");
                }
                out.add(cell.getIndex() + ": " + sb);
            }
        });
        out.sort(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.substring(0, r.indexOf(':')))));
        return out;
    }

    private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

    @Test
    void rowsShowLabelsDetailsAndBadgesAndDimInactiveNodesAndAReusedRowForgetsThePreviousNode(FxRobot robot) {
        TreeNode shadowed = new TreeNode("AGENTS.md", TreeNode.Kind.GUIDANCE, "shadowed", null, 0, true, List.of(), 0, 2);
        TreeNode used = new TreeNode("AGENTS.override.md", TreeNode.Kind.GUIDANCE, "", null, 0, false, List.of(), 1, 0);
        TreeNode first = node("repo", TreeNode.Kind.STACK, "", 1,
                node("Guidance", TreeNode.Kind.LAYER, "", 1, shadowed, used));
        robot.interact(() -> view.rootProperty().set(first));
        assertThat(rows(robot)).containsExactly("0: repo 1", "1: Guidance 1",
                "2: AGENTS.md shadowed 2 (dimmed)", "3: AGENTS.override.md 1");

        // the same rows take the nodes of a new stack: nothing of the old one stays, and fewer rows are empty
        TreeNode active = new TreeNode("AGENTS.md", TreeNode.Kind.GUIDANCE, "", null, 0, false, List.of(), 0, 0);
        robot.interact(() -> view.rootProperty().set(node("repo", TreeNode.Kind.STACK, "", 0,
                node("Guidance", TreeNode.Kind.LAYER, "", 0, active))));
        assertThat(rows(robot)).containsExactly("0: repo", "1: Guidance", "2: AGENTS.md");
    }
}
