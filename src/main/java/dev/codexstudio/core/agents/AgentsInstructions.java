package dev.codexstudio.core.agents;

import dev.codexstudio.core.config.TomlFiles;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.config.EffectiveConfig;
import dev.codexstudio.core.config.ProjectContext;
import dev.codexstudio.core.config.ReadAccess;
import dev.codexstudio.core.config.ScanProbes;
import dev.codexstudio.core.config.TrustLevel;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.RustText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the AGENTS.md instructions exactly as Codex 0.169 assembles them for a working directory:
 * the trimmed Codex-home document, then {@code --- project-doc ---}, then each directory's selected
 * document from the project root down to cwd (joined with blank lines) within one shared byte budget.
 */
public final class AgentsInstructions {

    /** Default {@code project_doc_max_bytes}. */
    public static final long DEFAULT_BUDGET = 32 * 1024;

    private AgentsInstructions() {
    }

    public static EffectiveInstructions compute(ConfigStack stack) {
        return compute(stack, Map.of());
    }

    /**
     * As {@link #compute(ConfigStack)}, but reading the documents in {@code contents} (absolute, normalized
     * paths to the bytes they would have on disk, e.g. a document being edited and not yet saved) from that map
     * instead of from disk. A path in the map counts as an existing file even when it is not on disk yet.
     */
    public static EffectiveInstructions compute(ConfigStack stack, Map<Path, byte[]> contents) {
        EffectiveConfig config = stack.effective();
        Path cwd = stack.project().cwd();
        Path root = stack.project().docsRoot();
        long budget = budget(config);
        List<String> names = candidateNames(config);

        Path home = stack.environment().codexHome();
        // every view of a scan reads the same global document
        Optional<InstructionPart> global = contents.isEmpty()
                ? TomlFiles.memo(new GlobalKey(home), () -> globalDocument(home, contents))
                : globalDocument(home, contents);

        ReadAccess access = ReadAccess.of(config, cwd);
        if (!access.isUnrestricted()) {
            // Codex looks for the root markers through its sandbox too.
            root = sandboxedRoot(stack, cwd, access);
        }
        List<DirectoryGuidance> directories = new ArrayList<>();
        boolean shared = contents.isEmpty() && access.isUnrestricted();
        for (Path dir : ConfigStackLoader.rootToCwd(root, cwd)) {
            // Within one scan the views share their ancestors: look at each directory once.
            directories.add(shared
                    ? TomlFiles.memo(new GuidanceKey(dir, names), () -> directoryGuidance(dir, names, access, contents))
                    : directoryGuidance(dir, names, access, contents));
        }

        List<InstructionPart> parts = new ArrayList<>();
        EffectiveInstructions.Skip skipped = EffectiveInstructions.Skip.NONE;
        String skipDetail = "";
        ProjectContext.Decision trust = stack.project().cwdDecision();
        if (trust.level() == TrustLevel.UNTRUSTED) {
            skipped = EffectiveInstructions.Skip.UNTRUSTED;
            skipDetail = trust.key();
        } else if (budget == 0) {
            skipped = EffectiveInstructions.Skip.BUDGET_ZERO;
        } else {
            long remaining = budget;
            for (DirectoryGuidance dg : directories) {
                if (dg.selected().isEmpty()) {
                    continue;
                }
                GuidanceFile f = dg.selected().get();
                if (remaining == 0) {
                    long dropped = contents.containsKey(f.file()) ? contents.get(f.file()).length : sizeOf(f.file());
                    parts.add(new InstructionPart(f, dropped, 0, 0, InstructionPart.Status.DROPPED_BUDGET, ""));
                    continue;
                }
                long size;
                byte[] data;
                try {
                    if (!access.canRead(f.file())) {
                        throw new IOException("Permission denied by the permission profile");
                    }
                    byte[] inMemory = contents.get(f.file());
                    if (inMemory != null) {
                        size = inMemory.length;
                        data = java.util.Arrays.copyOf(inMemory, (int) Math.min(remaining, inMemory.length));
                    } else if (shared) {
                        long budgetLeft = remaining;
                        Prefix prefix = TomlFiles.memo(new PrefixKey(f.file(), budgetLeft),
                                () -> Prefix.read(f.file(), budgetLeft));
                        if (prefix.error() != null) {
                            throw prefix.error();
                        }
                        size = prefix.size();
                        data = prefix.data();
                    } else {
                        FileReads.SizedPrefix p = FileReads.readSizeAndPrefixFromDisk(f.file(), remaining);
                        size = p.size();
                        data = p.data();
                    }
                } catch (IOException | RuntimeException e) {
                    // Codex gives up on all project documents when one cannot be read.
                    parts.add(new InstructionPart(f, -1, remaining, 0, InstructionPart.Status.UNREADABLE, ""));
                    skipped = EffectiveInstructions.Skip.UNREADABLE;
                    skipDetail = f.file() + ": " + e.getMessage();
                    break;
                }
                byte[] bytes = data;
                // the views of one scan read the same prefixes: decode each once
                String text = shared && contents.isEmpty()
                        ? TomlFiles.memo(new TextKey(f.file(), remaining), () -> RustText.fromUtf8Lossy(bytes, bytes.length))
                        : RustText.fromUtf8Lossy(data, data.length);
                boolean truncated = size > remaining;
                if (RustText.isBlank(text)) {
                    parts.add(new InstructionPart(f, size, remaining, 0, InstructionPart.Status.BLANK, ""));
                    continue;
                }
                parts.add(new InstructionPart(f, size, remaining, data.length,
                        truncated ? InstructionPart.Status.TRUNCATED : InstructionPart.Status.INCLUDED, text));
                remaining -= data.length;
            }
            if (skipped == EffectiveInstructions.Skip.UNREADABLE) {
                parts.replaceAll(p -> p.contributes()
                        ? new InstructionPart(p.file(), p.fileBytes(), p.budgetBefore(), 0,
                                InstructionPart.Status.UNREADABLE, "")
                        : p);
            }
        }
        return new EffectiveInstructions(cwd, root, budget, global, parts, directories, skipped, skipDetail,
                assemble(global, parts));
    }

