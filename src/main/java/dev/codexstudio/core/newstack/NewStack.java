package dev.codexstudio.core.newstack;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.export.DraftFile;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookFileEdits;
import dev.codexstudio.core.hooks.HooksJsonWriter;
import dev.codexstudio.core.hooks.InlineHooksWriter;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.newstack.NewStackCatalog.HookPresetInfo;
import dev.codexstudio.core.newstack.NewStackCatalog.LanguagePreset;
import dev.codexstudio.core.newstack.NewStackSpec.Conventions;
import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import dev.codexstudio.core.newstack.NewStackSpec.ProfilePreset;
import dev.codexstudio.core.newstack.NewStackSpec.SkillChoice;
import dev.codexstudio.core.samples.BundledSamples;
import dev.codexstudio.core.skills.SkillFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a {@link NewStackSpec} into the files of a new stack ({@link StackDraft}); nothing is written here.
 *
 * <p>From a template: its stack files only (repository: every AGENTS.md, AGENTS.override.md and fallback doc,
 * {@code .agents/skills/**}, {@code .codex/**}; its {@code codex-home/} as {@link FileScope#USER_HOME}; its
 * {@code managed/} as {@link FileScope#MANAGED}), never its source code. Then the root AGENTS.md gets the
 * project name and the conventions, chosen skills are added, each hook preset adds its script under
 * {@code .codex/hooks/} and its matcher group to the layer's hook file (the template's {@code hooks.json}, or
 * its inline {@code [[hooks.*]]} in {@code .codex/config.toml}, edited format-preserving), and profile presets
 * add {@code <name>.config.toml} files; a template profile of the same name is merged (its own values win).
 */
public final class NewStack {

    /** The order hook presets are added, so hook files come out the same for the same choice. */
    private static final List<HookPreset> HOOK_ORDER = List.of(HookPreset.SESSION_CONTEXT,
            HookPreset.BLOCK_DANGEROUS_SHELL, HookPreset.FORMAT_AFTER_PATCH, HookPreset.STOP_RUNS_TESTS);
    private static final Pattern INLINE_HOOKS = Pattern.compile("(?m)^\\s*\\[\\[\\s*hooks\\s*\\.");
    private static final Pattern H1 = Pattern.compile("(?m)\\A(?:<!--.*?-->\\s*)?^# .*$");
    private static final Pattern CONVENTIONS = Pattern.compile("(?ms)^## Conventions[ \\t]*\\R.*?(?=^## |\\z)");

    private NewStack() {
    }

    /**
     * Builds the draft.
     *
     * @throws IllegalArgumentException when the spec cannot be built: unknown template, blank or unusable project
     *                                  name, an invalid or duplicate skill name, a skill the template already
     *                                  has, or a skill folder without a {@code SKILL.md}
     */
    public static StackDraft build(NewStackSpec spec, BundledSamples samples) {
        String name = spec.projectName().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("The project needs a name.");
        }
        if (name.contains("\n") || name.contains("\r")) {
            throw new IllegalArgumentException("The project name must be one line.");
        }
        Map<String, DraftFile> files = new LinkedHashMap<>();
        List<String> fallbackNames = List.of();
        if (spec.template().isPresent()) {
            String template = spec.template().get();
            if (samples == null || samples.find(template).isEmpty()) {
                throw new IllegalArgumentException("No template named \"" + template + "\". Templates: "
                        + NewStackCatalog.templates(samples).stream().map(NewStackCatalog.Template::name).toList());
            }
            TemplateFiles t = templateFiles(samples, template);
            t.files().forEach(f -> put(files, f));
            fallbackNames = t.fallbackNames();
        }
        Optional<LanguagePreset> language = NewStackCatalog.language(spec.conventions().language());

        put(files, rootAgents(name, spec, language, files.get(key(FileScope.REPOSITORY, "AGENTS.md")),
                spec.template()));
        addSkills(files, spec.skills());
        addHooks(files, spec.hooks(), language, spec.conventions().testCommand());
        addProfiles(files, spec.profiles());
        return new StackDraft(name, new ArrayList<>(files.values()));
    }

    // ---------------------------------------------------------------- template

    record TemplateFiles(List<DraftFile> files, List<String> fallbackNames) {
    }

    static TemplateFiles templateFiles(BundledSamples samples, String template) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("codex-new-stack-");
            BundledSamples.Extracted x = samples.extract(template, tmp);
            List<String> fallback = new ArrayList<>();
            fallback.addAll(fallbackNames(x.repo().resolve(".codex/config.toml")));
            fallback.addAll(fallbackNames(x.codexHome().resolve("config.toml")));
            List<DraftFile> out = new ArrayList<>();
            String from = "from the " + template + " template";
            for (Path file : regularFiles(x.repo())) {
                String rel = relative(x.repo(), file);
                String fileName = file.getFileName().toString();
                boolean doc = fileName.equals("AGENTS.md") || fileName.equals("AGENTS.override.md")
                        || fallback.contains(fileName);
                if (doc || rel.startsWith(".agents/skills/") || rel.startsWith(".codex/")) {
                    out.add(read(file, rel, FileScope.REPOSITORY, purpose(rel, from)));
                }
            }
            for (Path file : regularFiles(x.codexHome())) {
                String rel = relative(x.codexHome(), file);
                out.add(read(file, rel, FileScope.USER_HOME, purpose(rel, from)));
            }
            if (x.managed().isPresent()) {
                for (Path file : regularFiles(x.managed().get())) {
                    String rel = relative(x.managed().get(), file);
                    out.add(read(file, rel, FileScope.MANAGED, "managed policy " + from));
                }
            }
            return new TemplateFiles(out, List.copyOf(fallback));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the " + template + " template: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    private static String purpose(String rel, String from) {
        if (rel.endsWith(".config.toml")) {
            return "profile " + rel.substring(0, rel.length() - ".config.toml".length()) + " " + from;
        }
        if (rel.endsWith("AGENTS.md") || rel.endsWith("AGENTS.override.md")) {
            return "guidance " + from;
        }
        if (rel.startsWith(".agents/skills/")) {
            return "skill " + rel.split("/")[2] + " " + from;
        }
        if (rel.equals(".codex/config.toml") || rel.equals("config.toml")) {
            return "configuration " + from;
        }
        if (rel.endsWith("hooks.json") || rel.contains("hooks/")) {
            return "hooks " + from;
        }
        return from;
    }

    private static List<String> fallbackNames(Path config) {
        if (!Files.isRegularFile(config)) {
            return List.of();
        }
        try {
            TomlDocument doc = TomlDocument.parse(SourceText.of(config, Files.readAllBytes(config)));
            var array = doc.table().getArray("project_doc_fallback_filenames");
            List<String> out = new ArrayList<>();
            if (array != null) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i) instanceof String s && !s.isBlank()) {
                        out.add(s);
                    }
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    // ---------------------------------------------------------------- AGENTS.md

    /** The conventions as prose, one paragraph; empty when every field is blank and no hook adds a sentence. */
    public static String conventionsText(Conventions c, Set<HookPreset> hooks, Optional<LanguagePreset> language) {
        List<String> sentences = new ArrayList<>();
        if (!c.language().isEmpty()) {
            sentences.add("The code is written in " + sentence(c.language()));
        }
        if (!c.style().isEmpty()) {
            sentences.add("Follow this code style: " + sentence(c.style()));
        }
        if (!c.testNaming().isEmpty()) {
            sentences.add("Name tests like this: " + sentence(c.testNaming()));
        }
        if (!c.testCommand().isEmpty()) {
            sentences.add("Run the tests with `" + c.testCommand() + "`; a change is finished only when they pass.");
        }
        List<String> hookSentences = new ArrayList<>();
        if (hooks.contains(HookPreset.FORMAT_AFTER_PATCH)) {
            hookSentences.add(language.map(l -> "After each edit a hook formats the changed files with `"
                            + l.formatCommand() + "`" + (l.lintCommand().isEmpty() ? "" : " and reports `"
                            + l.lintCommand() + "` findings") + "; fix what it reports.")
                    .orElse("After each edit a hook formats the changed files with the usual formatter for "
                            + "their language; fix what it reports."));
        }
        if (hooks.contains(HookPreset.BLOCK_DANGEROUS_SHELL)) {
            hookSentences.add("Destructive shell commands (rm -rf on / or the home folder, force pushes, "
                    + "git reset --hard) are blocked by a hook: if one is really needed, ask the user to run it.");
        }
        if (hooks.contains(HookPreset.STOP_RUNS_TESTS)) {
            hookSentences.add("Before you end a turn a hook runs the tests and sends you back to fix failures.");
        }
        StringBuilder b = new StringBuilder();
        if (!sentences.isEmpty()) {
            b.append(String.join(" ", sentences)).append('\n');
        }
        if (!hookSentences.isEmpty()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(String.join(" ", hookSentences)).append('\n');
        }
        return b.toString();
    }

    private static String sentence(String field) {
        String s = field.strip();
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    static DraftFile rootAgents(String name, NewStackSpec spec, Optional<LanguagePreset> language,
                                DraftFile fromTemplate, Optional<String> template) {
        String conventions = conventionsText(spec.conventions(), spec.hooks(), language);
        String section = conventions.isEmpty() ? "" : "## Conventions\n\n" + conventions;
        String text;
        if (fromTemplate != null) {
            text = fromTemplate.text().replace("\r\n", "\n");
            Matcher h1 = H1.matcher(text);
            if (h1.find()) {
                text = text.substring(0, h1.start()) + "# " + name + text.substring(h1.end());
            } else {
                text = "# " + name + "\n\n" + text;
            }
            if (!section.isEmpty()) {
                Matcher m = CONVENTIONS.matcher(text);
                if (m.find()) {
                    String end = m.end() < text.length() ? "\n" : "";
                    text = text.substring(0, m.start()) + section + end + text.substring(m.end());
                } else {
                    text = (text.endsWith("\n") ? text : text + "\n") + "\n" + section;
                }
            }
        } else {
            StringBuilder b = new StringBuilder("# ").append(name).append("\n\n");
            if (!section.isEmpty()) {
                b.append(section).append('\n');
            }
            b.append("""
                    ## Working agreements

                    Read the code around a change before editing it, and keep each change small and focused on \
                    the task. Do not commit, push or publish anything unless the user asks. End with a short \
                    summary of what you changed and how you checked it.
                    """);
            text = b.toString();
        }
        String purpose = template.isPresent()
                ? "root guidance from the " + template.get() + " template, with the project name and your conventions"
                : "root guidance: the project name and your conventions";
        return DraftFile.text("AGENTS.md", text, FileScope.REPOSITORY, false, purpose);
    }

    // ---------------------------------------------------------------- skills

    private static void addSkills(Map<String, DraftFile> files, List<SkillChoice> skills) {
        Set<String> names = new HashSet<>();
        for (SkillChoice choice : skills) {
            Optional<String> problem = SkillFolders.nameProblem(choice.name());
            if (problem.isPresent()) {
                throw new IllegalArgumentException("Skill \"" + choice.name() + "\": " + problem.get());
            }
            if (!names.add(choice.name())) {
                throw new IllegalArgumentException("The skill \"" + choice.name() + "\" is chosen twice.");
            }
            String prefix = ".agents/skills/" + choice.name() + "/";
            if (files.keySet().stream().anyMatch(k -> k.startsWith(key(FileScope.REPOSITORY, prefix)))) {
                throw new IllegalArgumentException("The template already has a skill named \"" + choice.name()
                        + "\"; leave it out or give yours another name.");
            }
            switch (choice.source()) {
                case TEMPLATE -> {
                    SkillTemplates.SkillTemplate t = NewStackCatalog.skillTemplate(choice.name()).orElseThrow(() ->
                            new IllegalArgumentException("No skill template named \"" + choice.name()
                                    + "\". Skill templates: " + SkillTemplates.all().stream()
                                    .map(SkillTemplates.SkillTemplate::name).toList()));
                    put(files, DraftFile.text(prefix + "SKILL.md", t.skillMd(), FileScope.REPOSITORY, false,
                            "skill " + t.name() + " (built-in template)"));
                }
                case USER, REPOSITORY -> copySkill(files, choice, prefix);
            }
        }
    }

    private static void copySkill(Map<String, DraftFile> files, SkillChoice choice, String prefix) {
        Path folder = choice.folder().orElseThrow();
        if (!Files.isRegularFile(folder.resolve("SKILL.md"))) {
            throw new IllegalArgumentException("The folder " + folder + " has no SKILL.md.");
        }
        String from = choice.source() == SkillChoice.Source.USER ? "your ~/.agents/skills" : folder.toString();
        try {
            for (Path file : regularFiles(folder)) {
                String rel = relative(folder, file);
                DraftFile f = read(file, prefix + rel, FileScope.REPOSITORY, "skill " + choice.name() + " copied from "
                        + from);
                if (rel.equals("SKILL.md")) {
                    f = DraftFile.text(f.path(), renamed(f.text(), choice.name()), f.scope(), f.executable(),
                            f.purpose());
                }
                put(files, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the skill folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The SKILL.md with its front-matter {@code name} set to the folder name, when it names another. */
    static String renamed(String skillMd, String name) {
        if (!skillMd.startsWith("---")) {
            return skillMd;
        }
        int end = skillMd.indexOf("\n---", 3);
        if (end < 0) {
            return skillMd;
        }
        String front = skillMd.substring(0, end);
        Matcher m = Pattern.compile("(?m)^name:[ \\t]*(.*?)[ \\t]*$").matcher(front);
        if (!m.find()) {
            return skillMd;
        }
        String current = m.group(1).replaceAll("^[\"']|[\"']$", "");
        if (current.equals(name)) {
            return skillMd;
        }
        return front.substring(0, m.start()) + "name: " + name + front.substring(m.end()) + skillMd.substring(end);
    }

    // ---------------------------------------------------------------- hooks

    private static void addHooks(Map<String, DraftFile> files, Set<HookPreset> hooks, Optional<LanguagePreset> language,
                                 String testCommand) {
        if (hooks.isEmpty()) {
            return;
        }
        String jsonPath = ".codex/hooks.json";
        String tomlPath = ".codex/config.toml";
        DraftFile json = files.get(key(FileScope.REPOSITORY, jsonPath));
        DraftFile toml = files.get(key(FileScope.REPOSITORY, tomlPath));
        boolean inline = json == null && toml != null && INLINE_HOOKS.matcher(toml.text()).find();
        String path = inline ? tomlPath : jsonPath;
        DraftFile target = inline ? toml : json;
        HookFileEdits editor = inline ? InlineHooksWriter.INSTANCE : HooksJsonWriter.INSTANCE;
        String text = target == null ? "" : target.text();
        for (HookPreset preset : HOOK_ORDER) {
            if (!hooks.contains(preset)) {
                continue;
            }
            HookPresetInfo info = NewStackCatalog.hookPreset(preset);
            String scriptPath = HookScripts.FOLDER + "/" + info.script();
            if (files.containsKey(key(FileScope.REPOSITORY, scriptPath))) {
                throw new IllegalStateException("The template already has a hook script " + scriptPath);
            }
            put(files, DraftFile.text(scriptPath, HookScripts.script(preset, language, testCommand),
                    FileScope.REPOSITORY, true, "hook script: " + info.title().toLowerCase(java.util.Locale.ROOT)));
            Map<String, Object> handler = new LinkedHashMap<>();
            handler.put("type", "command");
            handler.put("command", HookScripts.command(info.script()));
            handler.put("timeout", timeout(preset));
            handler.put("statusMessage", statusMessage(preset));
            HookEvent event = HookEvent.valueOf(snake(info.event()));
            String before = text;
            text = editor.addGroup(text, event, info.matcher(), handler).orElseThrow(() ->
                    new IllegalStateException("Could not add the " + info.id() + " hook to " + path + ":\n" + before));
        }
        String purpose = target == null ? "hooks: the presets you chose"
                : target.purpose() + ", with the hooks you chose";
        put(files, DraftFile.text(path, text, FileScope.REPOSITORY, false, purpose));
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    static long timeout(HookPreset preset) {
        return switch (preset) {
            case SESSION_CONTEXT -> 10;
            case BLOCK_DANGEROUS_SHELL -> 10;
            case FORMAT_AFTER_PATCH -> 60;
            case STOP_RUNS_TESTS -> 600;
        };
    }

    static String statusMessage(HookPreset preset) {
        return switch (preset) {
            case SESSION_CONTEXT -> "Reading the branch and recent commits";
            case BLOCK_DANGEROUS_SHELL -> "Checking the command for destructive operations";
            case FORMAT_AFTER_PATCH -> "Formatting the changed files";
            case STOP_RUNS_TESTS -> "Running the tests before finishing";
        };
    }

    // ---------------------------------------------------------------- profiles

    /** The keys a profile preset sets, in file order (all current keys of Codex 0.169). */
    public static Map<String, String> profileKeys(ProfilePreset preset) {
        Map<String, String> keys = new LinkedHashMap<>();
        switch (preset) {
            case FAST -> {
                keys.put("model_reasoning_effort", "low");
                keys.put("model_reasoning_summary", "none");
                keys.put("model_verbosity", "low");
            }
            case THOROUGH -> {
                keys.put("model_reasoning_effort", "high");
                keys.put("plan_mode_reasoning_effort", "high");
                keys.put("model_reasoning_summary", "detailed");
            }
            case REVIEW -> {
                keys.put("review_model", "gpt-5.5");
                keys.put("model_reasoning_effort", "high");
                keys.put("sandbox_mode", "read-only");
                keys.put("approval_policy", "on-request");
            }
        }
        return keys;
    }

    private static final Map<String, String> KEY_COMMENTS = Map.of(
            "model_reasoning_effort", "How much the model reasons before answering.",
            "plan_mode_reasoning_effort", "Reasoning effort in plan mode.",
            "model_reasoning_summary", "Reasoning summaries shown in the transcript.",
            "model_verbosity", "Length of the answers.",
            "review_model", "Model used by /review (a top-level key, valid in profile files).",
            "sandbox_mode", "Commands may read the workspace but not change it.",
            "approval_policy", "Codex asks before running anything the sandbox does not allow.");

    static String profileText(NewStackCatalog.ProfilePresetInfo info) {
        StringBuilder b = new StringBuilder("# ").append(info.description()).append('\n');
        b.append("# Layer order: config.toml < this file < the project's .codex/config.toml < -c flags, so a key\n")
                .append("# the project pins wins over this file.\n");
        for (Map.Entry<String, String> e : profileKeys(info.preset()).entrySet()) {
            b.append("\n# ").append(KEY_COMMENTS.get(e.getKey())).append('\n');
            b.append(e.getKey()).append(" = ").append(TomlDocument.renderValue(e.getValue())).append('\n');
        }
        return b.toString();
    }

    private static void addProfiles(Map<String, DraftFile> files, Set<ProfilePreset> profiles) {
        for (ProfilePreset preset : ProfilePreset.values()) {
            if (!profiles.contains(preset)) {
                continue;
            }
            NewStackCatalog.ProfilePresetInfo info = NewStackCatalog.profilePreset(preset);
            DraftFile existing = files.get(key(FileScope.USER_HOME, info.fileName()));
            if (existing == null) {
                put(files, DraftFile.text(info.fileName(), profileText(info), FileScope.USER_HOME, false,
                        "profile " + info.name() + ": " + info.description()));
                continue;
            }
            TomlDocument doc = TomlDocument.parse(SourceText.ofString(Path.of(info.fileName()), existing.text()));
            if (doc.hasSyntaxErrors()) {
                throw new IllegalStateException("The template's " + info.fileName() + " does not parse");
            }
            boolean changed = false;
            for (Map.Entry<String, String> e : profileKeys(preset).entrySet()) {
                if (!doc.table().contains(e.getKey())) {
                    doc.set(List.of(e.getKey()), e.getValue());
                    changed = true;
                }
            }
            if (changed) {
                put(files, DraftFile.text(info.fileName(), doc.render(), FileScope.USER_HOME, false,
                        existing.purpose() + ", merged with the " + info.name() + " preset (the template's values kept)"));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String key(FileScope scope, String path) {
        return scope + ":" + path;
    }

    private static void put(Map<String, DraftFile> files, DraftFile f) {
        files.put(key(f.scope(), f.path()), f);
    }

    private static DraftFile read(Path file, String rel, FileScope scope, String purpose) throws IOException {
        return new DraftFile(rel, Files.readAllBytes(file), scope, Files.isExecutable(file), purpose);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a temporary folder
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
