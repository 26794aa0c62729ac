package dev.codexstudio.core.skills;

import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.config.rules.ConfigRules;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.config.ScanProbes;
import dev.codexstudio.core.config.TomlFiles;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the skills Codex 0.169 loads for a working directory, with its roots, order, scan rules and errors.
 *
 * <p>Roots, in Codex's order: each project config folder's {@code skills} (cwd first, trusted or not), then
 * {@code $CODEX_HOME/skills}, {@code ~/.agents/skills}, {@code $CODEX_HOME/skills/.system}, then
 * {@code /etc/codex/skills}, then {@code .agents/skills} in every folder from the project root down to cwd
 * (the project root found by {@code project_root_markers} from the non-project layers; a marker counts when
 * {@code stat} succeeds). Roots with the same path are scanned once.
 *
 * <p>Each root is walked breadth first with entries in byte order of their names: at most 6 folder levels
 * below the root, 2,000 folders (the root included; later folders are not entered but the walk goes on)
 * and 20,000 entries (the walk stops). Folders whose names start with {@code .} are not entered; folder
 * symlinks are followed except under the system root; a symlink to a file is never a skill. A skill is a
 * regular file named exactly {@code SKILL.md}; its path is canonicalised. A skill reached from several
 * roots is kept once (first root); errors are not de-duplicated; system-skill errors are dropped.
 */
public final class SkillDiscovery {

    /** Folder levels below a root that Codex scans. */
    public static final int MAX_SCAN_DEPTH = 6;
    /** Folders per root Codex enters (the root included). */
    public static final int MAX_DIRECTORIES_PER_ROOT = 2000;
    /** Entries per root Codex looks at before it stops. */
    public static final int MAX_ENTRIES_PER_ROOT = 20000;
    /** Codex's limit on a plugin-qualified name. */
    public static final int MAX_QUALIFIED_NAME_LENGTH = 129;

    static final String SKILL_FILE = "SKILL.md";
    private static final int PEEK_ENTRIES = 400;
    private static final int PEEK_DEPTH = 4;

    private SkillDiscovery() {
    }

    /** Discovers the skills for the stack's working directory. Never throws for bad files or folders. */
    public static SkillCatalog discover(ConfigStack stack) {
        Path cwd = stack.project().cwd();
        SkillConfigRules config = SkillConfigRules.from(stack);
        Optional<SkillConfigRules.EntryNote> invalid = config.invalidEntry();
        if (invalid.isPresent()) {
            SkillConfigRules.EntryNote e = invalid.get();
            return new SkillCatalog(cwd, List.of(), List.of(), List.of(new SkillLoadError(cwd,
                    "failed to reload config: " + e.file() + ": " + e.detail(), null, null)), List.of(), config);
        }
        List<Diagnostic> refusals = ConfigRules.refusals(stack);
        if (!refusals.isEmpty()) {
            // Codex lists no skills at all when the config does not load, only this error for the cwd.
            Diagnostic first = refusals.get(0);
            String where = first.position().isWholeFile() ? first.position().file().toString()
                    : first.position().toString();
            return new SkillCatalog(cwd, List.of(), List.of(), List.of(new SkillLoadError(cwd,
                    "failed to reload config: " + where + ": " + first.message(), null, null)), List.of(), config);
        }
        List<SkillRoot> roots = roots(stack, config.bundledEnabled());
        List<Skill> skills = new ArrayList<>();
        List<SkillLoadError> errors = new ArrayList<>();
        List<SkillScanFinding> findings = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (SkillRoot root : roots) {
            // Within one scan the views share the roots of their common ancestors: walk each root once.
            RootResult scan = TomlFiles.memo(new RootKey(root), () -> RootResult.of(root));
            findings.addAll(scan.findings());
            for (Skill s : scan.skills()) {
                if (seen.add(s.skillFile())) {
                    skills.add(s);
                }
            }
            errors.addAll(scan.errors());
        }
        Set<Path> disabled = config.disabledPaths(skills);
        List<Skill> out = new ArrayList<>();
        for (Skill s : skills) {
            out.add(disabled.contains(s.skillFile()) ? s.withEnabled(false) : s);
        }
        out.sort(Comparator.comparingInt((Skill s) -> s.scope().rank())
                .thenComparing(Skill::name, RustText::compareUtf8)
                .thenComparing(Skill::skillFile, SkillDiscovery::comparePaths));
        return new SkillCatalog(cwd, roots, out, errors, findings, config);
    }

