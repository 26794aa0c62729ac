package dev.codexstudio.core.stack;

import dev.codexstudio.core.agents.DirectoryGuidance;
import dev.codexstudio.core.agents.GuidanceFile;
import dev.codexstudio.core.agents.InstructionPart;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookHandler;
import dev.codexstudio.core.hooks.HookSource;
import dev.codexstudio.core.hooks.HooksJsonReader;
import dev.codexstudio.core.hooks.InlineHooksReader;
import dev.codexstudio.core.hooks.MatcherGroup;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.requirements.RequirementsFile;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.skills.SkillLoadError;
import dev.codexstudio.core.skills.SkillScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the stack tree shown by the studio and by {@code tree}: Guidance, Skills, Hooks, Configuration and
 * Policy, each split by scope, with each finding counted on the most specific node that stands for its file
 * (and line) and on every ancestor.
 */
public final class StackTree {

    private StackTree() {
    }

    /** A node under construction. */
    private static final class Builder {
        final String label;
        final TreeNode.Kind kind;
        final String detail;
        final Path file;
        final int line;
        final boolean inactive;
        final List<Builder> children = new ArrayList<>();
        int errors;
        int warnings;

        Builder(String label, TreeNode.Kind kind, String detail, Path file, int line, boolean inactive) {
            this.label = label;
            this.kind = kind;
            this.detail = detail;
            this.file = file;
            this.line = line;
            this.inactive = inactive;
        }

        Builder add(Builder child) {
            children.add(child);
            return child;
        }

        TreeNode build() {
            List<TreeNode> kids = new ArrayList<>();
            int e = errors;
            int w = warnings;
            for (Builder c : children) {
                TreeNode n = c.build();
                kids.add(n);
                e += n.errors();
                w += n.warnings();
            }
            return new TreeNode(label, kind, detail, file, line, inactive, kids, e, w);
        }
    }

    public static TreeNode build(Stack stack, List<Diagnostic> diagnostics) {
        Builder root = new Builder(stack.root().getFileName() == null ? stack.root().toString()
                : stack.root().getFileName().toString(), TreeNode.Kind.STACK, stack.root().toString(), stack.root(), 0,
                false);
        guidance(stack, root.add(layer("Guidance")));
        skills(stack, root.add(layer("Skills")));
        hooks(stack, root.add(layer("Hooks")));
        configuration(stack, root.add(layer("Configuration")));
        policy(stack, root.add(layer("Policy")));
        List<Builder> all = new ArrayList<>();
        collect(root, all);
        for (Diagnostic d : diagnostics) {
            Builder target = bestFor(all, d);
            Builder into = target != null ? target : root;
            if (d.severity() == Severity.ERROR) {
                into.errors++;
            } else if (d.severity() == Severity.WARNING) {
                into.warnings++;
            }
        }
        return root.build();
    }

    private static Builder layer(String name) {
        return new Builder(name, TreeNode.Kind.LAYER, "", null, 0, false);
    }

    private static void collect(Builder b, List<Builder> out) {
        out.add(b);
        b.children.forEach(c -> collect(c, out));
    }

    /** The node for the diagnostic's file whose line is the closest one at or before the diagnostic's line. */
    private static Builder bestFor(List<Builder> nodes, Diagnostic d) {
        Path file = d.position().file();
        Builder best = null;
        for (Builder b : nodes) {
            if (b.file == null || b.kind == TreeNode.Kind.STACK) {
                continue;
            }
            boolean match = b.file.equals(file) || (b.kind == TreeNode.Kind.SKILL && file.startsWith(b.file.getParent()));
            if (!match || b.line > Math.max(d.position().line(), 0) && d.position().line() > 0) {
                continue;
            }
            if (best == null || b.line >= best.line) {
                best = b;
            }
        }
        return best;
    }

    private static String rel(Stack stack, Path p) {
        return p.startsWith(stack.root()) ? (stack.root().relativize(p).toString().isEmpty() ? "."
                : stack.root().relativize(p).toString()) : p.toString();
    }

