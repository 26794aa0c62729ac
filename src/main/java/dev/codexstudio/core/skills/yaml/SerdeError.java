package dev.codexstudio.core.skills.yaml;

/** An error as serde_yaml 0.9 builds it; {@link #display()} renders its message text. */
final class SerdeError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Kind {
        MESSAGE, LIBYAML, END_OF_STREAM, MORE_THAN_ONE_DOCUMENT, RECURSION_LIMIT, REPETITION_LIMIT, UNKNOWN_ANCHOR
    }

    private final Kind kind;
    private final String text;
    private final transient YamlSyntaxError syntax;
    private YamlMark mark;
    private String path;

    private SerdeError(Kind kind, String text, YamlSyntaxError syntax, YamlMark mark) {
        super(text, null, false, false);
        this.kind = kind;
        this.text = text;
        this.syntax = syntax;
        this.mark = mark;
    }

    static SerdeError message(String text) {
        return new SerdeError(Kind.MESSAGE, text, null, null);
    }

    static SerdeError syntax(YamlSyntaxError error) {
        return new SerdeError(Kind.LIBYAML, null, error, error.problemMark());
    }

    static SerdeError of(Kind kind) {
        return new SerdeError(kind, null, null, null);
    }

    static SerdeError at(Kind kind, YamlMark mark) {
        return new SerdeError(kind, null, null, mark);
    }

    static SerdeError invalidType(String unexpected, String expected) {
        return message("invalid type: " + unexpected + ", expected " + expected);
    }

    static SerdeError invalidValue(String unexpected, String expected) {
        return message("invalid value: " + unexpected + ", expected " + expected);
    }

    Kind kind() {
        return kind;
    }

    /** Where the error is, or null when serde_yaml does not know. */
    YamlMark mark() {
        if (kind == Kind.LIBYAML) {
            return syntax.problemMark();
        }
        return mark;
    }

    /** A reader error's byte offset, else 0. */
    int offset() {
        return kind == Kind.LIBYAML ? syntax.problemOffset() : 0;
    }

    /** serde_yaml's {@code fix_mark}: a message without a position gets this one. */
    SerdeError fixMark(YamlMark at, SerdePath where) {
        if (kind == Kind.MESSAGE && mark == null) {
            mark = at;
            path = where.toString();
        }
        return this;
    }

    /** The error text exactly as serde_yaml displays it. */
    String display() {
        if (kind == Kind.LIBYAML) {
            return syntax.display();
        }
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case MESSAGE -> {
                if (path != null && !path.equals(".")) {
                    sb.append(path).append(": ");
                }
                sb.append(text);
            }
            case END_OF_STREAM -> sb.append("EOF while parsing a value");
            case MORE_THAN_ONE_DOCUMENT ->
                    sb.append("deserializing from YAML containing more than one document is not supported");
            case RECURSION_LIMIT -> sb.append("recursion limit exceeded");
            case REPETITION_LIMIT -> sb.append("repetition limit exceeded");
            case UNKNOWN_ANCHOR -> sb.append("unknown anchor");
            default -> throw new IllegalStateException(kind.name());
        }
        if (mark != null && !mark.isOrigin()) {
            sb.append(" at ").append(mark.display());
        }
        return sb.toString();
    }
}