    /** The roots Codex scans for this stack, in its order. */
    public static List<SkillRoot> roots(ConfigStack stack, boolean bundledEnabled) {
        CodexEnvironment env = stack.environment();
        List<SkillRoot> roots = new ArrayList<>();
        Path cwd = stack.project().cwd();
        // <dir>/.codex/skills for every project config layer (trusted or not), nearest to cwd first
        List<Path> folders = new ArrayList<>(stack.projectLayers().stream().map(ConfigLayer::folder).toList());
        Collections.reverse(folders);
        for (Path folder : folders) {
            roots.add(SkillRoot.of(folder.resolve("skills"), SkillRootKind.PROJECT_CODEX_FOLDER));
        }
        roots.add(SkillRoot.of(env.codexHome().resolve("skills"), SkillRootKind.CODEX_HOME_SKILLS));
        roots.add(SkillRoot.of(env.userHome().resolve(".agents").resolve("skills"), SkillRootKind.USER_AGENTS));
        if (bundledEnabled) {
            roots.add(SkillRoot.of(env.codexHome().resolve("skills").resolve(".system"),
                    SkillRootKind.CODEX_HOME_SYSTEM));
        }
        roots.add(SkillRoot.of(env.systemDir().resolve("skills"), SkillRootKind.ADMIN));
        for (Path dir : ConfigStackLoader.rootToCwd(stack.project().docsRoot(), cwd)) {
            Path agents = dir.resolve(".agents").resolve("skills");
            if (ScanProbes.isDirectory(agents)) {
                roots.add(SkillRoot.of(agents, SkillRootKind.AGENTS_DIRECTORY));
            }
        }
        Set<Path> paths = new HashSet<>();
        List<SkillRoot> unique = new ArrayList<>();
        for (SkillRoot r : roots) {
            if (paths.add(r.path().normalize())) {
                unique.add(r);
            }
        }
        return unique;
    }

