package dev.codexstudio.core.validate;

import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.agents.AgentsRules;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.TomlFiles;
import dev.codexstudio.core.config.rules.ConfigRules;
import dev.codexstudio.core.hooks.HookRules;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.skills.SkillRules;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.RepoWalker;
import dev.codexstudio.core.stack.Stack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every rule over a stack: config and requirements files (including every profile file), guidance
 * documents, skills and hooks, from Codex's view of each directory that matters. A file seen from several
 * directories is checked once; identical findings are reported once.
 */
public final class StackValidator {

    private StackValidator() {
    }

    public static List<Diagnostic> validate(Stack stack) {
        // one scope for the whole run: rules memoise what views share, and the views are checked on every core
        return TomlFiles.readOnce(() -> validateOnce(stack));
    }

    private static List<Diagnostic> validateOnce(Stack stack) {
        Set<Diagnostic> out = new LinkedHashSet<>();
        CwdView root = stack.rootView();
        out.addAll(ConfigRules.checkStack(root.config()));
        Set<Path> configFilesChecked = new HashSet<>();
        root.config().layers().forEach(l -> configFilesChecked.add(l.file()));
        out.addAll(AgentsRules.checkGlobal(stack.environment().codexHome()));
        // each config file is checked from the first view that has it, as before; the rest of a view's checks
        // depend on that view alone
        List<List<ConfigLayer>> firstLayers = new ArrayList<>();
        for (CwdView view : stack.views()) {
            List<ConfigLayer> mine = new ArrayList<>();
            for (ConfigLayer layer : view.config().layers()) {
                if (configFilesChecked.add(layer.file())) {
                    mine.add(layer);
                }
            }
            firstLayers.add(mine);
        }
        List<Integer> indexes = java.util.stream.IntStream.range(0, stack.views().size()).boxed().toList();
        List<List<Diagnostic>> perView = TomlFiles.parallelMap(indexes, i -> {
            CwdView view = stack.views().get(i);
            List<Diagnostic> found = new ArrayList<>();
            for (ConfigLayer layer : firstLayers.get(i)) {
                found.addAll(ConfigRules.check(layer, view.config()));
            }
            found.addAll(AgentsRules.checkDirectory(view.instructions(),
                    AgentsInstructions.candidateNames(view.config().effective())));
            found.addAll(SkillRules.check(view.skills()));
            found.addAll(HookRules.check(view.config(), view.hooks()));
            return found;
        });
        perView.forEach(out::addAll);
        if (stack.scanTruncated()) {
            out.add(Diagnostic.info("stack/scan-limit", SourcePosition.ofFile(stack.root()),
                    "The repository is too large to scan completely (more than " + RepoWalker.MAX_ENTRIES
                            + " entries or " + RepoWalker.MAX_DEPTH + " levels); some stack files may be missing."));
        }
        List<Diagnostic> sorted = new ArrayList<>(out);
        sorted.sort(Diagnostic.ORDER);
        return List.copyOf(sorted);
    }

    /** True when any finding is an error. */
    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