    private record GuidanceKey(Path dir, List<String> names) {
    }

    /** The global AGENTS.md of a Codex home, within one scan. */
    private record GlobalKey(Path codexHome) {
    }

    /** The decoded text of a file's first {@code budgetLeft} bytes, within one scan. */
    private record TextKey(Path file, long budgetLeft) {
    }

    private record PrefixKey(Path file, long budget) {
    }

    /** A document's size and its first bytes within the budget (or why it could not be read), shared in a scan. */
    private record Prefix(long size, byte[] data, IOException error) {
        static Prefix read(Path file, long budget) {
            try {
                // the size as the open file reports it: one look at the file system, not two
                FileReads.SizedPrefix p = FileReads.readSizeAndPrefixFromDisk(file, budget);
                return new Prefix(p.size(), p.data(), null);
            } catch (IOException e) {
                return new Prefix(-1, null, e);
            }
        }
    }

    static String assemble(Optional<InstructionPart> global, List<InstructionPart> parts) {
        int length = global.map(g -> g.text().length()).orElse(0);
        for (InstructionPart p : parts) {
            length += p.contributes() ? p.text().length() + EffectiveInstructions.PROJECT_DOC_SEPARATOR.length() : 0;
        }
        StringBuilder out = new StringBuilder(length);
        boolean hasPrevious = false;
        boolean previousWasProject = false;
        if (global.isPresent()) {
            out.append(global.get().text());
            hasPrevious = true;
        }
        for (InstructionPart p : parts) {
            if (!p.contributes()) {
                continue;
            }
            if (hasPrevious) {
                out.append(previousWasProject ? "\n\n" : EffectiveInstructions.PROJECT_DOC_SEPARATOR);
            }
            out.append(p.text());
            hasPrevious = true;
            previousWasProject = true;
        }
        return out.toString();
    }

    /** {@code $CODEX_HOME/AGENTS.override.md}, else AGENTS.md: the first that is a file and not blank. */
    static Optional<InstructionPart> globalDocument(Path codexHome) {
        return globalDocument(codexHome, Map.of());
    }

