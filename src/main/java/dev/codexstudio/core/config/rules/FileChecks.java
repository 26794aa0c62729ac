package dev.codexstudio.core.config.rules;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.keys.KeyFinding;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Fix;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What config.toml and requirements.toml checks share: reading problems (unreadable, invalid UTF-8, too large),
 * TOML syntax errors, the byte-order mark, and turning {@link KeyFinding}s into diagnostics.
 */
final class FileChecks {

    private FileChecks() {
    }

    /**
     * Diagnostics about whether the file could be read and parsed; empty when the document is usable.
     *
     * @param area       rule id prefix ({@code config} or {@code requirements})
     * @param document   the parsed file, or {@code null}
     * @param readError  why it could not be read, or {@code null}
     */
    static List<Diagnostic> readability(String area, Path file, TomlDocument document, String readError) {
        List<Diagnostic> out = new ArrayList<>();
        if (document != null && !document.source().isValidUtf8()) {
            SourceText src = document.source();
            out.add(Diagnostic.error(area + "/invalid-utf8", src.firstMalformedPosition(),
                    "This file is not valid UTF-8 (first bad byte at offset " + src.firstMalformedByte().orElse(0)
                            + "), so Codex refuses to read it and does not start.")
                    .withHint("Re-save the file as UTF-8."));
            return out;
        }
        if (readError != null) {
            boolean tooLarge = readError.contains("-byte limit");
            if (tooLarge) {
                out.add(Diagnostic.warning(area + "/not-checked", SourcePosition.ofFile(file),
                        "This file is too large for the studio to check (" + readError + ").")
                        .withHint("Config files are normally a few kilobytes; check that this is the intended file."));
            } else {
                out.add(Diagnostic.error(area + "/unreadable", SourcePosition.ofFile(file),
                        "This file cannot be read (" + readError + "), so Codex does not start.")
                        .withHint("Fix the file's permissions or replace it with a regular file."));
            }
            return out;
        }
        if (document != null && document.hasSyntaxErrors()) {
            TomlDocument.SyntaxError first = document.syntaxErrors().get(0);
            int more = document.syntaxErrors().size() - 1;
            out.add(Diagnostic.error(area + "/syntax-error", TomlSyntax.codexPosition(document, first),
                    "TOML syntax error: " + first.message() + (more > 0 ? " (and " + more + " more)" : "")
                            + "; Codex refuses to load this file.")
                    .withHint("Fix the TOML syntax at this position."));
        }
        return out;
    }

    /** An informational note when the file starts with a UTF-8 byte-order mark (Codex accepts it). */
    static Optional<Diagnostic> byteOrderMark(String area, TomlDocument document) {
        if (document == null || !document.source().hasBom()) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.info(area + "/byte-order-mark", SourcePosition.of(document.source().path(), 1, 1),
                "The file starts with a UTF-8 byte-order mark; Codex accepts it, but other TOML tools may not.")
                .withHint("Save the file as UTF-8 without a byte-order mark."));
    }

    /**
     * Runs a check and turns an unexpected failure into a warning on the file, so that no exception leaves the
     * public API (the tests assert that this never happens on real files).
     */
    static List<Diagnostic> guarded(String area, Path file, Supplier<List<Diagnostic>> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            return List.of(Diagnostic.warning(area + "/not-checked", SourcePosition.ofFile(file),
                    "The studio could not finish checking this file (" + e.getClass().getSimpleName() + ").")
                    .withHint("Please report this file to the Codex Stack Studio maintainers."));
        }
    }

    /** The rule id suffix for a finding kind. */
    static String ruleName(KeyFinding.Kind kind) {
        return switch (kind) {
            case UNKNOWN_KEY -> "unknown-key";
            case WRONG_TYPE, NO_MATCHING_FORM -> "wrong-type";
            case INVALID_VALUE, STRING_CONSTRAINT -> "invalid-value";
            case OUT_OF_RANGE -> "out-of-range";
            case MISSING_KEY -> "missing-key";
            case EMPTY_STRING -> "empty-value";
            case CONFLICTING_KEYS -> "conflicting-keys";
        };
    }

    /** Converts a key finding: ERROR when Codex refuses the file, WARNING otherwise. */
    static Diagnostic fromFinding(String area, KeyFinding f, String hint, Fix fix) {
        String message = f.message();
        if (f.fatal() && f.kind() != KeyFinding.Kind.UNKNOWN_KEY) {
            message = message.substring(0, message.length() - 1) + "; Codex refuses to load this file.";
        }
        return new Diagnostic(area + "/" + ruleName(f.kind()), f.fatal() ? Severity.ERROR : Severity.WARNING,
                f.position(), message, hint, fix);
    }
}
