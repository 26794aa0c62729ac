package dev.codexstudio.core.skills.yaml;

/** Internal carrier for a {@link YamlSyntaxError}; never escapes this package's public API. */
final class YamlFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient YamlSyntaxError error;

    YamlFailure(YamlSyntaxError error) {
        super(error.problem(), null, false, false);
        this.error = error;
    }

    YamlSyntaxError error() {
        return error;
    }
}
