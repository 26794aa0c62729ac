package dev.codexstudio.ui.editors;

import java.net.URL;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/** A read-only, monospaced view of a unified diff: added lines green, removed lines red (styles in save.css). */
public final class DiffView {

    /** The stylesheet of the diff view and the external-change banner. */
    public static final String STYLESHEET = "/dev/codexstudio/ui/save.css";

    private DiffView() {
    }

    public static String stylesheet() {
        URL url = DiffView.class.getResource(STYLESHEET);
        return url == null ? "" : url.toExternalForm();
    }

    /** A scrollable view of {@code diff}; the area inside has id {@code diff-text}. */
    public static VirtualizedScrollPane<CodeArea> create(String diff) {
        CodeArea area = new CodeArea(diff.isEmpty() ? "No changes." : diff);
        area.setId("diff-text");
        area.setEditable(false);
        area.setWrapText(false);
        int offset = 0;
        for (String line : area.getText().split("\n", -1)) {
            String style = styleOf(line);
            if (style != null && !line.isEmpty()) {
                area.setStyleClass(offset, offset + line.length(), style);
            }
            offset += line.length() + 1;
        }
        area.moveTo(0);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("diff-view");
        area.getStyleClass().add("diff-view");
        String css = stylesheet();
        if (!css.isEmpty()) {
            scroll.getStylesheets().add(css);
        }
        return scroll;
    }

    /** The style class of one line of a unified diff, or null for context lines. */
    static String styleOf(String line) {
        if (line.startsWith("+++ ") || line.startsWith("--- ")) {
            return "diff-header";
        }
        if (line.startsWith("@@")) {
            return "diff-hunk";
        }
        if (line.startsWith("+")) {
            return "diff-added";
        }
        if (line.startsWith("-")) {
            return "diff-removed";
        }
        return null;
    }
}
