package dev.codexstudio.core.finetune;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HooksJsonWriter;
import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * The fine-tuning migration checklist: for each behaviour a fine-tuned model encoded, plans the real Codex
 * artefact from what the user typed, writes it atomically, and derives the item's tick from the files on disk
 * (nothing is stored: re-opening recomputes every tick).
 *
 * <p>Every key follows the specification: {@code codex exec --output-schema FILE} (there is no config key for
 * it), {@code [permissions.filesystem] deny_read} (there is no {@code deny_write}), {@code model_reasoning_effort},
 * and profile files {@code $CODEX_HOME/<name>.config.toml} selected with {@code --profile}.
 */
public final class FineTuneChecklist {

    public static final String STYLE_HEADING = "## Coding Standards";
    public static final String GLOSSARY_HEADING = "## Glossary";
    public static final String GLOSSARY_SKILL = "domain-glossary";
    public static final String SCHEMA_PATH = "schemas/codex-output.schema.json";
    /** The frontmatter metadata line that marks a skill created from a fine-tuned workflow. */
    public static final String WORKFLOW_MARKER = "migrated-from: fine-tuning";
    /** The tools a PostToolUse matcher selects for file edits ({@code apply_patch} matches as Write or Edit). */
    public static final String EDIT_MATCHER = "^(Edit|Write)$";
    public static final List<String> SANDBOX_MODES = List.of("read-only", "workspace-write", "danger-full-access", "external-sandbox");
    public static final List<String> APPROVAL_POLICIES = List.of("on-request", "never");

    private static final Pattern SKILL_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FineTuneChecklist() {
    }

    // ---------------------------------------------------------------- planning

    public static ItemPlan plan(MigrationTargets t, MigrationInput input) {
        try {
            if (input instanceof MigrationInput.Style s) {
                return planStyle(t, s);
            } else if (input instanceof MigrationInput.Glossary g) {
                return planGlossary(t, g);
            } else if (input instanceof MigrationInput.OutputSchema o) {
                return planSchema(t, o);
            } else if (input instanceof MigrationInput.Workflow w) {
                return planWorkflow(t, w);
            } else if (input instanceof MigrationInput.Compliance c) {
                return planCompliance(t, c);
            }
            return planLatency(t, (MigrationInput.Latency) input);
        } catch (IOException e) {
            return ItemPlan.invalid(input.behaviour(), List.of("Cannot read the current files: " + e.getMessage()));
        }
    }

    static ItemPlan planStyle(MigrationTargets t, MigrationInput.Style in) throws IOException {
        List<String> rules = lines(in.rules()).stream().map(FineTuneChecklist::stripBullet).filter(s -> !s.isEmpty()).toList();
        if (rules.isEmpty()) {
            return ItemPlan.invalid(Behaviour.CODE_STYLE, List.of("Type at least one style rule (one a line)."));
        }
        StringBuilder section = new StringBuilder(STYLE_HEADING).append("\n\n");
        rules.forEach(r -> section.append("- ").append(r).append('\n'));
        String linter = in.linterCommand() == null ? "" : in.linterCommand().strip();
        if (!linter.isEmpty()) {
            section.append("\nAfter every file edit a PostToolUse hook runs `").append(linter)
                    .append("`; fix what it reports before you continue.\n");
        }
        List<PlannedChange> changes = new ArrayList<>();
        changes.add(appendSection(t, STYLE_HEADING, section.toString(), "coding standards Codex reads before every task"));
        if (!linter.isEmpty()) {
            changes.add(linterHook(t, linter));
        }
        return new ItemPlan(Behaviour.CODE_STYLE, changes, List.of(), linter.isEmpty() ? ""
                : "The project hook runs once the project is trusted and the hook is trusted in /hooks.");
    }

