package dev.codexstudio.core.config.rules;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;

/**
 * Maps tomlj's syntax-error positions to the positions Codex's TOML parser reports for the same mistake, where
 * the two parsers are known to point at different characters (measured with codex 0.169).
 */
final class TomlSyntax {

    private TomlSyntax() {
    }

    /** The position Codex would print for this syntax error (tomlj's position when no adjustment is known). */
    static SourcePosition codexPosition(TomlDocument document, TomlDocument.SyntaxError error) {
        SourceText src = document.source();
        SourcePosition at = error.position();
        String message = error.message();
        if (at.line() < 1 || at.line() > src.lineCount()) {
            return at;
        }
        String line = src.lineText(at.line());
        if (message.contains("previously defined") || message.contains("cannot be extended")) {
            int col = headerKeyColumn(line);
            if (col > 0) {
                return SourcePosition.of(at.file(), at.line(), col);
            }
        }
        if (message.startsWith("Unexpected '\\r'") || message.startsWith("Invalid escape sequence")) {
            return SourcePosition.of(at.file(), at.line(), at.column() + 1);
        }
        if (message.startsWith("Unexpected end of input") && at.column() == 1 && at.line() > 1 && line.isEmpty()) {
            return SourcePosition.of(at.file(), at.line() - 1, src.lineText(at.line() - 1).length() + 1);
        }
        return at;
    }

    /** 1-based column of the first key character of a {@code [table]} or {@code [[array]]} header line, or 0. */
    private static int headerKeyColumn(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '[') {
            return 0;
        }
        while (i < line.length() && (line.charAt(i) == '[' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i + 1;
    }
}
