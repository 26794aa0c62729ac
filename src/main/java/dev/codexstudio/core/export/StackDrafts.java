package dev.codexstudio.core.export;

import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.agents.GuidanceFile;
import dev.codexstudio.core.agents.GuidanceKind;
import dev.codexstudio.core.agents.GuidanceScope;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.TomlFiles;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookHandler;
import dev.codexstudio.core.hooks.HookReadResult;
import dev.codexstudio.core.hooks.HookSource;
import dev.codexstudio.core.hooks.HooksJsonReader;
import dev.codexstudio.core.hooks.InlineHooksReader;
import dev.codexstudio.core.hooks.MatcherGroup;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.stack.RepoWalker;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exportable part of an open stack, as a {@link StackDraft}:
 * <ul>
 * <li>{@link FileScope#REPOSITORY}: every guidance file in the repository (AGENTS.override.md, AGENTS.md and the
 * configured fallback names), every {@code .agents/skills} folder with all its files, each {@code .codex} folder's
 * {@code hooks.json}, {@code config.toml} and {@code hook-payloads/*}, and the hook scripts the project hooks run
 * that live in the repository (with the folder they are in when it is inside {@code .codex}, so helper modules come
 * along); executable files keep their executable bit;</li>
 * <li>{@link FileScope#USER_HOME}: the Codex home's profile files ({@code <name>.config.toml}, which layer under the
 * repository's config), its {@code config.toml} without this machine's trust state ({@code [projects]},
 * {@code [hooks.state]}) unless asked, its AGENTS.md / AGENTS.override.md and its {@code hooks.json} with the
 * scripts in the Codex home it runs;</li>
 * <li>{@link FileScope#MANAGED}: {@code requirements.toml} from the system folder, when there is one.</li>
 * </ul>
 */
public final class StackDrafts {

    /** Larger files are left out (and listed). */
    public static final long MAX_FILE_BYTES = FileReads.MAX_PARSED_FILE_BYTES;

    private static final Pattern SCRIPT_EXTENSION = Pattern.compile(
            ".*\\.(sh|bash|zsh|fish|py|js|mjs|cjs|ts|mts|rb|pl|php|ps1|lua|jar|exe|bat|cmd)$");
    private static final Pattern GIT_TOPLEVEL = Pattern.compile("\"?\\$\\(\\s*git\\s+rev-parse\\s+--show-toplevel\\s*\\)\"?");
    private static final Pattern CODEX_HOME_REF = Pattern.compile(
            "\"?(?:\\$\\{CODEX_HOME(?::-[^}]*)?\\}|\\$CODEX_HOME|\\$\\{?HOME\\}?/\\.codex|~/\\.codex)\"?");
    private static final String ROOT_MARK = "\u0001ROOT\u0001";

    private StackDrafts() {
    }

    /**
     * What to include.
     *
     * @param includeTrustState keep {@code [projects]} and {@code [hooks.state]} in the user's config.toml (the trust
     *                          decisions of this machine; off by default: another machine must decide for itself)
     */
    public record Options(boolean includeTrustState) {
        public static Options defaults() {
            return new Options(false);
        }
    }

    /**
     * The draft and what was left out of it.
     *
     * @param draft   the files
     * @param leftOut files of the stack that are not in the draft, each with the reason
     */
    public record Collected(StackDraft draft, List<String> leftOut) {
        public Collected {
            Objects.requireNonNull(draft, "draft");
            leftOut = List.copyOf(leftOut);
        }
    }

    /** The exportable part of a stack, with the default options. */
    public static StackDraft fromStack(Stack stack) {
        return collect(stack, Options.defaults()).draft();
    }

    /** The exportable part of a repository opened with an environment ({@link StackScanner#scan}). */
    public static StackDraft fromRepository(Path root, CodexEnvironment env) {
        return fromStack(StackScanner.scan(root, env));
    }

    /** The exportable part of a stack and what was left out. */
    public static Collected collect(Stack stack, Options options) {
        Builder b = new Builder(stack.root());
        collectRepository(stack, b);
        collectUserHome(stack.environment(), options, b);
        Path requirements = stack.environment().systemRequirementsFile();
        if (Files.isRegularFile(requirements)) {
            b.add(FileScope.MANAGED, stack.environment().systemDir(), requirements,
                    "managed policy Codex enforces on every session (requirements.toml)");
        }
        String name = stack.root().getFileName() == null ? "stack" : stack.root().getFileName().toString();
        return new Collected(new StackDraft(name, new ArrayList<>(b.files.values())), b.leftOut);
    }

    private static void collectRepository(Stack stack, Builder b) {
        Path root = stack.root();
        List<String> names = AgentsInstructions.candidateNames(stack.rootView().config().effective());
        RepoWalker.Findings found = RepoWalker.walk(root, names);
        if (found.truncated()) {
            b.leftOut.add("the repository walk stopped at its limits: files below the limit are not included");
        }
        for (GuidanceFile g : stack.guidance()) {
            if (g.scope() == GuidanceScope.PROJECT && g.file().startsWith(root)) {
                b.add(FileScope.REPOSITORY, root, g.file(), guidancePurpose(root, g));
            }
        }
        for (Path agents : found.agentsFolders()) {
            Path skills = agents.resolve("skills");
            if (Files.isDirectory(skills, LinkOption.NOFOLLOW_LINKS)) {
                addTree(b, root, skills, f -> skillPurpose(skills, f));
            }
        }
        for (Path codex : found.codexFolders()) {
            Path hooksJson = codex.resolve("hooks.json");
            Path config = codex.resolve("config.toml");
            if (Files.isRegularFile(hooksJson)) {
                b.add(FileScope.REPOSITORY, root, hooksJson,
                        "project hooks Codex runs in this repository (once the project is trusted and each hook reviewed)");
            }
            if (Files.isRegularFile(config)) {
                b.add(FileScope.REPOSITORY, root, config,
                        "project configuration, layered over each developer's own (applies once the project is trusted)");
            }
            Path payloads = codex.resolve("hook-payloads");
            if (Files.isDirectory(payloads, LinkOption.NOFOLLOW_LINKS)) {
                for (Path p : list(payloads)) {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        String n = p.getFileName().toString();
                        b.add(FileScope.REPOSITORY, root, p, "saved sample input for dry-running "
                                + (n.endsWith(".json") ? n.substring(0, n.length() - 5) : n) + " hooks in the studio");
                    }
                }
            }
            Path layerRoot = codex.getParent();
            for (HookSource source : hookSources(hooksJson, config)) {
                for (Map.Entry<HookEvent, List<MatcherGroup>> e : source.events().entrySet()) {
                    for (MatcherGroup g : e.getValue()) {
                        for (HookHandler h : g.handlers()) {
                            if (h instanceof HookHandler.Command c) {
                                addScripts(b, root, layerRoot, c.command(), e.getKey());
                                if (c.commandWindows() != null) {
                                    addScripts(b, root, layerRoot, c.commandWindows(), e.getKey());
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void collectUserHome(CodexEnvironment env, Options options, Builder b) {
        Path home = env.codexHome();
        if (!Files.isDirectory(home)) {
            return;
        }
        Path config = home.resolve("config.toml");
        if (Files.isRegularFile(config)) {
            byte[] bytes = b.read(config);
            if (bytes != null) {
                String purpose = "personal base configuration of each developer";
                if (!options.includeTrustState()) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String stripped = withoutTrustState(text);
                    if (!stripped.equals(text)) {
                        bytes = stripped.getBytes(StandardCharsets.UTF_8);
                        purpose += " (this machine's trust decisions, [projects] and [hooks.state], left out)";
                    }
                }
                b.put(new DraftFile("config.toml", bytes, FileScope.USER_HOME, false, purpose));
            }
        }
        for (Path p : list(home)) {
            String n = p.getFileName().toString();
            if (n.endsWith(".config.toml") && n.length() > ".config.toml".length() && Files.isRegularFile(p)) {
                String profile = StackScanner.profileName(p);
                b.add(FileScope.USER_HOME, home, p, "profile `" + profile + "`: layered over config.toml by `codex"
                        + " --profile " + profile + "`, under the repository's config");
            }
        }
        for (String n : List.of(GuidanceFile.OVERRIDE_NAME, GuidanceFile.DEFAULT_NAME)) {
            Path p = home.resolve(n);
            if (Files.isRegularFile(p)) {
                b.add(FileScope.USER_HOME, home, p, n.equals(GuidanceFile.OVERRIDE_NAME)
                        ? "personal guidance that replaces ~/.codex/AGENTS.md in every repository"
                        : "personal guidance Codex adds before the project's in every repository");
            }
        }
        Path hooksJson = home.resolve("hooks.json");
        if (Files.isRegularFile(hooksJson)) {
            b.add(FileScope.USER_HOME, home, hooksJson, "personal hooks that run in every repository");
            HookReadResult r = HooksJsonReader.read(hooksJson, "user", false);
            if (r.source() != null) {
                for (Map.Entry<HookEvent, List<MatcherGroup>> e : r.source().events().entrySet()) {
                    for (MatcherGroup g : e.getValue()) {
                        for (HookHandler h : g.handlers()) {
                            if (h instanceof HookHandler.Command c) {
                                for (Path script : referencedFiles(c.command(), home, home, env.codexHome())) {
                                    b.add(FileScope.USER_HOME, home, script, "personal hook script run by "
                                            + e.getKey().tomlName() + " hooks");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The text of a user config.toml without the tables that record this machine's trust decisions:
     * {@code [projects."<abs path>"]} (project trust) and {@code [hooks.state."<key>"]} (hook trust and enablement).
     * Every other line stays as written.
     */
    public static String withoutTrustState(String text) {
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        boolean inRoot = true;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, next);
            String s = line.strip();
            if (s.startsWith("[")) {
                inRoot = false;
                String header = s.replaceAll("^\\[+\\s*", "");
                skipping = header.matches("(?:projects|\"projects\")\\s*[.\\]].*")
                        || header.matches("hooks\\s*\\.\\s*(?:state|\"state\")\\s*[.\\]].*");
            } else if (inRoot && (s.matches("projects\\s*[.=].*") || s.matches("hooks\\s*\\.\\s*state\\s*[.=].*"))) {
                start = next;
                continue;
            }
            if (!skipping) {
                out.append(line);
            }
            start = next;
        }
        return out.toString();
    }

    private static List<HookSource> hookSources(Path hooksJson, Path config) {
        List<HookSource> out = new ArrayList<>();
        if (Files.isRegularFile(hooksJson)) {
            HookReadResult r = HooksJsonReader.read(hooksJson, "project", false);
            if (r.source() != null) {
                out.add(r.source());
            }
        }
        if (Files.isRegularFile(config)) {
            TomlFiles.Read read = TomlFiles.read(config);
            TomlDocument doc = read.document();
            if (doc != null && !doc.hasSyntaxErrors()) {
                HookReadResult r = InlineHooksReader.readConfig(doc, "project", false);
                if (r.source() != null) {
                    out.add(r.source());
                }
            }
        }
        return out;
    }

    private static void addScripts(Builder b, Path root, Path layerRoot, String command, HookEvent event) {
        for (Path script : referencedFiles(command, root, layerRoot, null)) {
            Path parent = script.getParent();
            Path codexDir = layerRoot.resolve(".codex");
            if (parent != null && parent.startsWith(codexDir) && !parent.equals(codexDir)) {
                addTree(b, root, parent, f -> f.equals(script) ? scriptPurpose(event)
                        : "helper file beside the hook scripts (used by them)");
            }
            b.add(FileScope.REPOSITORY, root, script, scriptPurpose(event));
            b.purpose(FileScope.REPOSITORY, root, script, scriptPurpose(event));
        }
    }

    private static String scriptPurpose(HookEvent event) {
        return "hook script run by the " + event.tomlName() + " hooks";
    }

    /**
     * The existing regular files inside {@code within} that a hook command names: {@code
     * "$(git rev-parse --show-toplevel)/x"} is read from the repository root, {@code ./x} and other relative names
     * from the layer's folder, absolute names as they are.
     */
    static Set<Path> referencedFiles(String command, Path root, Path base, Path codexHome) {
        Set<Path> out = new LinkedHashSet<>();
        String marked = GIT_TOPLEVEL.matcher(command).replaceAll(Matcher.quoteReplacement(ROOT_MARK));
        if (codexHome != null) {
            marked = CODEX_HOME_REF.matcher(marked).replaceAll(Matcher.quoteReplacement(ROOT_MARK));
        }
        for (String token : marked.split("[\\s\"'`;|&()<>=]+")) {
            if (token.isEmpty() || token.startsWith("-") || token.startsWith("$")) {
                continue;
            }
            Path candidate;
            try {
                if (token.startsWith(ROOT_MARK)) {
                    String rest = token.substring(ROOT_MARK.length()).replaceFirst("^/+", "");
                    if (rest.isEmpty()) {
                        continue;
                    }
                    candidate = root.resolve(rest);
                } else if (token.startsWith("/")) {
                    candidate = Path.of(token);
                } else if (token.contains("/") || SCRIPT_EXTENSION.matcher(token).matches()) {
                    if (token.startsWith("~")) {
                        continue;
                    }
                    candidate = base.resolve(token);
                } else {
                    continue;
                }
            } catch (RuntimeException e) {
                continue;
            }
            Path p = candidate.toAbsolutePath().normalize();
            if (p.startsWith(root) && !p.equals(root) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String guidancePurpose(Path root, GuidanceFile g) {
        Path dir = g.directory();
        String where = dir.equals(root) ? "in every session in this repository"
                : "when working under " + root.relativize(dir).toString().replace('\\', '/') + "/";
        return switch (g.kind()) {
            case OVERRIDE -> "override guidance Codex reads instead of AGENTS.md " + where;
            case AGENTS -> "guidance Codex reads " + where;
            case FALLBACK -> "guidance under a fallback name (project_doc_fallback_filenames), read " + where;
        };
    }

    private static String skillPurpose(Path skillsRoot, Path file) {
        Path rel = skillsRoot.relativize(file);
        String skill = rel.getName(0).toString();
        if (rel.getNameCount() == 2 && rel.getFileName().toString().equals("SKILL.md")) {
            return "skill `" + skill + "`: its name, description and instructions";
        }
        if (rel.getNameCount() == 1) {
            return "file in the skills folder";
        }
        String sub = rel.getName(1).toString();
        String kind = switch (sub) {
            case "scripts" -> "script";
            case "references" -> "reference document";
            case "assets" -> "asset";
            case "agents" -> "interface settings (agents/openai.yaml)";
            default -> "file";
        };
        return kind + " of the skill `" + skill + "`";
    }

    private static void addTree(Builder b, Path root, Path dir, java.util.function.Function<Path, String> purpose) {
        try {
            Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), RepoWalker.MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        b.add(FileScope.REPOSITORY, root, file, purpose.apply(file));
                    } else if (attrs.isSymbolicLink()) {
                        b.leftOut.add(root.relativize(file) + ": a symbolic link (not exported; copy the file it"
                                + " points to if it belongs to the stack)");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    b.leftOut.add(root.relativize(file) + ": cannot be read (" + exc.getMessage() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            b.leftOut.add(root.relativize(dir) + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static List<Path> list(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(out::add);
        } catch (IOException | RuntimeException e) {
            return out;
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    /** Whether a file has an executable bit (on POSIX); elsewhere whether it is executable. */
    static boolean isExecutable(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.OWNER_EXECUTE) || perms.contains(PosixFilePermission.GROUP_EXECUTE)
                    || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (UnsupportedOperationException | IOException e) {
            return Files.isExecutable(file) && !file.getFileName().toString().matches(".*\\.(md|txt|json|toml|ya?ml)$");
        }
    }

    /** Collects files once each (first purpose wins unless replaced). */
    private static final class Builder {
        final Path repoRoot;
        final Map<String, DraftFile> files = new LinkedHashMap<>();
        final List<String> leftOut = new ArrayList<>();
        final Set<String> reported = new TreeSet<>();

        Builder(Path repoRoot) {
            this.repoRoot = repoRoot;
        }

        void add(FileScope scope, Path base, Path file, String purpose) {
            String rel = relative(base, file);
            if (rel == null || files.containsKey(scope + ":" + rel)) {
                return;
            }
            byte[] bytes = read(file);
            if (bytes == null) {
                return;
            }
            try {
                put(new DraftFile(rel, bytes, scope, isExecutable(file), purpose));
            } catch (IllegalArgumentException e) {
                leftOut.add(file + ": " + e.getMessage());
            }
        }

        void purpose(FileScope scope, Path base, Path file, String purpose) {
            String rel = relative(base, file);
            DraftFile f = rel == null ? null : files.get(scope + ":" + rel);
            if (f != null && !f.purpose().equals(purpose)) {
                files.put(scope + ":" + rel, new DraftFile(f.path(), f.content(), f.scope(), f.executable(), purpose));
            }
        }

        void put(DraftFile f) {
            files.putIfAbsent(f.scope() + ":" + f.path(), f);
        }

        String relative(Path base, Path file) {
            Path rel = base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
            String s = rel.toString().replace(java.io.File.separatorChar, '/');
            if (DraftFile.pathProblem(s).isPresent()) {
                if (reported.add(s)) {
                    leftOut.add(file + ": its name cannot be exported (" + DraftFile.pathProblem(s).get() + ")");
                }
                return null;
            }
            return s;
        }

        byte[] read(Path file) {
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    leftOut.add(file + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB, not exported");
                    return null;
                }
                return Files.readAllBytes(file);
            } catch (IOException | RuntimeException e) {
                leftOut.add(file + ": cannot be read (" + e.getMessage() + ")");
                return null;
            }
        }
    }
}
