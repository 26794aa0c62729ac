package dev.codexstudio.core.skills;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A directory Codex scans for {@code SKILL.md} files.
 *
 * @param path           the root as Codex builds it (not canonicalised)
 * @param scope          the scope of skills found under it
 * @param followSymlinks whether directory symlinks are followed (not for system roots)
 * @param kind           the rule that produced it
 */
public record SkillRoot(Path path, SkillScope scope, boolean followSymlinks, SkillRootKind kind) {

    public SkillRoot {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
    }

    /** A root with the scope and symlink policy Codex uses for its kind. */
    public static SkillRoot of(Path path, SkillRootKind kind) {
        return new SkillRoot(path, kind.scope(), kind.scope() != SkillScope.SYSTEM, kind);
    }
}
