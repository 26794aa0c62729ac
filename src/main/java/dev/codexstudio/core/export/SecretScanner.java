package dev.codexstudio.core.export;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must not be committed in a repository file: API keys and tokens (OpenAI {@code sk-…}, GitHub
 * {@code ghp_…}/{@code github_pat_…}, AWS {@code AKIA…}, Slack {@code xox?-…}, literal {@code Bearer} tokens, and
 * literal values of keys named like {@code api_key}, {@code token}, {@code secret} or {@code password} in TOML, JSON
 * and env lines) and absolute paths into someone's home folder ({@code /home/<user>/…}, {@code /Users/<user>/…},
 * {@code C:\Users\<user>\…}, the current {@code user.home}). Each finding has file, line, column and a fix hint.
 *
 * <p>Placeholders are not findings: environment variable names ({@code env_key = "OPENAI_API_KEY"}), references
 * ({@code $TOKEN}, {@code ${TOKEN}}, {@code <your-key>}), example values ({@code sk-...}, {@code xxxx}) and
 * placeholder user names ({@code /home/<user>}, {@code /Users/you}).
 */
public final class SecretScanner {

    /** Rule id of a secret finding. */
    public static final String SECRET = "export/secret";
    /** Rule id of a personal home path finding. */
    public static final String HOME_PATH = "export/home-path";

    /** Files larger than this are scanned only up to here. */
    public static final int MAX_SCANNED_CHARS = 2 * 1024 * 1024;

    private static final String SECRET_HINT = "remove the literal value; let Codex read it from the environment"
            + " (`env_key = \"OPENAI_API_KEY\"` for a model provider, `bearer_token_env_var` for an MCP server,"
            + " `$VAR` in a hook command) or move it to your own ~/.codex/config.toml";
    private static final String PATH_HINT = "use `$HOME/…` (or `~/…`) for personal files, or a path relative to the"
            + " repository (`$(git rev-parse --show-toplevel)/…` in a hook command); a machine-specific setting belongs"
            + " in the user's ~/.codex/config.toml";

    private record TokenPattern(String what, Pattern pattern) {
    }

