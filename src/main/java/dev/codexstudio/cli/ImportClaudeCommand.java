package dev.codexstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.claude.ClaudeImporter;
import dev.codexstudio.core.claude.ImportPlan;
import dev.codexstudio.core.claude.ImportWriter;
import dev.codexstudio.core.claude.PlannedFile;
import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code import-claude}: converts a repository's Claude Code setup (CLAUDE.md, .claude/settings*.json hooks, skills,
 * commands) into a Codex stack, shows the files and diffs with a warning for everything Codex cannot express, and
 * writes them unless {@code --dry-run}.
 */
@CommandLine.Command(name = "import-claude", mixinStandardHelpOptions = true,
        description = "Convert a Claude Code setup (CLAUDE.md, .claude/settings.json hooks, skills, commands) into a "
                + "Codex stack: AGENTS.md, .codex/hooks.json, .agents/skills.")
final class ImportClaudeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Repository with the Claude Code setup (default: current directory).")
    Path dir;

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the Codex files (default: DIR itself, in place).")
    Path out;

    @CommandLine.Option(names = "--dry-run", description = "Print the files, diffs and warnings; write nothing.")
    boolean dryRun;

    @CommandLine.Option(names = "--guidance", paramLabel = "MODE",
            description = "How CLAUDE.md reaches Codex where no AGENTS.md exists: copy (to AGENTS.md, default) or "
                    + "fallback (project_doc_fallback_filenames in .codex/config.toml).")
    ClaudeImporter.Guidance guidance = ClaudeImporter.Guidance.COPY;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == OutputFormat.sarif) {
            throw new UsageException("import-claude prints text or json, not sarif");
        }
        Path source = Paths2.directory(dir, "DIR");
        Path target = out == null ? source : out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException("--out is not a directory: " + target);
        }
        ImportPlan plan;
        try {
            plan = ClaudeImporter.plan(source, target, guidance);
        } catch (IOException e) {
            throw new UsageException("cannot read the Claude Code setup: " + e.getMessage());
        }
        List<PlannedFile> written = List.of();
        String failure = null;
        if (!dryRun) {
            try {
                written = ImportWriter.write(plan);
            } catch (ExternalChangeException e) {
                failure = "a file changed while importing, nothing more was written: " + e.getMessage();
            } catch (IOException e) {
                failure = e.getMessage();
            }
        }
        List<Diagnostic> errors = written.isEmpty() ? List.of() : errorsIn(plan, written);
        PrintWriter o = spec.commandLine().getOut();
        DiagnosticsOutput paths = new DiagnosticsOutput(source);
        if (format == OutputFormat.json) {
            ObjectNode root = json(plan, paths, written, failure);
            ArrayNode arr = root.putArray("validation");
            errors.forEach(d -> arr.add(paths.display(d.position().file()) + ":" + d.position().line() + ":"
                    + d.position().column() + ": " + d.message()));
            o.print(Json.write(root));
        } else {
            o.print(text(plan, paths, written));
            if (!errors.isEmpty()) {
                o.println("The written stack has errors:");
                o.print(paths.text(errors));
            }
        }
        o.flush();
        if (failure != null) {
            spec.commandLine().getErr().println("error: " + failure);
            return StudioCli.USAGE;
        }
        return errors.isEmpty() ? StudioCli.OK : StudioCli.FINDINGS;
    }

    /** Errors the validator finds in the files just written (Codex would refuse or skip them). */
    private List<Diagnostic> errorsIn(ImportPlan plan, List<PlannedFile> written) {
        java.util.Set<Path> files = new java.util.HashSet<>();
        written.forEach(f -> files.add(f.target().toAbsolutePath().normalize()));
        Stack stack = StackScanner.scan(plan.target(), envOptions.environment());
        return StackValidator.validate(stack).stream().filter(Diagnostic::isError)
                .filter(d -> files.contains(d.position().file().toAbsolutePath().normalize())).toList();
    }

    private String text(ImportPlan plan, DiagnosticsOutput paths, List<PlannedFile> written) {
        StringBuilder sb = new StringBuilder();
        sb.append(dryRun ? "Would write into " : "Writing into ").append(plan.target()).append(":\n");
        for (PlannedFile f : plan.files()) {
            sb.append("  ").append(String.format("%-9s", f.action().label())).append(' ').append(f.path())
                    .append("  (from ").append(f.origin()).append(")\n");
        }
        if (dryRun) {
            for (PlannedFile f : plan.changes()) {
                sb.append('\n').append(f.diff());
            }
            sb.append('\n');
        }
        sb.append(paths.text(plan.diagnostics()));
        sb.append(dryRun ? "dry run: nothing written (" + plan.changes().size() + " files would change)\n"
                : written.size() + (written.size() == 1 ? " file" : " files") + " written\n");
        return sb.toString();
    }

    private ObjectNode json(ImportPlan plan, DiagnosticsOutput paths, List<PlannedFile> written, String failure) {
        ObjectNode root = Json.object();
        root.put("source", plan.source().toString());
        root.put("target", plan.target().toString());
        root.put("dryRun", dryRun);
        ArrayNode files = root.putArray("files");
        for (PlannedFile f : plan.files()) {
            ObjectNode n = files.addObject();
            n.put("path", f.path());
            n.put("action", f.action().label());
            n.put("origin", f.origin());
            n.put("written", written.contains(f));
            n.put("diff", f.diff());
        }
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : plan.diagnostics()) {
            ObjectNode n = diags.addObject();
            SourcePosition p = d.position();
            n.put("file", paths.display(p.file()));
            n.put("line", p.line());
            n.put("column", p.column());
            n.put("severity", d.severity().label());
            n.put("rule", d.rule());
            n.put("message", d.message());
            if (!d.hint().isEmpty()) {
                n.put("hint", d.hint());
            }
        }
        if (failure != null) {
            root.put("error", failure);
        }
        return root;
    }
}
