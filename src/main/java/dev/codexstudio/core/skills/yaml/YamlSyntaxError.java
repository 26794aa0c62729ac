package dev.codexstudio.core.skills.yaml;

/**
 * A libyaml reader, scanner or parser error, with the same fields libyaml fills in.
 *
 * @param problem       what is wrong
 * @param problemMark   where (the origin for reader errors)
 * @param problemOffset byte offset, set by reader errors only
 * @param context       what the parser was doing, or {@code null}
 * @param contextMark   where that started
 */
public record YamlSyntaxError(String problem, YamlMark problemMark, int problemOffset, String context,
        YamlMark contextMark) {

    /** The message exactly as serde_yaml 0.9 displays a libyaml error. */
    public String display() {
        StringBuilder sb = new StringBuilder(problem);
        if (!problemMark.isOrigin()) {
            sb.append(" at ").append(problemMark.display());
        } else if (problemOffset != 0) {
            sb.append(" at position ").append(problemOffset);
        }
        if (context != null) {
            sb.append(", ").append(context);
            if (!contextMark.isOrigin() && (contextMark.line() != problemMark.line()
                    || contextMark.column() != problemMark.column())) {
                sb.append(" at ").append(contextMark.display());
            }
        }
        return sb.toString();
    }
}
