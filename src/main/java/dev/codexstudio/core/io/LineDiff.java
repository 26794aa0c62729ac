package dev.codexstudio.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line diff (Myers' O(ND) algorithm after trimming the common prefix and suffix) rendered as a unified
 * diff with {@code --- a/<path>} / {@code +++ b/<path>} headers and hunks with three lines of context.
 *
 * <p>Lines are compared with their terminators, so a line that only gained or lost its final newline is a
 * change, shown with {@code \ No newline at end of file} like git. Line endings ({@code \r\n}) are not printed
 * when both sides use the same convention; when they differ, carriage returns are shown as {@code ␍} so that
 * an end-of-line change is visible.
 */
public final class LineDiff {

    /** The marker git prints after a line that has no terminator. */
    public static final String NO_NEWLINE = "\\ No newline at end of file";

    /** Kind of one line of a diff. */
    public enum Op {
        EQUAL(' '), DELETE('-'), INSERT('+');

        private final char prefix;

        Op(char prefix) {
            this.prefix = prefix;
        }

        public char prefix() {
            return prefix;
        }
    }

    /**
     * One line of the edit script: 0-based indices in the old and new line lists ({@code -1} on the side that
     * does not have the line), and the line with its terminator.
     */
    public record Edit(Op op, int oldIndex, int newIndex, String line) {
    }

    private LineDiff() {
    }

    /** A unified diff of {@code oldText} to {@code newText} with three lines of context; "" when equal. */
    public static String unified(String path, String oldText, String newText) {
        return unified(path, oldText, newText, 3);
    }

    /**
     * A unified diff of the file {@code path}; {@code oldText == null} means the file does not exist yet (the
     * old header is then {@code /dev/null} and every line is added). Returns "" when the texts are equal.
     */
    public static String unified(String path, String oldText, String newText, int context) {
        String p = path.replace('\\', '/');
        boolean created = oldText == null;
        String before = created ? "" : oldText;
        if (!created && before.equals(newText)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(newText);
        boolean showCr = hasCrlf(before) != hasCrlf(newText);
        List<Edit> edits = edits(a, b);
        StringBuilder out = new StringBuilder();
        // git's a/ and b/ prefixes mark repository-relative names; an absolute name is shown as it is
        String prefixA = p.startsWith("/") ? "" : "a/";
        String prefixB = p.startsWith("/") ? "" : "b/";
        out.append("--- ").append(created ? "/dev/null" : prefixA + p).append('\n');
        out.append("+++ ").append(prefixB).append(p).append('\n');
        for (int[] h : hunks(edits, Math.max(0, context))) {
            appendHunk(out, edits, h[0], h[1], showCr);
        }
        return out.toString();
    }

    /** Splits text into lines, each keeping its {@code \n} (the last one may have none). */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The shortest edit script turning {@code a} into {@code b}, in order. */
    public static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Edit(Op.EQUAL, i, i, a.get(i)));
        }
        myers(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, out);
        for (int i = suffix; i > 0; i--) {
            int oi = a.size() - i;
            int ni = b.size() - i;
            out.add(new Edit(Op.EQUAL, oi, ni, a.get(oi)));
        }
        return out;
    }

    private static void myers(List<String> a, List<String> b, int base, List<Edit> out) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            for (int i = 0; i < n; i++) {
                out.add(new Edit(Op.DELETE, base + i, -1, a.get(i)));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Edit(Op.INSERT, -1, base + j, b.get(j)));
            }
            return;
        }
        int max = n + m;
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        found:
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    break found;
                }
            }
        }
        List<Edit> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] pv = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && pv[off + k - 1] < pv[off + k + 1])) ? k + 1 : k - 1;
            int prevX = pv[off + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                reversed.add(new Edit(Op.EQUAL, base + x, base + y, a.get(x)));
            }
            if (d > 0) {
                if (x == prevX) {
                    y--;
                    reversed.add(new Edit(Op.INSERT, -1, base + y, b.get(y)));
                } else {
                    x--;
                    reversed.add(new Edit(Op.DELETE, base + x, -1, a.get(x)));
                }
            }
            x = prevX;
            y = prevY;
        }
        Collections.reverse(reversed);
        out.addAll(reversed);
    }

    /** Ranges {@code [from, to)} of the edit list that form hunks. */
    private static List<int[]> hunks(List<Edit> edits, int context) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == Op.EQUAL) {
                i++;
                continue;
            }
            int from = Math.max(0, i - context);
            int lastChange = i;
            int j = i + 1;
            while (j < edits.size()) {
                if (edits.get(j).op() != Op.EQUAL) {
                    lastChange = j;
                } else if (j - lastChange > 2 * context) {
                    break;
                }
                j++;
            }
            int to = Math.min(edits.size(), lastChange + context + 1);
            out.add(new int[] {from, to});
            i = to;
        }
        return out;
    }

    private static void appendHunk(StringBuilder out, List<Edit> edits, int from, int to, boolean showCr) {
        int oldStart = -1;
        int newStart = -1;
        int oldLen = 0;
        int newLen = 0;
        int oldBefore = 0;
        int newBefore = 0;
        for (int i = 0; i < from; i++) {
            Edit e = edits.get(i);
            if (e.op() != Op.INSERT) {
                oldBefore++;
            }
            if (e.op() != Op.DELETE) {
                newBefore++;
            }
        }
        for (int i = from; i < to; i++) {
            Edit e = edits.get(i);
            if (e.op() != Op.INSERT) {
                oldLen++;
            }
            if (e.op() != Op.DELETE) {
                newLen++;
            }
        }
        oldStart = oldLen == 0 ? oldBefore : oldBefore + 1;
        newStart = newLen == 0 ? newBefore : newBefore + 1;
        out.append("@@ -").append(range(oldStart, oldLen)).append(" +").append(range(newStart, newLen)).append(" @@\n");
        for (int i = from; i < to; i++) {
            Edit e = edits.get(i);
            String line = e.line();
            boolean terminated = line.endsWith("\n");
            String body = terminated ? line.substring(0, line.length() - 1) : line;
            if (showCr) {
                body = body.replace("\r", "␍");
            } else if (body.endsWith("\r")) {
                body = body.substring(0, body.length() - 1);
            }
            out.append(e.op().prefix()).append(body).append('\n');
            if (!terminated) {
                out.append(NO_NEWLINE).append('\n');
            }
        }
    }

    private static String range(int start, int len) {
        return len == 1 ? Integer.toString(start) : start + "," + len;
    }

    private static boolean hasCrlf(String text) {
        return text.contains("\r\n");
    }
}
