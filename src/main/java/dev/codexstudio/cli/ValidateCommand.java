package dev.codexstudio.cli;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code validate [DIR]}: every finding about the stack; exit 1 when any is an error. */
@CommandLine.Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the whole Codex stack of a repository (and the Codex home) exactly as Codex 0.169 reads it.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Repository (default: current directory).")
    Path dir;

    @CommandLine.Option(names = "--cwd", paramLabel = "DIR",
            description = "Also check what Codex sees when started in this directory (inside DIR).")
    Path cwd;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text, json or sarif (default: text).")
    OutputFormat format = OutputFormat.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path root = Paths2.directory(dir, "DIR");
        List<Path> extra = cwd == null ? List.of() : List.of(Paths2.directory(cwd, "--cwd"));
        Stack stack = StackScanner.scan(root, envOptions.environment(), extra);
        List<Diagnostic> diagnostics = StackValidator.validate(stack);
        DiagnosticsOutput output = new DiagnosticsOutput(root);
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> output.text(diagnostics);
            case json -> output.json(diagnostics);
            case sarif -> output.sarif(diagnostics, new StudioCli.VersionProvider().version());
        });
        out.flush();
        return StackValidator.hasErrors(diagnostics) ? StudioCli.FINDINGS : StudioCli.OK;
    }
}
