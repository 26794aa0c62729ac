package dev.codexstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.config.EffectiveConfig;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import picocli.CommandLine;

/**
 * {@code config}: the effective configuration with the origin of every value; {@code config set} and
 * {@code config unset} edit one key of one file, format-preservingly, like {@code git config}.
 */
@CommandLine.Command(name = "config", mixinStandardHelpOptions = true,
        description = "Show the effective Codex configuration for a directory, with the file and line each value comes from.",
        subcommands = {ConfigCommand.Set.class, ConfigCommand.Unset.class})
final class ConfigCommand implements Callable<Integer> {

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
            throw new UsageException("config prints text or json, not sarif");
        }
        Path dir = Paths2.directory(cwd, "--cwd");
        ConfigStack stack = ConfigStackLoader.load(envOptions.environment(), dir);
        EffectiveConfig eff = stack.effective();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(Json.write(json(stack, eff)));
        } else {
            out.print(text(stack, eff));
        }
        out.flush();
        return stack.loadFailures().isEmpty() ? StudioCli.OK : StudioCli.FINDINGS;
    }

    static ObjectNode json(ConfigStack stack, EffectiveConfig eff) {
        ObjectNode root = Json.object();
        root.put("cwd", stack.project().cwd().toString());
        root.put("projectRoot", stack.project().projectRoot().toString());
        ArrayNode layers = root.putArray("layers");
        for (ConfigLayer l : stack.layers()) {
            ObjectNode o = layers.addObject();
            o.put("layer", l.kind().label());
            o.put("file", l.file().toString());
            o.put("exists", l.exists());
            o.put("enabled", l.enabled());
            if (l.disabledReason() != null) {
                o.put("disabledReason", l.disabledReason());
            }
            if (!l.ignoredKeys().isEmpty()) {
                ArrayNode ig = o.putArray("ignoredKeys");
                l.ignoredKeys().forEach(ig::add);
            }
        }
        ArrayNode values = root.putArray("values");
        for (EffectiveConfig.Entry e : eff.entries()) {
            ObjectNode o = values.addObject();
            o.put("key", e.dottedKey());
            o.set("value", Json.value(e.value()));
            putOrigin(o, e.origin());
            if (!e.overridden().isEmpty()) {
                ArrayNode ov = o.putArray("overrides");
                e.overridden().forEach(x -> putOrigin(ov.addObject(), x));
            }
        }
        ArrayNode failures = root.putArray("loadFailures");
        for (ConfigStack.LoadFailure f : stack.loadFailures()) {
            ObjectNode o = failures.addObject();
            o.put("file", f.position().file().toString());
            o.put("line", f.position().line());
            o.put("column", f.position().column());
            o.put("message", f.message());
        }
        ArrayNode warnings = root.putArray("warnings");
        stack.warnings().forEach(warnings::add);
        return root;
    }

    private static void putOrigin(ObjectNode o, EffectiveConfig.Origin origin) {
        o.put("layer", origin.layer().label());
        o.put("file", origin.file().toString());
        o.put("line", origin.position().line());
        o.put("column", origin.position().column());
    }

    static String text(ConfigStack stack, EffectiveConfig eff) {
        StringBuilder sb = new StringBuilder();
        sb.append("# layers, lowest precedence first\n");
        for (ConfigLayer l : stack.layers()) {
            sb.append("#   ").append(String.format("%-14s", l.kind().label())).append(l.file());
            if (!l.exists()) {
                sb.append(" (absent)");
            }
            if (!l.enabled()) {
                sb.append(" (disabled: ").append(l.disabledReason()).append(')');
            }
            sb.append('\n');
        }
        for (EffectiveConfig.Entry e : eff.entries()) {
            SourcePosition p = e.origin().position();
            sb.append(e.dottedKey()).append(" = ").append(Json.value(e.value()).toString())
                    .append("    # ").append(p.file()).append(':').append(p.line())
                    .append(" (").append(e.origin().layer().label());
            for (EffectiveConfig.Origin o : e.overridden()) {
                sb.append(", overrides ").append(o.layer().label()).append(' ').append(o.file()).append(':')
                        .append(o.position().line());
            }
            sb.append(")\n");
        }
        for (ConfigStack.LoadFailure f : stack.loadFailures()) {
            sb.append("error: ").append(f.position()).append(": ").append(f.message()).append('\n');
        }
        for (String w : stack.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    /** Shared by set and unset: which file, and loading it for an edit. */
    abstract static class Edit implements Callable<Integer> {
        @CommandLine.Mixin
        EnvironmentOptions envOptions;

        @CommandLine.Option(names = "--file", paramLabel = "FILE",
                description = "The config file to edit (default: $CODEX_HOME/config.toml).")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Path target() {
            return (file != null ? file : envOptions.environment().userConfigFile()).toAbsolutePath().normalize();
        }

        TomlDocument load(Path target) throws IOException {
            if (!Files.exists(target)) {
                return TomlDocument.parse(SourceText.ofString(target, ""));
            }
            if (Files.isDirectory(target)) {
                throw new UsageException(target + " is a directory");
            }
            SourceText text = FileReads.readText(target);
            TomlDocument doc = TomlDocument.parse(text);
            if (doc.hasSyntaxErrors()) {
                TomlDocument.SyntaxError e = doc.syntaxErrors().get(0);
                throw new UsageException(e.position() + ": " + e.message() + " (fix the TOML before editing it)");
            }
            return doc;
        }

        void save(Path target, TomlDocument doc) throws IOException {
            FileSnapshot before = FileSnapshot.take(target);
            AtomicFiles.write(target, doc.toSourceText().bytes(), before);
        }

        static List<String> key(String dotted) {
            try {
                List<String> path = TomlDocument.parseKey(dotted);
                if (path.isEmpty()) {
                    throw new UsageException("empty key");
                }
                return path;
            } catch (RuntimeException e) {
                throw new UsageException("invalid key `" + dotted + "`: " + e.getMessage());
            }
        }
    }

    @CommandLine.Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set KEY to VALUE in one config file, changing only that line. VALUE is read as a TOML "
                    + "value (true, 42, [\"a\"], \"text\") and otherwise as a string.")
    static final class Set extends Edit {
        @CommandLine.Parameters(index = "0", paramLabel = "KEY", description = "Dotted key, e.g. model or features.hooks.")
        String keyArg;

        @CommandLine.Parameters(index = "1", paramLabel = "VALUE")
        String valueArg;

        @CommandLine.Option(names = "--string", description = "Store VALUE as a string even if it looks like another TOML value.")
        boolean asString;

        @Override
        public Integer call() throws IOException {
            Path target = target();
            List<String> path = key(keyArg);
            TomlDocument doc = load(target);
            doc.set(path, asString ? valueArg : parseValue(valueArg));
            save(target, doc);
            spec.commandLine().getOut().println("set " + TomlDocument.joinKey(path) + " in " + target);
            return StudioCli.OK;
        }

        static Object parseValue(String raw) {
            TomlParseResult r = Toml.parse("v = " + raw);
            if (!r.hasErrors() && r.contains("v")) {
                return r.get("v");
            }
            return raw;
        }
    }

    @CommandLine.Command(name = "unset", mixinStandardHelpOptions = true,
            description = "Remove KEY from one config file, changing only its lines.")
    static final class Unset extends Edit {
        @CommandLine.Parameters(index = "0", paramLabel = "KEY")
        String keyArg;

        @Override
        public Integer call() throws IOException {
            Path target = target();
            List<String> path = key(keyArg);
            if (!Files.exists(target)) {
                spec.commandLine().getErr().println(TomlDocument.joinKey(path) + " is not set: " + target + " does not exist");
                return StudioCli.FINDINGS;
            }
            TomlDocument doc = load(target);
            if (!doc.remove(path)) {
                spec.commandLine().getErr().println(TomlDocument.joinKey(path) + " is not set in " + target);
                return StudioCli.FINDINGS;
            }
            save(target, doc);
            spec.commandLine().getOut().println("unset " + TomlDocument.joinKey(path) + " in " + target);
            return StudioCli.OK;
        }
    }
}
