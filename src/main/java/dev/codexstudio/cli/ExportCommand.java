package dev.codexstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.export.ExportAction;
import dev.codexstudio.core.export.ExportPlan;
import dev.codexstudio.core.export.ExportPlanner;
import dev.codexstudio.core.export.ExportResult;
import dev.codexstudio.core.export.ExportTargets;
import dev.codexstudio.core.export.ExportWriter;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.export.PlannedExport;
import dev.codexstudio.core.export.StackDrafts;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.StackScanner;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code export [DIR] --out DIR}: writes the exportable part of a stack (repository files; optionally the user's
 * Codex home files and the managed policy) into ready-to-commit folders. Prints every file with its action, the
 * scope explanation, the diff of each conflict and why a file is blocked or not written.
 */
@CommandLine.Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the stack to a ready-to-commit folder: new files are written, existing ones only with"
                + " --overwrite, files with secrets or personal paths never.")
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Repository (default: current directory).")
    Path dir;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder that receives the repository files (created when missing).")
    Path out;

    @CommandLine.Option(names = "--codex-home-out", paramLabel = "DIR",
            description = "Also write the personal files (profiles, config.toml without trust state) to this folder.")
    Path codexHomeOut;

    @CommandLine.Option(names = "--managed-out", paramLabel = "DIR",
            description = "Also write the managed requirements.toml to this folder.")
    Path managedOut;

    @CommandLine.Option(names = "--overwrite", paramLabel = "PATH",
            description = "Overwrite this existing file (path relative to its target folder); repeatable.")
    List<String> overwrite = new ArrayList<>();

    @CommandLine.Option(names = "--dry-run", description = "Print the plan only; write nothing.")
    boolean dryRun;

    @CommandLine.Option(names = "--git-init", description = "Run `git init` in the --out folder unless it is already in a git work tree (nothing is added or committed).")
    boolean gitInit;

    @CommandLine.Option(names = "--include-trust-state", description = "Keep this machine's [projects] and [hooks.state] in the exported user config.toml.")
    boolean includeTrustState;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == OutputFormat.sarif) {
            throw new UsageException("export prints text or json, not sarif");
        }
        Path root = Paths2.directory(dir, "DIR");
        ExportTargets targets = new ExportTargets(out, Optional.ofNullable(codexHomeOut), Optional.ofNullable(managedOut));
        StackDrafts.Collected collected;
        try {
            collected = StackDrafts.collect(StackScanner.scan(root, envOptions.environment()),
                    new StackDrafts.Options(includeTrustState));
        } catch (UncheckedIOException e) {
            throw new UsageException("cannot read the stack: " + e.getCause().getMessage());
        }
        ExportPlan plan = ExportPlanner.plan(collected.draft(), targets);
        Set<String> choices = new LinkedHashSet<>();
        for (String o : overwrite) {
            String p = o.replace('\\', '/').replaceFirst("^\\./", "");
            if (plan.files().stream().noneMatch(f -> f.path().equals(p))) {
                throw new UsageException("--overwrite " + o + ": no file of the export has that path (use the path"
                        + " relative to its target folder, as the plan prints it)");
            }
            choices.add(p);
        }
        ExportResult result = dryRun ? null : ExportWriter.apply(plan, choices, gitInit);
        PrintWriter o = spec.commandLine().getOut();
        o.print(format == OutputFormat.json ? Json.write(json(root, plan, collected, choices, result))
                : text(root, plan, collected, choices, result));
        o.flush();
        if (result != null && !result.isSuccess()) {
            PrintWriter err = spec.commandLine().getErr();
            result.failed().forEach(f -> err.println("error: " + f.path() + ": " + f.reason()));
            result.git().filter(g -> !g.ok()).ifPresent(g -> err.println("error: " + g.message()));
            return StudioCli.USAGE;
        }
        return plan.hasBlocked() || !plan.unresolvedConflicts(choices).isEmpty() ? StudioCli.FINDINGS : StudioCli.OK;
    }

    private String text(Path root, ExportPlan plan, StackDrafts.Collected collected, Set<String> choices,
            ExportResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("Export of ").append(root).append('\n');
        for (FileScope scope : FileScope.values()) {
            List<PlannedExport> files = plan.files().stream().filter(f -> f.scope() == scope).toList();
            Optional<Path> folder = plan.targets().folder(scope);
            if (files.isEmpty() || folder.isEmpty()) {
                continue;
            }
            sb.append('\n').append(capitalised(scope.label())).append(" → ").append(folder.get()).append('\n');
            sb.append("  (").append(scope.explanation()).append(")\n");
            int width = files.stream().mapToInt(f -> f.path().length()).max().orElse(0);
            for (PlannedExport f : files) {
                String action = f.action() == ExportAction.CONFLICT && choices.contains(f.path()) ? "overwrite"
                        : f.action().label();
                sb.append(String.format("  %-9s  %-" + Math.min(width, 60) + "s  %s%s%n", action, f.path(),
                        f.file().purpose(), f.file().executable() ? " [executable]" : ""));
            }
        }
        if (!plan.notWritten().isEmpty()) {
            sb.append("\nNot written:\n");
            for (FileScope scope : FileScope.values()) {
                List<ExportPlan.NotWritten> nw = plan.notWritten().stream().filter(n -> n.file().scope() == scope).toList();
                if (nw.isEmpty()) {
                    continue;
                }
                sb.append("  ").append(nw.get(0).reason()).append('\n');
                for (ExportPlan.NotWritten n : nw) {
                    sb.append("    ").append(n.file().path()).append("  ").append(n.file().purpose()).append('\n');
                }
            }
        }
        List<PlannedExport> blocked = plan.withAction(ExportAction.BLOCKED);
        if (!blocked.isEmpty()) {
            sb.append("\nBlocked (never written):\n");
            for (PlannedExport f : blocked) {
                for (Diagnostic d : f.diagnostics()) {
                    sb.append("  ").append(position(plan, f, d)).append(": ").append(d.severity().label()).append(" [")
                            .append(d.rule()).append("] ").append(d.message()).append('\n');
                    if (!d.hint().isEmpty()) {
                        sb.append("    hint: ").append(d.hint()).append('\n');
                    }
                }
            }
        }
        List<PlannedExport> conflicts = plan.withAction(ExportAction.CONFLICT);
        if (!conflicts.isEmpty()) {
            sb.append("\nConflicts (existing files with other content; --overwrite PATH replaces one):\n");
            for (PlannedExport f : conflicts) {
                sb.append(f.diff());
            }
        }
        if (!collected.leftOut().isEmpty()) {
            sb.append("\nLeft out of the stack:\n");
            collected.leftOut().forEach(l -> sb.append("  ").append(l).append('\n'));
        }
        sb.append('\n');
        if (result == null) {
            sb.append("dry run: nothing written (").append(plan.withAction(ExportAction.CREATE).size()).append(" to create, ")
                    .append(plan.withAction(ExportAction.CONFLICT).size()).append(" conflicts, ")
                    .append(blocked.size()).append(" blocked)\n");
        } else {
            sb.append("written ").append(result.written().size()).append(", skipped ").append(result.skipped().size())
                    .append(", failed ").append(result.failed().size()).append('\n');
            result.failed().forEach(f -> sb.append("  failed  ").append(f.path()).append(": ").append(f.reason()).append('\n'));
            result.git().ifPresent(g -> sb.append("git: ").append(g.message()).append('\n'));
        }
        List<PlannedExport> unresolved = plan.unresolvedConflicts(choices);
        if (!unresolved.isEmpty()) {
            sb.append(unresolved.size()).append(unresolved.size() == 1 ? " conflict" : " conflicts")
                    .append(" left as they are: ").append(String.join(", ", unresolved.stream().map(PlannedExport::path).toList()))
                    .append('\n');
        }
        return sb.toString();
    }

    private ObjectNode json(Path root, ExportPlan plan, StackDrafts.Collected collected, Set<String> choices,
            ExportResult result) {
        ObjectNode n = Json.object();
        n.put("source", root.toString());
        ObjectNode t = n.putObject("targets");
        for (FileScope scope : FileScope.values()) {
            plan.targets().folder(scope).ifPresent(p -> t.put(key(scope), p.toString()));
        }
        n.put("dryRun", result == null);
        ArrayNode files = n.putArray("files");
        for (PlannedExport f : plan.files()) {
            ObjectNode o = files.addObject();
            o.put("scope", key(f.scope()));
            o.put("path", f.path());
            if (f.target() != null) {
                o.put("target", f.target().toString());
            }
            o.put("action", f.action().label());
            o.put("overwrite", f.action() == ExportAction.CONFLICT && choices.contains(f.path()));
            o.put("executable", f.file().executable());
            o.put("purpose", f.file().purpose());
            o.put("scopeExplanation", f.scopeExplanation());
            if (f.action() == ExportAction.CONFLICT) {
                o.put("diff", f.diff());
            }
            ArrayNode ds = o.putArray("diagnostics");
            for (Diagnostic d : f.diagnostics()) {
                ds.addObject().put("file", fileOf(plan, f, d)).put("line", d.position().line())
                        .put("column", d.position().column()).put("severity", d.severity().label()).put("rule", d.rule())
                        .put("message", d.message()).put("hint", d.hint());
            }
        }
        ArrayNode nw = n.putArray("notWritten");
        for (ExportPlan.NotWritten w : plan.notWritten()) {
            nw.addObject().put("scope", key(w.file().scope())).put("path", w.file().path())
                    .put("purpose", w.file().purpose()).put("reason", w.reason());
        }
        ArrayNode left = n.putArray("leftOut");
        collected.leftOut().forEach(left::add);
        if (result != null) {
            ObjectNode r = n.putObject("result");
            outcomes(r.putArray("written"), result.written());
            outcomes(r.putArray("skipped"), result.skipped());
            outcomes(r.putArray("failed"), result.failed());
            result.git().ifPresent(g -> r.putObject("git").put("initialised", g.initialised()).put("ok", g.ok())
                    .put("message", g.message()));
        }
        return n;
    }

    private static void outcomes(ArrayNode a, List<ExportResult.Outcome> list) {
        for (ExportResult.Outcome o : list) {
            a.addObject().put("scope", key(o.file().scope())).put("path", o.path()).put("reason", o.reason());
        }
    }

    private static String key(FileScope scope) {
        return switch (scope) {
            case REPOSITORY -> "repository";
            case USER_HOME -> "codexHome";
            case MANAGED -> "managed";
        };
    }

    /** A diagnostic's file as the user knows it: target-relative when it is inside the target folder. */
    private static String fileOf(ExportPlan plan, PlannedExport f, Diagnostic d) {
        Path p = d.position().file();
        if (!p.isAbsolute()) {
            return p.toString().replace('\\', '/');
        }
        Optional<Path> folder = plan.targets().folder(f.scope());
        if (folder.isPresent() && p.startsWith(folder.get())) {
            String rel = folder.get().relativize(p).toString();
            return rel.isEmpty() ? "." : rel;
        }
        return p.toString();
    }

    private static String position(ExportPlan plan, PlannedExport f, Diagnostic d) {
        String file = fileOf(plan, f, d);
        return d.position().isWholeFile() ? file : file + ":" + d.position().line() + ":" + d.position().column();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
