package dev.codexstudio.core.skills.yaml;

/**
 * A position in YAML input as libyaml counts it: {@code index} is the number of characters (Unicode code
 * points) consumed, {@code line} and {@code column} are 0-based, columns also in code points.
 */
public record YamlMark(int index, int line, int column) {

    /** The start of the input. */
    public static final YamlMark ZERO = new YamlMark(0, 0, 0);

    /** True at line 0, column 0, where libyaml-based messages print no position. */
    public boolean isOrigin() {
        return line == 0 && column == 0;
    }

    /** As serde_yaml prints a mark: {@code line L column C}, or {@code position N} at the origin. */
    public String display() {
        if (!isOrigin()) {
            return "line " + (line + 1) + " column " + (column + 1);
        }
        return "position " + index;
    }
}
