package dev.codexstudio.core.report;

import dev.codexstudio.core.agents.DirectoryGuidance;
import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.agents.GuidanceFile;
import dev.codexstudio.core.agents.GuidanceKind;
import dev.codexstudio.core.agents.GuidanceScope;
import dev.codexstudio.core.agents.InstructionPart;
import dev.codexstudio.core.config.ConfigFields;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.EffectiveConfig;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HooksJsonReader;
import dev.codexstudio.core.hooks.InlineHooksReader;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.requirements.Requirements;
import dev.codexstudio.core.requirements.RequirementsConflict;
import dev.codexstudio.core.requirements.RequirementsConflicts;
import dev.codexstudio.core.requirements.RequirementsFile;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.skills.SkillLoadError;
import dev.codexstudio.core.skills.SkillRoot;
import dev.codexstudio.core.skills.SkillScope;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.StackValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of a scanned stack a newcomer needs, layer by layer and scope by scope, as plain records (no
 * formatting): which AGENTS.md files apply where and what the byte budget cuts, the skills, the hooks in lifecycle
 * order with their trust state, the configuration layers, profiles and notable settings, what the requirements
 * enforce and forbid, and the findings of each layer. Paths are absolute; {@link #relative(Path)} gives the form
 * relative to the root for files inside the repository.
 */
public record StackSummary(
        Path root,
        Path codexHome,
        Optional<String> selectedProfile,
        boolean scanTruncated,
        Guidance guidance,
        Skills skills,
        Hooks hooks,
        Configuration configuration,
        Policy requirements,
        List<Finding> findings) {

    public StackSummary {
        Objects.requireNonNull(root, "root");
        findings = List.copyOf(findings);
    }

    /** The layers of the stack, in the order they are reported. */
    public enum Layer {
        GUIDANCE("AGENTS.md guidance"), SKILLS("Skills"), HOOKS("Hooks"), CONFIGURATION("Configuration"),
        REQUIREMENTS("Requirements"), STACK("Stack");

        private final String title;

        Layer(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** The layer of a finding, from its rule id ({@code agents/…}, {@code skills/…}, …). */
        public static Layer ofRule(String rule) {
            String prefix = rule.contains("/") ? rule.substring(0, rule.indexOf('/')) : rule;
            return switch (prefix) {
                case "agents" -> GUIDANCE;
                case "skills", "skill" -> SKILLS;
                case "hooks", "hook" -> HOOKS;
                case "config", "profile" -> CONFIGURATION;
                case "requirements" -> REQUIREMENTS;
                default -> STACK;
            };
        }
    }

    // ---- guidance ----

    /**
     * @param budget  {@code project_doc_max_bytes} at the root
     * @param files   every guidance file, global first
     * @param chains  the effective chain at the root and at each directory that has its own guidance
     */
    public record Guidance(long budget, List<GuidanceDoc> files, List<Chain> chains) {
        public Guidance {
            files = List.copyOf(files);
            chains = List.copyOf(chains);
        }

        public boolean isEmpty() {
            return files.isEmpty();
        }
    }

    /**
     * One guidance file.
     *
     * @param shadowedBy the file of the same directory Codex reads instead ({@code AGENTS.override.md} wins over
     *                   {@code AGENTS.md}, which wins over fallback names), when this one is not read
     * @param appliesTo  the directories (of those scanned) whose instructions include it
     */
    public record GuidanceDoc(Path file, GuidanceScope scope, GuidanceKind kind, Optional<Path> shadowedBy,
            List<Path> appliesTo) {
        public GuidanceDoc {
            appliesTo = List.copyOf(appliesTo);
        }

        public boolean used() {
            return shadowedBy.isEmpty() && !appliesTo.isEmpty();
        }
    }

    /**
     * What Codex reads in one working directory, in order.
     *
     * @param used bytes of project docs included, of {@code budget}
     */
    public record Chain(Path cwd, List<Link> links, long budget, long used, EffectiveInstructions.Skip skipped,
            String skipDetail) {
        public Chain {
            links = List.copyOf(links);
        }

        /** True when the budget cut or dropped a document. */
        public boolean cut() {
            return links.stream().anyMatch(l -> l.status() == InstructionPart.Status.TRUNCATED
                    || l.status() == InstructionPart.Status.DROPPED_BUDGET);
        }
    }

    /** One document of a chain. */
    public record Link(Path file, boolean global, long fileBytes, long includedBytes, InstructionPart.Status status) {
        public long bytesCut() {
            return Math.max(0, fileBytes - includedBytes);
        }
    }

    // ---- skills ----

    /** @param folders the skill folders Codex scans from the root, in its order */
    public record Skills(List<SkillFact> skills, List<SkillProblem> notLoaded, List<SkillFolder> folders) {
        public Skills {
            skills = List.copyOf(skills);
            notLoaded = List.copyOf(notLoaded);
            folders = List.copyOf(folders);
        }

        public boolean isEmpty() {
            return skills.isEmpty() && notLoaded.isEmpty();
        }
    }

    public record SkillFact(String name, String description, SkillScope scope, boolean enabled, Path dir,
            Path skillFile) {
    }

    public record SkillProblem(Path file, Optional<SkillScope> scope, String message) {
    }

    public record SkillFolder(Path path, SkillScope scope) {
    }

    // ---- hooks ----

    /**
     * @param hooksEnabled whether the {@code hooks} feature is on at the root
     * @param hooks        every hook Codex lists, in lifecycle order of their events
     * @param notLoaded    project hook files Codex does not load, with the reason
     * @param warnings     Codex's warnings about hook files
     */
    public record Hooks(boolean hooksEnabled, List<HookFact> hooks, List<NotLoaded> notLoaded, List<String> warnings) {
        public Hooks {
            hooks = List.copyOf(hooks);
            notLoaded = List.copyOf(notLoaded);
            warnings = List.copyOf(warnings);
        }

        public boolean isEmpty() {
            return hooks.isEmpty() && notLoaded.isEmpty();
        }

        public List<HookFact> of(HookEvent event) {
            return hooks.stream().filter(h -> h.event() == event).toList();
        }

        /** The events that have hooks, in lifecycle order. */
        public List<HookEvent> events() {
            return HookEvent.inLifecycleOrder().stream().filter(e -> !of(e).isEmpty()).toList();
        }
    }

    /**
     * One hook handler.
     *
     * @param action  the command, or {@code server/tool} for an MCP tool handler
     * @param source  {@code user}, {@code project} or {@code managed}
     * @param runs    whether Codex runs it (enabled and managed or trusted)
     */
    public record HookFact(String key, HookEvent event, String matcher, String handlerType, String action,
            long timeoutSec, boolean async, String statusMessage, Path sourceFile, int line, String source,
            HookEntry.TrustStatus trust, boolean enabled, boolean runs) {
    }

    public record NotLoaded(Path file, String reason) {
    }

    // ---- configuration ----

    /**
     * @param layers   the config files, lowest precedence first (system, user, profiles, project…, legacy managed)
     * @param profiles every profile file in the Codex home, with what it changes against the user config
     * @param notable  the settings a newcomer should know (model, sandbox, approval, …) and where they come from
     * @param settings every effective setting at the root
     */
    public record Configuration(List<ConfigFile> layers, List<Profile> profiles, List<Setting> notable,
            List<Setting> settings) {
        public Configuration {
            layers = List.copyOf(layers);
            profiles = List.copyOf(profiles);
            notable = List.copyOf(notable);
            settings = List.copyOf(settings);
        }

        public boolean isEmpty() {
            return layers.stream().noneMatch(ConfigFile::exists) && profiles.isEmpty();
        }
    }

    /** One config file; {@code keys} counts its settings (leaf keys). */
    public record ConfigFile(LayerKind kind, Path file, boolean exists, boolean enabled, String disabledReason,
            String readError, int keys) {
    }

    public record Profile(String name, Path file, boolean selected, List<ProfileChange> changes) {
        public Profile {
            changes = List.copyOf(changes);
        }
    }

    /** A key the profile sets: its value there and in the user config (empty when the user config has none). */
    public record ProfileChange(String key, String value, Optional<String> base) {
    }

    /** An effective setting and the file and line it comes from; {@code overrides} counts the files it beats. */
    public record Setting(String key, String value, LayerKind layer, Path file, int line, int overrides) {
    }

    // ---- requirements ----

    /**
     * @param conflicts values config files set that the requirements forbid
     */
    public record Policy(List<Path> files, List<String> allowedApprovalPolicies, List<String> allowedSandboxModes,
            boolean managedHooksOnly, Map<String, Boolean> featurePins, List<String> denyRead,
            Optional<Path> managedHooksFile, List<Conflict> conflicts) {
        public Policy {
            files = List.copyOf(files);
            allowedApprovalPolicies = List.copyOf(allowedApprovalPolicies);
            allowedSandboxModes = List.copyOf(allowedSandboxModes);
            featurePins = Map.copyOf(featurePins);
            denyRead = List.copyOf(denyRead);
            conflicts = List.copyOf(conflicts);
        }

        public boolean isEmpty() {
            return files.isEmpty();
        }
    }

    /** @param inEffect true when the forbidden value is the effective one (Codex refuses or replaces it) */
    public record Conflict(String key, String value, LayerKind layer, Path file, int line, boolean inEffect,
            String requirement, String message) {
    }

    // ---- findings ----

    public record Finding(Layer layer, Severity severity, String rule, Path file, int line, int column,
            String message, String hint) {
    }

    /** The keys reported as notable, in this order. */
    public static final List<String> NOTABLE_KEYS = List.of("model", "model_provider", "model_reasoning_effort",
            "approval_policy", "sandbox_mode", "sandbox_workspace_write.network_access", "web_search",
            "project_doc_max_bytes", "project_doc_fallback_filenames", "features.hooks");

    /** Scans nothing: summarises {@code stack} and validates it. */
    public static StackSummary of(Stack stack) {
        return of(stack, StackValidator.validate(stack));
    }

    /** Summarises {@code stack} with findings already computed for it. */
    public static StackSummary of(Stack stack, List<Diagnostic> diagnostics) {
        return new StackSummary(stack.root(), stack.environment().codexHome(), stack.environment().profileName(),
                stack.scanTruncated(), guidance(stack), skills(stack), hooks(stack), configuration(stack),
                policy(stack), findings(diagnostics));
    }

    /** Groups the findings by layer, in layer order. */
    public Map<Layer, List<Finding>> findingsByLayer() {
        Map<Layer, List<Finding>> out = new LinkedHashMap<>();
        for (Layer l : Layer.values()) {
            List<Finding> of = findings.stream().filter(f -> f.layer() == l).toList();
            if (!of.isEmpty()) {
                out.put(l, of);
            }
        }
        return out;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** {@code p} relative to the root when inside it ({@code .} for the root itself), else absolute. */
    public String relative(Path p) {
        if (p.startsWith(root)) {
            String r = root.relativize(p).toString().replace('\\', '/');
            return r.isEmpty() ? "." : r;
        }
        return p.toString();
    }

    public boolean inRepository(Path p) {
        return p.startsWith(root);
    }

    private static Guidance guidance(Stack stack) {
        EffectiveInstructions rootInstr = stack.rootView().instructions();
        Map<Path, Set<Path>> applies = new LinkedHashMap<>();
        List<Chain> chains = new ArrayList<>();
        Set<Path> seenChains = new LinkedHashSet<>();
        for (CwdView view : stack.views()) {
            EffectiveInstructions in = view.instructions();
            for (InstructionPart p : allParts(in)) {
                if (p.contributes()) {
                    applies.computeIfAbsent(p.file().file(), k -> new LinkedHashSet<>()).add(view.cwd());
                }
            }
            boolean hasOwn = !in.directories().isEmpty()
                    && in.directories().get(in.directories().size() - 1).directory().equals(view.cwd())
                    && !in.directories().get(in.directories().size() - 1).present().isEmpty();
            if ((view == stack.rootView() || hasOwn) && seenChains.add(view.cwd())) {
                List<Link> links = new ArrayList<>();
                for (InstructionPart p : allParts(in)) {
                    links.add(new Link(p.file().file(), p.file().scope() == GuidanceScope.GLOBAL, p.fileBytes(),
                            p.includedBytes(), p.status()));
                }
                chains.add(new Chain(view.cwd(), links, in.budget(), in.budgetUsed(), in.skipped(), in.skipDetail()));
            }
        }
        Map<Path, Path> shadowed = new LinkedHashMap<>();
        for (CwdView view : stack.views()) {
            for (DirectoryGuidance d : view.instructions().directories()) {
                d.selected().ifPresent(sel -> d.shadowed().forEach(s -> shadowed.putIfAbsent(s.file(), sel.file())));
            }
        }
        Path home = stack.environment().codexHome();
        List<GuidanceDoc> docs = new ArrayList<>();
        boolean globalOverride = stack.guidance().stream()
                .anyMatch(f -> f.scope() == GuidanceScope.GLOBAL && f.kind() == GuidanceKind.OVERRIDE);
        for (GuidanceFile f : stack.guidance()) {
            Optional<Path> by = Optional.ofNullable(shadowed.get(f.file()));
            if (by.isEmpty() && f.scope() == GuidanceScope.GLOBAL && f.kind() == GuidanceKind.AGENTS && globalOverride) {
                by = Optional.of(home.resolve(GuidanceFile.OVERRIDE_NAME));
            }
            List<Path> where = new ArrayList<>(applies.getOrDefault(f.file(), Set.of()));
            where.sort(Comparator.comparing(Path::toString));
            docs.add(new GuidanceDoc(f.file(), f.scope(), f.kind(), by, where));
        }
        return new Guidance(rootInstr.budget(), docs, chains);
    }

    private static List<InstructionPart> allParts(EffectiveInstructions in) {
        List<InstructionPart> out = new ArrayList<>();
        in.global().ifPresent(out::add);
        out.addAll(in.parts());
        return out;
    }

    private static Skills skills(Stack stack) {
        Map<Path, Skill> skills = new LinkedHashMap<>();
        Map<Path, SkillLoadError> errors = new LinkedHashMap<>();
        for (CwdView v : stack.views()) {
            v.skills().skills().forEach(s -> skills.putIfAbsent(s.skillFile(), s));
            v.skills().errors().forEach(e -> errors.putIfAbsent(e.path(), e));
        }
        List<SkillFact> facts = new ArrayList<>();
        for (SkillScope scope : SkillScope.values()) {
            skills.values().stream().filter(s -> s.scope() == scope)
                    .sorted(Comparator.comparing(Skill::name).thenComparing(s -> s.skillFile().toString()))
                    .forEach(s -> facts.add(new SkillFact(s.name(), s.description(), s.scope(), s.enabled(), s.dir(),
                            s.skillFile())));
        }
        List<SkillProblem> problems = errors.values().stream()
                .map(e -> new SkillProblem(e.path(), Optional.ofNullable(e.root()).map(SkillRoot::scope), e.message()))
                .sorted(Comparator.comparing(p -> p.file().toString())).toList();
        List<SkillFolder> folders = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (CwdView v : stack.views()) {
            for (SkillRoot r : v.skills().roots()) {
                if (seen.add(r.path())) {
                    folders.add(new SkillFolder(r.path(), r.scope()));
                }
            }
        }
        return new Skills(facts, problems, folders);
    }

    private static Hooks hooks(Stack stack) {
        Map<String, HookEntry> entries = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (CwdView v : stack.views()) {
            v.hooks().entries().forEach(e -> entries.putIfAbsent(e.key(), e));
            v.hooks().warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        }
        List<HookFact> facts = new ArrayList<>();
        for (HookEvent ev : HookEvent.inLifecycleOrder()) {
            entries.values().stream().filter(e -> e.event() == ev).sorted(Comparator
                            .comparingInt((HookEntry e) -> sourceRank(e)).thenComparingLong(HookEntry::displayOrder))
                    .forEach(e -> facts.add(new HookFact(e.key(), e.event(), e.matcher(), e.handlerType(),
                            e.command() != null ? e.command() : e.server() + "/" + e.tool(), e.timeoutSec(), e.async(),
                            e.statusMessage(), e.sourcePath(), e.handler() == null ? 0 : e.handler().position().line(),
                            e.isManaged() ? "managed" : e.source(), e.trustStatus(), e.enabled(), e.runs())));
        }
        List<NotLoaded> notLoaded = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (CwdView v : stack.views()) {
            for (ConfigLayer l : v.config().projectLayers()) {
                if (l.enabled()) {
                    continue;
                }
                for (Path p : List.of(l.folder().resolve("hooks.json"), l.file())) {
                    if (seen.add(p) && hasHooks(p, l)) {
                        notLoaded.add(new NotLoaded(p, l.disabledReason() == null ? "the project is not trusted"
                                : l.disabledReason()));
                    }
                }
            }
        }
        return new Hooks(stack.rootView().hooks().hooksEnabled(), facts, notLoaded, warnings);
    }

    private static boolean hasHooks(Path file, ConfigLayer layer) {
        if (file.equals(layer.file())) {
            return layer.isParsed() && InlineHooksReader.readConfig(layer.document(), "project", false).optionalSource()
                    .filter(src -> !src.isEmpty()).isPresent();
        }
        return HooksJsonReader.read(file, "project", false).optionalSource().filter(src -> !src.isEmpty()).isPresent();
    }

    private static int sourceRank(HookEntry e) {
        return e.isManaged() ? 2 : "project".equals(e.source()) ? 1 : 0;
    }

    private static Configuration configuration(Stack stack) {
        List<ConfigFile> files = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        ConfigLayer user = stack.configFiles().stream().filter(l -> l.kind() == LayerKind.USER && l.isParsed())
                .findFirst().orElse(null);
        Map<String, String> base = user == null ? Map.of() : leaves(user);
        Optional<String> selected = stack.environment().profileName();
        for (ConfigLayer l : stack.configFiles()) {
            files.add(new ConfigFile(l.kind(), l.file(), l.exists(), l.enabled(), l.disabledReason(), l.readError(),
                    l.isParsed() ? leaves(l).size() : 0));
            if (l.kind() == LayerKind.PROFILE && l.exists()) {
                String name = StackScanner.profileName(l.file());
                List<ProfileChange> changes = new ArrayList<>();
                if (l.isParsed()) {
                    leaves(l).forEach((k, v) -> changes.add(new ProfileChange(k, v, Optional.ofNullable(base.get(k)))));
                }
                if (profiles.stream().noneMatch(p -> p.name().equals(name))) {
                    profiles.add(new Profile(name, l.file(), selected.map(name::equals).orElse(false), changes));
                }
            }
        }
        EffectiveConfig eff = stack.rootView().config().effective();
        List<Setting> settings = new ArrayList<>();
        for (EffectiveConfig.Entry e : eff.entries()) {
            settings.add(setting(e));
        }
        List<Setting> notable = new ArrayList<>();
        for (String k : NOTABLE_KEYS) {
            settings.stream().filter(s -> s.key().equals(k)).findFirst().ifPresent(notable::add);
        }
        return new Configuration(files, profiles, notable, settings);
    }

    private static Setting setting(EffectiveConfig.Entry e) {
        EffectiveConfig.Origin o = e.origin();
        return new Setting(e.dottedKey(), ConfigFields.toml(e.value()), o == null ? null : o.layer(),
                o == null ? null : o.file(), o == null || o.position() == null ? 0 : o.position().line(),
                e.overridden() == null ? 0 : e.overridden().size());
    }

    private static Map<String, String> leaves(ConfigLayer l) {
        Map<String, String> out = new LinkedHashMap<>();
        for (EffectiveConfig.Entry e : EffectiveConfig.merge(List.of(l)).entries()) {
            out.put(e.dottedKey(), ConfigFields.toml(e.value()));
        }
        return out;
    }

    private static Policy policy(Stack stack) {
        Requirements r = stack.rootView().config().requirements();
        List<Conflict> conflicts = new ArrayList<>();
        for (RequirementsConflict c : RequirementsConflicts.find(stack)) {
            conflicts.add(new Conflict(c.key(), c.value(), c.layer(),
                    c.position() == null ? null : c.position().file(), c.position() == null ? 0 : c.position().line(),
                    c.inEffect(), c.requirement(), c.message()));
        }
        return new Policy(r.files().stream().map(RequirementsFile::path).toList(), r.allowedApprovalPolicies(),
                r.allowedSandboxModes(), r.allowManagedHooksOnly(), new java.util.TreeMap<>(r.featurePins()),
                r.denyRead(), Optional.ofNullable(r.managedHooksFile()), conflicts);
    }

    private static List<Finding> findings(List<Diagnostic> diagnostics) {
        List<Finding> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            out.add(new Finding(Layer.ofRule(d.rule()), d.severity(), d.rule(), d.position().file(),
                    d.position().line(), d.position().column(), d.message(), d.hint()));
        }
        return out;
    }
}
