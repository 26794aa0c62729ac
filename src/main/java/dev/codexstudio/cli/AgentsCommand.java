package dev.codexstudio.cli;

import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.config.ConfigStackLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code agents --cwd DIR}: prints the effective AGENTS.md instructions text Codex builds for that
 * directory, byte for byte, and nothing else.
 */
@CommandLine.Command(name = "agents", mixinStandardHelpOptions = true,
        description = "Print the effective AGENTS.md instructions Codex would see from a directory (exactly the text "
                + "inside <INSTRUCTIONS>).")
final class AgentsCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Option(names = "--cwd", paramLabel = "DIR", description = "Working directory (default: current).")
    Path cwd;

    @CommandLine.Option(names = "--fragment", description = "Print the whole fragment Codex sends, with its header and tags.")
    boolean fragment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = Paths2.directory(cwd, "--cwd");
        EffectiveInstructions ei = AgentsInstructions.compute(ConfigStackLoader.load(envOptions.environment(), dir));
        PrintWriter out = spec.commandLine().getOut();
        out.print(fragment ? (ei.isEmpty() ? "" : ei.fragment()) : ei.text());
        out.flush();
        return StudioCli.OK;
    }
}
