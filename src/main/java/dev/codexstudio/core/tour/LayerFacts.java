package dev.codexstudio.core.tour;

import dev.codexstudio.core.agents.DirectoryGuidance;
import dev.codexstudio.core.agents.GuidanceFile;
import dev.codexstudio.core.agents.GuidanceScope;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ProfileFiles;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.requirements.Requirements;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of each layer of a scanned stack in plain sentences, for a guided tour of one repository: which
 * AGENTS.md files apply where and how much of the byte budget they use, what each skill is for, which hooks run on
 * which event, which profiles exist and what the requirements enforce. An empty layer says so and what to add.
 */
public final class LayerFacts {

    private LayerFacts() {
    }

    /** The AGENTS.md layer: where each document applies, which override replaces what, the budget used. */
    public static List<String> guidance(Stack stack) {
        List<String> out = new ArrayList<>();
        for (GuidanceFile g : stack.guidance()) {
            if (g.scope() == GuidanceScope.GLOBAL) {
                out.add(g.fileName() + " in the Codex home applies to every repository, before the project's own documents.");
            }
        }
        Set<Path> seen = new LinkedHashSet<>();
        for (CwdView view : stack.views()) {
            for (DirectoryGuidance d : view.instructions().directories()) {
                if (d.selected().isEmpty() || !seen.add(d.directory())) {
                    continue;
                }
                GuidanceFile sel = d.selected().get();
                String where = where(stack, d.directory());
                List<GuidanceFile> shadowed = d.shadowed();
                if (!shadowed.isEmpty()) {
                    out.add(lead(where) + " has an " + sel.fileName() + " that replaces its "
                            + String.join(", ", shadowed.stream().map(GuidanceFile::fileName).toList())
                            + " for work in " + where + " and below.");
                } else {
                    out.add(lead(where) + " has an " + sel.fileName() + " that applies to " + where
                            + (d.directory().equals(stack.root()) ? " and everything below it." : " and below, after the documents above it."));
                }
            }
        }
        if (out.isEmpty()) {
            out.add("No AGENTS.md applies here. Add one at the repository root with the conventions Codex should follow.");
            return out;
        }
        CwdView widest = stack.views().stream()
                .max(Comparator.comparingLong(v -> v.instructions().budgetUsed())).orElse(stack.rootView());
        long budget = widest.instructions().budget();
        long used = widest.instructions().budgetUsed();
        if (budget > 0) {
            out.add("Working in " + where(stack, widest.cwd()) + " uses " + used + " of the " + budget
                    + " bytes of project_doc_max_bytes (" + Math.round(100.0 * used / budget) + "%).");
        } else {
            out.add("project_doc_max_bytes is 0, so Codex reads no project document at all.");
        }
        return out;
    }

    /** The skills Codex lists at the repository root, each with what it is for. */
    public static List<String> skills(Stack stack) {
        List<String> out = new ArrayList<>();
        for (Skill s : stack.rootView().skills().skills()) {
            out.add(s.name() + " (" + s.scope().name().toLowerCase(java.util.Locale.ROOT) + (s.enabled() ? "" : ", disabled")
                    + "): " + s.description());
        }
        if (out.isEmpty()) {
            out.add("No skills load here. Add .agents/skills/<name>/SKILL.md with a name and a description that says when to use it.");
        }
        return out;
    }

