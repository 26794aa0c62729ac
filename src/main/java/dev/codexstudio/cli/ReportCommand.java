package dev.codexstudio.cli;

import dev.codexstudio.core.report.ReportWriter;
import dev.codexstudio.core.report.StackSummary;
import dev.codexstudio.core.stack.StackScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code report [DIR] --out DIR}: writes STACK-REPORT.md and hook-lifecycle.png for newcomers. */
@CommandLine.Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a stack report for newcomers: STACK-REPORT.md and hook-lifecycle.png in --out DIR.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Repository (default: current directory).")
    Path dir;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write STACK-REPORT.md and hook-lifecycle.png into (created if missing).")
    Path out;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT",
            description = "How to print what was written: text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == OutputFormat.sarif) {
            throw new UsageException("report prints text or json, not sarif");
        }
        Path root = Paths2.directory(dir, "DIR");
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException("--out is not a directory: " + out);
        }
        for (String name : new String[] {ReportWriter.REPORT_FILE, ReportWriter.DIAGRAM_FILE}) {
            Path f = target.resolve(name);
            if (Files.isSymbolicLink(f) || Files.exists(f, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(f,
                    LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("refusing to replace " + f + ": it is not a regular file");
            }
        }
        StackSummary summary = StackSummary.of(StackScanner.scan(root, envOptions.environment()));
        ReportWriter.Written w;
        try {
            w = ReportWriter.write(summary, target);
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + out + ": " + e.getMessage());
        }
        var o = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            var node = Json.object();
            node.put("report", w.report().toString());
            node.put("diagram", w.diagram().toString());
            node.put("errors", summary.count(dev.codexstudio.core.model.Severity.ERROR));
            node.put("warnings", summary.count(dev.codexstudio.core.model.Severity.WARNING));
            o.print(Json.write(node));
        } else {
            o.println("wrote " + w.report());
            o.println("wrote " + w.diagram());
        }
        o.flush();
        return StudioCli.OK;
    }
}
