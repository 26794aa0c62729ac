package dev.codexstudio.core.validate;

import dev.codexstudio.core.agents.AgentsRules;
import dev.codexstudio.core.agents.InstructionPart;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.rules.ConfigRules;
import dev.codexstudio.core.config.rules.RequirementsRules;
import dev.codexstudio.core.hooks.HookRules;
import dev.codexstudio.core.hooks.HooksJsonReader;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.requirements.RequirementsFile;
import dev.codexstudio.core.skills.OpenAiYaml;
import dev.codexstudio.core.skills.SkillDocument;
import dev.codexstudio.core.skills.SkillRules;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates one file of the stack while it is being edited, from its in-memory text, in the context of the
 * stack as last scanned: the findings the full validator would give for that file once saved (the whole stack
 * is validated again on save).
 */
public final class LiveValidator {

    /** What kind of stack file a path is. */
    public enum FileKind {
        CONFIG, REQUIREMENTS, HOOKS_JSON, SKILL, OPENAI_YAML, GUIDANCE, OTHER
    }

    private LiveValidator() {
    }

    public static FileKind kindOf(Stack stack, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        Path systemDir = stack.environment().systemDir();
        if ((name.equals("requirements.toml") || name.equals("managed_config.toml")) && file.startsWith(systemDir)
                || name.equals("requirements.toml")) {
            return FileKind.REQUIREMENTS;
        }
        if (name.endsWith(".toml")) {
            return FileKind.CONFIG;
        }
        if (name.equals("hooks.json")) {
            return FileKind.HOOKS_JSON;
        }
        if (name.equals("SKILL.md")) {
            return FileKind.SKILL;
        }
        if (name.equals("openai.yaml") && file.getParent() != null && file.getParent().getFileName() != null
                && file.getParent().getFileName().toString().equals("agents")) {
            return FileKind.OPENAI_YAML;
        }
        if (name.endsWith(".md")) {
            return FileKind.GUIDANCE;
        }
        return FileKind.OTHER;
    }

    /** Findings for {@code text} (the in-memory content of {@code text.path()}). Never throws. */
    public static List<Diagnostic> validate(Stack stack, SourceText text) {
        Path file = text.path();
        try {
            return validateOrThrow(stack, text);
        } catch (RuntimeException e) {
            return List.of(Diagnostic.error("studio/internal", SourcePosition.ofFile(file),
                    "The studio could not check this file while editing: " + e.getClass().getSimpleName() + "."));
        }
    }

    /**
     * As {@link #validate}, but a bug in a rule surfaces as its exception instead of a {@code studio/internal}
     * finding (for tests and fuzzing, which must see the stack trace).
     */
    public static List<Diagnostic> validateOrThrow(Stack stack, SourceText text) {
        Path file = text.path();
        return switch (kindOf(stack, file)) {
            case CONFIG -> config(stack, text);
            case REQUIREMENTS -> requirements(stack, text);
            case HOOKS_JSON -> hooks(stack, text);
            case SKILL -> SkillRules.check(SkillDocument.parse(text));
            case OPENAI_YAML -> SkillRules.check(OpenAiYaml.parse(text), file.getParent().getParent());
            case GUIDANCE -> guidance(stack, text);
            case OTHER -> List.of();
        };
    }

    /** The view of the stack whose config layers include {@code file}, else the root view. */
    private static CwdView viewFor(Stack stack, Path file) {
        for (CwdView v : stack.views()) {
            for (ConfigLayer l : v.config().layers()) {
                if (l.file().equals(file) || l.folder().resolve("hooks.json").equals(file)) {
                    return v;
                }
            }
        }
        return stack.rootView();
    }

    private static List<Diagnostic> config(Stack stack, SourceText text) {
        Path file = text.path();
        CwdView view = viewFor(stack, file);
        ConfigLayer known = stack.configFiles().stream().filter(l -> l.file().equals(file)).findFirst()
                .orElse(view.config().layers().stream().filter(l -> l.file().equals(file)).findFirst().orElse(null));
        LayerKind kind = known != null ? known.kind()
                : file.getParent() != null && file.getParent().getFileName() != null
                        && file.getParent().getFileName().toString().equals(".codex") ? LayerKind.PROJECT
                        : file.getFileName().toString().endsWith(".config.toml") ? LayerKind.PROFILE : LayerKind.USER;
        TomlDocument doc = TomlDocument.parse(text);
        String error = text.isValidUtf8() ? null : "stream did not contain valid UTF-8";
        ConfigLayer edited = new ConfigLayer(kind, file, known != null ? known.folder() : file.getParent(), doc, error,
                known == null || known.enabled(), known == null ? null : known.disabledReason(),
                known == null ? List.of() : known.ignoredKeys());
        List<ConfigLayer> layers = new ArrayList<>();
        boolean replaced = false;
        for (ConfigLayer l : view.config().layers()) {
            if (l.file().equals(file)) {
                layers.add(edited);
                replaced = true;
            } else {
                layers.add(l);
            }
        }
        if (!replaced) {
            layers.add(edited);
        }
        ConfigStack cs = view.config();
        ConfigStack withEdit = new ConfigStack(cs.environment(), cs.project(), layers, cs.requirements(), List.of(),
                cs.warnings());
        return ConfigRules.check(edited, withEdit);
    }

    private static List<Diagnostic> requirements(Stack stack, SourceText text) {
        Path file = text.path();
        boolean legacy = file.getFileName().toString().equals("managed_config.toml");
        RequirementsFile f = new RequirementsFile(file, legacy, TomlDocument.parse(text),
                text.isValidUtf8() ? null : "stream did not contain valid UTF-8");
        return RequirementsRules.check(f, stack.rootView().config());
    }

    private static List<Diagnostic> hooks(Stack stack, SourceText text) {
        CwdView view = viewFor(stack, text.path());
        boolean managed = text.path().startsWith(stack.environment().systemDir());
        String label = managed ? "system" : text.path().startsWith(stack.environment().codexHome()) ? "user" : "project";
        return HookRules.checkEdited(view.config(), HooksJsonReader.parse(text, label, managed), text);
    }

    private static List<Diagnostic> guidance(Stack stack, SourceText text) {
        List<Diagnostic> out = new ArrayList<>(AgentsRules.contentFindings(text));
        Optional<InstructionPart> part = stack.views().stream().flatMap(v -> v.instructions().parts().stream())
                .filter(p -> p.file().file().equals(text.path())).findFirst();
        long bytes = text.text().getBytes(StandardCharsets.UTF_8).length + (text.hasBom() ? 3 : 0);
        if (part.isPresent() && part.get().budgetBefore() > 0 && bytes > part.get().budgetBefore()) {
            out.add(Diagnostic.warning("agents/over-budget", SourcePosition.ofFile(text.path()),
                    "Codex would cut this file after " + part.get().budgetBefore() + " of its " + bytes
                            + " bytes: that is what remains of project_doc_max_bytes after the AGENTS.md files above it.")
                    .withHint("Shorten this file or the ones above it, or raise project_doc_max_bytes."));
        }
        return out;
    }
}