    private static void guidance(Stack stack, Builder layer) {
        Builder global = layer.add(new Builder("Global (Codex home)", TreeNode.Kind.SCOPE,
                stack.environment().codexHome().toString(), null, 0, false));
        Path home = stack.environment().codexHome();
        var used = stack.rootView().instructions().global().map(p -> p.file().file());
        for (GuidanceFile f : stack.guidance()) {
            if (f.file().getParent().equals(home)) {
                boolean active = used.map(u -> u.equals(f.file())).orElse(false);
                global.add(new Builder(f.fileName(), TreeNode.Kind.GUIDANCE, active ? "" : "not used", f.file(), 0, !active));
            }
        }
        Builder project = layer.add(new Builder("Project", TreeNode.Kind.SCOPE, "", null, 0, false));
        Map<Path, Builder> folders = new TreeMap<>(Comparator.comparing(Path::toString));
        for (CwdView view : stack.views()) {
            if (view.instructions().directories().isEmpty()) {
                continue;
            }
            DirectoryGuidance here = view.instructions().directories().get(view.instructions().directories().size() - 1);
            if (here.present().isEmpty() || folders.containsKey(here.directory())) {
                continue;
            }
            Builder folder = new Builder(rel(stack, here.directory()), TreeNode.Kind.FOLDER, "", here.directory(), 0, false);
            folders.put(here.directory(), folder);
            InstructionPart part = view.instructions().parts().stream()
                    .filter(p -> p.file().directory().equals(here.directory())).findFirst().orElse(null);
            for (GuidanceFile f : here.present()) {
                boolean selected = here.selected().map(s -> s.equals(f)).orElse(false);
                String detail;
                boolean inactive;
                if (!selected) {
                    detail = "shadowed by " + here.selected().map(GuidanceFile::fileName).orElse("?");
                    inactive = true;
                } else if (part == null) {
                    detail = "";
                    inactive = false;
                } else {
                    inactive = !part.contributes();
                    detail = switch (part.status()) {
                        case TRUNCATED -> "cut at " + part.includedBytes() + " of " + part.fileBytes() + " bytes";
                        case DROPPED_BUDGET -> "dropped: byte budget used up";
                        case BLANK -> "blank";
                        case UNREADABLE -> "unreadable";
                        default -> part.fileBytes() + " bytes";
                    };
                }
                folder.add(new Builder(f.fileName(), TreeNode.Kind.GUIDANCE, detail, f.file(), 0, inactive));
            }
        }
        folders.values().forEach(project::add);
    }

    private static void skills(Stack stack, Builder layer) {
        Map<Path, Skill> skills = new LinkedHashMap<>();
        Map<Path, SkillLoadError> errors = new LinkedHashMap<>();
        for (CwdView v : stack.views()) {
            v.skills().skills().forEach(s -> skills.putIfAbsent(s.skillFile(), s));
            v.skills().errors().forEach(e -> errors.putIfAbsent(e.path(), e));
        }
        for (SkillScope scope : SkillScope.values()) {
            List<Skill> here = skills.values().stream().filter(s -> s.scope() == scope).toList();
            List<SkillLoadError> broken = errors.values().stream()
                    .filter(e -> e.root() != null && e.root().scope() == scope).toList();
            if (here.isEmpty() && broken.isEmpty()) {
                continue;
            }
            Builder sc = layer.add(new Builder(scopeLabel(scope), TreeNode.Kind.SCOPE, "", null, 0, false));
            for (Skill s : here) {
                sc.add(new Builder(s.name(), TreeNode.Kind.SKILL, rel(stack, s.dir()) + (s.enabled() ? "" : ", disabled"),
                        s.skillFile(), 0, !s.enabled()));
            }
            for (SkillLoadError e : broken) {
                sc.add(new Builder(rel(stack, e.path()), TreeNode.Kind.SKILL_ERROR, "not loaded: " + e.message(), e.path(), 0,
                        true));
            }
        }
        List<SkillLoadError> other = errors.values().stream().filter(e -> e.root() == null).toList();
        if (!other.isEmpty()) {
            Builder sc = layer.add(new Builder("Not loaded", TreeNode.Kind.SCOPE, "", null, 0, true));
            other.forEach(e -> sc.add(new Builder(rel(stack, e.path()), TreeNode.Kind.SKILL_ERROR, e.message(), e.path(), 0,
                    true)));
        }
    }

    private static String scopeLabel(SkillScope scope) {
        return switch (scope) {
            case REPO -> "Repository";
            case USER -> "User";
            case SYSTEM -> "System (bundled)";
            case ADMIN -> "Admin (/etc/codex)";
        };
    }

