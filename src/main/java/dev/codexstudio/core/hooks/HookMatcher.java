package dev.codexstudio.core.hooks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A hook matcher with Codex's semantics: omitted, {@code ""} or {@code "*"} match everything; a string made only of
 * {@code [A-Za-z0-9_|]} is an exact name or a {@code |}-separated list of names ({@code Bash} does not match
 * {@code BashOutput}); anything else is an unanchored Rust regex ({@code ^Bash} matches {@code BashOutput}); an
 * invalid regex makes Codex skip the group, so it matches nothing.
 *
 * @param pattern the matcher as written, or {@code null} when omitted
 * @param kind    how Codex interprets it
 * @param error   Rust's error for an invalid regex, or {@code null}
 */
public record HookMatcher(String pattern, Kind kind, String error) {

    /** How Codex interprets a matcher. */
    public enum Kind {
        /** Omitted, {@code ""} or {@code "*"}. */
        ALL,
        /** Exact names separated by {@code |}. */
        NAMES,
        /** An unanchored Rust regex. */
        REGEX,
        /** A regex Rust rejects: Codex skips the group. */
        INVALID
    }

    public static HookMatcher of(String pattern) {
        if (pattern == null || pattern.isEmpty() || pattern.equals("*")) {
            return new HookMatcher(pattern, Kind.ALL, null);
        }
        if (!isRegex(pattern)) {
            return new HookMatcher(pattern, Kind.NAMES, null);
        }
        Optional<String> err = RustRegex.matcherError(pattern);
        return err.map(e -> new HookMatcher(pattern, Kind.INVALID, e)).orElseGet(() -> new HookMatcher(pattern, Kind.REGEX,
                null));
    }

    /** Whether Codex treats the matcher as a regex (it is not empty, {@code *}, or only {@code [A-Za-z0-9_|]}). */
    public static boolean isRegex(String pattern) {
        if (pattern.isEmpty() || pattern.equals("*")) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '|';
            if (!plain) {
                return true;
            }
        }
        return false;
    }

    public Optional<String> optionalError() {
        return Optional.ofNullable(error);
    }

    /** Whether the matcher selects this exact value (a source, trigger, agent type, or hook tool name). */
    public boolean matches(String value) {
        Objects.requireNonNull(value, "value");
        return switch (kind) {
            case ALL -> true;
            case NAMES -> List.of(pattern.split("\\|", -1)).contains(value);
            case REGEX -> RustRegex.toJava(pattern).map(p -> p.matcher(value).find()).orElse(false);
            case INVALID -> false;
        };
    }

    /**
     * Whether the matcher selects a tool, under any of the names Codex gives it in hooks (see {@link #hookToolNames}).
     */
    public boolean matchesTool(String toolName) {
        return hookToolNames(toolName).stream().anyMatch(this::matches);
    }

    /**
     * The names a tool has for hook matchers: shell and unified exec tools are {@code Bash}; {@code apply_patch} is
     * also {@code Write} and {@code Edit}; {@code spawn_agent} is also {@code Agent}; MCP tools are
     * {@code mcp__<server>__<tool>}; others keep their name.
     */
    public static List<String> hookToolNames(String toolName) {
        return switch (toolName) {
            case "shell", "local_shell", "shell_command", "exec_command", "unified_exec", "container.exec", "Bash" ->
                    List.of("Bash");
            case "apply_patch" -> List.of("apply_patch", "Write", "Edit");
            case "spawn_agent" -> List.of("spawn_agent", "Agent");
            default -> List.of(toolName);
        };
    }

    /** The hook name of an MCP tool: {@code mcp__<server>__<tool>}. */
    public static String mcpToolName(String server, String tool) {
        return "mcp__" + server + "__" + tool;
    }

    /** A Java pattern equivalent to the Rust regex, for display and testing; empty unless {@link Kind#REGEX}. */
    public Optional<Pattern> javaPattern() {
        return kind == Kind.REGEX ? RustRegex.toJava(pattern) : Optional.empty();
    }
}
