package dev.codexstudio.core.migrate;

import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.ExternalChangeException;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.LineDiff;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.validate.StackValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the "migrate all" plan of a stack from the validator's findings about legacy forms ({@link LegacyForm})
 * and applies it: per file one atomic write of the new bytes, refused when the file changed since the plan.
 * Text fixes of one file are combined (an edit overlapping one already taken is left for the next run); legacy
 * {@code [profiles.x]} tables of the user config become {@code $CODEX_HOME/x.config.toml} files; skill folders
 * in {@code $CODEX_HOME/skills} are moved to {@code ~/.agents/skills}.
 */
public final class Migrator {

    private static final Pattern PROFILE_TABLE = Pattern.compile("\\[profiles\\.([A-Za-z0-9_-]+)\\]");

    private Migrator() {
    }

    /** Validates {@code stack} and plans the migration of every legacy finding. */
    public static MigrationPlan plan(Stack stack) {
        return plan(stack.environment(), stack.root(), StackValidator.validate(stack));
    }

    /** Plans the migration of the legacy findings among {@code diagnostics}; diffs name files relative to {@code root}. */
    public static MigrationPlan plan(CodexEnvironment env, Path root, List<Diagnostic> diagnostics) {
        Map<Path, List<Edit.ReplaceText>> edits = new LinkedHashMap<>();
        Map<Path, Set<LegacyForm>> forms = new LinkedHashMap<>();
        Map<Path, List<String>> titles = new LinkedHashMap<>();
        Map<Path, Set<String>> profiles = new LinkedHashMap<>();
        List<Edit.MoveFile> moves = new ArrayList<>();
        List<Diagnostic> manual = new ArrayList<>();
        Set<Diagnostic> seen = new LinkedHashSet<>();
        Path userConfig = env.codexHome().resolve("config.toml");
        for (Diagnostic d : diagnostics) {
            Optional<LegacyForm> form = LegacyForm.of(d);
            if (form.isEmpty() || !seen.add(d)) {
                continue;
            }
            Path file = d.position().file();
            if (form.get() == LegacyForm.PROFILE_TABLE) {
                Matcher m = PROFILE_TABLE.matcher(d.message());
                if (m.find() && file != null && file.toAbsolutePath().normalize().equals(userConfig)) {
                    profiles.computeIfAbsent(file, k -> new LinkedHashSet<>()).add(m.group(1));
                } else {
                    manual.add(d);
                }
                continue;
            }
            if (d.fix() == null) {
                manual.add(d);
                continue;
            }
            for (Edit e : d.fix().edits()) {
                if (e instanceof Edit.ReplaceText r) {
                    edits.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
                    forms.computeIfAbsent(r.file(), k -> new LinkedHashSet<>()).add(form.get());
                    List<String> t = titles.computeIfAbsent(r.file(), k -> new ArrayList<>());
                    if (!t.contains(d.fix().title())) {
                        t.add(d.fix().title());
                    }
                } else if (e instanceof Edit.MoveFile mv) {
                    if (!moves.contains(mv)) {
                        moves.add(mv);
                    }
                } else {
                    manual.add(d);
                }
            }
        }
        List<FileChange> changes = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>(edits.keySet());
        files.addAll(profiles.keySet());
        for (Path file : files) {
            try {
                modify(env, root, file, edits.getOrDefault(file, List.of()), forms.getOrDefault(file, Set.of()),
                        titles.getOrDefault(file, List.of()), profiles.getOrDefault(file, Set.of()), changes, manual,
                        diagnostics);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Edit.MoveFile mv : moves) {
            String diff = "rename from " + rel(root, mv.file()) + "\nrename to " + rel(root, mv.target()) + "\n";
            changes.add(new FileChange(FileChange.Kind.MOVE, mv.file(), mv.target(), null, diff, null,
                    List.of(LegacyForm.SKILLS_DIR), List.of("Move the skill to ~/.agents/skills")));
        }
        return new MigrationPlan(changes, manual);
    }

    private static void modify(CodexEnvironment env, Path root, Path file, List<Edit.ReplaceText> fileEdits,
                               Set<LegacyForm> fileForms, List<String> fileTitles, Set<String> profileNames,
                               List<FileChange> changes, List<Diagnostic> manual, List<Diagnostic> all) throws IOException {
        SourceText src = FileReads.readText(file);
        FileSnapshot before = !Files.exists(file, LinkOption.NOFOLLOW_LINKS) && FileReads.isPlanned(file)
                ? FileSnapshot.absent(file) // a file an earlier round creates
                : FileSnapshot.of(file, src.bytes(), Files.getLastModifiedTime(file).toMillis());
        List<Edit.ReplaceText> sorted = new ArrayList<>(new LinkedHashSet<>(fileEdits));
        sorted.sort(Comparator.comparingInt(Edit.ReplaceText::start).thenComparingInt(Edit.ReplaceText::end));
        List<Edit.ReplaceText> taken = new ArrayList<>();
        int lastEnd = -1;
        for (Edit.ReplaceText r : sorted) {
            if (r.end() > src.text().length()) {
                continue;
            }
            if (r.start() >= lastEnd || (r.start() == r.end() && r.start() == lastEnd)) {
                taken.add(r);
                lastEnd = Math.max(lastEnd, r.end());
            }
        }
        StringBuilder sb = new StringBuilder(src.text());
        for (int i = taken.size() - 1; i >= 0; i--) {
            Edit.ReplaceText r = taken.get(i);
            sb.replace(r.start(), r.end(), r.text());
        }
        String edited = sb.toString();
        Set<LegacyForm> doneForms = new LinkedHashSet<>(fileForms);
        List<String> doneTitles = new ArrayList<>(fileTitles);
        for (String name : profileNames) {
            Path target = env.codexHome().resolve(name + ".config.toml");
            Optional<ProfileTables.Extraction> x = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.empty() : ProfileTables.extract(edited, name);
            if (x.isEmpty()) {
                all.stream().filter(d -> LegacyForm.of(d).orElse(null) == LegacyForm.PROFILE_TABLE
                                && file.equals(d.position().file()) && d.message().contains("[profiles." + name + "]"))
                        .findFirst().ifPresent(manual::add);
                continue;
            }
            edited = x.get().remaining();
            doneForms.add(LegacyForm.PROFILE_TABLE);
            doneTitles.add("Move `[profiles." + name + "]` to " + name + ".config.toml");
            String created = x.get().profileText();
            changes.add(new FileChange(FileChange.Kind.CREATE, target, null, created.getBytes(StandardCharsets.UTF_8),
                    LineDiff.unified(rel(root, target), null, created), FileSnapshot.absent(target),
                    List.of(LegacyForm.PROFILE_TABLE), List.of("Create " + name + ".config.toml from `[profiles." + name + "]`")));
        }
        if (!edited.equals(src.text())) {
            changes.add(changes.size() - countCreatesFor(changes, env, profileNames), new FileChange(FileChange.Kind.MODIFY,
                    file, null, src.withText(edited).bytes(), LineDiff.unified(rel(root, file), src.text(), edited), before,
                    List.copyOf(doneForms), doneTitles));
        }
    }

    private static int countCreatesFor(List<FileChange> changes, CodexEnvironment env, Set<String> names) {
        int n = 0;
        for (String name : names) {
            Path target = env.codexHome().resolve(name + ".config.toml");
            if (changes.stream().anyMatch(c -> c.kind() == FileChange.Kind.CREATE && c.path().equals(target))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Applies the plan. Every file to modify is first checked against its snapshot and every file to create or
     * move target checked to be absent, so a stale plan writes nothing; then each file is written atomically.
     *
     * @throws ExternalChangeException if a file changed since the plan
     * @throws FileAlreadyExistsException if a file to create, or a move target, exists now
     */
    public static void apply(MigrationPlan plan) throws IOException {
        for (FileChange c : plan.changes()) {
            switch (c.kind()) {
                case MODIFY -> {
                    if (!c.before().matchesDisk()) {
                        throw new ExternalChangeException(c.path());
                    }
                }
                case CREATE -> {
                    if (Files.exists(c.path(), LinkOption.NOFOLLOW_LINKS)) {
                        throw new FileAlreadyExistsException(c.path().toString());
                    }
                }
                case MOVE -> {
                    if (Files.exists(c.target(), LinkOption.NOFOLLOW_LINKS)) {
                        throw new FileAlreadyExistsException(c.target().toString());
                    }
                    if (!Files.exists(c.path(), LinkOption.NOFOLLOW_LINKS)) {
                        throw new NoSuchFileException(c.path().toString());
                    }
                }
            }
        }
        for (FileChange c : plan.changes()) {
            switch (c.kind()) {
                case MODIFY -> AtomicFiles.write(c.path(), c.after(), c.before());
                case CREATE -> AtomicFiles.create(c.path(), c.after());
                case MOVE -> {
                    Files.createDirectories(c.target().toAbsolutePath().getParent());
                    Files.move(c.path(), c.target(), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    /**
     * Applies plans until nothing is left to migrate (some legacy forms only show once an earlier one is fixed,
     * e.g. a {@code timeoutSec} inside a single-table {@code [hooks.X]} that Codex cannot read yet); at most
     * {@code maxRounds} rounds. Returns the plans applied, in order.
     */
    public static List<MigrationPlan> applyAll(java.util.function.Supplier<Stack> scan, int maxRounds) throws IOException {
        List<MigrationPlan> applied = new ArrayList<>();
        for (int round = 0; round < maxRounds; round++) {
            MigrationPlan plan = plan(scan.get());
            if (plan.isEmpty()) {
                break;
            }
            apply(plan);
            applied.add(plan);
        }
        return applied;
    }

    /**
     * The whole migration as one plan, without writing: the first round, then each further round planned against
     * the files as the rounds before leave them ({@link FileReads#withContents}), until a round finds nothing new
     * (at most {@code maxRounds}). A file changed in several rounds is one change, from what is on disk now to its
     * final bytes, so the diff of this plan is exactly what {@link #apply} then writes. The manual findings are the
     * ones left after the last round.
     */
    public static MigrationPlan planAll(java.util.function.Supplier<Stack> scan, int maxRounds) {
        Stack first = scan.get();
        Path root = first.root();
        MigrationPlan plan = plan(first);
        if (plan.isEmpty()) {
            return plan;
        }
        Map<Path, FileChange> changes = new LinkedHashMap<>();
        for (FileChange c : plan.changes()) {
            changes.putIfAbsent(key(c.path()), c);
        }
        List<Diagnostic> manual = plan.manual();
        for (int round = 1; round < maxRounds; round++) {
            Map<Path, byte[]> contents = new LinkedHashMap<>();
            changes.values().stream().filter(c -> c.kind() != FileChange.Kind.MOVE)
                    .forEach(c -> contents.put(c.path(), c.after()));
            MigrationPlan next = FileReads.withContents(contents, () -> plan(scan.get()));
            manual = next.manual();
            boolean progressed = false;
            for (FileChange c : next.changes()) {
                FileChange earlier = changes.get(key(c.path()));
                if (earlier == null) {
                    changes.put(key(c.path()), c);
                    progressed = true;
                } else if (c.kind() == FileChange.Kind.MODIFY && earlier.kind() != FileChange.Kind.MOVE
                        && !java.util.Arrays.equals(c.after(), earlier.after())) {
                    changes.put(key(c.path()), combine(root, earlier, c));
                    progressed = true;
                }
            }
            if (!progressed) {
                break;
            }
        }
        return new MigrationPlan(new ArrayList<>(changes.values()), manual);
    }

    /** One change from what {@code earlier} was planned against to what {@code later} leaves. */
    private static FileChange combine(Path root, FileChange earlier, FileChange later) {
        String original = null;
        if (earlier.kind() == FileChange.Kind.MODIFY) {
            try {
                original = FileReads.readText(earlier.path()).text();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String now = SourceText.of(later.path(), later.after()).text();
        Set<LegacyForm> forms = new LinkedHashSet<>(earlier.forms());
        forms.addAll(later.forms());
        List<String> titles = new ArrayList<>(earlier.titles());
        later.titles().stream().filter(t -> !titles.contains(t)).forEach(titles::add);
        return new FileChange(earlier.kind(), earlier.path(), null, later.after(),
                LineDiff.unified(rel(root, earlier.path()), original, now), earlier.before(), List.copyOf(forms), titles);
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    static String rel(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return (abs.startsWith(r) ? r.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
