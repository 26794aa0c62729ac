package dev.codexstudio.core.hooks.run;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How Codex starts a command hook: {@code $SHELL -lc "<command>"} (falling back to {@code /bin/sh} when
 * {@code SHELL} is unset or empty); on Windows {@code %COMSPEC% /C "<commandWindows or command>"} (falling back to
 * {@code cmd.exe}).
 *
 * @param windows whether to build the Windows form
 * @param env     the environment to read {@code SHELL} / {@code COMSPEC} from
 */
public record HookShell(boolean windows, Map<String, String> env) {

    public HookShell {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /** The shell of this machine and process environment. */
    public static HookShell current() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return new HookShell(windows, System.getenv());
    }

    /** The command line for a handler: {@code command}, or on Windows {@code commandWindows} when set. */
    public List<String> argv(String command, String commandWindows) {
        Objects.requireNonNull(command, "command");
        if (windows) {
            String comspec = env.getOrDefault("COMSPEC", "");
            String shell = comspec.isBlank() ? "cmd.exe" : comspec;
            return List.of(shell, "/C", commandWindows != null ? commandWindows : command);
        }
        String sh = env.getOrDefault("SHELL", "");
        return List.of(sh.isBlank() ? "/bin/sh" : sh, "-lc", command);
    }
}
