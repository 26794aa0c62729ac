package dev.codexstudio.core.skills;

import dev.codexstudio.core.skills.yaml.YamlComposer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits one {@code section.key} of an {@code agents/openai.yaml} (such as {@code interface.display_name} or
 * {@code policy.allow_implicit_invocation}) on its own lines: the key keeps its place and indentation, a new key
 * goes after the section's last key, a new section at the end of the file, and every other line stays byte for
 * byte. Values are quoted only when YAML needs it.
 */
public final class OpenAiYamlEdit {

    private static final Pattern KEY_LINE = Pattern.compile("^([ \\t]*)([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(.*)$");

    private OpenAiYamlEdit() {
    }

    private record Line(int start, int contentEnd, int next, String text) {
        String indent() {
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return text.substring(0, i);
        }

        boolean blankOrComment() {
            String t = text.strip();
            return t.isEmpty() || t.startsWith("#");
        }
    }

    /** A new file: the interface's display name and short description, and the default invocation policy. */
    public static String template(String displayName, String shortDescription) {
        return "interface:\n"
                + "  display_name: " + SkillDocument.renderScalar(displayName, null) + "\n"
                + "  short_description: " + SkillDocument.renderScalar(shortDescription, null) + "\n"
                + "policy:\n"
                + "  allow_implicit_invocation: true\n";
    }

    /** Sets {@code section.key} to a string. */
    public static String withString(String text, String section, String key, String value) {
        return withRendered(text, section, key, SkillDocument.renderScalar(value, null));
    }

    /** Sets {@code section.key} to a boolean. */
    public static String withBoolean(String text, String section, String key, boolean value) {
        return withRendered(text, section, key, Boolean.toString(value));
    }

    /** Removes {@code section.key} (its lines); the text is returned unchanged when it is not there. */
    public static String without(String text, String section, String key) {
        List<Line> lines = lines(text);
        int s = findSection(lines, section);
        if (s < 0) {
            return text;
        }
        int[] child = findChild(lines, s, key);
        if (child == null) {
            return text;
        }
        return checked(text.substring(0, lines.get(child[0]).start()) + text.substring(lines.get(child[1]).next()));
    }

    private static String withRendered(String text, String section, String key, String rendered) {
        List<Line> lines = lines(text);
        String sep = text.contains("\r\n") ? "\r\n" : "\n";
        int s = findSection(lines, section);
        if (s < 0) {
            StringBuilder sb = new StringBuilder(text);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                sb.append(sep);
            }
            sb.append(section).append(":").append(sep).append("  ").append(key).append(": ").append(rendered).append(sep);
            return checked(sb.toString());
        }
        Matcher head = KEY_LINE.matcher(lines.get(s).text());
        if (head.matches() && !head.group(3).strip().isEmpty() && !head.group(3).strip().startsWith("#")) {
            throw new IllegalStateException("`" + section + "` is written on one line (" + head.group(3).strip()
                    + "); edit it in the source editor.");
        }
        int[] child = findChild(lines, s, key);
        if (child != null) {
            Line first = lines.get(child[0]);
            Line last = lines.get(child[1]);
            Matcher m = KEY_LINE.matcher(first.text());
            m.matches();
            String prefix = first.text().substring(0, m.end(2));
            String between = first.text().substring(m.end(2), m.start(3));
            String replacement = prefix + between + " " + rendered;
            return checked(text.substring(0, first.start()) + replacement + text.substring(last.contentEnd()));
        }
        int lastChild = s;
        String indent = "  ";
        boolean indentSeen = false;
        for (int i = s + 1; i < lines.size() && !topLevel(lines.get(i)); i++) {
            if (!lines.get(i).blankOrComment()) {
                lastChild = i;
                if (!indentSeen) {
                    indent = lines.get(i).indent();
                    indentSeen = true;
                }
            }
        }
        Line after = lines.get(lastChild);
        String lineSep = after.next() > after.contentEnd() ? text.substring(after.contentEnd(), after.next()) : sep;
        String insert = indent + key + ": " + rendered + lineSep;
        String head2 = text.substring(0, after.next());
        if (after.next() == after.contentEnd()) {
            head2 = head2 + lineSep;
            insert = indent + key + ": " + rendered;
        }
        return checked(head2 + insert + text.substring(after.next()));
    }

    private static boolean topLevel(Line l) {
        return !l.blankOrComment() && l.indent().isEmpty();
    }

    private static int findSection(List<Line> lines, String section) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!topLevel(l)) {
                continue;
            }
            Matcher m = KEY_LINE.matcher(l.text());
            if (m.matches() && m.group(2).equals(section)) {
                return i;
            }
        }
        return -1;
    }

    /** The first and last line index of {@code key} under the section at {@code s}, or null. */
    private static int[] findChild(List<Line> lines, int s, String key) {
        String indent = null;
        for (int i = s + 1; i < lines.size() && !topLevel(lines.get(i)); i++) {
            Line l = lines.get(i);
            if (l.blankOrComment()) {
                continue;
            }
            if (indent == null) {
                indent = l.indent();
            }
            if (!l.indent().equals(indent)) {
                continue;
            }
            Matcher m = KEY_LINE.matcher(l.text());
            if (m.matches() && m.group(2).equals(key)) {
                int last = i;
                for (int j = i + 1; j < lines.size() && !topLevel(lines.get(j)); j++) {
                    Line n = lines.get(j);
                    if (n.blankOrComment()) {
                        continue;
                    }
                    if (n.indent().length() <= indent.length()) {
                        break;
                    }
                    last = j;
                }
                return new int[] {i, last};
            }
        }
        return null;
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int next = nl < 0 ? text.length() : nl + 1;
            int end = nl < 0 ? text.length() : (nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl);
            out.add(new Line(start, end, next, text.substring(start, end)));
            start = next;
        }
        return out;
    }

    private static String checked(String edited) {
        YamlComposer.Composed c = YamlComposer.compose(edited);
        if (c.error() != null) {
            throw new IllegalStateException("The edit would make the YAML invalid; edit it in the source editor.");
        }
        return edited;
    }
}
