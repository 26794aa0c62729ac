package dev.codexstudio.ui.editors;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Syntax highlighting for the stack's file kinds: TOML, JSON, Markdown (with a YAML front-matter block) and
 * shell commands. Each token becomes a CSS class ({@code tok-comment}, {@code tok-key}, {@code tok-string},
 * {@code tok-number}, {@code tok-keyword}, {@code tok-section}, {@code tok-heading}, {@code tok-code},
 * {@code tok-link}, {@code tok-emphasis}, {@code tok-frontmatter}).
 */
public enum Highlighter {
    TOML(Pattern.compile(
            "(?<comment>#[^\\n]*)"
                    + "|(?<section>^[ \\t]*\\[\\[?[^\\]\\n]*\\]\\]?)"
                    + "|(?<key>^[ \\t]*(?:\"[^\"\\n]*\"|'[^'\\n]*'|[A-Za-z0-9_.\\-\" ]+?)(?=[ \\t]*=))"
                    + "|(?<string>\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*')"
                    + "|(?<keyword>\\b(?:true|false|inf|nan)\\b)"
                    + "|(?<number>[+-]?\\b\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)",
            Pattern.MULTILINE)),
    JSON(Pattern.compile(
            "(?<key>\"(?:[^\"\\\\\\n]|\\\\.)*\"(?=\\s*:))"
                    + "|(?<string>\"(?:[^\"\\\\\\n]|\\\\.)*\")"
                    + "|(?<keyword>\\b(?:true|false|null)\\b)"
                    + "|(?<number>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)")),
    MARKDOWN(Pattern.compile(
            "(?<frontmatter>\\A---[ \\t]*\\r?\\n[\\s\\S]*?\\n---[ \\t]*(?=\\r?\\n|\\z))"
                    + "|(?<code>^[ ]{0,3}(?:```|~~~)[\\s\\S]*?(?:^[ ]{0,3}(?:```|~~~)[^\\n]*|\\z)|`[^`\\n]+`)"
                    + "|(?<heading>^#{1,6}[ \\t][^\\n]*)"
                    + "|(?<link>\\[[^\\]\\n]*\\]\\([^)\\n]*\\))"
                    + "|(?<emphasis>\\*\\*[^*\\n]+\\*\\*|\\*[^*\\n]+\\*|_[^_\\n]+_)"
                    + "|(?<keyword>\\$[a-z0-9][a-z0-9-]*)",
            Pattern.MULTILINE)),
    YAML(Pattern.compile(
            "(?<comment>#[^\\n]*)"
                    + "|(?<key>^[ \\t-]*[A-Za-z0-9_.\\-]+(?=:))"
                    + "|(?<string>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*')"
                    + "|(?<keyword>\\b(?:true|false|null|yes|no)\\b)"
                    + "|(?<number>\\b\\d+(?:\\.\\d+)?\\b)",
            Pattern.MULTILINE)),
    SHELL(Pattern.compile(
            "(?<comment>#[^\\n]*)"
                    + "|(?<string>\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*')"
                    + "|(?<keyword>\\b(?:if|then|else|fi|for|do|done|case|esac|exit|echo|set)\\b|&&|\\|\\||[|;])"
                    + "|(?<key>\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?)")),
    PLAIN(Pattern.compile("(?!)"));

    private static final List<String> GROUPS = List.of("comment", "section", "key", "string", "keyword", "number",
            "frontmatter", "code", "heading", "link", "emphasis");

    private final Pattern pattern;

    Highlighter(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The highlighter for a file name. */
    public static Highlighter forFile(String name) {
        if (name.endsWith(".toml")) {
            return TOML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".md")) {
            return MARKDOWN;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".sh") || name.endsWith(".bash")) {
            return SHELL;
        }
        return PLAIN;
    }

    /** Style spans covering the whole text. */
    public StyleSpans<Collection<String>> styles(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = pattern.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            String group = null;
            for (String g : GROUPS) {
                try {
                    if (m.group(g) != null) {
                        group = g;
                        break;
                    }
                } catch (IllegalArgumentException e) {
                    // the pattern has no such group
                }
            }
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton("tok-" + group), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
