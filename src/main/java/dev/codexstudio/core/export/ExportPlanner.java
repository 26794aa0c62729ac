package dev.codexstudio.core.export;

import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans an export: for each file of a {@link StackDraft} whose scope has a target folder, where it goes and what
 * writing it does ({@link ExportAction}); repository files holding a secret or a personal path, and files whose
 * target is unsafe, are {@link ExportAction#BLOCKED} with diagnostics. Reads the targets, writes nothing, never
 * throws for anything found on disk.
 */
public final class ExportPlanner {

    /** Rule id: two files of the plan go to the same place. */
    public static final String SAME_TARGET = "export/same-target";

    private ExportPlanner() {
    }

    /** Plans with the standard {@link SecretScanner} (which also flags the current user's home folder). */
    public static ExportPlan plan(StackDraft draft, ExportTargets targets) {
        return plan(draft, targets, SecretScanner.standard());
    }

    public static ExportPlan plan(StackDraft draft, ExportTargets targets, SecretScanner scanner) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(targets, "targets");
        List<PlannedExport> files = new ArrayList<>();
        List<ExportPlan.NotWritten> notWritten = new ArrayList<>();
        Map<Path, DraftFile> claimed = new HashMap<>();
        for (DraftFile file : draft.files()) {
            var folder = targets.folder(file.scope());
            if (folder.isEmpty()) {
                notWritten.add(new ExportPlan.NotWritten(file, notWrittenReason(file.scope())));
                continue;
            }
            files.add(planOne(file, folder.get(), scanner, claimed));
        }
        return new ExportPlan(draft, targets, files, notWritten);
    }

    /** Why files of a scope without a target folder are left out. */
    public static String notWrittenReason(FileScope scope) {
        return switch (scope) {
            case REPOSITORY -> "no repository folder was given";
            case USER_HOME -> "personal: it belongs in each developer's own $CODEX_HOME (~/.codex), not in the repository;"
                    + " choose a Codex home folder (--codex-home-out) to write it";
            case MANAGED -> "managed policy: an administrator installs it in /etc/codex; choose a managed folder"
                    + " (--managed-out) to write it";
        };
    }

    private static PlannedExport planOne(DraftFile file, Path folder, SecretScanner scanner, Map<Path, DraftFile> claimed) {
        TargetPaths.Placement placement = TargetPaths.place(folder, file.path());
        if (!placement.isSafe()) {
            return blocked(file, placement.file(), List.of(placement.problem().get()));
        }
        Path target = placement.file();
        DraftFile other = claimed.putIfAbsent(target, file);
        if (other != null) {
            return blocked(file, target, List.of(Diagnostic.error(SAME_TARGET, SourcePosition.ofFile(target),
                    file.path() + " (" + file.scope().label() + ") would go to the same file as " + other.path() + " ("
                    + other.scope().label() + ")").withHint("choose different folders for the two scopes")));
        }
        if (file.scope() == FileScope.REPOSITORY) {
            List<Diagnostic> secrets = scanner.scan(file);
            if (!secrets.isEmpty()) {
                return blocked(file, target, secrets);
            }
        }
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return new PlannedExport(file, target, ExportAction.CREATE, FileSnapshot.absent(target), null, List.of());
            }
            long modified = Files.getLastModifiedTime(target).toMillis();
            byte[] existing = Files.readAllBytes(target);
            FileSnapshot before = FileSnapshot.of(target, existing, modified);
            ExportAction action = Arrays.equals(existing, file.content()) ? ExportAction.IDENTICAL : ExportAction.CONFLICT;
            return new PlannedExport(file, target, action, before, existing, List.of());
        } catch (IOException | RuntimeException e) {
            return blocked(file, target, List.of(Diagnostic.error(TargetPaths.UNREADABLE, SourcePosition.ofFile(target),
                    "cannot read the existing " + file.path() + ": " + e.getMessage())
                    .withHint("check the file's permissions, then export again")));
        }
    }

    private static PlannedExport blocked(DraftFile file, Path target, List<Diagnostic> why) {
        return new PlannedExport(file, target, ExportAction.BLOCKED, target == null ? null : FileSnapshot.absent(target),
                null, why);
    }
}
