package dev.codexstudio.core.skills.yaml;

/** How a scalar was written. */
public enum ScalarStyle {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    LITERAL,
    FOLDED
}
