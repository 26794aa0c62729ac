package dev.codexstudio.core.hooks;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A validator for the syntax of Rust's {@code regex} crate (regex-syntax 0.8), which Codex uses for hook matchers.
 * It accepts and rejects what Rust does (not what {@code java.util.regex} does: look-around, backreferences,
 * possessive and atomic groups, {@code \Z}, {@code \h}, {@code \Q…\E} are errors in Rust; {@code (?P<name>…)},
 * {@code [[:alpha:]]}, {@code \z}, class set operations {@code &&}/{@code --}/{@code ~~} and {@code \<}/{@code \>} are
 * valid), and reproduces Rust's error text: {@code regex parse error:}, the pattern, carets under the span, and
 * {@code error: <message>}.
 *
 * <p>Checked in Rust's order: the syntax (AST) of the whole pattern, then the nesting limit (250), then the
 * translation (Unicode property names, {@code (?-u)} constructs that could match invalid UTF-8), then the compiled
 * size limit of 10 MiB — the last one estimated, since the studio does not build Rust's automaton.
 */
public final class RustRegex {

    /** The {@code regex} crate's default nesting limit. */
    static final int NEST_LIMIT = 250;
    /** The {@code regex} crate's default compiled size limit, in bytes. */
    static final long SIZE_LIMIT = 10L * 1024 * 1024;

    private RustRegex() {
    }

    /**
     * The error Rust's {@code Regex::new(pattern)} would give, exactly as Codex prints it, or empty when Rust accepts
     * the pattern.
     */
    public static Optional<String> matcherError(String pattern) {
        // A pure function of the pattern, asked again for every view and every keystroke: remember the answers.
        Optional<String> known = VERDICTS.get(pattern);
        if (known != null) {
            return known;
        }
        Optional<String> verdict = matcherErrorNow(pattern);
        if (pattern.length() <= MAX_CACHED_PATTERN && VERDICTS.size() < MAX_CACHED) {
            VERDICTS.put(pattern, verdict);
        }
        return verdict;
    }

    private static final int MAX_CACHED = 4096;
    private static final int MAX_CACHED_PATTERN = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> VERDICTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<String> matcherErrorNow(String pattern) {
        try {
            RegexParser p = new RegexParser(pattern);
            RegexParser.Node ast = p.parse();
            p.checkNesting(ast);
            RegexTranslator.check(p, ast);
            if (RegexTranslator.estimatedSize(ast) > SIZE_LIMIT) {
                return Optional.of("Compiled regex exceeds size limit of " + SIZE_LIMIT + " bytes.");
            }
            return Optional.empty();
        } catch (RegexParser.SyntaxError e) {
            return Optional.of(e.format(pattern));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of("regex parse error: " + e.getClass().getSimpleName());
        }
    }

    /** Whether Rust accepts the pattern. */
    public static boolean isValid(String pattern) {
        return matcherError(pattern).isEmpty();
    }

    /**
     * A Java pattern that matches what the Rust pattern matches (for the studio's live tester), or empty when the
     * pattern is invalid in Rust or cannot be expressed in Java.
     */
    public static Optional<Pattern> toJava(String pattern) {
        try {
            RegexParser p = new RegexParser(pattern);
            RegexParser.Node ast = p.parse();
            if (!isValid(pattern)) {
                return Optional.empty();
            }
            return Optional.of(Pattern.compile(RegexTranslator.javaSource(ast),
                    Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES));
        } catch (RegexParser.SyntaxError | RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