    private static final String B = "(?<![A-Za-z0-9_-])";
    private static final List<TokenPattern> TOKENS = List.of(
            new TokenPattern("an OpenAI project API key", Pattern.compile(B + "sk-proj-[A-Za-z0-9_-]{20,}")),
            new TokenPattern("an Anthropic API key", Pattern.compile(B + "sk-ant-[A-Za-z0-9_-]{20,}")),
            new TokenPattern("an OpenAI API key", Pattern.compile(B + "sk-(?!proj-|ant-)[A-Za-z0-9]{20,}")),
            new TokenPattern("a GitHub token", Pattern.compile(B + "gh[pousr]_[A-Za-z0-9]{30,}")),
            new TokenPattern("a GitHub fine-grained token", Pattern.compile(B + "github_pat_[A-Za-z0-9_]{22,}")),
            new TokenPattern("an AWS access key id", Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])")),
            new TokenPattern("a Slack token", Pattern.compile(B + "xox[abpors]-[A-Za-z0-9-]{10,}")),
            new TokenPattern("a private key", Pattern.compile("-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")),
            new TokenPattern("a literal bearer token",
                    Pattern.compile("(?<![A-Za-z])Bearer\\s+(?![$<{])([A-Za-z0-9._~+/-]{20,}=*)")));

    /** {@code key = "value"}, {@code "key": "value"}, {@code KEY=value} with a secret-like key name. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)(?<![A-Za-z0-9_])[\"']?([A-Za-z0-9_.-]*(?:api[_-]?key|access[_-]?key|token|secret|password|passwd)"
            + "[A-Za-z0-9_-]*)[\"']?\\s*(:|=)\\s*(?:\"([^\"\\n]*)\"|'([^'\\n]*)'|([^\\s\"'#,;}{\\]\\[]+))");

    private static final Pattern HOME = Pattern.compile(
            "(?<![A-Za-z0-9_.~$-])(?:/home/|/Users/|[A-Za-z]:[\\\\/]Users[\\\\/])([^/\\\\\\s\"'`<>{}()$*]+)([/\\\\][^\\s\"'`<>)]*)?");

    private static final Set<String> PLACEHOLDER_USERS = Set.of("user", "username", "you", "your", "yourname",
            "your-name", "your_name", "yourusername", "your-username", "me", "name", "example", "someone", "foo",
            "jdoe", "john", "johndoe", "jane", "alice", "bob", "dev", "developer", "runner", "shared", "public",
            "default", "all users", "xxx", "...", "…", "<user>", "you.name");

    private final String userHome;

    private SecretScanner(String userHome) {
        this.userHome = userHome;
    }

    /** A scanner that also flags the current {@code user.home}. */
    public static SecretScanner standard() {
        return forUserHome(System.getProperty("user.home"));
    }

    /** A scanner that also flags {@code userHome} (ignored when it is {@code null}, empty or {@code /}). */
    public static SecretScanner forUserHome(String userHome) {
        String h = userHome == null ? "" : userHome.strip();
        while (h.length() > 1 && (h.endsWith("/") || h.endsWith("\\"))) {
            h = h.substring(0, h.length() - 1);
        }
        return new SecretScanner(h.length() <= 1 ? "" : h);
    }

    /**
     * The findings in a file's text.
     *
     * @param file the path reported in the diagnostics
     */
    public List<Diagnostic> scan(Path file, String text) {
        Objects.requireNonNull(file, "file");
        String t = text.length() > MAX_SCANNED_CHARS ? text.substring(0, MAX_SCANNED_CHARS) : text;
        List<Diagnostic> out = new ArrayList<>();
        int lineNo = 0;
        int start = 0;
        while (start <= t.length()) {
            int end = t.indexOf('\n', start);
            String line = t.substring(start, end < 0 ? t.length() : end);
            lineNo++;
            scanLine(file, lineNo, line, out);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return out;
    }

    /** The findings in a draft file (binary files have none). */
    public List<Diagnostic> scan(DraftFile file) {
        byte[] bytes = file.content();
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return List.of();
            }
        }
        return scan(Path.of(file.path()), file.text());
    }

    private void scanLine(Path file, int lineNo, String line, List<Diagnostic> out) {
        boolean[] covered = new boolean[line.length() + 1];
        for (TokenPattern tp : TOKENS) {
            Matcher m = tp.pattern().matcher(line);
            while (m.find()) {
                if (isExample(m.group())) {
                    continue;
                }
                mark(covered, m.start(), m.end());
                out.add(finding(SECRET, file, lineNo, m.start(), "this line holds " + tp.what() + " (`" + redact(m.group())
                        + "`); it must not be committed", SECRET_HINT));
            }
        }
        Matcher a = ASSIGNMENT.matcher(line);
        while (a.find()) {
            String key = a.group(1);
            boolean quoted = a.group(3) != null || a.group(4) != null;
            String value = a.group(3) != null ? a.group(3) : a.group(4) != null ? a.group(4) : a.group(5);
            int valueStart = a.start(3) >= 0 ? a.start(3) : a.start(4) >= 0 ? a.start(4) : a.start(5);
            if (covered[Math.min(valueStart, line.length())] || !isLiteralSecret(key, value, quoted, a.group(2), line)) {
                continue;
            }
            mark(covered, valueStart, valueStart + value.length());
            out.add(finding(SECRET, file, lineNo, a.start(1), "`" + key + "` has a literal value (`" + redact(value)
                    + "`); a secret must not be committed", SECRET_HINT));
        }
        Matcher h = HOME.matcher(line);
        while (h.find()) {
            String user = h.group(1);
            if (user.length() < 2 || PLACEHOLDER_USERS.contains(user.toLowerCase(Locale.ROOT)) || user.startsWith("<") || user.startsWith("%")
                    || user.startsWith("[") || user.contains("...")) {
                continue;
            }
            out.add(finding(HOME_PATH, file, lineNo, h.start(), "`" + h.group() + "` is an absolute path into "
                    + user + "'s home folder; it will not exist on another machine", PATH_HINT));
            mark(covered, h.start(), h.end());
        }
        if (!userHome.isEmpty() && !userHome.startsWith("/home/") && !userHome.startsWith("/Users/")) {
            int i = line.indexOf(userHome);
            while (i >= 0) {
                int after = i + userHome.length();
                boolean boundary = (after == line.length() || "/\\\"' ".indexOf(line.charAt(after)) >= 0)
                        && (i == 0 || "\"'= (:".indexOf(line.charAt(i - 1)) >= 0);
                if (boundary && !covered[i]) {
                    out.add(finding(HOME_PATH, file, lineNo, i, "`" + userHome + "` is your home folder; it will not"
                            + " exist on another machine", PATH_HINT));
                }
                i = line.indexOf(userHome, after);
            }
        }
    }

    private static boolean isLiteralSecret(String key, String value, boolean quoted, String separator, String line) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.endsWith("env_var") || k.endsWith("_env") || k.contains("env_key") || k.endsWith("_var")
                || k.endsWith("_name") || k.endsWith("_file") || k.endsWith("_path") || k.endsWith("_url")
                || k.endsWith("_command") || k.endsWith("_cmd") || k.endsWith("_helper") || k.endsWith("_limit")
                || k.endsWith("_count") || k.endsWith("_budget") || k.endsWith("tokens") || k.contains("max_")
                || k.contains("token_") || k.endsWith("_id") || k.endsWith("_type") || k.endsWith("_header")
                || k.endsWith("_instructions")) {
            return false;
        }
        if (!quoted) {
            // an unquoted value counts only on an env-style line: KEY=value (optionally after `export`)
            if (!separator.equals("=") || !line.strip().matches("(?:export\\s+)?[A-Za-z_][A-Za-z0-9_]*=.*")) {
                return false;
            }
        }
        String v = value.strip();
        if (v.length() < 8 || v.contains(" ")) {
            return false;
        }
        if (v.matches("[A-Z][A-Z0-9_]*") || v.startsWith("$") || v.startsWith("<") || v.startsWith("{")
                || v.startsWith("%") || v.contains("${") || v.contains("{{") || v.startsWith("env:")
                || v.startsWith("op://") || v.startsWith("vault:") || v.startsWith("http://") || v.startsWith("https://")
                || v.startsWith("/") || v.startsWith("~") || v.startsWith("./")) {
            return false;
        }
        return !isExample(v) && v.matches(".*[0-9].*") && v.matches(".*[A-Za-z].*");
    }

    /** Example values that documentation uses: {@code sk-...}, {@code xxxx}, {@code your-key-here}, repeated characters. */
    private static boolean isExample(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("...") || v.contains("xxxx") || v.contains("****") || v.contains("your") || v.contains("example")
                || v.contains("placeholder") || v.contains("changeme") || v.contains("redacted") || v.contains("dummy")
                || v.contains("fake") || v.contains("test") || v.contains("sample") || v.contains("replace")) {
            return true;
        }
        String core = v.replaceAll("^(sk-proj-|sk-ant-|sk-|gh[pousr]_|github_pat_|xox[abpors]-)", "");
        return core.chars().distinct().count() <= 3;
    }

    private static String redact(String s) {
        return s.length() <= 8 ? "…" : s.substring(0, Math.min(6, s.length() / 3)) + "…";
    }

    private static void mark(boolean[] covered, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(covered.length, to); i++) {
            covered[i] = true;
        }
    }

    private static Diagnostic finding(String rule, Path file, int line, int index, String message, String hint) {
        return Diagnostic.error(rule, SourcePosition.of(file, line, index + 1), message).withHint(hint);
    }
}
