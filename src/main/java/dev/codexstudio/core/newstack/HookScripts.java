package dev.codexstudio.core.newstack;

import dev.codexstudio.core.newstack.NewStackCatalog.LanguagePreset;
import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The POSIX {@code sh} scripts behind the hook presets (resources next to this class). Each reads the hook's
 * JSON payload from stdin, needs no jq or python, and answers the way Codex expects for its event:
 * <ul>
 *   <li>PreToolUse ({@code block-dangerous-shell.sh}): a {@code permissionDecision: "deny"} JSON answer for a
 *       dangerous command, nothing (no objection) otherwise;</li>
 *   <li>PostToolUse ({@code format-on-edit.sh}): formats the changed files; lint problems go to stderr with
 *       exit 2, which Codex feeds back to the model;</li>
 *   <li>Stop ({@code stop-run-tests.sh}): runs the tests and answers {@code decision: "block"} with the failure
 *       as the reason, unless {@code stop_hook_active} is already true;</li>
 *   <li>SessionStart ({@code git-context.sh}): plain text on stdout, which Codex adds as context.</li>
 * </ul>
 */
public final class HookScripts {

    /** The folder (relative to the repository) the scripts live in. */
    public static final String FOLDER = ".codex/hooks";

    private static final String SETTINGS = "#@SETTINGS@\n";

    private HookScripts() {
    }

    /** The command Codex runs for a script: from the repository root, whatever the session's cwd. */
    public static String command(String script) {
        return "sh \"$(git rev-parse --show-toplevel)/" + FOLDER + "/" + script + "\"";
    }

    /** A string as a single-quoted sh word. */
    static String shQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * The script for a preset. {@code language} chooses the format hook's formatter and linter (without one,
     * each file gets the usual formatter for its extension); {@code testCommand} is what the Stop gate runs
     * (blank: detected from the build files).
     */
    public static String script(HookPreset preset, Optional<LanguagePreset> language, String testCommand) {
        String name = NewStackCatalog.hookPreset(preset).script();
        String text = resource(name);
        String settings = switch (preset) {
            case FORMAT_AFTER_PATCH -> language.map(l -> "# Formatter and linter for " + l.conventions().language()
                            + " files.\nFORMAT=" + shQuote(l.formatCommand()) + "\nLINT=" + shQuote(l.lintCommand())
                            + "\nEXTENSIONS=" + shQuote(String.join(" ", l.extensions())) + "\n")
                    .orElse("# No language chosen: every file gets the usual formatter for its extension.\n"
                            + "FORMAT=''\nLINT=''\nEXTENSIONS=''\n");
            case STOP_RUNS_TESTS -> {
                String cmd = testCommand == null ? "" : testCommand.strip();
                yield cmd.isEmpty()
                        ? "# No test command given: it is chosen from the build files below.\nTEST_COMMAND=''\n"
                        : "TEST_COMMAND=" + shQuote(cmd) + "\n";
            }
            default -> "";
        };
        return text.replace(SETTINGS, settings);
    }

    private static String resource(String name) {
        try (InputStream in = HookScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("hook script resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