    /** Per event, the hooks and their matchers, in the order Codex runs them. */
    public static List<String> hooks(Stack stack) {
        Map<HookEvent, List<HookEntry>> byEvent = new LinkedHashMap<>();
        for (HookEntry e : stack.rootView().hooks().entries()) {
            byEvent.computeIfAbsent(e.event(), k -> new ArrayList<>()).add(e);
        }
        List<String> out = new ArrayList<>();
        byEvent.forEach((event, entries) -> {
            List<String> parts = new ArrayList<>();
            for (HookEntry e : entries) {
                String what = e.command() != null ? e.command() : e.handlerType();
                parts.add((e.matcher() == null || e.matcher().isEmpty() ? "" : "[" + e.matcher() + "] ") + shorten(what)
                        + (e.runs() ? "" : " (" + (e.enabled() ? e.trustStatus().label() : "disabled") + ", does not run)"));
            }
            out.add(event.tomlName() + ": " + String.join("; ", parts));
        });
        List<ConfigLayer> untrusted = stack.rootView().config().projectLayers().stream()
                .filter(l -> !l.enabled() && Files.isDirectory(l.folder())).toList();
        if (!untrusted.isEmpty()) {
            out.add("This project is not trusted, so Codex loads no hooks and no config from its "
                    + String.join(", ", untrusted.stream().map(l -> where(stack, l.folder())).toList())
                    + ". Trust it (Codex asks the first time you open it) to turn them on.");
        }
        if (out.isEmpty()) {
            out.add("No hooks load here. Add .codex/hooks.json (or [[hooks.<Event>]] in config.toml) to run a command on an event such as PreToolUse.");
        }
        return out;
    }

    /** The profile files in the Codex home ({@code codex --profile NAME}). */
    public static List<String> profiles(Stack stack) {
        List<String> names = new ArrayList<>();
        for (Path p : ProfileFiles.list(stack.environment().codexHome())) {
            ProfileFiles.name(p).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            return List.of("No profiles. Add NAME.config.toml to the Codex home and start Codex with --profile NAME to layer it over config.toml.");
        }
        return List.of("Profiles: " + String.join(", ", names) + " (codex --profile NAME layers NAME.config.toml over config.toml).");
    }

    /** What the managed requirements enforce. */
    public static List<String> requirements(Stack stack) {
        Requirements r = stack.rootView().config().requirements();
        if (r.isEmpty()) {
            return List.of("No requirements.toml: nothing is enforced. An administrator can add /etc/codex/requirements.toml to restrict approval policies, sandbox modes and hooks.");
        }
        List<String> out = new ArrayList<>();
        if (!r.allowedApprovalPolicies().isEmpty()) {
            out.add("Allowed approval policies: " + String.join(", ", r.allowedApprovalPolicies()) + ".");
        }
        if (!r.allowedSandboxModes().isEmpty()) {
            out.add("Allowed sandbox modes: " + String.join(", ", r.allowedSandboxModes()) + ".");
        }
        if (r.allowManagedHooksOnly()) {
            out.add("Only managed hooks run (allow_managed_hooks_only).");
        }
        r.featurePins().forEach((k, v) -> out.add("Feature " + k + " is pinned " + (v ? "on" : "off") + "."));
        if (!r.denyRead().isEmpty()) {
            out.add("Codex may not read: " + String.join(", ", r.denyRead()) + ".");
        }
        if (out.isEmpty()) {
            out.add("requirements.toml exists but restricts nothing.");
        }
        return out;
    }

    private static String where(Stack stack, Path dir) {
        if (dir.equals(stack.root())) {
            return "the repository root";
        }
        return dir.startsWith(stack.root()) ? stack.root().relativize(dir).toString().replace('\\', '/') : dir.toString();
    }

    private static final java.util.regex.Pattern SCRIPT =
            java.util.regex.Pattern.compile("([\\w.-]+\\.(?:sh|bash|py|js|mjs|cjs|ts|rb|pl|ps1))\\b");

    /** A command in a few words: the script it runs when it names one, else its first 60 characters. */
    private static String shorten(String s) {
        java.util.regex.Matcher m = SCRIPT.matcher(s);
        String script = null;
        while (m.find()) {
            script = m.group(1);
        }
        if (script != null) {
            return script;
        }
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }

    /** A place at the start of a sentence: "The repository root", a path as it is. */
    private static String lead(String where) {
        return where.equals("the repository root") ? "The repository root" : where;
    }
}
