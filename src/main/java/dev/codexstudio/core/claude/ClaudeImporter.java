package dev.codexstudio.core.claude;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.claude.Jsonc.Bool;
import dev.codexstudio.core.claude.Jsonc.Obj;
import dev.codexstudio.core.claude.Jsonc.Value;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.skills.FrontMatter;
import dev.codexstudio.core.skills.SkillDocument;
import dev.codexstudio.core.skills.SkillRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans the conversion of a repository's Claude Code setup into a Codex stack:
 * <ul>
 *   <li>every {@code CLAUDE.md} (and {@code .claude/CLAUDE.md}) → {@code AGENTS.md} in the same folder; where an
 *       {@code AGENTS.md} already exists it is never overwritten: a merged proposal {@code AGENTS.claude-import.md}
 *       is written beside it, because Codex reads only the first of AGENTS.override.md, AGENTS.md and the fallback
 *       names in each folder, so a fallback entry could not load CLAUDE.md there. With
 *       {@link Guidance#FALLBACK}, {@code CLAUDE.md} is instead named in {@code project_doc_fallback_filenames};</li>
 *   <li>hooks of {@code .claude/settings.json} and {@code settings.local.json} → {@code .codex/hooks.json}
 *       (see {@link ClaudeHooks}), merged into an existing file;</li>
 *   <li>{@code .claude/skills/<name>/} → {@code .agents/skills/<name>/}, front matter checked by the skills rules
 *       (a skill Codex would not load is not copied);</li>
 *   <li>{@code .claude/commands/*.md} → skills invoked as {@code $name} (Codex has no custom slash commands; a skill
 *       with implicit invocation turned off is the same thing: it runs only when asked for);</li>
 *   <li>{@code .claude/agents/*.md} → a warning each: Codex has no sub-agent definition files.</li>
 * </ul>
 * Nothing is written here; see {@link ImportWriter}.
 */
public final class ClaudeImporter {

    /** How CLAUDE.md reaches Codex in a folder without AGENTS.md. */
    public enum Guidance {
        /** Copy it to AGENTS.md (works whether or not the project is trusted). */
        COPY,
        /** Add {@code CLAUDE.md} to {@code project_doc_fallback_filenames} in {@code .codex/config.toml}. */
        FALLBACK
    }

    static final String HOOKS_FILE = ".codex/hooks.json";
    static final String CONFIG_FILE = ".codex/config.toml";
    static final String MERGED_NAME = "AGENTS.claude-import.md";
    static final int MAX_DEPTH = 12;
    static final int MAX_ENTRIES = 50_000;
    static final int MAX_SKILL_FILES = 500;
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "target", "build", "dist", "vendor",
            "__pycache__");
    private static final Pattern IMPORT_LINE = Pattern.compile("(?m)^\\s*@([~./\\w-][^\\s]*)\\s*$");
    private static final Pattern ARGUMENTS = Pattern.compile("\\$ARGUMENTS\\b|\\$\\{?[1-9]\\}?(?![\\d.,])");
    private static final Pattern SHELL_LINE = Pattern.compile("!`[^`]+`");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path source;
    private final Path target;
    private final Guidance guidance;
    private final Map<String, Pending> files = new TreeMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> skillNames = new java.util.HashSet<>();

    private record Pending(byte[] bytes, String origin) {
    }

    private ClaudeImporter(Path source, Path target, Guidance guidance) {
        this.source = source.toAbsolutePath().normalize();
        this.target = target.toAbsolutePath().normalize();
        this.guidance = guidance;
    }

    /** Plans the import of {@code source}'s Claude Code setup into {@code target} (may be the same folder). */
    public static ImportPlan plan(Path source, Path target, Guidance guidance) throws IOException {
        ClaudeImporter im = new ClaudeImporter(source, target, guidance);
        if (!Files.isDirectory(im.source)) {
            throw new IOException("not a directory: " + im.source);
        }
        im.guidance();
        im.hooks();
        im.skills();
        im.commands();
        im.agents();
        return im.build();
    }

    private ImportPlan build() throws IOException {
        List<PlannedFile> out = new ArrayList<>();
        for (Map.Entry<String, Pending> e : files.entrySet()) {
            Path file = ImportWriter.resolveInside(target, e.getKey());
            byte[] old = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            FileSnapshot before = old == null ? FileSnapshot.absent(file) : FileSnapshot.take(file);
            out.add(new PlannedFile(e.getKey(), file, before, old, e.getValue().bytes(), e.getValue().origin()));
        }
        if (out.isEmpty()) {
            diagnostics.add(Diagnostic.info("claude/nothing-found", SourcePosition.ofFile(source),
                    "No Claude Code setup found: no CLAUDE.md, .claude/settings.json hooks, skills or commands."));
        }
        List<Diagnostic> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(diagnostics));
        sorted.sort(Diagnostic.ORDER);
        return new ImportPlan(source, target, out, sorted);
    }

    private String rel(Path p) {
        return source.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private void put(String path, byte[] bytes, String origin) {
        files.put(path, new Pending(bytes, origin));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Current bytes of a target file, else of the same file in the source, else null. */
    private byte[] existing(String relPath) throws IOException {
        for (Path base : List.of(target, source)) {
            Path p = base.resolve(relPath);
            if (Files.isRegularFile(p)) {
                return Files.readAllBytes(p);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ guidance

    private void guidance() throws IOException {
        Map<Path, List<Path>> byDir = new TreeMap<>(Comparator.comparing(Path::toString));
        List<Path> found = new ArrayList<>();
        walk(source, 0, found, new int[] {0});
        Path dotClaude = source.resolve(".claude/CLAUDE.md");
        if (Files.isRegularFile(dotClaude)) {
            byDir.computeIfAbsent(source, k -> new ArrayList<>()).add(dotClaude);
        }
        for (Path p : found) {
            String name = p.getFileName().toString();
            if (name.equals("CLAUDE.local.md")) {
                diagnostics.add(Diagnostic.warning("claude/guidance-local", SourcePosition.ofFile(p),
                        "CLAUDE.local.md holds personal notes (Claude Code's local memory); it was not imported.")
                        .withHint("Personal guidance for Codex goes in ~/.codex/AGENTS.md."));
                continue;
            }
            byDir.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(0, p);
        }
        boolean fallbackNeeded = false;
        for (Map.Entry<Path, List<Path>> e : byDir.entrySet()) {
            fallbackNeeded |= guidanceFor(e.getKey(), e.getValue());
        }
        if (fallbackNeeded) {
            addFallbackName();
        }
    }

    private void walk(Path dir, int depth, List<Path> found, int[] entries) {
        if (depth > MAX_DEPTH) {
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path c : ds) {
                if (++entries[0] > MAX_ENTRIES) {
                    return;
                }
                children.add(c);
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        children.sort(Comparator.comparing(Path::toString));
        for (Path c : children) {
            String name = c.getFileName().toString();
            if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
                if (!name.startsWith(".") && !SKIPPED_DIRS.contains(name)) {
                    walk(c, depth + 1, found, entries);
                }
            } else if ((name.equals("CLAUDE.md") || name.equals("CLAUDE.local.md")) && Files.isRegularFile(c)) {
                found.add(c);
            }
        }
    }

    /** Plans one folder's guidance; returns whether the fallback name is needed. */
    private boolean guidanceFor(Path dir, List<Path> claudeFiles) throws IOException {
        String relDir = rel(dir);
        String prefix = relDir.isEmpty() ? "" : relDir + "/";
        StringBuilder text = new StringBuilder();
        List<String> origins = new ArrayList<>();
        Path agentsInSource = dir.resolve("AGENTS.md");
        for (Path f : claudeFiles) {
            if (Files.isSymbolicLink(f)) {
                Path real = f.toRealPath();
                if (Files.isRegularFile(agentsInSource) && real.equals(agentsInSource.toRealPath())) {
                    diagnostics.add(Diagnostic.info("claude/guidance-same", SourcePosition.ofFile(f),
                            rel(f) + " is a link to AGENTS.md, which Codex already reads; nothing to import."));
                    continue;
                }
            }
            byte[] bytes = Files.readAllBytes(f);
            SourceText st = SourceText.of(f, bytes);
            String only = st.text().strip();
            if (only.equals("@AGENTS.md") || only.equals("@./AGENTS.md")) {
                diagnostics.add(Diagnostic.info("claude/guidance-same", SourcePosition.ofFile(f),
                        rel(f) + " only imports AGENTS.md, which Codex reads directly; nothing to import."));
                continue;
            }
            checkImports(st);
            if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
                text.append(text.toString().endsWith("\n") ? "\n" : "\n\n");
            }
            text.append(st.text());
            origins.add(rel(f));
        }
        if (origins.isEmpty()) {
            return false;
        }
        String origin = String.join(", ", origins);
        Path first = source.resolve(origins.get(0));
        String content = text.toString();
        byte[] override = existing(prefix + "AGENTS.override.md");
        if (override != null) {
            diagnostics.add(Diagnostic.warning("claude/guidance-override", SourcePosition.ofFile(first),
                    prefix + "AGENTS.override.md exists: Codex reads it instead of AGENTS.md or any fallback in "
                            + (relDir.isEmpty() ? "the root folder" : relDir) + ", so " + origin + " was not imported.")
                    .withHint("Merge the Claude guidance into AGENTS.override.md by hand."));
            return false;
        }
        byte[] agents = existing(prefix + "AGENTS.md");
        if (agents != null) {
            String current = new String(agents, StandardCharsets.UTF_8);
            if (current.strip().equals(content.strip()) || current.contains(content.strip())) {
                diagnostics.add(Diagnostic.info("claude/guidance-same", SourcePosition.ofFile(first),
                        prefix + "AGENTS.md already contains " + origin + "; nothing to import."));
                return false;
            }
            String merged = current + (current.endsWith("\n") ? "\n" : "\n\n")
                    + "<!-- Imported from " + origin + " by Codex Stack Studio -->\n\n" + content;
            put(prefix + MERGED_NAME, utf8(merged), origin);
            diagnostics.add(Diagnostic.warning("claude/guidance-exists", SourcePosition.ofFile(first),
                    prefix + "AGENTS.md already exists and was not overwritten; a merged proposal was written to "
                            + prefix + MERGED_NAME + ".")
                    .withHint("A project_doc_fallback_filenames entry cannot help here: Codex reads only the first of "
                            + "AGENTS.override.md, AGENTS.md and the fallback names in each folder. Review the "
                            + "proposal and move it over AGENTS.md."));
            return false;
        }
        boolean onlyPlainClaudeMd = origins.size() == 1 && origins.get(0).equals(prefix + "CLAUDE.md");
        if (guidance == Guidance.FALLBACK && onlyPlainClaudeMd) {
            diagnostics.add(Diagnostic.info("claude/guidance-fallback", SourcePosition.ofFile(first),
                    "Codex reads " + origin + " through project_doc_fallback_filenames in " + CONFIG_FILE + "."));
            return true;
        }
        put(prefix + "AGENTS.md", utf8(content), origin);
        diagnostics.add(Diagnostic.info("claude/guidance-copied", SourcePosition.ofFile(first),
                origin + " was copied to " + prefix + "AGENTS.md, which Codex reads from the project root down to the "
                        + "working folder." + (origins.size() > 1 ? " Both files were joined." : ""))
                .withHint("Keep one of the two files and make the other a link, so they do not drift apart."));
        return false;
    }

    private void checkImports(SourceText st) {
        Matcher m = IMPORT_LINE.matcher(st.text());
        while (m.find()) {
            diagnostics.add(Diagnostic.warning("claude/guidance-import", st.position(m.start(1) - 1),
                    "`@" + m.group(1) + "` imports a file in Claude Code; Codex does not expand imports and reads the "
                            + "line as plain text.")
                    .withHint("Paste the file's content here, or give the folder its own AGENTS.md."));
        }
    }

    private void addFallbackName() throws IOException {
        byte[] current = existing(CONFIG_FILE);
        Path at = source.resolve("CLAUDE.md");
        String line = "project_doc_fallback_filenames = [\"CLAUDE.md\"]\n";
        String next;
        if (current == null) {
            next = line;
        } else {
            String text = new String(current, StandardCharsets.UTF_8);
            TomlDocument doc = TomlDocument.parse(SourceText.of(source.resolve(CONFIG_FILE), current));
            if (doc.hasSyntaxErrors()) {
                diagnostics.add(Diagnostic.warning("claude/config-unreadable", SourcePosition.ofFile(at),
                        CONFIG_FILE + " does not parse, so CLAUDE.md could not be added to project_doc_fallback_filenames."));
                return;
            }
            Object names = doc.table().get("project_doc_fallback_filenames");
            if (names != null) {
                if (!(names instanceof org.tomlj.TomlArray arr) || !arr.toList().contains("CLAUDE.md")) {
                    diagnostics.add(Diagnostic.warning("claude/guidance-fallback", SourcePosition.ofFile(at),
                            CONFIG_FILE + " already sets project_doc_fallback_filenames without CLAUDE.md; add it there.")
                            .withHint("project_doc_fallback_filenames = [..., \"CLAUDE.md\"]"));
                }
                return;
            }
            next = line + (text.startsWith("\n") || text.isEmpty() ? "" : "\n") + text;
        }
        put(CONFIG_FILE, utf8(next), "CLAUDE.md");
        diagnostics.add(Diagnostic.info("claude/project-config-trust", SourcePosition.ofFile(at),
                "Codex applies " + CONFIG_FILE + " only once the project is trusted; until then it does not read "
                        + "CLAUDE.md.")
                .withHint("Trust the project (Overview → Trust this project…), or import with copies instead."));
    }

    // ------------------------------------------------------------------ hooks

    private void hooks() throws IOException {
        List<Path> settings = new ArrayList<>();
        for (String n : List.of(".claude/settings.json", ".claude/settings.local.json")) {
            Path p = source.resolve(n);
            if (Files.isRegularFile(p)) {
                settings.add(p);
            }
        }
        if (settings.isEmpty()) {
            return;
        }
        ClaudeHooks converter = new ClaudeHooks(projectDirExpression());
        List<Obj> hookObjects = new ArrayList<>();
        boolean disabled = false;
        for (Path p : settings) {
            SourceText st = SourceText.of(p, Files.readAllBytes(p));
            Jsonc.Result r = Jsonc.parse(p, st.text());
            if (!r.ok()) {
                diagnostics.add(Diagnostic.warning("claude/settings-unreadable", r.error().position(),
                        rel(p) + " is not valid JSON (" + r.error().message() + "); its hooks were not imported."));
                continue;
            }
            if (r.strictError() != null) {
                diagnostics.add(Diagnostic.warning("claude/settings-jsonc", r.strictError().position(),
                        rel(p) + " is not strict JSON (" + nonStrictKind(st, r.strictError().position())
                                + " here). Claude Code accepts it; Codex skips a hooks.json that is not strict JSON, "
                                + "so " + HOOKS_FILE + " is written as strict JSON."));
            }
            if (!(r.value() instanceof Obj root)) {
                diagnostics.add(Diagnostic.warning("claude/settings-unreadable", r.value().position(),
                        rel(p) + " must hold a JSON object; it was not imported."));
                continue;
            }
            for (String dup : root.duplicates()) {
                diagnostics.add(Diagnostic.warning("claude/settings-duplicate-key", root.keyPosition(dup),
                        "`" + dup + "` appears more than once; Claude Code uses the last one, and so does the import."));
            }
            for (Map.Entry<String, Value> e : root.members().entrySet()) {
                String key = e.getKey();
                if (key.equals("hooks")) {
                    if (e.getValue() instanceof Obj h) {
                        hookObjects.add(h);
                        if (p.getFileName().toString().equals("settings.local.json") && !h.members().isEmpty()) {
                            diagnostics.add(Diagnostic.info("claude/hooks-local", root.keyPosition(key),
                                    "These hooks come from your personal settings.local.json; in Codex they join the "
                                            + "shared " + HOOKS_FILE + ".")
                                    .withHint("Move hooks only you need to ~/.codex/hooks.json."));
                        }
                    } else {
                        diagnostics.add(Diagnostic.warning("claude/hooks-shape", e.getValue().position(),
                                "`hooks` must be an object; it was not imported."));
                    }
                } else if (key.equals("disableAllHooks")) {
                    if (e.getValue() instanceof Bool b && b.value()) {
                        disabled = true;
                        diagnostics.add(Diagnostic.warning("claude/hooks-disabled", root.keyPosition(key),
                                "disableAllHooks is true, so Claude Code runs none of these hooks; they were not "
                                        + "imported."));
                    }
                } else if (!key.equals("$schema")) {
                    notConverted(p, root, key);
                }
            }
        }
        if (disabled) {
            return;
        }
        for (Obj h : hookObjects) {
            converter.convert(h);
        }
        diagnostics.addAll(converter.diagnostics());
        if (converter.events().isEmpty()) {
            return;
        }
        writeHooks(converter.events(), settings);
    }

    private static String nonStrictKind(SourceText st, SourcePosition at) {
        if (at.isWholeFile()) {
            return "not strict JSON";
        }
        int off = st.offset(at.line(), at.column());
        String rest = off >= 0 && off < st.text().length() ? st.text().substring(off) : "";
        if (rest.startsWith("//") || rest.startsWith("/*")) {
            return "a comment";
        }
        if (rest.startsWith("]") || rest.startsWith("}")) {
            return "a trailing comma";
        }
        return "a comment or a trailing comma";
    }

    private void notConverted(Path file, Obj root, String key) {
        SourcePosition at = root.keyPosition(key);
        String hint = switch (key) {
            case "permissions" -> "Codex controls this with sandbox_mode, approval_policy and [permissions] profiles "
                    + "in config.toml; per-command rules such as `Bash(git *)` have no direct counterpart, so "
                    + "review deny rules in particular.";
            case "env" -> "Codex has no per-project environment table; set the variables in your shell, or see "
                    + "shell_environment_policy in config.toml.";
            case "model" -> "Set `model` in .codex/config.toml (Codex model names differ).";
            case "enabledPlugins", "extraKnownMarketplaces" -> "Codex plugins are configured in config.toml "
                    + "([plugins], [marketplaces]); Claude Code plugins do not carry over.";
            case "statusLine", "outputStyle", "theme", "spinnerTipsEnabled" -> "A Claude Code display setting.";
            default -> "A Claude Code setting without a Codex counterpart in the import.";
        };
        Severity sev = key.equals("permissions") ? Severity.WARNING : Severity.INFO;
        diagnostics.add(new Diagnostic("claude/setting-not-converted", sev, at,
                "The Claude Code setting `" + key + "` in " + rel(file) + " was not converted.", hint, null));
    }

    /** The shell expression for the project folder: the git top level, plus the path below it. */
    private String projectDirExpression() {
        Path p = source;
        while (p != null) {
            if (Files.exists(p.resolve(".git"))) {
                String below = p.relativize(source).toString().replace('\\', '/');
                return "$(git rev-parse --show-toplevel)" + (below.isEmpty() ? "" : "/" + below);
            }
            p = p.getParent();
        }
        return "$(git rev-parse --show-toplevel 2>/dev/null || pwd)";
    }

    private void writeHooks(Map<HookEvent, ArrayNode> events, List<Path> settings) throws IOException {
        byte[] current = existing(HOOKS_FILE);
        ObjectNode root;
        SourcePosition at = SourcePosition.ofFile(settings.get(0));
        if (current != null) {
            JsonNode parsed;
            try {
                parsed = JSON.readTree(current);
            } catch (IOException e) {
                parsed = null;
            }
            if (!(parsed instanceof ObjectNode o) || (o.has("hooks") && !o.get("hooks").isObject())) {
                diagnostics.add(Diagnostic.warning("claude/hooks-file-unreadable", at,
                        HOOKS_FILE + " exists but is not a hooks object, so the converted hooks were not merged into "
                                + "it; nothing was written there.")
                        .withHint("Fix or remove " + HOOKS_FILE + " and import again."));
                return;
            }
            root = o;
        } else {
            root = JsonNodeFactory.instance.objectNode();
        }
        ObjectNode hooks = root.has("hooks") ? (ObjectNode) root.get("hooks") : root.putObject("hooks");
        int added = 0;
        for (Map.Entry<HookEvent, ArrayNode> e : events.entrySet()) {
            JsonNode existingList = hooks.get(e.getKey().tomlName());
            ArrayNode list = existingList instanceof ArrayNode a ? a : hooks.putArray(e.getKey().tomlName());
            for (JsonNode g : e.getValue()) {
                boolean present = false;
                for (JsonNode x : list) {
                    present |= x.equals(g);
                }
                if (!present) {
                    list.add(g);
                    added++;
                }
            }
        }
        String origin = String.join(", ", settings.stream().map(this::rel).toList());
        if (current != null && added == 0) {
            put(HOOKS_FILE, current, origin);
            return;
        }
        put(HOOKS_FILE, utf8(render(root)), origin);
        diagnostics.add(Diagnostic.info("claude/hooks-trust", at,
                "Codex loads " + HOOKS_FILE + " only in a trusted project, and runs each hook only after you review "
                        + "it (/hooks in Codex, or the Hook Lifecycle view).")
                .withHint("Hook scripts stay where they are (.claude/hooks/…); the commands still point at them."));
    }

    static String render(JsonNode node) {
        try {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter(com.fasterxml.jackson.core.util.Separators
                    .createDefaultInstance().withObjectFieldValueSpacing(
                            com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(pp).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ skills

    private void skills() throws IOException {
        Path dir = source.resolve(".claude/skills");
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path child : sortedChildren(dir)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child)) {
                Path skillFile = child.resolve("SKILL.md");
                if (Files.isRegularFile(skillFile)) {
                    copySkill(child, name);
                } else {
                    diagnostics.add(Diagnostic.warning("claude/skill-no-file", SourcePosition.ofFile(child),
                            rel(child) + " has no SKILL.md, so neither Claude Code nor Codex loads it; not imported."));
                }
            } else if (name.endsWith(".md")) {
                diagnostics.add(Diagnostic.warning("claude/skill-flat-file", SourcePosition.ofFile(child),
                        rel(child) + " is not a skill: Claude Code and Codex read only <name>/SKILL.md; not imported.")
                        .withHint("Move it to .claude/skills/" + name.substring(0, name.length() - 3)
                                + "/SKILL.md with a name and description, then import again."));
            }
        }
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(out::add);
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    private void copySkill(Path dir, String name) throws IOException {
        String base = ".agents/skills/" + name + "/";
        Path realDir = dir.toRealPath();
        Map<String, byte[]> content = new LinkedHashMap<>();
        List<Path> all = new ArrayList<>();
        try (var stream = Files.walk(dir, 6)) {
            stream.sorted().forEach(all::add);
        }
        for (Path f : all) {
            if (Files.isDirectory(f)) {
                continue;
            }
            String r = dir.relativize(f).toString().replace('\\', '/');
            if (Files.isSymbolicLink(f) && !f.toRealPath().startsWith(realDir)) {
                diagnostics.add(Diagnostic.warning("claude/skill-symlink", SourcePosition.ofFile(f),
                        rel(f) + " links outside the skill folder; it was not copied."));
                continue;
            }
            if (!Files.isRegularFile(f) || Files.size(f) > MAX_FILE_BYTES || content.size() >= MAX_SKILL_FILES) {
                diagnostics.add(Diagnostic.warning("claude/skill-file-skipped", SourcePosition.ofFile(f),
                        rel(f) + " was not copied (not a regular file, larger than 4 MiB, or beyond "
                                + MAX_SKILL_FILES + " files)."));
                continue;
            }
            content.put(r, Files.readAllBytes(f));
        }
        Path skillSource = dir.resolve("SKILL.md");
        byte[] skillBytes = content.get("SKILL.md");
        if (skillBytes == null) {
            return;
        }
        byte[] existing = existing(base + "SKILL.md");
        if (existing != null && !Arrays.equals(existing, skillBytes)) {
            diagnostics.add(Diagnostic.warning("claude/skill-exists", SourcePosition.ofFile(skillSource),
                    base + "SKILL.md already exists with other content; the skill was not copied."));
            return;
        }
        SkillDocument doc = SkillDocument.parse(SourceText.of(target.resolve(base + "SKILL.md"), skillBytes));
        if (!acceptSkill(doc, skillSource)) {
            return;
        }
        boolean disableImplicit = doc.frontMatter().flatMap(f -> f.string("disable-model-invocation"))
                .map(v -> v.equals("true")).orElse(false);
        if (disableImplicit && !content.containsKey("agents/openai.yaml")) {
            content.put("agents/openai.yaml", utf8(OPENAI_POLICY));
            diagnostics.add(Diagnostic.info("claude/skill-explicit-only",
                    doc.frontMatter().flatMap(f -> f.get("disable-model-invocation")).map(FrontMatter.Entry::keyPosition)
                            .map(p -> SourcePosition.of(skillSource, p.line(), p.column()))
                            .orElse(SourcePosition.ofFile(skillSource)),
                    "disable-model-invocation: true became agents/openai.yaml `policy.allow_implicit_invocation: "
                            + "false`: Codex runs the skill only when asked for as `$" + name + "`."));
        }
        skillNames.add(name);
        for (Map.Entry<String, byte[]> e : content.entrySet()) {
            put(base + e.getKey(), e.getValue(), rel(dir.resolve(e.getKey())));
        }
    }

    static final String OPENAI_POLICY = "policy:\n  allow_implicit_invocation: false\n";

    /** Runs the skills rules; an error (Codex would not load it) rejects the skill. Findings point at the source. */
    private boolean acceptSkill(SkillDocument doc, Path sourceFile) {
        List<Diagnostic> found = SkillRules.check(doc);
        boolean error = false;
        for (Diagnostic d : found) {
            SourcePosition p = d.position();
            SourcePosition at = SourcePosition.of(sourceFile, p.line(), p.column());
            if (d.isError()) {
                error = true;
                diagnostics.add(Diagnostic.warning("claude/skill-not-loaded", at,
                        "Codex would not load " + rel(sourceFile) + " (" + d.message() + "); it was not imported.")
                        .withHint(d.hint()));
            } else {
                diagnostics.add(new Diagnostic(d.rule(), d.severity(), at, d.message(), d.hint(), null));
            }
        }
        return !error;
    }

    // ------------------------------------------------------------------ commands

    private void commands() throws IOException {
        Path dir = source.resolve(".claude/commands");
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (var stream = Files.walk(dir, 4)) {
            stream.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
                    .forEach(all::add);
        }
        for (Path f : all) {
            convertCommand(dir, f);
        }
    }

    static String skillName(String relativeMd) {
        String n = relativeMd.substring(0, relativeMd.length() - 3).replace('/', '-').toLowerCase(Locale.ROOT);
        n = n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (n.length() > 64) {
            n = n.substring(0, 64).replaceAll("-+$", "");
        }
        return n.isEmpty() ? "command" : n;
    }

    private void convertCommand(Path dir, Path f) throws IOException {
        String relMd = dir.relativize(f).toString().replace('\\', '/');
        String name = skillName(relMd);
        String slash = "/" + relMd.substring(0, relMd.length() - 3).replace('/', ':');
        String base = ".agents/skills/" + name + "/";
        if (skillNames.contains(name) || (existing(base + "SKILL.md") != null && !files.containsKey(base + "SKILL.md"))) {
            diagnostics.add(Diagnostic.warning("claude/command-name-taken", SourcePosition.ofFile(f),
                    "The command " + slash + " would become the skill `" + name + "`, which already exists; it was not "
                            + "imported."));
            return;
        }
        SourceText st = SourceText.of(f, Files.readAllBytes(f));
        SkillDocument doc = SkillDocument.parse(st);
        String body = doc.frontMatter().isPresent() ? doc.body() : st.text();
        String description = doc.frontMatter().flatMap(fm -> fm.string("description")).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(null);
        if (doc.frontMatter().isPresent()) {
            for (FrontMatter.Entry e : doc.frontMatter().get().entries()) {
                if (!e.key().equals("description")) {
                    diagnostics.add(Diagnostic.info("claude/command-field", SourcePosition.of(f, e.keyPosition().line(),
                            e.keyPosition().column()),
                            "The command field `" + e.key() + "` has no Codex counterpart; it was left out."));
                }
            }
        }
        if (description == null) {
            description = firstLine(body);
            String shown = description == null ? "" : " from its first line";
            description = description == null ? "Claude Code command " + slash + "." : description;
            diagnostics.add(Diagnostic.info("claude/command-description", SourcePosition.ofFile(f),
                    "The command " + slash + " has no description; the skill's description was taken" + shown + "."));
        }
        Matcher args = ARGUMENTS.matcher(st.text());
        if (args.find()) {
            diagnostics.add(Diagnostic.warning("claude/command-arguments", st.position(args.start()),
                    "`" + args.group() + "` is replaced by the command's arguments in Claude Code; Codex skills take no "
                            + "arguments, so the text stays as written.")
                    .withHint("Reword it, e.g. \"the file or topic the user names after $" + name + "\"."));
        }
        Matcher sh = SHELL_LINE.matcher(st.text());
        if (sh.find()) {
            diagnostics.add(Diagnostic.warning("claude/command-shell", st.position(sh.start()),
                    "`" + sh.group() + "` runs a shell command before the prompt in Claude Code; Codex does not run it.")
                    .withHint("Tell the model to run the command instead."));
        }
        String skill = "---\nname: " + name + "\ndescription: " + yamlQuote(description) + "\n---\n" + body;
        SkillDocument generated = SkillDocument.parse(SourceText.ofString(target.resolve(base + "SKILL.md"), skill));
        List<Diagnostic> problems = SkillRules.check(generated).stream().filter(Diagnostic::isError).toList();
        if (!problems.isEmpty()) {
            diagnostics.add(Diagnostic.warning("claude/command-not-converted", SourcePosition.ofFile(f),
                    "The command " + slash + " could not become a skill Codex loads (" + problems.get(0).message()
                            + ")."));
            return;
        }
        skillNames.add(name);
        put(base + "SKILL.md", utf8(skill), rel(f));
        put(base + "agents/openai.yaml", utf8(OPENAI_POLICY), rel(f));
        diagnostics.add(Diagnostic.info("claude/command-converted", SourcePosition.ofFile(f),
                "Codex has no custom slash commands: " + slash + " became the skill `" + name + "`, which runs only when "
                        + "asked for as `$" + name + "` (implicit invocation is off)."));
    }

    private static String firstLine(String body) {
        for (String line : body.split("\n")) {
            String s = line.strip().replaceFirst("^#+\\s*", "").strip();
            if (!s.isEmpty() && !s.startsWith("<!--") && !s.startsWith("---")) {
                return s.length() > 200 ? s.substring(0, 200).strip() + "…" : s;
            }
        }
        return null;
    }

    static String yamlQuote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    // ------------------------------------------------------------------ agents

    private void agents() throws IOException {
        Path dir = source.resolve(".claude/agents");
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (var stream = Files.walk(dir, 3)) {
            stream.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
                    .forEach(all::add);
        }
        for (Path f : all) {
            diagnostics.add(Diagnostic.warning("claude/agent-not-converted", SourcePosition.ofFile(f),
                    rel(f) + " defines a Claude Code sub-agent; Codex has no sub-agent definition files, so it was not "
                            + "imported.")
                    .withHint("Codex spawns sub-agents itself; to keep the instructions, turn the file into a skill "
                            + "(.agents/skills/<name>/SKILL.md) or a role under [agents.<name>] in config.toml."));
        }
    }
}
