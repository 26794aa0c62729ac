package dev.codexstudio.ui.overview;

import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.agents.InstructionPart;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.ProjectContext;
import dev.codexstudio.core.config.ProjectTrust;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.TomlFiles;
import dev.codexstudio.core.config.TrustLevel;
import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The overview of the open stack: one card per layer with what Codex loads from the repository's root, the
 * project's trust state, and the action to trust it (written to the user config like Codex's own prompt).
 */
public final class OverviewViewModel {

    private final StudioViewModel studio;

    /** One layer's summary. */
    public record Card(String layer, String headline, List<String> lines, int errors, int warnings) {
    }

    public OverviewViewModel(StudioViewModel studio) {
        this.studio = studio;
    }

    public StudioViewModel studio() {
        return studio;
    }

    /** The cards for the current stack (empty before a project is open). */
    public List<Card> cards() {
        Optional<Stack> s = studio.stack();
        if (s.isEmpty()) {
            return List.of();
        }
        return cards(s.get(), List.copyOf(studio.problems()));
    }

    /** The cards for {@code stack} and its findings; reads nothing else, so it can run off the UI thread. */
    public static List<Card> cards(Stack stack, List<Diagnostic> problems) {
        CwdView root = stack.rootView();
        return List.of(guidance(stack, root, problems), skills(stack, problems), hooks(stack, problems),
                configuration(stack, problems), policy(root, problems));
    }

    private static Card guidance(Stack stack, CwdView root, List<Diagnostic> problems) {
        EffectiveInstructions ei = root.instructions();
        List<String> lines = new ArrayList<>();
        long docs = stack.guidance().size();
        lines.add(docs + (docs == 1 ? " guidance file" : " guidance files") + " in the repository and the Codex home");
        if (ei.global().isPresent()) {
            lines.add("Global: " + ei.global().get().file().file().getFileName() + " from the Codex home");
        }
        long contributing = ei.parts().stream().filter(InstructionPart::contributes).count();
        lines.add("From the root, Codex reads " + contributing + " project " + (contributing == 1 ? "document" : "documents")
                + ", " + ei.budgetUsed() + " of " + ei.budget() + " budget bytes");
        return card("Guidance", ei.isEmpty() ? "No instructions from the root" : "Instructions from the root", lines,
                problems, f -> f.rule().startsWith("agents/"));
    }

    private static Card skills(Stack stack, List<Diagnostic> problems) {
        Set<Path> skills = new LinkedHashSet<>();
        Set<Path> broken = new LinkedHashSet<>();
        for (CwdView v : stack.views()) {
            v.skills().skills().forEach(k -> skills.add(k.skillFile()));
            v.skills().errors().forEach(e -> broken.add(e.path()));
        }
        long repo = stack.views().stream().flatMap(v -> v.skills().skills().stream())
                .filter(k -> k.scope().label().equals("repo")).map(k -> k.skillFile()).distinct().count();
        List<String> lines = List.of(repo + " in the repository, " + (skills.size() - repo) + " from the user and system",
                broken.isEmpty() ? "Every SKILL.md loads" : broken.size() + " not loaded by Codex");
        return card("Skills", skills.size() + " skills", lines, problems, f -> f.rule().startsWith("skills/"));
    }

    private static Card hooks(Stack stack, List<Diagnostic> problems) {
        Set<String> keys = new LinkedHashSet<>();
        long waiting = 0;
        for (CwdView v : stack.views()) {
            for (var e : v.hooks().entries()) {
                if (keys.add(e.key()) && !e.runs()) {
                    waiting++;
                }
            }
        }
        long notLoaded = stack.views().stream().flatMap(v -> v.config().projectLayers().stream())
                .filter(l -> !l.enabled()).map(ConfigLayer::folder).distinct()
                .filter(f -> f.resolve("hooks.json").toFile().isFile()).count();
        List<String> lines = new ArrayList<>();
        lines.add(keys.size() + " hooks loaded by Codex" + (waiting > 0 ? ", " + waiting + " waiting for review (untrusted)" : ""));
        if (notLoaded > 0) {
            lines.add(notLoaded + " project hooks " + (notLoaded == 1 ? "file is" : "files are") + " not loaded: the project is not trusted");
        }
        return card("Hooks", keys.size() + " hooks", lines, problems, f -> f.rule().startsWith("hooks/"));
    }

