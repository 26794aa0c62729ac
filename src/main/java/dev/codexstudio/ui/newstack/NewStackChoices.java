package dev.codexstudio.ui.newstack;

import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.core.newstack.NewStackSpec;
import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import dev.codexstudio.core.newstack.NewStackSpec.ProfilePreset;
import dev.codexstudio.core.newstack.NewStackSpec.SkillChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the New Stack wizard offers and how it turns the answers into files. The studio's implementation
 * ({@link CoreNewStackChoices}) asks the core catalogue and builder; the wizard never builds files itself.
 */
public interface NewStackChoices {

    /** A starting point: a bundled sample, or the empty stack ({@code sample} empty). */
    record Template(Optional<String> sample, String title, String teaches) {
    }

    /** A language preset: its values prefill the conventions page (all editable). */
    record LanguagePreset(String name, NewStackSpec.Conventions conventions) {
    }

    /** A skill that can be included, with its description (what Codex shows in the skills catalogue). */
    record SkillOffer(SkillChoice choice, String description) {
    }

    /** A hook or profile preset with what it does ({@code detail}: event and matcher, or the file name). */
    record PresetOffer<P>(P preset, String title, String detail, String description) {
    }

    List<Template> templates();

    List<LanguagePreset> languagePresets();

    List<SkillOffer> skillTemplates();

    /** The skills in the user's {@code ~/.agents/skills}. */
    List<SkillOffer> userSkills();

    /** The skills of another repository on disk. */
    List<SkillOffer> repositorySkills(Path repository);

    List<PresetOffer<HookPreset>> hookPresets();

    List<PresetOffer<ProfilePreset>> profilePresets();

    /** The script a hook preset writes for these answers (for the preview). */
    String hookScript(NewStackSpec spec, HookPreset preset) throws Exception;

    /** The profile file a preset writes for these answers (for the preview). */
    String profileFile(NewStackSpec spec, ProfilePreset preset) throws Exception;

    /** The files of the new stack. */
    StackDraft build(NewStackSpec spec) throws Exception;
}
