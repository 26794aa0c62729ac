package dev.codexstudio.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;

/** The command line: {@code java -jar stack-studio.jar <command>}. */
public final class StudioCli {

    /** Exit code: no errors. */
    public static final int OK = 0;
    /** Exit code: the stack has errors. */
    public static final int FINDINGS = 1;
    /** Exit code: bad usage or unreadable input. */
    public static final int USAGE = 2;

    private StudioCli() {
    }

    /** True when the arguments ask for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.startsWith("-") || commandNames().contains(first);
    }

    /**
     * The subcommands' names and aliases, read from their {@code @Command} annotations: building picocli's whole
     * command model only to learn them took a good part of the window's start-up.
     */
    static Set<String> commandNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Class<?> c : RootCommand.class.getAnnotation(CommandLine.Command.class).subcommands()) {
            CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
            if (command != null) {
                names.add(command.name());
                names.addAll(java.util.List.of(command.aliases()));
            }
        }
        return names;
    }

    public static int run(String[] args) {
        return run(args, utf8(System.out), utf8(System.err));
    }

    private static PrintWriter utf8(java.io.OutputStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = newCommandLine(out, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run with --help for usage.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return USAGE;
        });

        return cl;
    }

    @CommandLine.Command(name = "stack-studio", mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Codex Stack Studio: read, validate and edit the Codex CLI customisation stack.",
            subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, TreeCommand.class, AgentsCommand.class,
                SkillsCommand.class, HooksCommand.class, ConfigCommand.class, HookRunCommand.class,
                ImportClaudeCommand.class, MigrateCommand.class, ExportCommand.class, NewCommand.class,
                ReportCommand.class, dev.codexstudio.bench.BenchCommand.class})
    static final class RootCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** Version from the jar manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"stack-studio " + version()};
        }

        String version() {
            String v = StudioCli.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }
    }
}
