package dev.codexstudio.core.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One node of the stack tree: the four layers, split by scope, down to each document, skill, hook and
 * config file. Counts include the node's descendants.
 *
 * @param label    what the node is called ("AGENTS.md", "db-migration", "PreToolUse", …)
 * @param kind     what it is
 * @param detail   a short explanation ("cut at 1,024 of 3,000 bytes", "shadowed by AGENTS.override.md", …)
 * @param file     the file it stands for, when it stands for one
 * @param line     the line it starts at in that file (0 for the whole file)
 * @param inactive true when Codex does not use it (shadowed, disabled, untrusted, dropped by the budget)
 * @param errors   error findings here and below
 * @param warnings warning findings here and below
 */
public record TreeNode(String label, Kind kind, String detail, Path file, int line, boolean inactive,
        List<TreeNode> children, int errors, int warnings) {

    /** Node kinds. */
    public enum Kind {
        STACK, LAYER, SCOPE, FOLDER, GUIDANCE, SKILL, SKILL_ERROR, HOOK_SOURCE, HOOK_EVENT, HOOK, CONFIG_FILE, PROFILE,
        REQUIREMENTS
    }

    public TreeNode {
        children = List.copyOf(children);
        detail = detail == null ? "" : detail;
    }

    public Optional<Path> optionalFile() {
        return Optional.ofNullable(file);
    }

    /** Depth-first search for the first node that satisfies the test. */
    public Optional<TreeNode> find(java.util.function.Predicate<TreeNode> test) {
        if (test.test(this)) {
            return Optional.of(this);
        }
        for (TreeNode c : children) {
            Optional<TreeNode> f = c.find(test);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** The tree as indented text (two spaces per level), with counts and inactive marks. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        render(sb, 0);
        return sb.toString();
    }

    private void render(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth)).append(label);
        if (!detail.isEmpty()) {
            sb.append("  (").append(detail).append(')');
        }
        if (inactive) {
            sb.append("  [inactive]");
        }
        if (errors > 0) {
            sb.append("  ✗ ").append(errors).append(errors == 1 ? " error" : " errors");
        }
        if (warnings > 0) {
            sb.append("  ⚠ ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        sb.append('\n');
        for (TreeNode c : children) {
            c.render(sb, depth + 1);
        }
    }
}