    private static void hooks(Stack stack, Builder layer) {
        Map<String, HookEntry> entries = new LinkedHashMap<>();
        for (CwdView v : stack.views()) {
            v.hooks().entries().forEach(e -> entries.putIfAbsent(e.key(), e));
        }
        Map<String, Map<Path, List<HookEntry>>> bySource = new LinkedHashMap<>();
        for (String source : List.of("system", "user", "project")) {
            bySource.put(source, new LinkedHashMap<>());
        }
        for (HookEntry e : entries.values()) {
            bySource.computeIfAbsent(e.isManaged() ? "system" : e.source(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.sourcePath(), k -> new ArrayList<>()).add(e);
        }
        Map<Path, HookSource> untrusted = untrustedProjectHooks(stack);
        for (Map.Entry<String, Map<Path, List<HookEntry>>> scope : bySource.entrySet()) {
            if (scope.getValue().isEmpty() && !(scope.getKey().equals("project") && !untrusted.isEmpty())) {
                continue;
            }
            String label = switch (scope.getKey()) {
                case "system" -> "Managed";
                case "user" -> "User";
                case "project" -> "Project";
                default -> scope.getKey();
            };
            Builder sc = layer.add(new Builder(label, TreeNode.Kind.SCOPE, "", null, 0, false));
            for (Map.Entry<Path, List<HookEntry>> src : scope.getValue().entrySet()) {
                Builder file = sc.add(new Builder(rel(stack, src.getKey()), TreeNode.Kind.HOOK_SOURCE, "", src.getKey(), 0,
                        false));
                for (HookEvent ev : HookEvent.inLifecycleOrder()) {
                    List<HookEntry> of = src.getValue().stream().filter(e -> e.event() == ev).toList();
                    if (of.isEmpty()) {
                        continue;
                    }
                    Builder event = file.add(new Builder(ev.tomlName(), TreeNode.Kind.HOOK_EVENT, "", src.getKey(),
                            of.get(0).group().position().line(), false));
                    for (HookEntry e : of) {
                        String what = e.command() != null ? e.command() : e.server() + "/" + e.tool();
                        String detail = (e.matcher() == null ? "" : "matcher " + e.matcher() + ", ")
                                + e.trustStatus().label() + (e.enabled() ? "" : ", disabled");
                        event.add(new Builder(what, TreeNode.Kind.HOOK, detail, src.getKey(), e.handler().position().line(),
                                !e.runs()));
                    }
                }
            }
            if (scope.getKey().equals("project")) {
                for (HookSource source : untrusted.values()) {
                    Builder file = sc.add(new Builder(rel(stack, source.path()), TreeNode.Kind.HOOK_SOURCE,
                            "not loaded: project not trusted", source.path(), 0, true));
                    for (HookEvent ev : HookEvent.inLifecycleOrder()) {
                        List<MatcherGroup> groups = source.groups(ev);
                        if (groups.isEmpty()) {
                            continue;
                        }
                        Builder event = file.add(new Builder(ev.tomlName(), TreeNode.Kind.HOOK_EVENT, "", source.path(),
                                groups.get(0).position().line(), true));
                        for (MatcherGroup g : groups) {
                            for (HookHandler h : g.handlers()) {
                                String what = h instanceof HookHandler.Command c ? c.command()
                                        : h instanceof HookHandler.McpTool m ? m.server() + "/" + m.tool() : "unsupported handler";
                                event.add(new Builder(what, TreeNode.Kind.HOOK,
                                        g.matcher() == null ? "" : "matcher " + g.matcher(), source.path(),
                                        h.position().line(), true));
                            }
                        }
                    }
                }
            }
        }
    }

    /** Hooks in project layers Codex loads but disables (the project is not trusted), by file. */
    private static Map<Path, HookSource> untrustedProjectHooks(Stack stack) {
        Map<Path, HookSource> out = new LinkedHashMap<>();
        for (CwdView v : stack.views()) {
            for (ConfigLayer l : v.config().projectLayers()) {
                if (l.enabled()) {
                    continue;
                }
                Path json = l.folder().resolve("hooks.json");
                if (!out.containsKey(json)) {
                    HooksJsonReader.read(json, "project", false).optionalSource().filter(src -> !src.isEmpty())
                            .ifPresent(src -> out.put(json, src));
                }
                if (l.isParsed() && !out.containsKey(l.file())) {
                    InlineHooksReader.readConfig(l.document(), "project", false).optionalSource()
                            .filter(src -> !src.isEmpty()).ifPresent(src -> out.put(l.file(), src));
                }
            }
        }
        return out;
    }

    private static void configuration(Stack stack, Builder layer) {
        Map<LayerKind, Builder> scopes = new LinkedHashMap<>();
        for (ConfigLayer l : stack.configFiles()) {
            if (!l.exists()) {
                continue;
            }
            Builder sc = scopes.computeIfAbsent(l.kind(), k -> layer.add(new Builder(switch (k) {
                case SYSTEM -> "System";
                case USER -> "User";
                case PROFILE -> "Profiles";
                case PROJECT -> "Project";
                case LEGACY_MANAGED -> "Managed (legacy)";
            }, TreeNode.Kind.SCOPE, "", null, 0, false)));
            String label = l.kind() == LayerKind.PROFILE ? StackScanner.profileName(l.file()) : rel(stack, l.file());
            String detail = l.enabled() ? "" : "disabled: project not trusted";
            sc.add(new Builder(label, l.kind() == LayerKind.PROFILE ? TreeNode.Kind.PROFILE : TreeNode.Kind.CONFIG_FILE,
                    l.kind() == LayerKind.PROFILE ? rel(stack, l.file()) : detail, l.file(), 0, !l.enabled()));
        }
    }

    private static void policy(Stack stack, Builder layer) {
        for (RequirementsFile f : stack.rootView().config().requirements().files()) {
            layer.add(new Builder(f.path().toString(), TreeNode.Kind.REQUIREMENTS, f.legacy() ? "legacy managed_config.toml"
                    : "", f.path(), 0, false));
        }
    }
}