    private static Card configuration(Stack stack, List<Diagnostic> problems) {
        long profiles = stack.configFiles().stream().filter(l -> l.kind() == LayerKind.PROFILE).count();
        long project = stack.configFiles().stream().filter(l -> l.kind() == LayerKind.PROJECT && l.exists()).count();
        List<String> lines = List.of(project + " project config " + (project == 1 ? "file" : "files") + ", " + profiles
                + (profiles == 1 ? " profile" : " profiles") + " in the Codex home",
                "Model from the root: " + stack.rootView().config().effective().getString("model").orElse("Codex's default"));
        return card("Configuration", "Config layers", lines, problems, f -> f.rule().startsWith("config/"));
    }

    private static Card policy(CwdView root, List<Diagnostic> problems) {
        var req = root.config().requirements();
        List<String> lines = req.isEmpty() ? List.of("No managed requirements on this machine")
                : List.of(req.files().size() + " requirements " + (req.files().size() == 1 ? "file" : "files"),
                        "Sandbox modes allowed: " + (req.allowedSandboxModes().isEmpty() ? "any" : String.join(", ", req.allowedSandboxModes())));
        return card("Policy", req.isEmpty() ? "Unmanaged" : "Managed", lines, problems,
                f -> f.rule().startsWith("requirements/"));
    }

    private static Card card(String layer, String headline, List<String> lines, List<Diagnostic> problems,
            java.util.function.Predicate<Diagnostic> mine) {
        int e = (int) problems.stream().filter(mine).filter(d -> d.severity() == Severity.ERROR).count();
        int w = (int) problems.stream().filter(mine).filter(d -> d.severity() == Severity.WARNING).count();
        return new Card(layer, headline, List.copyOf(lines), e, w);
    }

    /** The project's trust decision (for the repository root), if a project is open. */
    public Optional<ProjectContext.Decision> trust() {
        return studio.stack().map(s -> s.rootView().config().project().decisionFor(s.rootView().config().project().projectRoot()));
    }

    /** The key Codex would store the trust under. */
    public Optional<String> trustKey() {
        return studio.stack().map(s -> ProjectTrust.keyFor(s.rootView().config().project()));
    }

    /** The user config file trust is written to. */
    public Path userConfigFile() {
        return studio.environment().userConfigFile();
    }

    /** The lines that trusting the project adds to the user config (for the confirmation). */
    public String trustPreview() {
        return trustKey().map(k -> "[projects." + TomlDocument.joinKey(List.of(k)) + "]\ntrust_level = \"trusted\"")
                .orElse("");
    }

    /** Writes the trust decision to the user config, atomically and format-preservingly, then rescans. */
    public void setTrust(TrustLevel level) throws IOException {
        Path file = userConfigFile();
        TomlFiles.Read read = TomlFiles.read(file);
        if (read.error() != null || read.document() != null && read.document().hasSyntaxErrors()) {
            throw new IOException(file + " cannot be edited until its TOML errors are fixed");
        }
        TomlDocument doc = read.document() != null ? read.document() : TomlDocument.parse(SourceText.ofString(file, ""));
        FileSnapshot before = FileSnapshot.take(file);
        TomlDocument edited = ProjectTrust.withTrust(doc, trustKey().orElseThrow(), level);
        AtomicFiles.write(file, edited.toSourceText().bytes(), before);
        studio.rescan();
    }

    public boolean isTrusted() {
        return trust().map(ProjectContext.Decision::isTrusted).orElse(false);
    }

    /** Plain-language sentence about the trust state. */
    public String trustSentence() {
        Optional<ProjectContext.Decision> d = trust();
        if (d.isEmpty()) {
            return "";
        }
        return switch (d.get().level()) {
            case TRUSTED -> "Trusted on this machine: Codex loads the project's .codex config and hooks.";
            case UNTRUSTED -> d.get().key() + " is marked untrusted: Codex ignores the project's .codex config and hooks"
                    + " and reads no project AGENTS.md.";
            case UNKNOWN -> "Not trusted on this machine yet: Codex reads AGENTS.md and skills, but not the project's "
                    + ".codex config and hooks.";
        };
    }

    /** Whether trusting makes a difference (there are project layers). */
    public boolean hasProjectLayers() {
        return studio.stack().map(s -> s.views().stream().anyMatch(v -> !v.config().projectLayers().isEmpty()))
                .orElse(false);
    }
}
