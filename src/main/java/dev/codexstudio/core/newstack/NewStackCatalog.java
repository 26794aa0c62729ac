package dev.codexstudio.core.newstack;

import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.newstack.NewStackSpec.Conventions;
import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import dev.codexstudio.core.newstack.NewStackSpec.ProfilePreset;
import dev.codexstudio.core.samples.BundledSamples;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.skills.SkillDiscovery;
import dev.codexstudio.core.skills.SkillScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the New Stack wizard and {@code new --template} offer: templates (the bundled samples plus "empty"),
 * language presets that prefill the conventions, skill templates, skills found on disk, and the hook and
 * profile presets, each with a plain-words description.
 */
public final class NewStackCatalog {

    /** The name of the template that starts from no files. */
    public static final String EMPTY = "empty";

    private NewStackCatalog() {
    }

    /** A template: a bundled sample or {@link #EMPTY}. */
    public record Template(String name, String project, String teaches) {
        public boolean isEmpty() {
            return EMPTY.equals(name);
        }

        /** The template as {@link NewStackSpec#template()} wants it: empty for the empty template. */
        public Optional<String> specValue() {
            return isEmpty() ? Optional.empty() : Optional.of(name);
        }
    }

    /**
     * A language preset.
     *
     * @param id            the short name used on the command line ({@code java}, {@code python}, …)
     * @param conventions   the conventions it prefills
     * @param extensions    the file extensions the format hook handles for this language
     * @param formatCommand the formatter the format hook runs on each changed file (the file name is appended)
     * @param lintCommand   the linter the format hook runs on each changed file, or empty
     */
    public record LanguagePreset(String id, Conventions conventions, List<String> extensions, String formatCommand,
                                 String lintCommand) {
        public LanguagePreset {
            extensions = List.copyOf(extensions);
            lintCommand = lintCommand == null ? "" : lintCommand;
        }
    }

    /** A hook preset with its event, matcher, script name and what it does in plain words. */
    public record HookPresetInfo(HookPreset preset, String id, String title, String event, String matcher,
                                 String script, String description) {
    }

    /** A profile preset with its file name and what it is for. */
    public record ProfilePresetInfo(ProfilePreset preset, String name, String fileName, String description) {
    }

    /** A skill found on disk that can be copied into the new stack. */
    public record AvailableSkill(String name, String description, Path folder, NewStackSpec.SkillChoice.Source source) {
        public NewStackSpec.SkillChoice choice() {
            return new NewStackSpec.SkillChoice(source, name, Optional.of(folder));
        }
    }

    /** The templates: "empty" first, then every bundled sample with its one-line "what it teaches". */
    public static List<Template> templates(BundledSamples samples) {
        List<Template> out = new ArrayList<>();
        out.add(new Template(EMPTY, "An empty stack", "Only what you choose here: a root AGENTS.md with your "
                + "conventions, and the skills, hooks and profiles you pick."));
        if (samples != null) {
            for (BundledSamples.Sample s : samples.list()) {
                out.add(new Template(s.name(), s.project(), s.teaches()));
            }
        }
        return List.copyOf(out);
    }