    private static PlannedChange linterHook(MigrationTargets t, String linter) throws IOException {
        Path file = t.repo().resolve(".codex").resolve("hooks.json");
        Map<String, Object> handler = new LinkedHashMap<>();
        handler.put("type", "command");
        handler.put("command", linter);
        handler.put("timeout", 120);
        handler.put("statusMessage", "Running the linter");
        String before = Files.exists(file) ? Files.readString(file) : "";
        Optional<String> after = HooksJsonWriter.INSTANCE.addGroup(before, HookEvent.POST_TOOL_USE, EDIT_MATCHER, handler);
        if (after.isEmpty()) {
            return new PlannedChange(file, FileScope.REPOSITORY, PlannedChange.Kind.CONFLICT, before, before, false,
                    "hooks.json cannot be parsed; fix it before adding the linter hook");
        }
        return new PlannedChange(file, FileScope.REPOSITORY, before.isEmpty() && !Files.exists(file)
                ? PlannedChange.Kind.CREATE : PlannedChange.Kind.EDIT, before, after.get(), false,
                "linter hook after every file edit (PostToolUse)");
    }

    static ItemPlan planGlossary(MigrationTargets t, MigrationInput.Glossary in) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> terms = new LinkedHashMap<>();
        List<String> raw = lines(in.entries());
        for (int i = 0; i < raw.size(); i++) {
            String line = stripBullet(raw.get(i));
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                problems.add("Line " + (i + 1) + ": write 'term: meaning' (\"" + line + "\").");
                continue;
            }
            terms.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        if (terms.isEmpty() && problems.isEmpty()) {
            problems.add("Type at least one 'term: meaning' line.");
        }
        if (!problems.isEmpty()) {
            return ItemPlan.invalid(Behaviour.TERMINOLOGY, problems);
        }
        StringBuilder section = new StringBuilder(GLOSSARY_HEADING).append("\n\n");
        terms.forEach((k, v) -> section.append("- **").append(k).append("**: ").append(v).append('\n'));
        section.append("\nUse these terms exactly as defined. The `$").append(GLOSSARY_SKILL)
                .append("` skill holds the full reference.\n");
        StringBuilder table = new StringBuilder("# Glossary\n\n| Term | Meaning |\n|---|---|\n");
        terms.forEach((k, v) -> table.append("| ").append(cell(k)).append(" | ").append(cell(v)).append(" |\n"));
        String skill = "---\nname: " + GLOSSARY_SKILL + "\ndescription: " + HooksJsonWriter.quote(
                "Definitions of the project's " + terms.size() + " domain terms. Use when code, documentation or answers use them.")
                + "\nmetadata:\n  " + WORKFLOW_MARKER.replace("fine-tuning", "fine-tuning-glossary") + "\n---\n\n"
                + "# Domain glossary\n\nUse the project's domain terms exactly as defined in "
                + "[references/glossary.md](references/glossary.md). When a term is ambiguous, prefer the glossary meaning "
                + "over the everyday one.\n";
        Path dir = t.skillsDir().resolve(GLOSSARY_SKILL);
        List<PlannedChange> changes = new ArrayList<>();
        changes.add(appendSection(t, GLOSSARY_HEADING, section.toString(), "glossary Codex reads before every task"));
        changes.add(newFile(dir.resolve("SKILL.md"), FileScope.REPOSITORY, skill, false, "the domain-glossary skill", Files.exists(dir)));
        changes.add(newFile(dir.resolve("references/glossary.md"), FileScope.REPOSITORY, table.toString(), false,
                "the skill's reference table", Files.exists(dir)));
        return new ItemPlan(Behaviour.TERMINOLOGY, changes, List.of(), "Invoke it with $" + GLOSSARY_SKILL + " in a prompt.");
    }

    static ItemPlan planSchema(MigrationTargets t, MigrationInput.OutputSchema in) throws IOException {
        String text = in.schemaJson() == null ? "" : in.schemaJson().strip();
        if (text.isEmpty()) {
            return ItemPlan.invalid(Behaviour.OUTPUT_FORMAT, List.of("Paste a JSON schema."));
        }
        Optional<String> problem = schemaProblem(text);
        if (problem.isPresent()) {
            return ItemPlan.invalid(Behaviour.OUTPUT_FORMAT, List.of(problem.get()));
        }
        Path file = t.schemaFile();
        String content = text + "\n";
        boolean exists = Files.exists(file);
        if (exists && Files.readString(file).equals(content)) {
            return new ItemPlan(Behaviour.OUTPUT_FORMAT, List.of(), List.of("The schema file already has this content."), schemaUsage());
        }
        return new ItemPlan(Behaviour.OUTPUT_FORMAT, List.of(newFile(file, FileScope.REPOSITORY, content, false,
                "the output schema", exists)), List.of(), schemaUsage());
    }

    private static String schemaUsage() {
        return "codex exec --output-schema " + SCHEMA_PATH + " \"<task>\"  (Codex has no config key for it; pass it per run)";
    }

    /** Why a text is not a usable JSON schema, with its line and column, or empty. */
    static Optional<String> schemaProblem(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                return Optional.of("The schema must be a JSON object.");
            }
            if (!node.has("type") && !node.has("$ref") && !node.has("anyOf")) {
                return Optional.of("The schema has no \"type\" (for example \"type\": \"object\").");
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return Optional.of("Not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage().replaceAll("(?s)\\s*\\(start marker at .*$", "")
                    .replaceAll("(?s)\\s*\\[Source: .*$", "") + ". Check the brackets, quotes and commas there.");
        }
    }

    static ItemPlan planWorkflow(MigrationTargets t, MigrationInput.Workflow in) {
        List<String> problems = new ArrayList<>();
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            problems.add("Type the skill name (lowercase letters, digits and '-', e.g. api-review).");
        } else if (name.length() > 64 || !SKILL_NAME.matcher(name).matches()) {
            problems.add("The name '" + name + "' must be 1-64 lowercase letters, digits and single '-' (the Agent Skills rule).");
        } else if (name.equals(GLOSSARY_SKILL)) {
            problems.add("'" + GLOSSARY_SKILL + "' is the glossary skill; choose another name.");
        }
        String description = in.description() == null ? "" : in.description().strip().replaceAll("\\s+", " ");
        if (description.isEmpty()) {
            problems.add("Type what the workflow is for and when to use it (Codex requires a description).");
        } else if (description.length() > 1024) {
            problems.add("The description is longer than 1024 characters; Codex truncates it for the model.");
        }
        List<String> steps = lines(in.steps()).stream().map(FineTuneChecklist::stripBullet)
                .map(s -> s.replaceFirst("^\\d+[.)]\\s*", "")).filter(s -> !s.isEmpty()).toList();
        if (steps.isEmpty()) {
            problems.add("Type at least one step (one a line).");
        }
        if (!problems.isEmpty()) {
            return ItemPlan.invalid(Behaviour.WORKFLOW, problems);
        }
        String script = in.script() == null ? "" : in.script().strip();
        StringBuilder md = new StringBuilder("---\nname: ").append(name).append("\ndescription: ")
                .append(HooksJsonWriter.quote(description)).append("\nmetadata:\n  ").append(WORKFLOW_MARKER)
                .append("\n---\n\n# ").append(title(name)).append("\n\n").append(description).append("\n\n## Steps\n\n");
        for (int i = 0; i < steps.size(); i++) {
            md.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        if (!script.isEmpty()) {
            md.append("\n## Script\n\nRun `scripts/").append(name).append(".sh` from this skill's folder where a step needs it.\n");
        }
        Path dir = t.skillsDir().resolve(name);
        boolean exists = Files.exists(dir);
        List<PlannedChange> changes = new ArrayList<>();
        changes.add(newFile(dir.resolve("SKILL.md"), FileScope.REPOSITORY, md.toString(), false, "the workflow skill", exists));
        if (!script.isEmpty()) {
            String body = script.startsWith("#!") ? script : "#!/bin/sh\nset -eu\n" + script;
            changes.add(newFile(dir.resolve("scripts/" + name + ".sh"), FileScope.REPOSITORY, body + "\n", true,
                    "the workflow's script (executable)", exists));
        }
        return new ItemPlan(Behaviour.WORKFLOW, changes, List.of(), "Invoke it with $" + name + " in a prompt.");
    }

    static ItemPlan planCompliance(MigrationTargets t, MigrationInput.Compliance in) {
        List<String> problems = new ArrayList<>();
        for (String mode : in.sandboxModes()) {
            if (!SANDBOX_MODES.contains(mode)) {
                problems.add("Unknown sandbox mode '" + mode + "'; use one of " + String.join(", ", SANDBOX_MODES) + ".");
            }
        }
        for (String policy : in.approvalPolicies()) {
            if (policy.equals("untrusted")) {
                problems.add("approval policy 'untrusted' is rejected by Codex since 2026-08-20; use on-request.");
            } else if (!APPROVAL_POLICIES.contains(policy)) {
                problems.add("Unknown approval policy '" + policy + "'; use on-request or never.");
            }
        }
        List<String> deny = lines(in.denyRead()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String path : deny) {
            if (!path.startsWith("/") && !path.startsWith("./")) {
                problems.add("deny_read entry '" + path + "' must be an absolute path or start with ./ (e.g. ./secrets/**).");
            }
        }
        if (in.sandboxModes().isEmpty() && in.approvalPolicies().isEmpty() && deny.isEmpty()) {
            problems.add("Choose allowed sandbox modes or approval policies, or type deny_read paths.");
        }
        if (!problems.isEmpty()) {
            return ItemPlan.invalid(Behaviour.COMPLIANCE, problems);
        }
        StringBuilder toml = new StringBuilder("# Managed policy from the fine-tuning migration. An administrator installs it as\n"
                + "# /etc/codex/requirements.toml; Codex enforces it for every user.\n");
        if (!in.sandboxModes().isEmpty()) {
            toml.append("allowed_sandbox_modes = ").append(TomlDocument.renderValue(in.sandboxModes())).append('\n');
        }
        if (!in.approvalPolicies().isEmpty()) {
            toml.append("allowed_approval_policies = ").append(TomlDocument.renderValue(in.approvalPolicies())).append('\n');
        }
        if (!deny.isEmpty()) {
            toml.append("\n[permissions.filesystem]\ndeny_read = ").append(TomlDocument.renderValue(deny)).append('\n');
        }
        Path file = t.requirementsFile();
        return new ItemPlan(Behaviour.COMPLIANCE, List.of(newFile(file, FileScope.MANAGED, toml.toString(), false,
                "managed requirements (not committed; installed by an administrator)", Files.exists(file))), List.of(),
                "Install it as /etc/codex/requirements.toml (administrator); edit it in the Requirements form.");
    }

    static ItemPlan planLatency(MigrationTargets t, MigrationInput.Latency in) {
        List<String> problems = new ArrayList<>();
        String model = in.model() == null ? "" : in.model().strip();
        String effort = in.reasoningEffort() == null ? "" : in.reasoningEffort().strip().toLowerCase(Locale.ROOT);
        if (model.isEmpty() && effort.isEmpty()) {
            problems.add("Type a fast model or choose a reasoning effort.");
        }
        base(t).ifPresent(base -> {
            if (base.isTable("profiles.fast") || "fast".equals(base.get("profile"))) {
                problems.add("config.toml still has a legacy [profiles.fast] table or profile = \"fast\"; "
                        + "codex --profile fast fails until it is removed (run migrate).");
            }
        });
        if (!problems.isEmpty()) {
            return ItemPlan.invalid(Behaviour.LATENCY, problems);
        }
        StringBuilder toml = new StringBuilder("# Fast profile from the fine-tuning migration: codex --profile fast\n");
        if (!model.isEmpty()) {
            toml.append("model = ").append(TomlDocument.renderValue(model)).append('\n');
        }
        if (!effort.isEmpty()) {
            toml.append("model_reasoning_effort = ").append(TomlDocument.renderValue(effort)).append('\n');
        }
        Path file = t.fastProfile();
        return new ItemPlan(Behaviour.LATENCY, List.of(newFile(file, FileScope.USER_HOME, toml.toString(), false,
                "the fast profile in your Codex home", Files.exists(file))), List.of(),
                "codex --profile fast  (or -p fast) for quick tasks");
    }

    private static Optional<TomlParseResult> base(MigrationTargets t) {
        Path config = t.codexHome().resolve("config.toml");
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Toml.parse(config));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The root guidance file Codex reads first: AGENTS.override.md when it exists, else AGENTS.md. */
    public static Path guidanceFile(MigrationTargets t) {
        Path override = t.repo().resolve("AGENTS.override.md");
        return Files.isRegularFile(override) ? override : t.repo().resolve("AGENTS.md");
    }

    private static PlannedChange appendSection(MigrationTargets t, String heading, String section, String purpose)
            throws IOException {
        Path file = guidanceFile(t);
        if (!Files.exists(file)) {
            return new PlannedChange(file, FileScope.REPOSITORY, PlannedChange.Kind.CREATE, "", section, false, purpose);
        }
        String before = Files.readString(file);
        if (hasHeading(before, heading)) {
            return new PlannedChange(file, FileScope.REPOSITORY, PlannedChange.Kind.CONFLICT, before, before, false,
                    "already has a '" + heading + "' section; edit it there");
        }
        String gap = before.isEmpty() || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
        return new PlannedChange(file, FileScope.REPOSITORY, PlannedChange.Kind.APPEND, before, before + gap + section,
                false, purpose);
    }

    private static PlannedChange newFile(Path file, FileScope scope, String text, boolean executable, String purpose,
            boolean conflict) throws java.io.UncheckedIOException {
        if (conflict) {
            String before;
            try {
                before = Files.isRegularFile(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                before = "";
            }
            return new PlannedChange(file, scope, PlannedChange.Kind.CONFLICT, before, before, executable,
                    (file.getFileName().toString().equals("SKILL.md") || !Files.exists(file)
                            ? "the skill folder already exists" : "the file already exists") + "; not overwritten");
        }
        return new PlannedChange(file, scope, PlannedChange.Kind.CREATE, "", text, executable, purpose);
    }

    // ---------------------------------------------------------------- applying

    /**
     * Writes a plan: each file atomically; an appended or edited file only if it still has the text the plan
     * was made from. Refuses a plan that cannot be applied.
     */
    public static void apply(ItemPlan plan) throws IOException {
        if (!plan.canApply()) {
            throw new IllegalStateException("the plan has problems or conflicts: " + plan.inputProblems() + plan.conflicts());
        }
        for (PlannedChange c : plan.changes()) {
            byte[] bytes = c.after().getBytes(StandardCharsets.UTF_8);
            if (c.kind() == PlannedChange.Kind.CREATE) {
                AtomicFiles.create(c.file(), bytes);
            } else {
                if (!Files.isRegularFile(c.file()) || !Files.readString(c.file()).equals(c.before())) {
                    throw new ExternalChangeException(c.file());
                }
                AtomicFiles.write(c.file(), bytes, null);
            }
            if (c.executable()) {
                makeExecutable(c.file());
            }
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = new java.util.HashSet<>(Files.getPosixFilePermissions(file));
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            if (perms.contains(PosixFilePermission.GROUP_READ)) {
                perms.add(PosixFilePermission.GROUP_EXECUTE);
            }
            if (perms.contains(PosixFilePermission.OTHERS_READ)) {
                perms.add(PosixFilePermission.OTHERS_EXECUTE);
            }
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: scripts are run through their interpreter there
        }
    }

    // ---------------------------------------------------------------- state

    /** Every item's state, derived from the files on disk and the validator (one scan of the stack). */
    public static Map<Behaviour, ItemStatus> status(MigrationTargets t, CodexEnvironment env) {
        CodexEnvironment scanEnv = new CodexEnvironment(t.codexHome(), env.userHome(), t.managedDir(), null);
        Stack stack = StackScanner.scan(t.repo(), scanEnv);
        List<Diagnostic> all = StackValidator.validate(stack);
        Map<Behaviour, ItemStatus> out = new EnumMap<>(Behaviour.class);
        for (Behaviour b : Behaviour.values()) {
            out.put(b, status(t, b, all));
        }
        return out;
    }

    static ItemStatus status(MigrationTargets t, Behaviour b, List<Diagnostic> all) {
        List<Path> present = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        List<Diagnostic> extra = new ArrayList<>();
        Path guidance = guidanceFile(t);
        switch (b) {
            case CODE_STYLE -> {
                section(guidance, STYLE_HEADING, present, missing);
                Path hooks = t.repo().resolve(".codex/hooks.json");
                if (Files.isRegularFile(hooks)) {
                    present.add(hooks);
                }
            }
            case TERMINOLOGY -> {
                section(guidance, GLOSSARY_HEADING, present, missing);
                Path dir = t.skillsDir().resolve(GLOSSARY_SKILL);
                file(dir.resolve("SKILL.md"), present, missing);
                file(dir.resolve("references/glossary.md"), present, missing);
            }
            case OUTPUT_FORMAT -> {
                Path f = t.schemaFile();
                file(f, present, missing);
                if (Files.isRegularFile(f)) {
                    try {
                        schemaProblem(Files.readString(f)).ifPresent(p -> extra.add(Diagnostic.error(
                                "finetune/output-schema", SourcePosition.ofFile(f), p)
                                .withHint("codex exec --output-schema needs a JSON schema object")));
                    } catch (IOException e) {
                        extra.add(Diagnostic.error("finetune/output-schema", SourcePosition.ofFile(f), "Cannot read: " + e.getMessage()));
                    }
                }
            }
            case WORKFLOW -> {
                List<Path> skills = workflowSkills(t);
                if (skills.isEmpty()) {
                    missing.add(t.skillsDir().resolve("<name>/SKILL.md"));
                }
                present.addAll(skills);
            }
            case COMPLIANCE -> file(t.requirementsFile(), present, missing);
            case LATENCY -> file(t.fastProfile(), present, missing);
            default -> throw new IllegalStateException();
        }
        List<Diagnostic> findings = new ArrayList<>(extra);
        for (Diagnostic d : all) {
            Path f = d.position().file();
            if (f == null) {
                continue;
            }
            Path abs = f.toAbsolutePath().normalize();
            boolean mine = present.stream().anyMatch(p -> abs.equals(p)
                    || (p.getFileName().toString().equals("SKILL.md") && abs.startsWith(p.getParent())));
            if (mine) {
                findings.add(d);
            }
        }
        String summary;
        if (!missing.isEmpty()) {
            summary = "Not created yet";
        } else {
            long errors = findings.stream().filter(Diagnostic::isError).count();
            summary = errors > 0 ? errors + (errors == 1 ? " error" : " errors") + " in the artefact"
                    : findings.isEmpty() ? "Created and valid" : "Created and valid (" + findings.size() + " note"
                            + (findings.size() == 1 ? "" : "s") + ")";
        }
        return new ItemStatus(b, present, missing, findings, summary);
    }

    /** Skills under .agents/skills whose frontmatter carries the fine-tuning workflow marker. */
    public static List<Path> workflowSkills(MigrationTargets t) {
        if (!Files.isDirectory(t.skillsDir())) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(t.skillsDir())) {
            return dirs.map(d -> d.resolve("SKILL.md")).filter(Files::isRegularFile).filter(f -> {
                try {
                    String text = Files.readString(f);
                    int end = text.indexOf("\n---", 3);
                    return text.startsWith("---") && end > 0 && text.substring(0, end + 1).contains(WORKFLOW_MARKER + "\n");
                } catch (IOException e) {
                    return false;
                }
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void section(Path guidance, String heading, List<Path> present, List<Path> missing) {
        try {
            if (Files.isRegularFile(guidance) && hasHeading(Files.readString(guidance), heading)) {
                present.add(guidance);
                return;
            }
        } catch (IOException e) {
            // unreadable: reported as missing
        }
        missing.add(guidance);
    }

    private static void file(Path f, List<Path> present, List<Path> missing) {
        (Files.isRegularFile(f) ? present : missing).add(f);
    }

    static boolean hasHeading(String text, String heading) {
        return lines(text).stream().anyMatch(l -> l.strip().equals(heading));
    }

    // ---------------------------------------------------------------- text helpers

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
    }

    private static String stripBullet(String line) {
        return line.strip().replaceFirst("^[-*]\\s+", "").strip();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static String title(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
