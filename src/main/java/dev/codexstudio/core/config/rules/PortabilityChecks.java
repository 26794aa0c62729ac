package dev.codexstudio.core.config.rules;

import dev.codexstudio.core.config.keys.ConfigKeyChecker;
import dev.codexstudio.core.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Checks for a project {@code .codex/config.toml}, which is committed and shared: secrets written into it and paths
 * that only exist on one person's machine.
 */
final class PortabilityChecks {

    /** Keys whose value is a credential when it is written literally. */
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(bearer_token|api[_-]?key|secret|password|passwd|access[_-]?token|auth[_-]?token|private[_-]?key)$");

    /** Values that look like well-known credential formats. */
    private static final Pattern TOKEN_VALUE = Pattern.compile(
            "^(sk-[A-Za-z0-9_-]{16,}|sk-proj-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"
                    + "|xox[abprs]-[A-Za-z0-9-]{10,}|glpat-[A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}"
                    + "|Bearer\\s+[A-Za-z0-9._~+/-]{16,}=*)$");

    /** A value that names an environment variable or uses a placeholder, not a literal secret. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?|[A-Z][A-Z0-9_]*|<[^>]*>|\\{\\{[^}]*}}|x+|\\*+|changeme|your[-_].*|\\.\\.\\.)$",
            Pattern.CASE_INSENSITIVE);

    /** Paths inside one user's home folder. */
    private static final Pattern PERSONAL_PATH = Pattern.compile(
            "^(/home/[^/\\s$]+|/Users/[^/\\s$]+|/root(?=/|$)|[A-Za-z]:[\\\\/]Users[\\\\/][^\\\\/\\s]+)(/|\\\\|$).*");

    private final TomlText text;
    private final List<Diagnostic> out = new ArrayList<>();

    private PortabilityChecks(TomlText text) {
        this.text = text;
    }

    static List<Diagnostic> check(TomlTable table, TomlText text) {
        PortabilityChecks c = new PortabilityChecks(text);
        c.walk(table, new ArrayList<>());
        return c.out;
    }

    private void walk(Object node, List<String> path) {
        if (node instanceof TomlTable t) {
            for (String key : t.keySet()) {
                List<String> child = new ArrayList<>(path);
                child.add(key);
                walk(t.get(List.of(key)), child);
            }
        } else if (node instanceof TomlArray a) {
            for (int i = 0; i < a.size(); i++) {
                List<String> child = new ArrayList<>(path);
                child.add(Integer.toString(i));
                walk(a.get(i), child);
            }
        } else if (node instanceof String s) {
            leaf(s, path);
        }
    }

    private void leaf(String value, List<String> path) {
        String key = lastKey(path);
        String trimmed = value.strip();
        boolean secretKey = SECRET_KEY.matcher(key).matches() && !key.toLowerCase(Locale.ROOT).endsWith("_env_var");
        boolean literal = !trimmed.isEmpty() && !PLACEHOLDER.matcher(trimmed).matches();
        if ((secretKey && literal) || TOKEN_VALUE.matcher(trimmed).matches()) {
            out.add(Diagnostic.warning("config/secret-in-repo", text.valuePosition(path),
                    "`" + display(path) + "` looks like a secret written into a project config that is committed with "
                            + "the repository.")
                    .withHint("Remove the value and read it from the environment instead (for MCP servers: "
                            + "`bearer_token_env_var` or `env_vars`; for providers: `env_key`), then rotate the secret."));
            return;
        }
        if (PERSONAL_PATH.matcher(trimmed).matches()) {
            out.add(Diagnostic.warning("config/not-portable", text.valuePosition(path),
                    "`" + display(path) + "` points into one person's home folder (" + trimmed
                            + "), which does not exist for others who use this repository.")
                    .withHint("Use a path relative to the repository, or move this setting to your user config "
                            + "($CODEX_HOME/config.toml)."));
        }
    }

    private static String lastKey(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (!path.get(i).chars().allMatch(Character::isDigit)) {
                return path.get(i);
            }
        }
        return "";
    }

    private static String display(List<String> path) {
        return ConfigKeyChecker.displayPath(path);
    }
}
