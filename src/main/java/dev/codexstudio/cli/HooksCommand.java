package dev.codexstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.hooks.HookEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code hooks}: the hooks Codex lists for a directory, with keys, hashes and trust, as {@code hooks/list}. */
@CommandLine.Command(name = "hooks", mixinStandardHelpOptions = true,
        description = "List the hooks Codex loads from a directory: event, matcher, command, trust status and hash.",
        subcommands = {HookTrustCommand.Trust.class, HookTrustCommand.Untrust.class})
final class HooksCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Option(names = "--cwd", paramLabel = "DIR", description = "Working directory (default: current).")
    Path cwd;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == OutputFormat.sarif) {
            throw new UsageException("hooks prints text or json, not sarif");
        }
        Path dir = Paths2.directory(cwd, "--cwd");
        ConfigStack stack = ConfigStackLoader.load(envOptions.environment(), dir);
        HookCatalog catalog = HookDiscovery.discover(stack);
        spec.commandLine().getOut().print(format == OutputFormat.json ? Json.write(json(catalog)) : text(catalog)
                + notLoaded(stack));
        spec.commandLine().getOut().flush();
        return catalog.errors().isEmpty() ? StudioCli.OK : StudioCli.FINDINGS;
    }

    /** The fields of Codex's app-server {@code hooks/list}, in its order. */
    static ObjectNode json(HookCatalog catalog) {
        ObjectNode root = Json.object();
        ArrayNode hooks = root.putArray("hooks");
        for (HookEntry h : catalog.entries()) {
            ObjectNode o = hooks.addObject();
            o.put("key", h.key());
            o.put("eventName", h.event().eventName());
            o.put("handlerType", h.handlerType());
            if (h.command() != null) {
                o.put("command", h.command());
                o.put("async", h.async());
            } else {
                o.put("server", h.server());
                o.put("tool", h.tool());
            }
            o.put("matcher", h.matcher());
            o.put("timeoutSec", h.timeoutSec());
            o.put("statusMessage", h.statusMessage());
            if (h.additionalContextLimit() == null) {
                o.putNull("additionalContextLimit");
            } else {
                o.put("additionalContextLimit", h.additionalContextLimit());
            }
            o.put("sourcePath", h.sourcePath().toString());
            o.put("source", h.source());
            o.put("displayOrder", h.displayOrder());
            o.put("enabled", h.enabled());
            o.put("isManaged", h.isManaged());
            o.put("currentHash", h.currentHash());
            o.put("trustStatus", h.trustStatus().label());
        }
        ArrayNode warnings = root.putArray("warnings");
        catalog.warnings().forEach(warnings::add);
        ArrayNode errors = root.putArray("errors");
        catalog.errors().forEach(errors::add);
        return root;
    }

    /** Project layers whose hooks Codex does not load because the project is not trusted. */
    static String notLoaded(ConfigStack stack) {
        StringBuilder sb = new StringBuilder();
        for (ConfigLayer l : stack.projectLayers()) {
            boolean hasJson = Files.isRegularFile(l.folder().resolve("hooks.json"));
            boolean hasInline = l.isParsed() && l.document().table().contains(List.of("hooks"));
            if (!l.enabled() && (hasJson || hasInline)) {
                sb.append("note: hooks in ").append(hasJson ? l.folder().resolve("hooks.json") : l.file())
                        .append(" are not loaded. ").append(l.disabledReason()).append('\n');
            }
        }
        return sb.toString();
    }

    static String text(HookCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        for (HookEntry h : catalog.entries()) {
            sb.append(h.event().tomlName());
            if (h.matcher() != null) {
                sb.append(" [").append(h.matcher()).append(']');
            }
            sb.append(": ").append(h.command() != null ? h.command() : "mcp " + h.server() + "/" + h.tool())
                    .append("\n    ").append(h.trustStatus().label()).append(h.enabled() ? "" : ", disabled")
                    .append(", timeout ").append(h.timeoutSec()).append("s, ").append(h.currentHash())
                    .append("\n    ").append(h.key()).append('\n');
        }
        catalog.warnings().forEach(w -> sb.append("warning: ").append(w).append('\n'));
        catalog.errors().forEach(e -> sb.append("error: ").append(e).append('\n'));
        sb.append(catalog.entries().size()).append(" hooks\n");
        return sb.toString();
    }
}