    /** Rust's {@code Path} order: component by component, each compared as bytes. */
    static int comparePaths(Path a, Path b) {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        int absolute = Boolean.compare(!a.isAbsolute(), !b.isAbsolute());
        if (absolute != 0) {
            return absolute;
        }
        for (int i = 0; i < n; i++) {
            int c = RustText.compareUtf8(a.getName(i).toString(), b.getName(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }

    static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    static boolean hidden(Path name) {
        return name.toString().startsWith(".");
    }

    // ------------------------------------------------------------------ one root

    private record RootKey(SkillRoot root) {
    }

    /** What the walk of one root found, in the order it found it. */
    private record RootResult(List<Skill> skills, List<SkillLoadError> errors, List<SkillScanFinding> findings) {
        static RootResult of(SkillRoot root) {
            List<SkillScanFinding> findings = new ArrayList<>();
            RootScan scan = new RootScan(root, findings);
            scan.run();
            return new RootResult(List.copyOf(scan.skills), List.copyOf(scan.errors), List.copyOf(findings));
        }
    }

    /** The walk of one root, as Codex's executor file system walks it. */
    private static final class RootScan {
        private final SkillRoot root;
        private final List<SkillScanFinding> findings;
        final List<Skill> skills = new ArrayList<>();
        final List<SkillLoadError> errors = new ArrayList<>();
        private final List<Path> candidates = new ArrayList<>();
        /** The canonical form of each candidate (known from the walk: no {@code realpath} unless a link was crossed). */
        private final List<Path> candidateReals = new ArrayList<>();
        /** Each folder the walk listed completely, by canonical path: its sorted entries and their own attributes. */
        private final Map<Path, List<Listed>> listings = new HashMap<>();
        private final Set<Path> pluginRoots = new LinkedHashSet<>();

        RootScan(SkillRoot root, List<SkillScanFinding> findings) {
            this.root = root;
            this.findings = findings;
        }

        void run() {
            Path start;
            try {
                start = root.path().toRealPath();
            } catch (IOException | RuntimeException e) {
                return;
            }
            if (!Files.isDirectory(start)) {
                return;
            }
            walk(start);
            List<Path> canonicalSkills = new ArrayList<>();
            Set<Path> linkTargets = new HashSet<>();
            List<Path[]> resolved = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Path walked = candidates.get(i);
                Path real = candidateReals.get(i);
                resolved.add(new Path[] {walked, real});
                canonicalSkills.add(real);
                if (!real.equals(walked) && real.getParent() != null) {
                    linkTargets.add(real.getParent());
                }
            }
            PluginNamespaces namespaces = new PluginNamespaces(start, canonicalSkills, pluginRoots, linkTargets);
            for (Path[] pair : resolved) {
                load(pair[0], pair[1], namespaces);
            }
        }

        private void walk(Path start) {
            Deque<Object[]> queue = new ArrayDeque<>();
            Set<Path> visited = new HashSet<>();
            visited.add(start);
            // each queued folder carries its canonical form: an entry that is not a link is canonical below it
            queue.add(new Object[] {start, 0, start});
            int entries = 0;
            boolean dirLimitReported = false;
            while (!queue.isEmpty()) {
                Object[] next = queue.poll();
                Path dir = (Path) next[0];
                int depth = (Integer) next[1];
                Path dirReal = (Path) next[2];
                List<Path> names;
                try {
                    names = listSorted(dir);
                } catch (IOException | RuntimeException e) {
                    findings.add(new SkillScanFinding(SkillScanFinding.Kind.UNREADABLE_DIRECTORY, dir, root,
                            describe(e)));
                    continue;
                }
                List<Listed> listed = new ArrayList<>(names.size());
                for (Path name : names) {
                    entries++;
                    if (entries > MAX_ENTRIES_PER_ROOT) {
                        findings.add(new SkillScanFinding(SkillScanFinding.Kind.SCAN_TRUNCATED, root.path(), root,
                                MAX_ENTRIES_PER_ROOT + " entries"));
                        return;
                    }
                    Path path = dir.resolve(name);
                    BasicFileAttributes attrs;
                    try {
                        attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException | RuntimeException e) {
                        listed.add(new Listed(name, null));
                        continue;
                    }
                    listed.add(new Listed(name, attrs));
                    boolean directory = attrs.isDirectory();
                    if (attrs.isSymbolicLink()) {
                        boolean target = Files.isDirectory(path);
                        if (!target && Files.isRegularFile(path) && isSkillFileName(name)) {
                            findings.add(new SkillScanFinding(SkillScanFinding.Kind.SYMLINKED_SKILL_FILE, path, root,
                                    ""));
                        }
                        if (!target || !root.followSymlinks()) {
                            continue;
                        }
                        directory = true;
                    }
                    if (directory) {
                        if (hidden(name)) {
                            if (PluginNamespaces.MANIFESTS.stream().anyMatch(m -> m.startsWith(name + "/"))) {
                                pluginRoots.add(dir);
                            }
                            peek(path, SkillScanFinding.Kind.HIDDEN_DIRECTORY);
                            continue;
                        }
                        if (depth + 1 > MAX_SCAN_DEPTH) {
                            peek(path, SkillScanFinding.Kind.TOO_DEEP);
                            continue;
                        }
                        if (visited.size() >= MAX_DIRECTORIES_PER_ROOT) {
                            if (!dirLimitReported) {
                                findings.add(new SkillScanFinding(SkillScanFinding.Kind.SCAN_TRUNCATED, root.path(),
                                        root, MAX_DIRECTORIES_PER_ROOT + " folders"));
                                dirLimitReported = true;
                            }
                            continue;
                        }
                        Path real = attrs.isSymbolicLink() ? canonical(path) : dirReal.resolve(name);
                        if (visited.add(real)) {
                            queue.add(new Object[] {path, depth + 1, real});
                        }
                        continue;
                    }
                    if (attrs.isRegularFile()) {
                        if (name.toString().equals(SKILL_FILE)) {
                            candidates.add(path);
                            candidateReals.add(dirReal.resolve(name));
                        } else if (isSkillFileName(name)) {
                            findings.add(new SkillScanFinding(SkillScanFinding.Kind.MISNAMED_SKILL_FILE, path, root,
                                    name.toString()));
                        }
                    }
                }
                listings.put(dirReal, listed);
            }
        }

        /** Looks (a little) inside a folder Codex does not enter, for skill files it will miss. */
        private void peek(Path dir, SkillScanFinding.Kind kind) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
                return;
            }
            Deque<Object[]> queue = new ArrayDeque<>();
            queue.add(new Object[] {dir, 0});
            int seen = 0;
            Set<Path> visited = new HashSet<>();
            while (!queue.isEmpty() && seen < PEEK_ENTRIES) {
                Object[] next = queue.poll();
                Path d = (Path) next[0];
                int depth = (Integer) next[1];
                if (!visited.add(canonical(d))) {
                    continue;
                }
                List<Path> names;
                try {
                    names = listSorted(d);
                } catch (IOException | RuntimeException e) {
                    continue;
                }
                for (Path name : names) {
                    if (++seen > PEEK_ENTRIES) {
                        break;
                    }
                    Path p = d.resolve(name);
                    if (isSkillFileName(name) && Files.isRegularFile(p)) {
                        findings.add(new SkillScanFinding(kind, p, root, ""));
                    } else if (depth < PEEK_DEPTH && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                            && !name.toString().equals(".git")) {
                        queue.add(new Object[] {p, depth + 1});
                    }
                }
            }
        }

        private void load(Path walked, Path real, PluginNamespaces namespaces) {
            Path dir = real.getParent();
            String folder = dir == null || dir.getFileName() == null ? "" : dir.getFileName().toString();
            Parsed parsed = TomlFiles.memo(new ParsedKey(real, folder), () -> parseSkillFile(real, folder));
            Read read = parsed.read();
            if (read.failure != null) {
                if (root.scope() != SkillScope.SYSTEM) {
                    errors.add(new SkillLoadError(real, "failed to read file: " + read.failure, root, null));
                }
                return;
            }
            if (read.truncated) {
                findings.add(new SkillScanFinding(SkillScanFinding.Kind.FILE_TOO_LARGE, real, root,
                        FileReads.MAX_PARSED_FILE_BYTES + " bytes"));
            }
            SkillDocument document = parsed.document();
            CodexReading reading = parsed.reading();
            String message = reading.error();
            String name = reading.name();
            if (message == null) {
                Optional<String> ns = namespaces.namespaceFor(real);
                if (ns.isPresent()) {
                    name = ns.get() + ":" + name;
                    if (RustText.charCount(name) > MAX_QUALIFIED_NAME_LENGTH) {
                        message = "invalid qualified name: exceeds maximum length of " + MAX_QUALIFIED_NAME_LENGTH
                                + " characters";
                    }
                }
            }
            if (message != null) {
                if (root.scope() != SkillScope.SYSTEM) {
                    errors.add(new SkillLoadError(real, message, root, document));
                }
                return;
            }
            OpenAiYaml openAi = TomlFiles.memo(new OpenAiKey(dir), () -> Optional.ofNullable(readOpenAi(dir)))
                    .orElse(null);
            if (excludesCodex(openAi)) {
                findings.add(new SkillScanFinding(SkillScanFinding.Kind.EXCLUDED_BY_PRODUCTS, real, root, name));
                return;
            }
            skills.add(new Skill(name, reading.description(), reading.shortDescription(), real, dir, root.scope(),
                    root, true, document, openAi, TomlFiles.memo(new FilesKey(dir), () -> listFiles(dir, listings::get)), walked,
                    reading));
        }
    }

