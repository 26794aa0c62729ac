package dev.codexstudio.cli;

import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookTrustWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code hooks trust KEY} / {@code hooks untrust KEY}: records (or forgets) a hook's current hash in the user
 * config as Codex's {@code /hooks} review does, printing the diff first; only the {@code [hooks.state."<key>"]}
 * lines change.
 */
abstract class HookTrustCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Option(names = "--cwd", paramLabel = "DIR", description = "Working directory (default: current).")
    Path cwd;

    @CommandLine.Option(names = "--dry-run", description = "Print the diff without writing the file.")
    boolean dryRun;

    @CommandLine.Parameters(index = "0", paramLabel = "KEY", description = "The hook's key, as `hooks` lists it.")
    String key;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract boolean trust();

    @Override
    public Integer call() throws IOException {
        Path dir = Paths2.directory(cwd, "--cwd");
        var env = envOptions.environment();
        HookCatalog catalog = HookDiscovery.discover(ConfigStackLoader.load(env, dir));
        HookEntry entry = catalog.entry(key).orElseThrow(() -> new UsageException("Codex lists no hook with key `" + key
                + "` from " + dir + " (run `hooks` to see the keys)"));
        PrintWriter out = spec.commandLine().getOut();
        if (entry.isManaged()) {
            out.println("managed hook: Codex trusts it without review; nothing to write");
            return StudioCli.OK;
        }
        HookTrustWriter.Change change;
        try {
            change = HookTrustWriter.plan(env.userConfigFile(), entry, trust());
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        if (change.isNoop()) {
            out.println((trust() ? "already trusted" : "not trusted") + ": " + change.file() + " stays as it is");
            return StudioCli.OK;
        }
        out.print(change.diff());
        if (dryRun) {
            out.println("(dry run: nothing written)");
            return StudioCli.OK;
        }
        HookTrustWriter.apply(change);
        out.println((trust() ? "trusted " : "untrusted ") + entry.key() + " in " + change.file());
        return StudioCli.OK;
    }

    @CommandLine.Command(name = "trust", mixinStandardHelpOptions = true,
            description = "Trust a hook: write [hooks.state.\"KEY\"] trusted_hash = its current hash into the user config.")
    static final class Trust extends HookTrustCommand {
        @Override
        boolean trust() {
            return true;
        }
    }

    @CommandLine.Command(name = "untrust", mixinStandardHelpOptions = true,
            description = "Untrust a hook: remove its trusted_hash from the user config.")
    static final class Untrust extends HookTrustCommand {
        @Override
        boolean trust() {
            return false;
        }
    }
}
