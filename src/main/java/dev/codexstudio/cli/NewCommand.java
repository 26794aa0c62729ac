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
import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.newstack.NewStack;
import dev.codexstudio.core.newstack.NewStackCatalog;
import dev.codexstudio.core.newstack.NewStackSpec;
import dev.codexstudio.core.newstack.NewStackSpec.Conventions;
import dev.codexstudio.core.newstack.NewStackSpec.SkillChoice;
import dev.codexstudio.core.newstack.SkillTemplates;
import dev.codexstudio.core.samples.BundledSamples;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * {@code new}: builds a new stack from a template and presets ({@link NewStack}) and writes it with the export
 * planner and writer: repository files into {@code --out}, Codex-home files only with {@code --codex-home-out},
 * managed policy only with {@code --managed-out}. Never overwrites: if a file exists with other content, nothing
 * is written. Then validates what it wrote.
 */
@CommandLine.Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new Codex stack from a template: AGENTS.md with your conventions, skills, hook scripts "
                + "and profiles. Templates: empty, java-service, typescript-webapp, python-library.",
        footer = {"", "Languages (--language): java, kotlin, python, typescript, go, rust.",
                "Hooks (--hook): format, block-dangerous, stop-tests, session-context.",
                "Profiles (--profile-preset): fast, thorough, review.",
                "Skill templates (--skill-template): write-tests, code-review, release-notes, db-migration."})