    /** {@code policy.products} that Codex honours and that does not list Codex. */
    static boolean excludesCodex(OpenAiYaml openAi) {
        if (openAi == null || !openAi.usedByCodex() || openAi.policy() == null
                || openAi.policy().products().isEmpty()) {
            return false;
        }
        return openAi.policy().products().stream().map(Located::value)
                .noneMatch(p -> p.equals("codex") || p.equals("CODEX"));
    }

    private static boolean isSkillFileName(Path name) {
        return name.toString().toUpperCase(Locale.ROOT).equals("SKILL.MD");
    }

    private static List<Path> listSorted(Path dir) throws IOException {
        List<Path> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                names.add(p.getFileName());
                if (names.size() > MAX_ENTRIES_PER_ROOT * 4) {
                    break;
                }
            }
        }
        names.sort((a, b) -> RustText.compareUtf8(a.toString(), b.toString()));
        return names;
    }

    /** An I/O problem in the words Rust's {@code io::Error} uses for the common cases. */
    static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied (os error 13)";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory (os error 2)";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory (os error 20)";
        }
        if (e instanceof FileSystemLoopException) {
            return "Too many levels of symbolic links (os error 40)";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** A skill file's bytes, bounded, with Codex's UTF-8 verdict on the whole file. */
    private static final class Read {
        SourceText source;
        boolean truncated;
        String utf8Error;
        String failure;
    }

    /**
     * A skill file as read and parsed: within one scan ({@link TomlFiles#readOnce}) the views share the skill
     * roots of their common ancestors, so each {@code SKILL.md} is read and its front matter parsed once.
     */
    private record Parsed(Read read, SkillDocument document, CodexReading reading) {
    }

    private record ParsedKey(Path file, String folder) {
    }

    private record OpenAiKey(Path dir) {
    }

    private record FilesKey(Path dir) {
    }

    private static Parsed parseSkillFile(Path file, String folder) {
        Read read = readSkillFile(file);
        if (read.failure != null) {
            return new Parsed(read, null, null);
        }
        // a file read again with the same bytes (a scan again) parses to the same thing: reuse it
        return PARSES.get(new ContentKey(file, folder, java.nio.ByteBuffer.wrap(read.source.bytes()), read.truncated,
                read.utf8Error), () -> {
                    SkillDocument document = SkillDocument.parse(read.source, read.truncated);
                    CodexReading reading = read.utf8Error != null
                            ? CodexReading.failure("failed to read file: " + read.utf8Error, null)
                            : document.codexReading(folder);
                    return new Parsed(read, document, reading);
                });
    }

    /** Everything a parsed skill file depends on: where it is, its folder's name, and its bytes as read. */
    private record ContentKey(Path file, String folder, java.nio.ByteBuffer bytes, boolean truncated, String utf8Error) {
    }

    /** Skill files parsed most recently, by content (documents and readings are immutable). */
    private static final dev.codexstudio.core.io.ContentCache<ContentKey, Parsed> PARSES =
            new dev.codexstudio.core.io.ContentCache<>(4096, 4L << 20, k -> k.bytes().remaining());

    /** Forgets the skill files parsed so far (see {@link dev.codexstudio.core.stack.ParseCaches}). */
    public static void forgetParses() {
        PARSES.clear();
    }

    private static Read readSkillFile(Path file) {
        Read r = new Read();
        try {
            long size = Files.size(file);
            byte[] bytes = FileReads.readPrefix(file, FileReads.MAX_PARSED_FILE_BYTES);
            r.source = SourceText.of(file, bytes);
            if (size <= bytes.length) {
                r.utf8Error = RustText.utf8Error(bytes).orElse(null);
            } else {
                r.truncated = true;
                r.utf8Error = streamUtf8Error(file);
            }
        } catch (IOException | RuntimeException e) {
            r.failure = describe(e);
        }
        return r;
    }

    private static String streamUtf8Error(Path file) throws IOException {
        RustText.Utf8Check check = new RustText.Utf8Check();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                check.feed(buffer, n);
            }
        }
        return check.finish().orElse(null);
    }

    private static OpenAiYaml readOpenAi(Path dir) {
        Path file = dir.resolve("agents").resolve("openai.yaml");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return OpenAiYaml.parse(FileReads.readText(file));
        } catch (IOException | RuntimeException e) {
            return new OpenAiYaml(file, SourceText.ofString(file, ""), null,
                    "failed to read openai.yaml: " + describe(e), null, List.of(), null);
        }
    }

    /** A folder entry as the walk of a root saw it: its own attributes (links not followed), null when unreadable. */
    private record Listed(Path name, BasicFileAttributes attrs) {
    }

    /** The files of a skill folder (bounded, folder symlinks not followed, hidden folders skipped). */
    static SkillFiles listFiles(Path dir) {
        return listFiles(dir, d -> null);
    }

    /** As {@link #listFiles(Path)}, taking the entries of the folders {@code walked} knows instead of listing them. */
    private static SkillFiles listFiles(Path dir, java.util.function.Function<Path, List<Listed>> walked) {
        List<Path> files = new ArrayList<>();
        Deque<Path> queue = new ArrayDeque<>();
        queue.add(dir);
        int seen = 0;
        boolean truncated = false;
        while (!queue.isEmpty() && !truncated) {
            Path d = queue.poll();
            List<Listed> fromWalk = walked.apply(d);
            boolean known = fromWalk != null;
            List<Listed> entries = fromWalk;
            if (!known) {
                try {
                    entries = listSorted(d).stream().map(n -> new Listed(n, null)).toList();
                } catch (IOException | RuntimeException e) {
                    continue;
                }
            }
            for (Listed entry : entries) {
                if (++seen > SkillFiles.MAX_ENTRIES) {
                    truncated = true;
                    break;
                }
                Path name = entry.name();
                Path p = d.resolve(name);
                // the walk's attributes answer both questions, except where a link must be followed
                BasicFileAttributes a = entry.attrs();
                boolean directory = known ? a != null && a.isDirectory() : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                boolean regular = !directory && (known && a != null && !a.isSymbolicLink() ? a.isRegularFile()
                        : Files.isRegularFile(p));
                if (directory) {
                    if (!hidden(name)) {
                        queue.add(p);
                    }
                } else if (regular) {
                    files.add(dir.relativize(p));
                }
            }
        }
        files.sort(SkillDiscovery::comparePaths);
        return new SkillFiles(files, truncated);
    }
}
