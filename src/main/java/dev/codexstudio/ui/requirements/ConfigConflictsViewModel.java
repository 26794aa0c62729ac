package dev.codexstudio.ui.requirements;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.requirements.Requirements;
import dev.codexstudio.core.requirements.RequirementsConflict;
import dev.codexstudio.core.requirements.RequirementsConflicts;
import dev.codexstudio.core.requirements.RequirementsFile;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration form's "Forbidden by requirements" section: the values of one config file (as edited, unsaved)
 * that the managed requirements forbid, and a one-line summary of what the requirements allow.
 */
public final class ConfigConflictsViewModel {

    private final StudioViewModel studio;
    private final DocumentViewModel document;

    public ConfigConflictsViewModel(StudioViewModel studio, DocumentViewModel document) {
        this.studio = studio;
        this.document = document;
    }

    /** The requirements Codex enforces (empty when there are none). */
    public Optional<Requirements> requirements() {
        return studio.stack().map(s -> s.rootView().config().requirements()).filter(r -> !r.isEmpty());
    }

    /** This file's forbidden values, from its current text. */
    public List<RequirementsConflict> conflicts() {
        Optional<Stack> s = studio.stack();
        Optional<Requirements> r = requirements();
        if (s.isEmpty() || r.isEmpty()) {
            return List.of();
        }
        Path file = document.path();
        TomlDocument doc = TomlDocument.parse(document.currentSource());
        if (doc.hasSyntaxErrors()) {
            return List.of();
        }
        return RequirementsConflicts.find(s.get(), r.get(), Map.of(file, doc)).stream()
                .filter(c -> c.position().file().equals(file)).toList();
    }

    /** What the requirements allow, in one sentence per rule, and where they come from. */
    public List<String> summary() {
        Optional<Requirements> r = requirements();
        if (r.isEmpty()) {
            return List.of();
        }
        Requirements req = r.get();
        List<String> out = new ArrayList<>();
        out.add("Managed requirements: " + String.join(", ", req.files().stream()
                .map(RequirementsFile::path).map(Path::toString).toList()));
        if (!req.allowedApprovalPolicies().isEmpty()) {
            out.add("approval_policy: " + String.join(", ", req.allowedApprovalPolicies()));
        }
        if (!req.allowedSandboxModes().isEmpty()) {
            out.add("sandbox_mode: " + String.join(", ", req.allowedSandboxModes()));
        }
        req.featurePins().forEach((k, v) -> out.add("features." + k + " pinned to " + v));
        if (req.allowManagedHooksOnly()) {
            out.add("only managed hooks run");
        }
        return out;
    }
}
