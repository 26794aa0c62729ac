package dev.codexstudio.core.agents;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The AGENTS.md instructions Codex builds for one working directory.
 *
 * @param cwd          the working directory
 * @param projectRoot  where the walk down to cwd starts
 * @param budget       {@code project_doc_max_bytes} (0 disables project docs)
 * @param global       the Codex-home document, if one contributes
 * @param parts        the project documents Codex selected, root first, with their outcome
 * @param directories  per directory from the root to cwd: candidates present and the selected one
 * @param skipped      why Codex reads no project documents at all ({@link Skip#NONE} when it reads them)
 * @param skipDetail   the detail of {@code skipped} (the untrusted key, the unreadable file), or ""
 * @param text         the exact text between {@code <INSTRUCTIONS>\n} and {@code \n</INSTRUCTIONS>}
 */
public record EffectiveInstructions(
        Path cwd,
        Path projectRoot,
        long budget,
        Optional<InstructionPart> global,
        List<InstructionPart> parts,
        List<DirectoryGuidance> directories,
        Skip skipped,
        String skipDetail,
        String text) {

    /** Why no project document is read. */
    public enum Skip {
        NONE,
        /** The working directory's project is marked {@code untrusted}. */
        UNTRUSTED,
        /** {@code project_doc_max_bytes = 0}. */
        BUDGET_ZERO,
        /** A selected document could not be read, which makes Codex give up on all of them. */
        UNREADABLE
    }

    /** Separator Codex inserts once, where project documents begin after global text. */
    public static final String PROJECT_DOC_SEPARATOR = "\n\n--- project-doc ---\n\n";

    public EffectiveInstructions {
        parts = List.copyOf(parts);
        directories = List.copyOf(directories);
    }

    /** True when Codex sends no AGENTS.md fragment at all. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Bytes of the project budget used. */
    public long budgetUsed() {
        return parts.stream().filter(InstructionPart::contributes).mapToLong(InstructionPart::includedBytes).sum();
    }

    /**
     * The user-role fragment exactly as Codex sends it; the header names the directory only when project
     * documents contribute.
     */
    public String fragment() {
        String header = parts.stream().anyMatch(InstructionPart::contributes)
                ? "# AGENTS.md instructions for " + cwd
                : "# AGENTS.md instructions";
        return header + "\n\n<INSTRUCTIONS>\n" + text + "\n</INSTRUCTIONS>";
    }
}
