package dev.codexstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.skills.SkillCatalog;
import dev.codexstudio.core.skills.SkillDiscovery;
import dev.codexstudio.core.skills.SkillLoadError;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code skills}: the skills Codex lists for a directory, as its app-server {@code skills/list} does. */
@CommandLine.Command(name = "skills", mixinStandardHelpOptions = true,
        description = "List the skills Codex finds from a directory, and the SKILL.md files it cannot load.")
final class SkillsCommand implements Callable<Integer> {

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
            throw new UsageException("skills prints text or json, not sarif");
        }
        Path dir = Paths2.directory(cwd, "--cwd");
        SkillCatalog catalog = SkillDiscovery.discover(ConfigStackLoader.load(envOptions.environment(), dir));
        spec.commandLine().getOut().print(format == OutputFormat.json ? Json.write(json(catalog)) : text(catalog));
        spec.commandLine().getOut().flush();
        return catalog.errors().isEmpty() ? StudioCli.OK : StudioCli.FINDINGS;
    }

    static ObjectNode json(SkillCatalog catalog) {
        ObjectNode root = Json.object();
        ArrayNode skills = root.putArray("skills");
        for (Skill s : catalog.skills()) {
            ObjectNode o = skills.addObject();
            o.put("name", s.name());
            o.put("description", s.description());
            if (s.shortDescription() != null) {
                o.put("shortDescription", s.shortDescription());
            }
            o.put("path", s.skillFile().toString());
            o.put("scope", s.scope().label());
            o.put("enabled", s.enabled());
        }
        ArrayNode errors = root.putArray("errors");
        for (SkillLoadError e : catalog.errors()) {
            errors.addObject().put("path", e.path().toString()).put("message", e.message());
        }
        return root;
    }

    static String text(SkillCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        for (Skill s : catalog.skills()) {
            sb.append(String.format("%-7s %s%s%n    %s%n    %s%n", s.scope().label(), s.name(), s.enabled() ? "" : " (disabled)",
                    s.skillFile(), s.description().length() > 160 ? s.description().substring(0, 157) + "..." : s.description()));
        }
        for (SkillLoadError e : catalog.errors()) {
            sb.append("error   ").append(e.path()).append(": ").append(e.message()).append('\n');
        }
        sb.append(catalog.skills().size()).append(" skills, ").append(catalog.errors().size()).append(" not loaded\n");
        return sb.toString();
    }
}