    public static Optional<Template> template(BundledSamples samples, String name) {
        return templates(samples).stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static final List<LanguagePreset> LANGUAGES = List.of(
            new LanguagePreset("java", new Conventions("Java 17",
                    "Google Java Style: 4-space indentation, 120-column lines, no wildcard imports",
                    "methodName_condition_expectedResult, one behaviour per test method",
                    "mvn -q test"),
                    List.of("java"), "google-java-format --replace", ""),
            new LanguagePreset("kotlin", new Conventions("Kotlin",
                    "the official Kotlin coding conventions as checked by ktlint",
                    "backticked sentences such as `returns empty list when input is blank`",
                    "./gradlew test"),
                    List.of("kt", "kts"), "ktlint --format", "ktlint"),
            new LanguagePreset("python", new Conventions("Python 3",
                    "PEP 8 as enforced by Ruff, type hints on every public function",
                    "test_<unit>_<behaviour> functions in tests/test_<module>.py",
                    "python3 -m pytest -q"),
                    List.of("py"), "ruff format", "ruff check"),
            new LanguagePreset("typescript", new Conventions("TypeScript (strict mode)",
                    "Prettier formatting and the project's ESLint rules; no `any`",
                    "describe('<unit>') blocks with it('<behaviour>') cases, in <file>.test.ts next to the code",
                    "npm test"),
                    List.of("ts", "tsx", "js", "jsx"), "npx --no-install prettier --write",
                    "npx --no-install eslint"),
            new LanguagePreset("go", new Conventions("Go",
                    "gofmt formatting and the advice of Effective Go; errors wrapped with %w",
                    "TestFunction_Scenario, table-driven with t.Run subtests",
                    "go test ./..."),
                    List.of("go"), "gofmt -w", ""),
            new LanguagePreset("rust", new Conventions("Rust (2021 edition)",
                    "rustfmt defaults and no clippy warnings",
                    "snake_case test functions in a #[cfg(test)] mod tests beside the code",
                    "cargo test"),
                    List.of("rs"), "rustfmt", ""));

    /** The language presets: Java, Kotlin, Python, TypeScript, Go, Rust. */
    public static List<LanguagePreset> languages() {
        return LANGUAGES;
    }

    /** The preset by id ({@code java}) or by language ({@code Java 17}), case-insensitive. */
    public static Optional<LanguagePreset> language(String idOrLanguage) {
        if (idOrLanguage == null || idOrLanguage.isBlank()) {
            return Optional.empty();
        }
        String key = idOrLanguage.strip().toLowerCase(Locale.ROOT);
        for (LanguagePreset p : LANGUAGES) {
            if (p.id().equals(key) || p.conventions().language().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(p);
            }
        }
        String first = key.split("[\\s(]+")[0];
        return LANGUAGES.stream().filter(p -> p.id().equals(first)).findFirst();
    }

    private static final List<HookPresetInfo> HOOKS = List.of(
            new HookPresetInfo(HookPreset.FORMAT_AFTER_PATCH, "format", "Format after each edit", "PostToolUse",
                    "apply_patch|Edit|Write", "format-on-edit.sh",
                    "After Codex edits files, runs your formatter on the changed files and tells Codex about lint "
                            + "problems so it fixes them."),
            new HookPresetInfo(HookPreset.BLOCK_DANGEROUS_SHELL, "block-dangerous", "Block dangerous commands",
                    "PreToolUse", "Bash", "block-dangerous-shell.sh",
                    "Before Codex runs a shell command, refuses commands that destroy data or history: rm -rf on "
                            + "/ or your home, force pushes, git reset --hard, mkfs, dd onto a disk, curl | sh."),
            new HookPresetInfo(HookPreset.STOP_RUNS_TESTS, "stop-tests", "Run the tests before finishing", "Stop",
                    null, "stop-run-tests.sh",
                    "When Codex is about to end its turn, runs the tests; if they fail, Codex is asked to keep "
                            + "working and fix them (once per turn, so it cannot loop)."),
            new HookPresetInfo(HookPreset.SESSION_CONTEXT, "session-context", "Branch and recent commits",
                    "SessionStart", "startup|resume", "git-context.sh",
                    "When a session starts or resumes, tells Codex the current branch, the last commits and how "
                            + "many files are modified."));

    /** The hook presets, in the order the wizard shows them. */
    public static List<HookPresetInfo> hookPresets() {
        return HOOKS;
    }

    public static HookPresetInfo hookPreset(HookPreset preset) {
        return HOOKS.stream().filter(h -> h.preset() == preset).findFirst().orElseThrow();
    }

    /** A hook preset by its command-line id ({@code format}) or enum name ({@code FORMAT_AFTER_PATCH}). */
    public static Optional<HookPresetInfo> hookPreset(String id) {
        return HOOKS.stream().filter(h -> h.id().equalsIgnoreCase(id) || h.preset().name().equalsIgnoreCase(id))
                .findFirst();
    }

    private static final List<ProfilePresetInfo> PROFILES = List.of(
            new ProfilePresetInfo(ProfilePreset.FAST, "fast", "fast.config.toml",
                    "codex --profile fast: low reasoning effort and short answers, for quick questions and small edits."),
            new ProfilePresetInfo(ProfilePreset.THOROUGH, "thorough", "thorough.config.toml",
                    "codex --profile thorough: high reasoning effort and detailed reasoning summaries, for hard "
                            + "bugs and design work."),
            new ProfilePresetInfo(ProfilePreset.REVIEW, "review", "review.config.toml",
                    "codex --profile review: a read-only sandbox and a review model for /review, for reading a "
                            + "branch without changing it."));

    public static List<ProfilePresetInfo> profilePresets() {
        return PROFILES;
    }

    public static ProfilePresetInfo profilePreset(ProfilePreset preset) {
        return PROFILES.stream().filter(p -> p.preset() == preset).findFirst().orElseThrow();
    }

    /** A profile preset by its name ({@code fast}) or enum name, case-insensitive. */
    public static Optional<ProfilePresetInfo> profilePreset(String name) {
        return PROFILES.stream().filter(p -> p.name().equalsIgnoreCase(name) || p.preset().name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** The built-in skill templates. */
    public static List<SkillTemplates.SkillTemplate> skillTemplates() {
        return SkillTemplates.all();
    }

    public static Optional<SkillTemplates.SkillTemplate> skillTemplate(String name) {
        return SkillTemplates.all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * The skills in the user's {@code ~/.agents/skills} (and the deprecated {@code $CODEX_HOME/skills}) as
     * Codex finds them, ready to copy.
     */
    public static List<AvailableSkill> userSkills(CodexEnvironment env) {
        Path cwd = env.userHome();
        List<AvailableSkill> out = new ArrayList<>();
        for (Skill s : SkillDiscovery.discover(ConfigStackLoader.load(env, cwd)).skills()) {
            if (s.scope() == SkillScope.USER) {
                out.add(new AvailableSkill(s.name(), s.description(), s.dir(), NewStackSpec.SkillChoice.Source.USER));
            }
        }
        return List.copyOf(out);
    }

    /** The repository skills Codex finds from the root of another repository on disk, ready to copy. */
    public static List<AvailableSkill> repositorySkills(Path repository, CodexEnvironment env) {
        if (!Files.isDirectory(repository)) {
            return List.of();
        }
        List<AvailableSkill> out = new ArrayList<>();
        for (Skill s : SkillDiscovery.discover(ConfigStackLoader.load(env, repository.toAbsolutePath())).skills()) {
            if (s.scope() == SkillScope.REPO && s.dir().toAbsolutePath().startsWith(repository.toAbsolutePath())) {
                out.add(new AvailableSkill(s.name(), s.description(), s.dir(),
                        NewStackSpec.SkillChoice.Source.REPOSITORY));
            }
        }
        return List.copyOf(out);
    }
}
