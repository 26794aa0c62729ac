package dev.codexstudio.core.report;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Paints the hook lifecycle of a {@link StackSummary} as a PNG with Java2D (headless, no JavaFX): the main flow of
 * a session from SessionStart to SessionEnd as in the studio's lifecycle diagram, then the sub-agent branch and the
 * other events when they have hooks; every hook a box beside its event with its matcher, command, timeout, source
 * and trust state. Logical fonts and fixed geometry, so the same summary gives the same bytes.
 */
public final class LifecycleDiagramPainter {

    /** The main flow of a session, in the order the studio's diagram draws it. */
    public static final List<HookEvent> MAIN_FLOW = List.of(HookEvent.SESSION_START, HookEvent.USER_PROMPT_SUBMIT,
            HookEvent.PRE_TOOL_USE, HookEvent.PERMISSION_REQUEST, HookEvent.POST_TOOL_USE, HookEvent.PRE_COMPACT,
            HookEvent.POST_COMPACT, HookEvent.STOP, HookEvent.SESSION_END);

    public static final int WIDTH = 1280;
    static final int MARGIN = 32;
    static final int TITLE_H = 64;
    static final int EVENT_W = 230;
    static final int EVENT_H = 44;
    static final int BOX_W = 320;
    static final int BOX_H = 74;
    static final int GAP = 16;
    static final int ROW_GAP = 26;
    static final int SECTION_H = 40;
    static final int PER_LINE = (WIDTH - 2 * MARGIN - EVENT_W - 2 * GAP + GAP) / (BOX_W + GAP);

    private static final Color BG = new Color(0xFAFBFC);
    private static final Color INK = new Color(0x1F2328);
    private static final Color MUTED = new Color(0x656D76);
    private static final Color LINE = new Color(0xAFB8C1);
    private static final Color EVENT_FILL = new Color(0x0969DA);
    private static final Color EVENT_EMPTY = new Color(0xEAEEF2);
    private static final Color BOX_FILL = Color.WHITE;
    private static final Color RUNS = new Color(0x1A7F37);
    private static final Color BLOCKED = new Color(0xBC4C00);
    private static final Color OFF = new Color(0x8C959F);

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font EVENT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font SMALL_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font MONO = new Font(Font.MONOSPACED, Font.PLAIN, 13);
    private static final Font SECTION = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private LifecycleDiagramPainter() {
    }

    /** One drawn row: an event and its hooks, or a section heading. */
    record Row(String heading, HookEvent event, List<StackSummary.HookFact> hooks) {
        int height() {
            if (heading != null) {
                return SECTION_H;
            }
            if (hooks.isEmpty()) {
                return EVENT_H + ROW_GAP;
            }
            int lines = (hooks.size() + PER_LINE - 1) / PER_LINE;
            return Math.max(EVENT_H, lines * BOX_H + (lines - 1) * GAP) + ROW_GAP;
        }
    }

    static List<Row> rows(StackSummary.Hooks hooks) {
        List<Row> rows = new ArrayList<>();
        for (HookEvent e : MAIN_FLOW) {
            rows.add(new Row(null, e, hooks.of(e)));
        }
        List<HookEvent> sub = List.of(HookEvent.SUBAGENT_START, HookEvent.SUBAGENT_STOP);
        if (sub.stream().anyMatch(e -> !hooks.of(e).isEmpty())) {
            rows.add(new Row("Sub-agent branch (beside tool use)", null, List.of()));
            sub.forEach(e -> rows.add(new Row(null, e, hooks.of(e))));
        }
        List<HookEvent> other = HookEvent.inLifecycleOrder().stream()
                .filter(e -> !MAIN_FLOW.contains(e) && !sub.contains(e) && !hooks.of(e).isEmpty()).toList();
        if (!other.isEmpty()) {
            rows.add(new Row("Other events", null, List.of()));
            other.forEach(e -> rows.add(new Row(null, e, hooks.of(e))));
        }
        return rows;
    }

    /** The height of the image for these hooks ({@link #WIDTH} wide). */
    public static int height(StackSummary.Hooks hooks) {
        int h = MARGIN + TITLE_H;
        for (Row r : rows(hooks)) {
            h += r.height();
        }
        return h + MARGIN - ROW_GAP;
    }

