package dev.codexstudio.core.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about the stack.
 *
 * @param rule     stable rule id, e.g. {@code config/unknown-key}
 * @param severity see {@link Severity} for the contract
 * @param position file, line and column
 * @param message  what is wrong, in one sentence
 * @param hint     how to fix it, in words (may be empty)
 * @param fix      a machine-applicable fix, or {@code null}
 */
public record Diagnostic(String rule, Severity severity, SourcePosition position, String message, String hint, Fix fix) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String rule, SourcePosition at, String message) {
        return new Diagnostic(rule, Severity.ERROR, at, message, "", null);
    }

    public static Diagnostic warning(String rule, SourcePosition at, String message) {
        return new Diagnostic(rule, Severity.WARNING, at, message, "", null);
    }

    public static Diagnostic info(String rule, SourcePosition at, String message) {
        return new Diagnostic(rule, Severity.INFO, at, message, "", null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(rule, severity, position, message, newHint, fix);
    }

    public Diagnostic withFix(Fix newFix) {
        return new Diagnostic(rule, severity, position, message, hint, newFix);
    }

    public Optional<Fix> optionalFix() {
        return Optional.ofNullable(fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return position + ": " + severity.label() + " [" + rule + "] " + message;
    }
}
