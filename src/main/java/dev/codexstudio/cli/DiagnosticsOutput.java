package dev.codexstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders findings as text, JSON or SARIF 2.1.0, with paths relative to the validated directory. */
final class DiagnosticsOutput {

    private final Path base;

    DiagnosticsOutput(Path base) {
        this.base = base;
    }

    /** A path relative to the base directory when inside it, else absolute. */
    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(base)) {
            String rel = base.relativize(abs).toString();
            return rel.isEmpty() ? "." : rel;
        }
        return abs.toString();
    }

    String text(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            SourcePosition p = d.position();
            sb.append(display(p.file()));
            if (!p.isWholeFile()) {
                sb.append(':').append(p.line()).append(':').append(p.column());
            }
            sb.append(": ").append(d.severity().label()).append(" [").append(d.rule()).append("] ").append(d.message());
            sb.append('\n');
            if (!d.hint().isEmpty()) {
                sb.append("    hint: ").append(d.hint()).append('\n');
            }
            if (d.fix() != null) {
                sb.append("    fix: ").append(d.fix().title()).append('\n');
            }
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        long infos = diagnostics.size() - errors - warnings;
        sb.append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings)
                .append(warnings == 1 ? " warning, " : " warnings, ").append(infos).append(" info\n");
        return sb.toString();
    }

    String json(List<Diagnostic> diagnostics) {
        ObjectNode root = Json.object();
        ArrayNode arr = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode o = arr.addObject();
            o.put("file", display(d.position().file()));
            o.put("line", d.position().line());
            o.put("column", d.position().column());
            o.put("severity", d.severity().label());
            o.put("rule", d.rule());
            o.put("message", d.message());
            if (!d.hint().isEmpty()) {
                o.put("hint", d.hint());
            }
            if (d.fix() != null) {
                ObjectNode fix = o.putObject("fix");
                fix.put("title", d.fix().title());
                ArrayNode edits = fix.putArray("edits");
                for (Edit e : d.fix().edits()) {
                    ObjectNode eo = edits.addObject();
                    if (e instanceof Edit.ReplaceText r) {
                        eo.put("kind", "replace").put("file", display(r.file())).put("start", r.start())
                                .put("end", r.end()).put("text", r.text());
                    } else if (e instanceof Edit.CreateFile c) {
                        eo.put("kind", "create").put("file", display(c.file())).put("text", c.text());
                    } else if (e instanceof Edit.MoveFile m) {
                        eo.put("kind", "move").put("file", display(m.file())).put("target", display(m.target()));
                    }
                }
            }
        }
        return Json.write(root);
    }

    String sarif(List<Diagnostic> diagnostics, String version) {
        ObjectNode root = Json.object();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Codex Stack Studio");
        driver.put("version", version);
        driver.put("informationUri", "https://github.com/codex-stack-studio/codex-stack-studio");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Diagnostic d : diagnostics) {
            ruleIndex.computeIfAbsent(d.rule(), id -> {
                rules.addObject().put("id", id).putObject("shortDescription").put("text", id);
                return ruleIndex.size();
            });
        }
        run.putObject("originalUriBaseIds").putObject("SRCROOT").put("uri", base.toUri().toString());
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            ObjectNode r = results.addObject();
            r.put("ruleId", d.rule());
            r.put("ruleIndex", ruleIndex.get(d.rule()));
            r.put("level", switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            });
            r.putObject("message").put("text", d.hint().isEmpty() ? d.message() : d.message() + " " + d.hint());
            ObjectNode loc = r.putArray("locations").addObject().putObject("physicalLocation");
            Path abs = d.position().file().toAbsolutePath().normalize();
            ObjectNode art = loc.putObject("artifactLocation");
            if (abs.startsWith(base)) {
                art.put("uri", base.relativize(abs).toString()).put("uriBaseId", "SRCROOT");
            } else {
                art.put("uri", abs.toUri().toString());
            }
            if (!d.position().isWholeFile()) {
                loc.putObject("region").put("startLine", d.position().line()).put("startColumn", d.position().column());
            }
        }
        return Json.write(root);
    }
}