    /** The PNG bytes of the diagram. */
    public static byte[] png(StackSummary summary) {
        BufferedImage img = paint(summary);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage paint(StackSummary summary) {
        StackSummary.Hooks hooks = summary.hooks();
        int height = height(hooks);
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(BG);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(INK);
            g.setFont(TITLE);
            g.drawString("Hook lifecycle", MARGIN, MARGIN + 22);
            g.setFont(SUBTITLE);
            g.setColor(MUTED);
            long runs = hooks.hooks().stream().filter(StackSummary.HookFact::runs).count();
            String sub = hooks.hooks().isEmpty() ? "No hooks: Codex runs nothing at any event of a session."
                    : hooks.hooks().size() + (hooks.hooks().size() == 1 ? " hook" : " hooks") + ", " + runs
                            + " of them run (enabled and managed or trusted)."
                            + (hooks.hooksEnabled() ? "" : "  The hooks feature is off: none run.");
            g.drawString(sub, MARGIN, MARGIN + 44);

            int y = MARGIN + TITLE_H;
            int eventX = MARGIN;
            int centerX = eventX + EVENT_W / 2;
            Integer lastEventBottom = null;
            for (Row r : rows(hooks)) {
                if (r.heading() != null) {
                    g.setFont(SECTION);
                    g.setColor(MUTED);
                    g.drawString(r.heading(), MARGIN, y + 22);
                    g.setColor(LINE);
                    g.setStroke(new BasicStroke(1f));
                    g.drawLine(MARGIN, y + 30, WIDTH - MARGIN, y + 30);
                    y += SECTION_H;
                    lastEventBottom = null;
                    continue;
                }
                if (lastEventBottom != null) {
                    arrow(g, centerX, lastEventBottom, y);
                }
                boolean has = !r.hooks().isEmpty();
                g.setColor(has ? EVENT_FILL : EVENT_EMPTY);
                g.fillRoundRect(eventX, y, EVENT_W, EVENT_H, 22, 22);
                g.setFont(EVENT);
                g.setColor(has ? Color.WHITE : MUTED);
                FontMetrics fm = g.getFontMetrics();
                String name = r.event().tomlName();
                g.drawString(name, eventX + (EVENT_W - fm.stringWidth(name)) / 2, y + 20);
                g.setFont(SMALL);
                fm = g.getFontMetrics();
                String count = has ? r.hooks().size() + (r.hooks().size() == 1 ? " hook" : " hooks") : "no hooks";
                g.drawString(count, eventX + (EVENT_W - fm.stringWidth(count)) / 2, y + 36);
                lastEventBottom = y + EVENT_H;

                int bx0 = eventX + EVENT_W + 2 * GAP;
                for (int i = 0; i < r.hooks().size(); i++) {
                    int col = i % PER_LINE;
                    int line = i / PER_LINE;
                    int bx = bx0 + col * (BOX_W + GAP);
                    int by = y + line * (BOX_H + GAP);
                    if (i == 0) {
                        g.setColor(LINE);
                        g.setStroke(new BasicStroke(1.5f));
                        g.drawLine(eventX + EVENT_W, y + EVENT_H / 2, bx0, y + EVENT_H / 2);
                    }
                    box(g, r.hooks().get(i), bx, by);
                }
                y += r.height();
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void arrow(Graphics2D g, int x, int from, int to) {
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, from + 2, x, to - 6);
        g.fillPolygon(new int[] {x - 5, x + 5, x}, new int[] {to - 9, to - 9, to - 1}, 3);
    }

    private static void box(Graphics2D g, StackSummary.HookFact h, int x, int y) {
        Color state = h.runs() ? RUNS : h.enabled() ? BLOCKED : OFF;
        g.setColor(BOX_FILL);
        g.fillRoundRect(x, y, BOX_W, BOX_H, 10, 10);
        g.setColor(LINE);
        g.setStroke(new BasicStroke(1f));
        g.drawRoundRect(x, y, BOX_W, BOX_H, 10, 10);
        g.setColor(state);
        g.fillRoundRect(x, y, 6, BOX_H, 6, 6);
        g.fillRect(x + 3, y, 3, BOX_H);

        int tx = x + 14;
        int inner = BOX_W - 24;
        g.setFont(SMALL_BOLD);
        g.setColor(INK);
        String matcher = h.matcher() == null || h.matcher().isEmpty() ? "every " + (h.event().ignoresMatcher()
                ? "time" : "match") : "matcher " + h.matcher();
        g.drawString(elide(g, matcher, inner), tx, y + 18);
        g.setFont(MONO);
        g.drawString(elideMiddle(g, h.action().replace('\n', ' '), inner), tx, y + 38);
        g.setFont(SMALL);
        g.setColor(state);
        String trust = h.runs() ? "runs" : !h.enabled() ? "disabled" : "not run: " + h.trust().label();
        String meta = trust + " · " + h.source() + " · " + h.timeoutSec() + " s" + (h.async() ? " · async" : "");
        g.drawString(elide(g, meta, inner), tx, y + 58);
    }

    /** Keeps the start and the end of a command (the script name is usually at the end). */
    static String elideMiddle(Graphics2D g, String s, int width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        int head = Math.min(12, s.length() / 3);
        String start = s.substring(0, head) + "…";
        int from = head + 1;
        while (from < s.length() && fm.stringWidth(start + s.substring(from)) > width) {
            from++;
        }
        return start + s.substring(from);
    }

    static String elide(Graphics2D g, String s, int width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String ell = "…";
        int end = s.length();
        while (end > 0 && fm.stringWidth(s.substring(0, end) + ell) > width) {
            end--;
        }
        return s.substring(0, end) + ell;
    }

    /** The hooks entries' trust state in words, for the legend and the Markdown. */
    public static String trustWords(HookEntry.TrustStatus t) {
        return switch (t) {
            case MANAGED -> "managed (always trusted)";
            case TRUSTED -> "trusted";
            case MODIFIED -> "changed since it was trusted: review it again in /hooks";
            case UNTRUSTED -> "untrusted: review and trust it in /hooks";
        };
    }
}
