package dev.codexstudio.core.agents;

/**
 * What became of one selected guidance file when Codex assembled the instructions.
 *
 * @param file          the document
 * @param fileBytes     its size on disk
 * @param budgetBefore  project budget remaining when Codex reached it (-1 for the global document)
 * @param includedBytes bytes of it that made it into the text (after the budget cut)
 * @param status        what happened to it
 * @param text          the text contributed (decoded lossily, untrimmed for project docs, trimmed for global)
 */
public record InstructionPart(GuidanceFile file, long fileBytes, long budgetBefore, long includedBytes, Status status,
        String text) {

    /** The outcome for one document. */
    public enum Status {
        /** Included whole. */
        INCLUDED,
        /** Included, cut at the byte budget. */
        TRUNCATED,
        /** Selected but blank after trimming, so it adds nothing (and suppresses shadowed files). */
        BLANK,
        /** Not read because the budget was already used up. */
        DROPPED_BUDGET,
        /** Could not be read. */
        UNREADABLE
    }

    public boolean contributes() {
        return status == Status.INCLUDED || status == Status.TRUNCATED;
    }

    /** Bytes cut off by the budget (0 unless truncated or dropped). */
    public long bytesCut() {
        return switch (status) {
            case TRUNCATED -> fileBytes - includedBytes;
            case DROPPED_BUDGET -> fileBytes;
            default -> 0;
        };
    }
}
