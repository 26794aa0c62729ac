package dev.codexstudio.ui.requirements;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.FixApplier;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.requirements.Requirements;
import dev.codexstudio.core.requirements.RequirementsConflict;
import dev.codexstudio.core.requirements.RequirementsConflicts;
import dev.codexstudio.core.requirements.RequirementsFile;
import dev.codexstudio.core.requirements.RequirementsForm;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The requirements form's model: what the form shows, read from the document's current (unsaved) text; every
 * form edit as one format-preserving text change in the document's undo history; the findings of this file and
 * the config values these requirements forbid, both from the unsaved text. Pure and synchronous.
 */
public final class RequirementsEditorViewModel {

    private final StudioViewModel studio;
    private final DocumentViewModel document;
    private String lastError = "";

    public RequirementsEditorViewModel(StudioViewModel studio, DocumentViewModel document) {
        this.studio = studio;
        this.document = document;
    }

    public DocumentViewModel document() {
        return document;
    }

    /** Whether this is the legacy {@code managed_config.toml} (read as config and as requirements). */
    public boolean legacy() {
        return document.path().getFileName().toString().equals("managed_config.toml");
    }

    private TomlDocument parsed() {
        return TomlDocument.parse(document.currentSource());
    }

    /** The form's values from the current text. */
    public RequirementsForm.Values values() {
        return RequirementsForm.read(parsed());
    }

    public boolean hasSyntaxErrors() {
        return parsed().hasSyntaxErrors();
    }

    /** Whether Codex reads this file (it is one of the stack's requirements sources, or the system path). */
    public boolean installed() {
        Optional<Stack> s = studio.stack();
        if (s.isEmpty()) {
            return false;
        }
        Requirements req = s.get().rootView().config().requirements();
        return RequirementsConflicts.isSource(req, document.path())
                || document.path().equals(s.get().environment().systemRequirementsFile())
                || document.path().equals(s.get().environment().legacyManagedConfigFile());
    }

    /** The header's subtitle: where the file is and whether Codex reads it. */
    public String subtitle() {
        Optional<Stack> s = studio.stack();
        if (s.isEmpty()) {
            return "Managed requirements: " + document.path();
        }
        if (installed()) {
            return "Managed requirements Codex enforces on this machine: " + document.path()
                    + (legacy() ? " (legacy managed_config.toml, read as config and as requirements)" : "");
        }
        return "Draft: Codex reads " + s.get().environment().systemRequirementsFile()
                + ", not this file. Conflicts are shown as if it were installed there.";
    }

    /** The requirements Codex would enforce with this document's current text. */
    public Optional<Requirements> requirements() {
        return studio.stack().map(s -> RequirementsConflicts.withEdited(s.rootView().config().requirements(),
                new RequirementsFile(document.path(), legacy(), parsed(), null)));
    }

    /** Every config value these requirements (as edited) forbid, in any layer. */
    public List<RequirementsConflict> conflicts() {
        Optional<Stack> s = studio.stack();
        Optional<Requirements> r = requirements();
        if (s.isEmpty() || r.isEmpty()) {
            return List.of();
        }
        return RequirementsConflicts.find(s.get(), r.get());
    }

    /** This file's findings from its current text (unknown keys such as {@code deny_write}, invalid values, …). */
    public List<Diagnostic> findings() {
        return studio.stack().map(s -> LiveValidator.validate(s, document.currentSource())).orElse(List.of());
    }

    /** The error of the last refused edit, or "". */
    public String lastError() {
        return lastError;
    }

    // ---- edits (each one undoable step) ---------------------------------------------------------------------

    public boolean setApproval(String value, boolean allowed) {
        return edit((allowed ? "Allow approval policy " : "Forbid approval policy ") + value,
                t -> RequirementsForm.setAllowed(t, RequirementsForm.APPROVALS, RequirementsForm.approvalValues(), value,
                        allowed));
    }

    public boolean setSandbox(String value, boolean allowed) {
        return edit((allowed ? "Allow sandbox mode " : "Forbid sandbox mode ") + value,
                t -> RequirementsForm.setAllowed(t, RequirementsForm.SANDBOXES, RequirementsForm.sandboxValues(), value,
                        allowed));
    }

    /** Removes an allow-list: every value allowed again. */
    public boolean clearAllowList(String key) {
        return edit("Remove " + key, t -> RequirementsForm.clear(t, key));
    }

    public boolean addDenyRead(String entry) {
        String e = entry.strip();
        if (e.isEmpty()) {
            lastError = "Enter an absolute path, a path starting with ~ or ./, or a glob.";
            return false;
        }
        return edit("Deny reading " + e, t -> RequirementsForm.addDenyRead(t, e));
    }

    public boolean replaceDenyRead(int index, String entry) {
        String e = entry.strip();
        if (e.isEmpty()) {
            return removeDenyRead(index);
        }
        if (index < values().denyRead().size() && values().denyRead().get(index).equals(e)) {
            return false;
        }
        return edit("Change deny_read entry to " + e, t -> RequirementsForm.replaceDenyRead(t, index, e));
    }

    public boolean removeDenyRead(int index) {
        return edit("Remove deny_read entry", t -> RequirementsForm.removeDenyRead(t, index));
    }

    /** Pins a feature on or off, or removes its pin ({@code null}). */
    public boolean setPin(String feature, Boolean value) {
        String f = feature.strip();
        if (f.isEmpty()) {
            lastError = "Choose a feature to pin.";
            return false;
        }
        return edit(value == null ? "Unpin feature " + f : "Pin feature " + f + " = " + value,
                t -> RequirementsForm.setPin(t, f, value));
    }

    public boolean setManagedHooksOnly(boolean value) {
        return edit("Set allow_managed_hooks_only = " + value, t -> RequirementsForm.setManagedHooksOnly(t, value));
    }

    /** Applies a finding's quick fix to the document as one undoable step. */
    public boolean applyFix(Diagnostic d) {
        if (d.fix() == null) {
            return false;
        }
        return edit(d.fix().title(), t -> FixApplier.applyTo(t, document.path(), d.fix()));
    }

    private boolean edit(String description, UnaryOperator<String> change) {
        String before = document.text();
        String after;
        try {
            after = change.apply(before);
        } catch (IllegalStateException | IllegalArgumentException e) {
            lastError = e.getMessage();
            return false;
        }
        lastError = "";
        if (after.equals(before)) {
            return false;
        }
        document.replaceAll(after, description);
        return true;
    }
}
