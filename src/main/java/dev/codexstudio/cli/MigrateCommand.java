package dev.codexstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.migrate.FileChange;
import dev.codexstudio.core.migrate.LegacyForm;
import dev.codexstudio.core.migrate.MigrationPlan;
import dev.codexstudio.core.migrate.Migrator;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code migrate [DIR]}: rewrites the article-era and legacy forms the validator finds (reasoning_effort,
 * single-table hooks, profiles, codex_hooks, timeoutSec, approval values, top-level hook events, the old user
 * skills folder) as one plan; a dry run prints the combined diff, {@code --write} applies it.
 */
@CommandLine.Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Migrate legacy Codex forms to what Codex 0.169 reads: prints the combined diff; --write applies it.")
final class MigrateCommand implements Callable<Integer> {

    /** Rounds planned at most (a form can only show once another is fixed: timeoutSec in a single-table hook). */
    static final int MAX_ROUNDS = 6;

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Repository (default: current directory).")
    Path dir;

    @CommandLine.Option(names = "--write", description = "Apply the plan (default: dry run, print the diff only).")
    boolean write;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == OutputFormat.sarif) {
            throw new UsageException("migrate prints text or json, not sarif");
        }
        Path root = Paths2.directory(dir, "DIR");
        MigrationPlan plan;
        try {
            // every round --write needs, planned up front: the dry-run diff is exactly what --write writes
            plan = Migrator.planAll(() -> StackScanner.scan(root, envOptions.environment()), MAX_ROUNDS);
        } catch (UncheckedIOException e) {
            throw new UsageException("cannot read the stack: " + e.getCause().getMessage());
        }
        String failure = null;
        List<Diagnostic> errors = List.of();
        if (write && !plan.isEmpty()) {
            try {
                Migrator.apply(plan);
                // what is left for the user is what the validator still finds now
                plan = new MigrationPlan(plan.changes(),
                        Migrator.plan(StackScanner.scan(root, envOptions.environment())).manual());
                errors = errorsIn(root, plan);
            } catch (ExternalChangeException e) {
                failure = "a file changed since the plan was made, nothing was written: " + e.getMessage();
            } catch (IOException e) {
                failure = "nothing more was written: " + e.getMessage();
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        DiagnosticsOutput paths = new DiagnosticsOutput(root);
        if (format == OutputFormat.json) {
            o.print(Json.write(json(plan, paths, errors, failure)));
        } else {
            o.print(text(plan, paths, errors));
        }
        o.flush();
        if (failure != null) {
            spec.commandLine().getErr().println("error: " + failure);
            return StudioCli.USAGE;
        }
        boolean pending = !write && !plan.isEmpty();
        return pending || !plan.manual().isEmpty() || !errors.isEmpty() ? StudioCli.FINDINGS : StudioCli.OK;
    }

    /** Errors the validator finds in the files just written. */
    private List<Diagnostic> errorsIn(Path root, MigrationPlan plan) {
        Set<Path> files = new HashSet<>();
        for (FileChange c : plan.changes()) {
            files.add((c.kind() == FileChange.Kind.MOVE ? c.target() : c.path()).toAbsolutePath().normalize());
        }
        Stack stack = StackScanner.scan(root, envOptions.environment());
        return StackValidator.validate(stack).stream().filter(Diagnostic::isError)
                .filter(d -> d.position().file() != null
                        && files.stream().anyMatch(f -> d.position().file().toAbsolutePath().normalize().startsWith(f)))
                .distinct().toList();
    }

    private String text(MigrationPlan plan, DiagnosticsOutput paths, List<Diagnostic> errors) {
        StringBuilder sb = new StringBuilder();
        if (plan.isEmpty()) {
            sb.append("Nothing to migrate.\n");
        } else {
            sb.append(write ? "Migrated:\n" : "Would migrate:\n");
            for (FileChange c : plan.changes()) {
                sb.append("  ").append(String.format("%-6s", c.kind().name().toLowerCase())).append(' ')
                        .append(paths.display(c.path()));
                if (c.target() != null) {
                    sb.append(" -> ").append(paths.display(c.target()));
                }
                sb.append("  (").append(String.join("; ", c.forms().stream().map(LegacyForm::label).toList())).append(")\n");
            }
            if (!write) {
                sb.append('\n').append(plan.combinedDiff()).append('\n');
            }
        }
        if (!plan.manual().isEmpty()) {
            sb.append("Legacy forms to change by hand:\n").append(paths.text(plan.manual()));
        }
        if (!errors.isEmpty()) {
            sb.append("The migrated files have errors:\n").append(paths.text(errors));
        }
        if (!write && !plan.isEmpty()) {
            sb.append("dry run: nothing written (").append(plan.changes().size())
                    .append(plan.changes().size() == 1 ? " change" : " changes").append("; run with --write to apply)\n");
        }
        return sb.toString();
    }

    private ObjectNode json(MigrationPlan plan, DiagnosticsOutput paths, List<Diagnostic> errors, String failure) {
        ObjectNode root = Json.object();
        root.put("written", write && failure == null && !plan.isEmpty());
        ArrayNode changes = root.putArray("changes");
        for (FileChange c : plan.changes()) {
            ObjectNode n = changes.addObject();
            n.put("action", c.kind().name().toLowerCase());
            n.put("path", paths.display(c.path()));
            if (c.target() != null) {
                n.put("target", paths.display(c.target()));
            }
            ArrayNode forms = n.putArray("forms");
            c.forms().forEach(f -> forms.add(f.name().toLowerCase().replace('_', '-')));
            ArrayNode titles = n.putArray("fixes");
            c.titles().forEach(titles::add);
            n.put("diff", c.diff());
        }
        ArrayNode manual = root.putArray("manual");
        plan.manual().forEach(d -> manual.addObject().put("file", paths.display(d.position().file()))
                .put("line", d.position().line()).put("column", d.position().column()).put("rule", d.rule())
                .put("message", d.message()).put("hint", d.hint()));
        ArrayNode errs = root.putArray("errors");
        errors.forEach(d -> errs.add(paths.display(d.position().file()) + ":" + d.position().line() + ":"
                + d.position().column() + ": " + d.message()));
        if (failure != null) {
            root.put("failure", failure);
        }
        return root;
    }
}
