package dev.codexstudio.ui.hookrun;

import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookTrustWriter;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.io.IOException;
import java.util.List;

/**
 * The "Run and trust" section of a hooks file's form: every handler of the document with Codex's trust state, and
 * trusting or untrusting it in the user config (a planned change whose diff the user sees before it is written).
 */
public final class HookTrustViewModel {

    private final StudioViewModel studio;
    private final DocumentViewModel document;
    private final LiveValidator.FileKind kind;

    /**
     * One handler.
     *
     * @param entry   the hook as Codex would list it
     * @param title   the event and matcher ({@code PreToolUse · Bash})
     * @param command the command, or {@code mcp server/tool}
     * @param state   trusted, untrusted, modified or managed (plus "disabled")
     */
    public record Row(HookEntry entry, String title, String command, String state) {
        /** Whether Trust makes a difference: not managed and not trusted. */
        public boolean canTrust() {
            return !entry.isManaged() && entry.trustStatus() != HookEntry.TrustStatus.TRUSTED;
        }

        /** Whether Untrust makes a difference: a trusted hash is recorded (trusted or modified). */
        public boolean canUntrust() {
            return !entry.isManaged() && (entry.trustStatus() == HookEntry.TrustStatus.TRUSTED
                    || entry.trustStatus() == HookEntry.TrustStatus.MODIFIED);
        }

        /** Whether the dry run can run it (command hooks only). */
        public boolean canRun() {
            return entry.command() != null;
        }
    }

    public HookTrustViewModel(StudioViewModel studio, DocumentViewModel document, LiveValidator.FileKind kind) {
        this.studio = studio;
        this.document = document;
        this.kind = kind;
    }

    public StudioViewModel studio() {
        return studio;
    }

    public DocumentViewModel document() {
        return document;
    }

    /** The handlers of the document's current text. */
    public List<Row> rows() {
        Stack stack = studio.stack().orElse(null);
        return DocumentHooks.entries(stack, document.path(), kind, document.text()).stream().map(HookTrustViewModel::row)
                .toList();
    }

    static Row row(HookEntry e) {
        String title = e.event().tomlName() + (e.matcher() == null || e.matcher().isEmpty() ? "" : " · " + e.matcher());
        String command = e.command() != null ? e.command() : "mcp " + e.server() + "/" + e.tool();
        String state = e.trustStatus().label() + (e.enabled() ? "" : ", disabled");
        return new Row(e, title, command, state);
    }

    /** A sentence above the rows: what trust means here, and why the buttons may be off. */
    public String note() {
        if (document.isDirty()) {
            return "Unsaved changes: the states below are for the text as edited. Save the file before trusting, "
                    + "because Codex hashes the file on disk.";
        }
        List<Row> rows = rows();
        if (rows.isEmpty()) {
            return "No command or MCP hooks in this file yet.";
        }
        if (rows.stream().allMatch(r -> r.entry().isManaged())) {
            return "Managed hooks: Codex trusts them without review.";
        }
        long waiting = rows.stream().filter(Row::canTrust).count();
        return waiting == 0 ? "Every hook here is trusted in " + studio.environment().userConfigFile() + "."
                : waiting + (waiting == 1 ? " hook waits" : " hooks wait") + " for review: Codex does not run "
                        + (waiting == 1 ? "it" : "them") + " until trusted. Trust writes [hooks.state] to "
                        + studio.environment().userConfigFile() + ".";
    }

    /** Whether the trust buttons work now (a saved document: Codex hashes what is on disk). */
    public boolean trustEnabled() {
        return !document.isDirty();
    }

    /** The change trusting (or untrusting) a hook makes in the user config. */
    public HookTrustWriter.Change plan(Row row, boolean trust) throws IOException {
        if (document.isDirty()) {
            throw new IOException("Save " + document.path().getFileName() + " first: Codex hashes the file on disk");
        }
        return HookTrustWriter.plan(studio.environment().userConfigFile(), row.entry(), trust);
    }

    /** Writes the change atomically, then rescans so every view shows the new state. */
    public void apply(HookTrustWriter.Change change) throws IOException {
        HookTrustWriter.apply(change);
        studio.rescan();
    }
}