final class NewCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Option(names = "--template", required = true, paramLabel = "NAME",
            description = "A bundled sample to start from, or `empty`.")
    String template;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The new repository folder (created when missing; existing files are never overwritten).")
    Path out;

    @CommandLine.Option(names = "--name", paramLabel = "N", description = "Project name (default: the --out folder's name).")
    String name;

    @CommandLine.Option(names = "--language", paramLabel = "L",
            description = "Language preset that fills the conventions and the format hook's tools.")
    String language;

    @CommandLine.Option(names = "--style", paramLabel = "TEXT", description = "Code style (overrides the language preset).")
    String style;

    @CommandLine.Option(names = "--test-naming", paramLabel = "TEXT", description = "How tests are named (overrides the preset).")
    String testNaming;

    @CommandLine.Option(names = "--test-command", paramLabel = "CMD", description = "The test command (overrides the preset).")
    String testCommand;

    @CommandLine.Option(names = "--hook", paramLabel = "PRESET", description = "A hook preset (repeatable).")
    List<String> hooks = new ArrayList<>();

    @CommandLine.Option(names = "--profile-preset", paramLabel = "P", description = "A profile preset (repeatable).")
    List<String> profiles = new ArrayList<>();

    @CommandLine.Option(names = "--skill-template", paramLabel = "T", description = "A built-in skill (repeatable).")
    List<String> skillTemplates = new ArrayList<>();

    @CommandLine.Option(names = "--skill-from", paramLabel = "DIR",
            description = "Copy a skill folder (with SKILL.md) from disk, e.g. ~/.agents/skills/x (repeatable).")
    List<Path> skillFolders = new ArrayList<>();

    @CommandLine.Option(names = "--codex-home-out", paramLabel = "DIR",
            description = "Also write the Codex-home files (profiles, user config) into DIR.")
    Path codexHomeOut;

    @CommandLine.Option(names = "--managed-out", paramLabel = "DIR",
            description = "Also write the managed requirements.toml into DIR.")
    Path managedOut;

    @CommandLine.Option(names = "--no-git-init", description = "Do not run `git init` in the new repository folder.")
    boolean noGitInit;

    @CommandLine.Option(names = "--dry-run", description = "Print the files that would be written; write nothing.")
    boolean dryRun;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == OutputFormat.sarif) {
            throw new UsageException("new prints text or json, not sarif");
        }
        BundledSamples samples = BundledSamples.fromClassPath().orElse(null);
        NewStackSpec newSpec = spec(samples);
        StackDraft draft;
        try {
            draft = NewStack.build(newSpec, samples);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
        Path repo = out.toAbsolutePath().normalize();
        for (Path p : new Path[] {repo, codexHomeOut, managedOut}) {
            if (p != null && Files.exists(p) && !Files.isDirectory(p)) {
                throw new UsageException("not a directory: " + p);
            }
        }
        ExportTargets targets = ExportTargets.repositoryOnly(repo);
        if (codexHomeOut != null) {
            targets = targets.withCodexHome(codexHomeOut);
        }
        if (managedOut != null) {
            targets = targets.withManaged(managedOut);
        }
        ExportPlan plan = ExportPlanner.plan(draft, targets);
        List<PlannedExport> refused = plan.files().stream()
                .filter(f -> f.action() == ExportAction.CONFLICT || f.action() == ExportAction.BLOCKED).toList();
        ExportResult result = null;
        if (!dryRun && refused.isEmpty()) {
            result = ExportWriter.apply(plan, Set.of(), !noGitInit);
        }
        List<Diagnostic> errors = result != null && result.isSuccess() ? validate(repo) : List.of();

        PrintWriter o = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            o.print(Json.write(json(draft, plan, refused, result, errors)));
        } else {
            o.print(text(draft, plan, refused, result, errors, new DiagnosticsOutput(repo)));
        }
        o.flush();
        if (result != null && !result.isSuccess()) {
            spec.commandLine().getErr().println("error: " + (result.failed().isEmpty()
                    ? result.git().map(ExportResult.GitInit::message).orElse("the export failed")
                    : result.failed().get(0).path() + ": " + result.failed().get(0).reason()));
            return StudioCli.USAGE;
        }
        return refused.isEmpty() && errors.isEmpty() ? StudioCli.OK : StudioCli.FINDINGS;
    }

    NewStackSpec spec(BundledSamples samples) {
        Optional<String> t;
        if (template.equals(NewStackCatalog.EMPTY)) {
            t = Optional.empty();
        } else if (samples != null && samples.find(template).isPresent()) {
            t = Optional.of(template);
        } else {
            throw new UsageException("no template named \"" + template + "\"; templates: "
                    + NewStackCatalog.templates(samples).stream().map(NewStackCatalog.Template::name)
                    .collect(Collectors.joining(", ")));
        }
        Conventions base = new Conventions("", "", "", "");
        if (language != null) {
            base = NewStackCatalog.language(language).map(NewStackCatalog.LanguagePreset::conventions)
                    .orElseThrow(() -> new UsageException("no language preset \"" + language + "\"; presets: "
                            + NewStackCatalog.languages().stream().map(NewStackCatalog.LanguagePreset::id)
                            .collect(Collectors.joining(", "))));
        }
        Conventions conventions = new Conventions(base.language(), style != null ? style : base.style(),
                testNaming != null ? testNaming : base.testNaming(), testCommand != null ? testCommand : base.testCommand());
        EnumSet<NewStackSpec.HookPreset> hookSet = EnumSet.noneOf(NewStackSpec.HookPreset.class);
        for (String h : hooks) {
            hookSet.add(NewStackCatalog.hookPreset(h).orElseThrow(() -> new UsageException("no hook preset \"" + h
                    + "\"; presets: " + NewStackCatalog.hookPresets().stream().map(NewStackCatalog.HookPresetInfo::id)
                    .collect(Collectors.joining(", ")))).preset());
        }
        EnumSet<NewStackSpec.ProfilePreset> profileSet = EnumSet.noneOf(NewStackSpec.ProfilePreset.class);
        for (String p : profiles) {
            profileSet.add(NewStackCatalog.profilePreset(p).orElseThrow(() -> new UsageException("no profile preset \""
                    + p + "\"; presets: " + NewStackCatalog.profilePresets().stream()
                    .map(NewStackCatalog.ProfilePresetInfo::name).collect(Collectors.joining(", ")))).preset());
        }
        List<SkillChoice> skills = new ArrayList<>();
        for (String s : skillTemplates) {
            if (NewStackCatalog.skillTemplate(s).isEmpty()) {
                throw new UsageException("no skill template \"" + s + "\"; templates: " + SkillTemplates.all().stream()
                        .map(SkillTemplates.SkillTemplate::name).collect(Collectors.joining(", ")));
            }
            skills.add(new SkillChoice(SkillChoice.Source.TEMPLATE, s, Optional.empty()));
        }
        CodexEnvironment env = envOptions.environment();
        Path userSkills = env.userHome().resolve(".agents/skills").toAbsolutePath().normalize();
        for (Path folder : skillFolders) {
            Path dir = folder.toAbsolutePath().normalize();
            if (!Files.isRegularFile(dir.resolve("SKILL.md"))) {
                throw new UsageException("--skill-from " + folder + ": no SKILL.md in that folder");
            }
            SkillChoice.Source source = dir.startsWith(userSkills) ? SkillChoice.Source.USER : SkillChoice.Source.REPOSITORY;
            skills.add(new SkillChoice(source, dir.getFileName().toString(), Optional.of(dir)));
        }
        String projectName = name != null ? name : Optional.ofNullable(out.toAbsolutePath().normalize().getFileName())
                .map(Path::toString).orElse("");
        if (projectName.isBlank()) {
            throw new UsageException("give the project a name with --name");
        }
        return new NewStackSpec(t, projectName, conventions, skills, hookSet, profileSet);
    }

    /** Errors in the written repository, as Codex would see it from its root. */
    private List<Diagnostic> validate(Path repo) {
        CodexEnvironment env = envOptions.environment();
        if (codexHomeOut != null) {
            env = new CodexEnvironment(codexHomeOut.toAbsolutePath().normalize(), env.userHome(), env.systemDir(),
                    env.profile());
        }
        Stack stack = StackScanner.scan(repo, env);
        return StackValidator.validate(stack).stream().filter(Diagnostic::isError).toList();
    }

    private String text(StackDraft draft, ExportPlan plan, List<PlannedExport> refused, ExportResult result,
                        List<Diagnostic> errors, DiagnosticsOutput paths) {
        StringBuilder sb = new StringBuilder();
        sb.append("New stack \"").append(draft.name()).append("\" from the ").append(template).append(" template\n");
        for (FileScope scope : FileScope.values()) {
            List<PlannedExport> files = plan.files().stream().filter(f -> f.file().scope() == scope).toList();
            if (files.isEmpty()) {
                continue;
            }
            sb.append('\n').append(dryRun || !refused.isEmpty() ? "Would write into " : "Wrote into ")
                    .append(plan.targets().folder(scope).orElseThrow()).append(" (").append(scope.label()).append("):\n");
            for (PlannedExport f : files) {
                sb.append("  ").append(String.format("%-9s", f.action().label())).append(' ').append(f.file().path())
                        .append(f.file().executable() ? " (executable)" : "").append("  ").append(f.file().purpose())
                        .append('\n');
                for (Diagnostic d : f.diagnostics()) {
                    sb.append("            ").append(d.message()).append(d.hint().isEmpty() ? "" : " (" + d.hint() + ")")
                            .append('\n');
                }
            }
        }
        for (FileScope scope : FileScope.values()) {
            List<ExportPlan.NotWritten> left = plan.notWritten().stream().filter(n -> n.file().scope() == scope).toList();
            if (left.isEmpty()) {
                continue;
            }
            sb.append('\n').append("Not written: ").append(scope == FileScope.USER_HOME ? "belongs in your Codex home"
                    : scope == FileScope.MANAGED ? "managed policy, installed by an administrator" : scope.label())
                    .append(" (").append(scope == FileScope.USER_HOME ? "--codex-home-out DIR" : "--managed-out DIR")
                    .append(" writes it):\n");
            for (ExportPlan.NotWritten n : left) {
                sb.append("  ").append(n.file().path()).append("  ").append(n.file().purpose()).append('\n');
            }
        }
        sb.append('\n');
        if (!refused.isEmpty()) {
            sb.append("Nothing written: ").append(refused.size()).append(refused.size() == 1 ? " file" : " files")
                    .append(" already exist with other content or cannot be written safely (").append(refused.stream()
                            .map(f -> f.file().path()).collect(Collectors.joining(", ")))
                    .append("). Choose an empty --out folder, or move those files away.\n");
        } else if (result == null) {
            sb.append("dry run: nothing written (").append(plan.withAction(ExportAction.CREATE).size())
                    .append(" files would be created)\n");
        } else {
            sb.append(result.written().size()).append(result.written().size() == 1 ? " file" : " files").append(" written");
            result.git().filter(g -> g.initialised()).ifPresent(g -> sb.append("; git repository initialised"));
            sb.append('\n');
            if (!errors.isEmpty()) {
                sb.append("The written stack has errors:\n").append(paths.text(errors));
            }
        }
        return sb.toString();
    }

    private ObjectNode json(StackDraft draft, ExportPlan plan, List<PlannedExport> refused, ExportResult result,
                            List<Diagnostic> errors) {
        ObjectNode root = Json.object();
        root.put("name", draft.name());
        root.put("template", template);
        root.put("dryRun", dryRun);
        root.put("written", result != null && result.isSuccess());
        ArrayNode files = root.putArray("files");
        for (PlannedExport f : plan.files()) {
            ObjectNode n = files.addObject();
            n.put("path", f.file().path());
            n.put("scope", f.file().scope().name().toLowerCase(java.util.Locale.ROOT));
            n.put("target", f.target() == null ? null : f.target().toString());
            n.put("action", f.action().label());
            n.put("executable", f.file().executable());
            n.put("purpose", f.file().purpose());
        }
        ArrayNode left = root.putArray("notWritten");
        for (ExportPlan.NotWritten nw : plan.notWritten()) {
            ObjectNode n = left.addObject();
            n.put("path", nw.file().path());
            n.put("scope", nw.file().scope().name().toLowerCase(java.util.Locale.ROOT));
            n.put("reason", nw.reason());
        }
        ArrayNode refusedArr = root.putArray("refused");
        refused.forEach(f -> refusedArr.add(f.file().path()));
        ArrayNode errs = root.putArray("errors");
        for (Diagnostic d : errors) {
            errs.add(d.position().file() + ":" + d.position().line() + ":" + d.position().column() + ": " + d.message());
        }
        return root;
    }
}
