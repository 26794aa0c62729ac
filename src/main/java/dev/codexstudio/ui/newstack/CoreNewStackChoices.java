package dev.codexstudio.ui.newstack;

import dev.codexstudio.core.export.DraftFile;
import dev.codexstudio.core.export.FileScope;
import dev.codexstudio.core.export.StackDraft;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.newstack.HookScripts;
import dev.codexstudio.core.newstack.NewStack;
import dev.codexstudio.core.newstack.NewStackCatalog;
import dev.codexstudio.core.newstack.NewStackSpec;
import dev.codexstudio.core.newstack.NewStackSpec.HookPreset;
import dev.codexstudio.core.newstack.NewStackSpec.ProfilePreset;
import dev.codexstudio.core.samples.BundledSamples;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The wizard's choices from the core: {@link NewStackCatalog} for what is offered, {@link NewStack} for the files. */
public final class CoreNewStackChoices implements NewStackChoices {

    private final BundledSamples samples;
    private final CodexEnvironment env;

    /**
     * @param samples the bundled samples (the templates besides "empty")
     * @param env     the environment whose {@code ~/.agents/skills} are offered
     */
    public CoreNewStackChoices(BundledSamples samples, CodexEnvironment env) {
        this.samples = samples;
        this.env = env;
    }

    @Override
    public List<Template> templates() {
        return NewStackCatalog.templates(samples).stream()
                .map(t -> new Template(t.specValue(), t.project(), t.teaches())).toList();
    }

    @Override
    public List<LanguagePreset> languagePresets() {
        return NewStackCatalog.languages().stream().map(l -> new LanguagePreset(l.id(), l.conventions())).toList();
    }

    @Override
    public List<SkillOffer> skillTemplates() {
        return NewStackCatalog.skillTemplates().stream().map(t -> new SkillOffer(
                new NewStackSpec.SkillChoice(NewStackSpec.SkillChoice.Source.TEMPLATE, t.name(), Optional.empty()),
                t.description())).toList();
    }

    @Override
    public List<SkillOffer> userSkills() {
        return NewStackCatalog.userSkills(env).stream().map(s -> new SkillOffer(s.choice(), s.description())).toList();
    }

    @Override
    public List<SkillOffer> repositorySkills(Path repository) {
        return NewStackCatalog.repositorySkills(repository, env).stream()
                .map(s -> new SkillOffer(s.choice(), s.description())).toList();
    }

    @Override
    public List<PresetOffer<HookPreset>> hookPresets() {
        return NewStackCatalog.hookPresets().stream().map(h -> new PresetOffer<>(h.preset(), h.title(),
                h.event() + (h.matcher() == null || h.matcher().isEmpty() ? "" : " · matcher " + h.matcher()) + " · " + HookScripts.FOLDER + "/"
                        + h.script(), h.description())).toList();
    }

    @Override
    public List<PresetOffer<ProfilePreset>> profilePresets() {
        return NewStackCatalog.profilePresets().stream().map(p -> new PresetOffer<>(p.preset(), p.name(),
                "$CODEX_HOME/" + p.fileName(), p.description())).toList();
    }

    @Override
    public String hookScript(NewStackSpec spec, HookPreset preset) {
        String script = HookScripts.FOLDER + "/" + NewStackCatalog.hookPreset(preset).script();
        StackDraft d = NewStack.build(only(spec, Set.of(preset), Set.of()), samples);
        return d.file(FileScope.REPOSITORY, script).map(DraftFile::text).orElse("");
    }

    @Override
    public String profileFile(NewStackSpec spec, ProfilePreset preset) {
        String file = NewStackCatalog.profilePreset(preset).fileName();
        StackDraft d = NewStack.build(only(spec, Set.of(), Set.of(preset)), samples);
        return d.file(FileScope.USER_HOME, file).map(DraftFile::text).orElse("");
    }

    @Override
    public StackDraft build(NewStackSpec spec) {
        return NewStack.build(spec, samples);
    }

    private static NewStackSpec only(NewStackSpec spec, Set<HookPreset> hooks, Set<ProfilePreset> profiles) {
        String name = spec.projectName().isBlank() ? "project" : spec.projectName();
        return new NewStackSpec(Optional.empty(), name, spec.conventions(), List.of(), hooks, profiles);
    }
}
