package dev.codexstudio.ui.agents;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/** Renders Markdown as JavaFX nodes (no WebView): headings, paragraphs, lists, code blocks, quotes, inline styles. */
public final class MarkdownNodes {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownNodes() {
    }

    /** A column of block nodes for {@code markdown}. */
    public static VBox render(String markdown) {
        VBox box = new VBox(8);
        box.getStyleClass().add("md-document");
        blocks(PARSER.parse(markdown), box);
        return box;
    }

    private static void blocks(org.commonmark.node.Node parent, VBox into) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Node b = block(n);
            if (b != null) {
                into.getChildren().add(b);
            }
        }
    }

    private static Node block(org.commonmark.node.Node n) {
        if (n instanceof Heading h) {
            TextFlow f = inline(h, "md-h" + Math.min(h.getLevel(), 4));
            f.getStyleClass().addAll("md-heading", "md-h" + Math.min(h.getLevel(), 4));
            return f;
        }
        if (n instanceof Paragraph p) {
            TextFlow f = inline(p, null);
            f.getStyleClass().add("md-paragraph");
            return f;
        }
        if (n instanceof FencedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof IndentedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof HtmlBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof BlockQuote q) {
            VBox box = new VBox(6);
            box.getStyleClass().add("md-quote");
            blocks(q, box);
            return box;
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            VBox box = new VBox(4);
            box.getStyleClass().add("md-list");
            int number = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (org.commonmark.node.Node i = n.getFirstChild(); i != null; i = i.getNext()) {
                if (!(i instanceof ListItem item)) {
                    continue;
                }
                Label marker = new Label(n instanceof OrderedList ? (number++) + "." : "•");
                marker.getStyleClass().add("md-marker");
                marker.setMinWidth(18);
                VBox content = new VBox(4);
                blocks(item, content);
                HBox.setHgrow(content, Priority.ALWAYS);
                HBox row = new HBox(4, marker, content);
                box.getChildren().add(row);
            }
            return box;
        }
        if (n instanceof ThematicBreak) {
            javafx.scene.layout.Region r = new javafx.scene.layout.Region();
            r.getStyleClass().add("md-rule");
            r.setMinHeight(1);
            return r;
        }
        return null;
    }

    private static Node code(String literal) {
        Text t = new Text(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        t.getStyleClass().add("md-code-text");
        TextFlow f = new TextFlow(t);
        f.getStyleClass().add("md-code-block");
        return f;
    }

    private static TextFlow inline(org.commonmark.node.Node parent, String extra) {
        List<Text> out = new ArrayList<>();
        inlines(parent, out, new ArrayList<>(extra == null ? List.of() : List.of(extra)));
        TextFlow f = new TextFlow(out.toArray(new Text[0]));
        return f;
    }

    private static void inlines(org.commonmark.node.Node parent, List<Text> out, List<String> styles) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                out.add(text(t.getLiteral(), styles));
            } else if (n instanceof Code c) {
                out.add(text(c.getLiteral(), with(styles, "md-code")));
            } else if (n instanceof Emphasis) {
                inlines(n, out, with(styles, "md-em"));
            } else if (n instanceof StrongEmphasis) {
                inlines(n, out, with(styles, "md-strong"));
            } else if (n instanceof Link) {
                inlines(n, out, with(styles, "md-link"));
            } else if (n instanceof SoftLineBreak) {
                out.add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                out.add(text("\n", styles));
            } else if (n instanceof HtmlInline h) {
                out.add(text(h.getLiteral(), styles));
            } else {
                inlines(n, out, styles);
            }
        }
    }

    private static List<String> with(List<String> styles, String s) {
        List<String> l = new ArrayList<>(styles);
        l.add(s);
        return l;
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add("md-text");
        t.getStyleClass().addAll(styles);
        return t;
    }
}