    static Optional<InstructionPart> globalDocument(Path codexHome, Map<Path, byte[]> contents) {
        for (String name : List.of(GuidanceFile.OVERRIDE_NAME, GuidanceFile.DEFAULT_NAME)) {
            Path p = codexHome.resolve(name);
            if (!contents.containsKey(p) && !Files.isRegularFile(p)) {
                continue;
            }
            byte[] data;
            try {
                data = contents.containsKey(p) ? contents.get(p) : Files.readAllBytes(p);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                continue;
            }
            String trimmed = RustText.trim(RustText.fromUtf8Lossy(data, data.length));
            if (!trimmed.isEmpty()) {
                GuidanceKind kind = name.equals(GuidanceFile.OVERRIDE_NAME) ? GuidanceKind.OVERRIDE : GuidanceKind.AGENTS;
                return Optional.of(new InstructionPart(new GuidanceFile(p, GuidanceScope.GLOBAL, kind), data.length, -1,
                        data.length, InstructionPart.Status.INCLUDED, trimmed));
            }
        }
        return Optional.empty();
    }

    /**
     * Candidate names in order: override, AGENTS.md, then the fallbacks (trimmed; blank entries, duplicates
     * and entries containing {@code /}, which Codex never finds, skipped).
     */
    public static List<String> candidateNames(EffectiveConfig config) {
        List<String> names = new ArrayList<>(List.of(GuidanceFile.OVERRIDE_NAME, GuidanceFile.DEFAULT_NAME));
        Optional<Object> v = config.get(List.of("project_doc_fallback_filenames"));
        if (v.isPresent() && v.get() instanceof List<?> l) {
            for (Object o : l) {
                if (!(o instanceof String raw)) {
                    continue;
                }
                String s = RustText.trim(raw);
                if (!s.isEmpty() && !s.contains("/") && !names.contains(s)) {
                    names.add(s);
                }
            }
        }
        return names;
    }

    /** {@code project_doc_max_bytes}, or the default when unset or not a non-negative integer. */
    public static long budget(EffectiveConfig config) {
        Optional<Object> v = config.get(List.of("project_doc_max_bytes"));
        if (v.isPresent() && v.get() instanceof Long l && l >= 0) {
            return l;
        }
        return DEFAULT_BUDGET;
    }

    private static Path sandboxedRoot(ConfigStack stack, Path cwd, ReadAccess access) {
        List<String> markers = ConfigStackLoader.rootMarkers(stack.layers());
        if (markers.isEmpty()) {
            return cwd;
        }
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            for (String marker : markers) {
                Path p = dir.resolve(marker);
                if (!marker.isEmpty() && access.canSee(p) && ScanProbes.exists(p)) {
                    return dir;
                }
            }
        }
        return cwd;
    }

    static DirectoryGuidance directoryGuidance(Path dir, List<String> names) {
        return directoryGuidance(dir, names, ReadAccess.unrestricted());
    }

    static DirectoryGuidance directoryGuidance(Path dir, List<String> names, ReadAccess access) {
        return directoryGuidance(dir, names, access, Map.of());
    }

    static DirectoryGuidance directoryGuidance(Path dir, List<String> names, ReadAccess access,
            Map<Path, byte[]> contents) {
        List<GuidanceFile> present = new ArrayList<>();
        GuidanceFile selected = null;
        for (String name : names) {
            Path candidate;
            try {
                candidate = dir.resolve(name);
            } catch (RuntimeException e) {
                continue;
            }
            if (access.canSee(candidate) && (contents.containsKey(candidate) || ScanProbes.isRegularFile(candidate))) {
                GuidanceFile f = new GuidanceFile(candidate, GuidanceScope.PROJECT, kindOf(name));
                present.add(f);
                if (selected == null) {
                    selected = f;
                }
            }
        }
        return new DirectoryGuidance(dir, present, Optional.ofNullable(selected));
    }

    static GuidanceKind kindOf(String name) {
        if (name.equals(GuidanceFile.OVERRIDE_NAME)) {
            return GuidanceKind.OVERRIDE;
        }
        return name.equals(GuidanceFile.DEFAULT_NAME) ? GuidanceKind.AGENTS : GuidanceKind.FALLBACK;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
