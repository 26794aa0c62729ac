package dev.codexstudio.core.newstack;

import dev.codexstudio.core.export.ExportPlan;
import dev.codexstudio.core.export.ExportPlanner;
import dev.codexstudio.core.export.ExportResult;
import dev.codexstudio.core.export.ExportTargets;
import dev.codexstudio.core.export.ExportWriter;
import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.core.newstack.NewStackSpec.Conventions;
import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import dev.codexstudio.core.newstack.NewStackSpec.ProfilePreset;
import dev.codexstudio.core.newstack.NewStackSpec.SkillChoice;
import dev.codexstudio.core.samples.BundledSamples;
import dev.codexstudio.support.TestPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Specs for every template and preset variant, and writing a draft the way {@code new} does. */
public final class NewStackFixtures {

    private NewStackFixtures() {
    }

    public static BundledSamples samples() {
        return BundledSamples.fromDirectory(TestPaths.samples());
    }

    /** The three variants each template is built with. */
    public enum Variant { EMPTY, DEFAULTS, ALL }

    /** The language preset that fits a template. */
    public static String languageOf(String template) {
        if (template.startsWith("python")) {
            return "python";
        }
        if (template.startsWith("typescript")) {
            return "typescript";
        }
        return "java";
    }

    public static NewStackSpec spec(NewStackCatalog.Template template, Variant variant) {
        Optional<String> t = template.specValue();
        String name = "demo-" + template.name();
        Conventions conventions = NewStackCatalog.language(languageOf(template.name())).orElseThrow().conventions();
        return switch (variant) {
            case EMPTY -> new NewStackSpec(t, name, new Conventions("", "", "", ""), List.of(), Set.of(), Set.of());
            case DEFAULTS -> new NewStackSpec(t, name, conventions,
                    List.of(new SkillChoice(SkillChoice.Source.TEMPLATE, "code-review", Optional.empty())),
                    EnumSet.of(HookPreset.BLOCK_DANGEROUS_SHELL, HookPreset.STOP_RUNS_TESTS),
                    EnumSet.of(ProfilePreset.FAST));
            case ALL -> {
                List<SkillChoice> skills = new ArrayList<>();
                for (SkillTemplates.SkillTemplate s : SkillTemplates.all()) {
                    if (!templateHasSkill(template, s.name())) {
                        skills.add(new SkillChoice(SkillChoice.Source.TEMPLATE, s.name(), Optional.empty()));
                    }
                }
                yield new NewStackSpec(t, name, conventions, skills, EnumSet.allOf(HookPreset.class),
                        EnumSet.allOf(ProfilePreset.class));
            }
        };
    }

    static boolean templateHasSkill(NewStackCatalog.Template template, String skill) {
        return !template.isEmpty() && java.nio.file.Files.isDirectory(TestPaths.samples().resolve(template.name())
                .resolve("repo/.agents/skills").resolve(skill));
    }

    /** Writes a draft: repository files into {@code repo}, user-home files into {@code home}, managed into {@code managed}. */
    public static ExportResult write(StackDraft draft, Path repo, Path home, Path managed) throws java.io.IOException {
        // the target folders exist before planning (as `new` creates them)
        java.nio.file.Files.createDirectories(repo);
        java.nio.file.Files.createDirectories(home);
        java.nio.file.Files.createDirectories(managed);
        ExportPlan plan = ExportPlanner.plan(draft, ExportTargets.repositoryOnly(repo).withCodexHome(home).withManaged(managed));
        ExportResult result = ExportWriter.apply(plan, Set.of(), true);
        if (!result.isSuccess() || !result.skipped().isEmpty()) {
            throw new AssertionError("export failed: " + result + "\n" + plan.diagnostics());
        }
        return result;
    }
}
