package dev.codexstudio.core.newstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the New Stack wizard (or {@code new --template}) asks for. Turned into files by the new-stack builder.
 *
 * @param template    a bundled sample's name to start from, or empty to start from an empty stack
 * @param projectName the project's name, used in AGENTS.md and the report
 * @param conventions the AGENTS.md conventions, written as real text
 * @param skills      the skills to include
 * @param hooks       the hook presets to include (each with its script)
 * @param profiles    the profile files to include
 */
public record NewStackSpec(Optional<String> template, String projectName, Conventions conventions,
                           List<SkillChoice> skills, Set<HookPreset> hooks, Set<ProfilePreset> profiles) {

    public NewStackSpec {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(conventions, "conventions");
        skills = List.copyOf(skills);
        hooks = Set.copyOf(hooks);
        profiles = Set.copyOf(profiles);
    }

    /**
     * The conventions filled into AGENTS.md.
     *
     * @param language   the main language, e.g. {@code Java 17}
     * @param style      the code style, e.g. {@code Google Java Style, 4-space indent}
     * @param testNaming how tests are named, e.g. {@code methodName_condition_expectedResult}
     * @param testCommand the command that runs the tests, e.g. {@code mvn -q test}
     */
    public record Conventions(String language, String style, String testNaming, String testCommand) {
        public Conventions {
            language = language == null ? "" : language.strip();
            style = style == null ? "" : style.strip();
            testNaming = testNaming == null ? "" : testNaming.strip();
            testCommand = testCommand == null ? "" : testCommand.strip();
        }
    }

    /**
     * A skill to include: from the built-in templates, from a folder in the user's {@code ~/.agents/skills}, or
     * from a skill folder in another repository on disk.
     *
     * @param source where it comes from
     * @param name   the skill name in the new stack
     * @param folder the skill folder to copy (for {@link Source#USER} and {@link Source#REPOSITORY}); empty for templates
     */
    public record SkillChoice(Source source, String name, Optional<Path> folder) {
        public enum Source { TEMPLATE, USER, REPOSITORY }

        public SkillChoice {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(folder, "folder");
            if (source != Source.TEMPLATE && folder.isEmpty()) {
                throw new IllegalArgumentException("a " + source + " skill needs its folder");
            }
        }
    }

    /** Hook presets; each writes a real script under {@code .codex/hooks/} and its entry in {@code .codex/hooks.json}. */
    public enum HookPreset {
        /** PostToolUse on {@code apply_patch} (Edit|Write): run the formatter / linter on the changed files. */
        FORMAT_AFTER_PATCH,
        /** PreToolUse on {@code Bash}: block dangerous shell commands (rm -rf /, force pushes, …). */
        BLOCK_DANGEROUS_SHELL,
        /** Stop: run the tests and ask Codex to continue when they fail. */
        STOP_RUNS_TESTS,
        /** SessionStart: add the branch and recent commits as context. */
        SESSION_CONTEXT
    }

    /** Profile presets; each is a {@code <name>.config.toml} file in the user's Codex home. */
    public enum ProfilePreset {
        /** {@code fast.config.toml}: low reasoning effort for quick edits. */
        FAST,
        /** {@code thorough.config.toml}: high reasoning effort. */
        THOROUGH,
        /** {@code review.config.toml}: a review model, read-only sandbox. */
        REVIEW
    }
}
