package dev.codexstudio.core.newstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.export.DraftFile;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.newstack.NewStackFixtures.Variant;
import dev.codexstudio.core.newstack.NewStackSpec.Conventions;
import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import dev.codexstudio.core.newstack.NewStackSpec.ProfilePreset;
import dev.codexstudio.core.newstack.NewStackSpec.SkillChoice;
import dev.codexstudio.core.samples.BundledSamples;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import dev.codexstudio.support.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewStackTest {

    private final BundledSamples samples = NewStackFixtures.samples();

    @Test
    void everyTemplateAndVariantWritesAStackThatValidatesWithoutErrors(@TempDir Path tmp) throws Exception {
        List<String> problems = new ArrayList<>();
        int built = 0;
        for (NewStackCatalog.Template template : NewStackCatalog.templates(samples)) {
            for (Variant variant : Variant.values()) {
                NewStackSpec spec = NewStackFixtures.spec(template, variant);
                StackDraft draft = NewStack.build(spec, samples);
                Path dir = tmp.resolve(template.name() + "-" + variant);
                Path repo = dir.resolve("repo");
                Path home = dir.resolve("codex-home");
                Path managed = dir.resolve("managed");
                NewStackFixtures.write(draft, repo, home, managed);
                Files.createDirectories(home);
                Files.writeString(home.resolve("config.toml"), "\n[projects.\"" + repo + "\"]\ntrust_level = \"trusted\"\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                for (String profile : profilesOf(draft)) {
                    CodexEnvironment env = new CodexEnvironment(home, dir.resolve("user"), managed, profile);
                    Stack stack = StackScanner.scan(repo, env);
                    for (Diagnostic d : StackValidator.validate(stack)) {
                        if (d.severity() == Severity.ERROR) {
                            problems.add(template.name() + "/" + variant + (profile == null ? "" : " --profile " + profile)
                                    + ": " + d.position() + " " + d.rule() + " " + d.message());
                        }
                    }
                }
                built++;
            }
        }
        assertThat(built).isEqualTo(4 * 3);
        assertThat(problems).isEmpty();
    }

    static List<String> profilesOf(StackDraft draft) {
        List<String> out = new ArrayList<>();
        out.add(null);
        for (DraftFile f : draft.inScope(FileScope.USER_HOME)) {
            if (f.path().endsWith(".config.toml") && !f.path().contains("/")) {
                out.add(f.path().substring(0, f.path().length() - ".config.toml".length()));
            }
        }
        return out;
    }

    @Test
    void aTemplateBringsItsStackFilesButNotItsSourceCode() {
        StackDraft draft = NewStack.build(new NewStackSpec(Optional.of("java-service"), "billing",
                new Conventions("", "", "", ""), List.of(), Set.of(), Set.of()), samples);
        List<String> repo = draft.inScope(FileScope.REPOSITORY).stream().map(DraftFile::path).toList();
        assertThat(repo).contains("AGENTS.md", ".codex/hooks.json", ".codex/hooks/guard_bash.sh",
                ".agents/skills/db-migration/SKILL.md", ".agents/skills/db-migration/scripts/new_migration.py",
                "src/main/resources/db/migration/AGENTS.override.md", "src/main/java/com/acme/invoicing/api/AGENTS.md");
        assertThat(repo).noneMatch(p -> p.endsWith(".java") || p.equals("pom.xml") || p.equals("CHANGELOG.md"));
        assertThat(draft.file(FileScope.REPOSITORY, ".codex/hooks/guard_bash.sh").orElseThrow().executable()).isTrue();
        assertThat(draft.file(FileScope.REPOSITORY, ".agents/skills/db-migration/scripts/new_migration.py")
                .orElseThrow().executable()).isTrue();
        assertThat(draft.inScope(FileScope.USER_HOME)).extracting(DraftFile::path)
                .contains("config.toml", "fast.config.toml", "thorough.config.toml");
        assertThat(draft.inScope(FileScope.MANAGED)).isEmpty();
        StackDraft python = NewStack.build(new NewStackSpec(Optional.of("python-library"), "p",
                new Conventions("", "", "", ""), List.of(), Set.of(), Set.of()), samples);
        assertThat(python.inScope(FileScope.MANAGED)).extracting(DraftFile::path).containsExactly("requirements.toml");
        StackDraft ts = NewStack.build(new NewStackSpec(Optional.of("typescript-webapp"), "t",
                new Conventions("", "", "", ""), List.of(), Set.of(), Set.of()), samples);
        assertThat(ts.file(FileScope.REPOSITORY, "e2e/CLAUDE.md")).as("a fallback doc name of the template").isPresent();
    }

    @Test
    void theRootAgentsMdGetsTheNameAndTheConventionsAsProse() {
        Conventions c = new Conventions("Kotlin", "ktlint standard rules", "", "./gradlew test");
        StackDraft draft = NewStack.build(new NewStackSpec(Optional.empty(), "Orbit", c, List.of(),
                EnumSet.of(HookPreset.FORMAT_AFTER_PATCH), Set.of()), samples);
        String agents = draft.file(FileScope.REPOSITORY, "AGENTS.md").orElseThrow().text();
        assertThat(agents).startsWith("# Orbit\n\n## Conventions\n\nThe code is written in Kotlin. Follow this code "
                + "style: ktlint standard rules. Run the tests with `./gradlew test`; a change is finished only when "
                + "they pass.\n\nAfter each edit a hook formats the changed files with `ktlint --format` and reports "
                + "`ktlint` findings; fix what it reports.\n");
        assertThat(agents).doesNotContain("Name tests").doesNotContain("TODO").doesNotContain("<");

        StackDraft blank = NewStack.build(new NewStackSpec(Optional.empty(), "Orbit", new Conventions("", "", "", ""),
                List.of(), Set.of(), Set.of()), samples);
        String text = blank.file(FileScope.REPOSITORY, "AGENTS.md").orElseThrow().text();
        assertThat(text).startsWith("# Orbit\n\n## Working agreements\n").doesNotContain("Conventions");
        assertThat(blank.files()).hasSize(1);
    }

    @Test
    void aTemplatesAgentsMdIsRetitledAndItsConventionsSectionReplaced() throws Exception {
        Conventions c = NewStackCatalog.language("python").orElseThrow().conventions();
        StackDraft draft = NewStack.build(new NewStackSpec(Optional.of("python-library"), "slugger", c, List.of(),
                Set.of(), Set.of()), samples);
        String agents = draft.file(FileScope.REPOSITORY, "AGENTS.md").orElseThrow().text();
        String original = Files.readString(TestPaths.samples().resolve("python-library/repo/AGENTS.md"));
        assertThat(agents).startsWith("# slugger\n").contains("## Conventions\n\nThe code is written in Python 3.")
                .contains("## Performance").contains("## Changelog and releases");
        assertThat(agents.split("## Conventions", -1)).hasSize(2);
        // everything outside the title and the conventions section is kept as it was
        String afterConventions = original.substring(original.indexOf("## Performance"));
        assertThat(agents).endsWith(afterConventions);
        // blank conventions keep the template's own section
        StackDraft kept = NewStack.build(new NewStackSpec(Optional.of("python-library"), "slugger",
                new Conventions("", "", "", ""), List.of(), Set.of(), Set.of()), samples);
        assertThat(kept.file(FileScope.REPOSITORY, "AGENTS.md").orElseThrow().text())
                .isEqualTo(original.replaceFirst("(?m)^# .*$", "# slugger"));
    }

    @Test
    void hookPresetsAddExecutableScriptsAndTheirGroupsToTheTemplatesHookFile() {
        StackDraft draft = NewStack.build(new NewStackSpec(Optional.of("java-service"), "x",
                new Conventions("", "", "", ""), List.of(), EnumSet.allOf(HookPreset.class), Set.of()), samples);
        for (NewStackCatalog.HookPresetInfo info : NewStackCatalog.hookPresets()) {
            DraftFile script = draft.file(FileScope.REPOSITORY, ".codex/hooks/" + info.script()).orElseThrow();
            assertThat(script.executable()).isTrue();
            assertThat(script.text()).startsWith("#!/bin/sh\n").doesNotContain("#@SETTINGS@")
                    .doesNotContain("jq ").doesNotContain("python3 -c").doesNotContain("#!/bin/bash");
        }
        String json = draft.file(FileScope.REPOSITORY, ".codex/hooks.json").orElseThrow().text();
        assertThat(json).contains("guard_bash.sh").contains("block-dangerous-shell.sh").contains("stop-run-tests.sh")
                .contains("\"matcher\": \"apply_patch|Edit|Write\"");
        assertThat(draft.file(FileScope.REPOSITORY, ".codex/config.toml").orElseThrow().text())
                .doesNotContain("[[hooks.");

        // the TypeScript template keeps its hooks inline in config.toml: the presets go there too
        StackDraft ts = NewStack.build(new NewStackSpec(Optional.of("typescript-webapp"), "x",
                new Conventions("", "", "", ""), List.of(), EnumSet.of(HookPreset.BLOCK_DANGEROUS_SHELL), Set.of()),
                samples);
        assertThat(ts.file(FileScope.REPOSITORY, ".codex/hooks.json")).isEmpty();
        assertThat(ts.file(FileScope.REPOSITORY, ".codex/config.toml").orElseThrow().text())
                .contains("block-dangerous-shell.sh");
    }

    @Test
    void aProfilePresetIsMergedIntoTheTemplatesProfileOfTheSameNameKeepingItsValues() throws Exception {
        StackDraft draft = NewStack.build(new NewStackSpec(Optional.of("java-service"), "x",
                new Conventions("", "", "", ""), List.of(), Set.of(), EnumSet.allOf(ProfilePreset.class)), samples);
        String original = Files.readString(TestPaths.samples().resolve("java-service/codex-home/fast.config.toml"));
        String fast = draft.file(FileScope.USER_HOME, "fast.config.toml").orElseThrow().text();
        assertThat(fast).startsWith(original.strip()).contains("model_reasoning_effort = \"low\"");
        assertThat(fast.split("model_verbosity", -1)).as("the template's value is kept, not doubled").hasSize(2);
        assertThat(fast).contains("model_verbosity = \"low\"");
        String review = draft.file(FileScope.USER_HOME, "review.config.toml").orElseThrow().text();
        assertThat(review).contains("review_model = \"gpt-5.5\"").contains("sandbox_mode = \"read-only\"");
    }

    @Test
    void badChoicesAreRefusedWithAClearMessage() {
        Conventions none = new Conventions("", "", "", "");
        assertThatThrownBy(() -> NewStack.build(new NewStackSpec(Optional.of("nope"), "x", none, List.of(), Set.of(),
                Set.of()), samples)).hasMessageContaining("No template named \"nope\"").hasMessageContaining("java-service");
        assertThatThrownBy(() -> NewStack.build(new NewStackSpec(Optional.empty(), "  ", none, List.of(), Set.of(),
                Set.of()), samples)).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> NewStack.build(new NewStackSpec(Optional.of("java-service"), "x", none,
                List.of(new SkillChoice(SkillChoice.Source.TEMPLATE, "db-migration", Optional.empty())), Set.of(),
                Set.of()), samples)).hasMessageContaining("already has a skill named \"db-migration\"");
        assertThatThrownBy(() -> NewStack.build(new NewStackSpec(Optional.empty(), "x", none,
                List.of(new SkillChoice(SkillChoice.Source.TEMPLATE, "Bad_Name", Optional.empty())), Set.of(),
                Set.of()), samples)).hasMessageContaining("Bad_Name");
    }

    @Test
    void skillsFromDiskAreCopiedWholeWithTheirExecutableScripts(@TempDir Path tmp) throws Exception {
        Path userHome = tmp.resolve("user");
        Path skill = Files.createDirectories(userHome.resolve(".agents/skills/deploy-check"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: deploy-check\ndescription: Check a deploy.\n---\n\nRun it.\n");
        Path script = Files.createDirectories(skill.resolve("scripts")).resolve("check.sh");
        Files.writeString(script, "#!/bin/sh\necho ok\n");
        script.toFile().setExecutable(true);
        CodexEnvironment env = new CodexEnvironment(tmp.resolve("codex-home"), userHome, tmp.resolve("etc"), null);
        List<NewStackCatalog.AvailableSkill> user = NewStackCatalog.userSkills(env);
        assertThat(user).extracting(NewStackCatalog.AvailableSkill::name).containsExactly("deploy-check");

        List<NewStackCatalog.AvailableSkill> other = NewStackCatalog.repositorySkills(
                TestPaths.samples().resolve("python-library/repo"), env);
        assertThat(other).extracting(NewStackCatalog.AvailableSkill::name)
                .containsExactlyInAnyOrder("benchmark", "changelog", "docstring-audit");

        NewStackCatalog.AvailableSkill changelog = other.stream().filter(s -> s.name().equals("changelog")).findFirst().orElseThrow();
        StackDraft draft = NewStack.build(new NewStackSpec(Optional.empty(), "x", new Conventions("", "", "", ""),
                List.of(user.get(0).choice(), changelog.choice(),
                        new SkillChoice(SkillChoice.Source.TEMPLATE, "write-tests", Optional.empty())),
                Set.of(), Set.of()), samples);
        assertThat(draft.file(FileScope.REPOSITORY, ".agents/skills/deploy-check/scripts/check.sh").orElseThrow()
                .executable()).isTrue();
        assertThat(draft.file(FileScope.REPOSITORY, ".agents/skills/changelog/scripts/check_changelog.py")).isPresent();
        assertThat(draft.file(FileScope.REPOSITORY, ".agents/skills/write-tests/SKILL.md").orElseThrow().text())
                .startsWith("---\nname: write-tests\ndescription: ");
    }

    @Test
    void theCatalogueOffersTemplatesLanguagesSkillsHooksAndProfiles() {
        assertThat(NewStackCatalog.templates(samples)).extracting(NewStackCatalog.Template::name)
                .containsExactly("empty", "java-service", "typescript-webapp", "python-library");
        assertThat(NewStackCatalog.templates(samples)).allMatch(t -> !t.teaches().isBlank());
        assertThat(NewStackCatalog.languages()).extracting(NewStackCatalog.LanguagePreset::id)
                .containsExactly("java", "kotlin", "python", "typescript", "go", "rust");
        assertThat(NewStackCatalog.language("Java 17")).map(NewStackCatalog.LanguagePreset::id).contains("java");
        assertThat(NewStackCatalog.language("TypeScript 5")).map(NewStackCatalog.LanguagePreset::id).contains("typescript");
        for (SkillTemplates.SkillTemplate t : SkillTemplates.all()) {
            assertThat(dev.codexstudio.core.skills.SkillFolders.nameProblem(t.name())).isEmpty();
            assertThat(t.description().length()).isBetween(1, 1024);
            assertThat(t.body()).contains("## ");
        }
        assertThat(NewStackCatalog.hookPresets()).hasSize(HookPreset.values().length)
                .allMatch(h -> !h.description().isBlank());
        assertThat(NewStackCatalog.profilePresets()).extracting(NewStackCatalog.ProfilePresetInfo::fileName)
                .containsExactly("fast.config.toml", "thorough.config.toml", "review.config.toml");
    }
}
