package dev.codexstudio.core.skills;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something the skill scan noticed that Codex passes over silently: a skill file it never looks at, a
 * folder it cannot read, a root it stops scanning early.
 *
 * @param kind   what was noticed
 * @param path   the file or folder concerned
 * @param root   the root being scanned
 * @param detail extra facts for the message (a limit, an error text), may be empty
 */
public record SkillScanFinding(Kind kind, Path path, SkillRoot root, String detail) {

    /** What was noticed. */
    public enum Kind {
        /** A {@code SKILL.md} inside a folder whose name starts with {@code .}: Codex does not look there. */
        HIDDEN_DIRECTORY,
        /** A {@code SKILL.md} deeper than Codex's scan depth (6 folders below the root). */
        TOO_DEEP,
        /** {@code SKILL.md} is a symbolic link to a file: Codex's scan skips file symlinks. */
        SYMLINKED_SKILL_FILE,
        /** A file named like {@code skill.md} (other letter case): Codex needs exactly {@code SKILL.md}. */
        MISNAMED_SKILL_FILE,
        /** The root has more than 2,000 folders or 20,000 entries: Codex stopped scanning it. */
        SCAN_TRUNCATED,
        /** A folder that could not be read. */
        UNREADABLE_DIRECTORY,
        /** A {@code SKILL.md} larger than the studio reads whole; only its start was analysed. */
        FILE_TOO_LARGE,
        /** A skill whose {@code agents/openai.yaml} {@code policy.products} leaves out Codex: Codex hides it. */
        EXCLUDED_BY_PRODUCTS
    }

    public SkillScanFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(root, "root");
        detail = detail == null ? "" : detail;
    }
}
