package dev.codexstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.run.HookDryRun;
import dev.codexstudio.core.hooks.run.HookPayloads;
import dev.codexstudio.core.hooks.run.HookRunResult;
import dev.codexstudio.core.hooks.run.HookRunner;
import dev.codexstudio.core.hooks.run.HookVerdict;
import dev.codexstudio.core.hooks.run.SamplePayloads;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * {@code hook-run}: runs the hooks Codex would start for one event in a directory, with the stdin JSON Codex would
 * send, and prints each hook's output and what Codex would do with it (blocked, denied, allowed, context added,
 * failure), then the combined outcome.
 */
@CommandLine.Command(name = "hook-run", mixinStandardHelpOptions = true,
        description = {"Dry-run the hooks of one event: build the stdin JSON Codex sends (or read it from --payload or "
                + "the project's .codex/hook-payloads/<Event>.json), run every matching command hook as Codex does "
                + "($SHELL -lc, cwd = DIR, the hook's timeout), and print what Codex would do with each result.",
                "Exit codes: 0 every hook that ran succeeded, 1 a hook failed (non-zero exit, invalid output, timeout), "
                        + "2 bad usage."})
final class HookRunCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Option(names = "--event", paramLabel = "EVENT", required = true,
            description = "The event, as in hooks.json: PreToolUse, PostToolUse, UserPromptSubmit, Stop, …")
    String event;

    @CommandLine.Option(names = "--matcher-tool", paramLabel = "NAME",
            description = "For tool events: the tool (Bash, apply_patch, mcp__server__tool, …); only groups whose "
                    + "matcher selects it run, and it becomes the payload's tool_name.")
    String matcherTool;

    @CommandLine.Option(names = "--payload", paramLabel = "FILE",
            description = "The stdin JSON to send (default: the project's saved sample, else a realistic default).")
    Path payloadFile;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The session's working directory (default: current).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (format == OutputFormat.sarif) {
            throw new UsageException("hook-run prints text or json, not sarif");
        }
        HookEvent ev = HookEvent.fromTomlName(event).orElseThrow(() -> new UsageException("unknown event `" + event
                + "`; expected one of " + Arrays.stream(HookEvent.values()).map(HookEvent::tomlName)
                        .collect(Collectors.joining(", "))));
        if (matcherTool != null && !HookPayloads.matchesTools(ev)) {
            throw new UsageException("--matcher-tool applies to PreToolUse, PermissionRequest and PostToolUse; "
                    + (ev.ignoresMatcher() ? ev.tomlName() + " ignores matchers"
                            : ev.tomlName() + " matchers are tested against the payload's " + ev.matcherTarget().label()));
        }
        Path cwd = Paths2.directory(dir, "DIR");
        ConfigStack stack = ConfigStackLoader.load(envOptions.environment(), cwd);
        HookCatalog catalog = HookDiscovery.discover(stack);
        Payload payload = payload(ev, cwd, stack);
        HookDryRun.Report report = HookDryRun.run(HookRunner.standard(), catalog.entries(), ev, payload.json(), cwd);
        PrintWriter out = spec.commandLine().getOut();
        String notes = HooksCommand.notLoaded(stack);
        if (format == OutputFormat.json) {
            out.print(Json.write(json(report, payload.origin(), catalog, notes)));
        } else {
            out.print(text(report, payload.origin(), catalog, notes));
        }
        out.flush();
        return report.combined().failures() > 0 ? StudioCli.FINDINGS : StudioCli.OK;
    }

    private record Payload(ObjectNode json, String origin) {
    }

    private Payload payload(HookEvent ev, Path cwd, ConfigStack stack) {
        String model = stack.effective().getString("model").orElse(null);
        ObjectNode json;
        String origin;
        if (payloadFile != null) {
            json = parse(readFile(payloadFile), payloadFile.toString());
            origin = payloadFile.toString();
        } else {
            Path root = stack.project().projectRoot();
            Optional<String> sample;
            try {
                sample = SamplePayloads.read(root, ev);
            } catch (IOException e) {
                throw new UsageException("cannot read " + SamplePayloads.file(root, ev) + ": " + e.getMessage());
            }
            if (sample.isPresent()) {
                json = parse(sample.get(), SamplePayloads.file(root, ev).toString());
                json.put("cwd", cwd.toString());
                origin = SamplePayloads.file(root, ev).toString();
            } else {
                json = HookPayloads.defaultPayload(ev, cwd, matcherTool, model);
                origin = "default";
            }
        }
        if (matcherTool != null) {
            json.put("tool_name", matcherTool);
        }
        return new Payload(json, origin);
    }

    private static String readFile(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + f + ": " + (e.getMessage() == null ? e : e.getMessage()));
        }
    }

    private static ObjectNode parse(String text, String where) {
        try {
            return HookPayloads.parse(text);
        } catch (HookPayloads.InvalidPayloadException e) {
            throw new UsageException(where + ": " + e.getMessage());
        }
    }

    static String text(HookDryRun.Report r, String origin, HookCatalog catalog, String notes) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.event().tomlName());
        if (r.matcherValue() != null) {
            sb.append(", ").append(r.event().matcherTarget().label()).append(' ').append(r.matcherValue());
        }
        sb.append(": ").append(r.runs().size()).append(r.runs().size() == 1 ? " matching hook" : " matching hooks")
                .append(" (payload: ").append(origin).append(")\n");
        int i = 1;
        for (HookDryRun.HandlerRun run : r.runs()) {
            HookEntry e = run.entry();
            sb.append("\n[").append(i++).append("] ").append(e.command() != null ? e.command()
                    : "mcp " + e.server() + "/" + e.tool()).append('\n');
            sb.append("    ").append(e.source()).append(" hook, ").append(run.codexWouldSkip().orElse(e.trustStatus().label()));
            sb.append(", timeout ").append(e.timeoutSec()).append("s").append(e.async() ? ", async" : "").append('\n');
            sb.append("    ").append(e.key()).append('\n');
            if (!run.ran()) {
                sb.append("    not run: ").append(run.skipped()).append('\n');
                continue;
            }
            HookRunResult res = run.result();
            sb.append("    ").append(res.exitCode() != null ? "exit " + res.exitCode() : res.error()).append(" after ")
                    .append(String.format(Locale.ROOT, "%.2f", res.duration().toNanos() / 1e9)).append("s\n");
            block(sb, "stdout", res.stdout(), res.stdoutTruncated());
            block(sb, "stderr", res.stderr(), res.stderrTruncated());
            HookVerdict v = run.verdict();
            sb.append("    verdict: ").append(v.outcome().label()).append(": ").append(v.summary()).append('\n');
            field(sb, "reason", v.reason());
            field(sb, "context", v.additionalContext());
            field(sb, "system message", v.systemMessage());
            field(sb, "stop reason", v.stopReason());
            field(sb, "updated input", v.updatedInput());
            field(sb, "error", v.failure());
            v.notes().forEach(n -> sb.append("    note: ").append(n).append('\n'));
        }
        HookDryRun.Combined c = r.combined();
        sb.append("\noutcome: ").append(c.outcome().label()).append(": ").append(c.summary()).append('\n');
        if (c.reason() != null) {
            sb.append("reason: ").append(c.reason()).append('\n');
        }
        catalog.errors().forEach(e -> sb.append("error: ").append(e).append('\n'));
        sb.append(notes);
        return sb.toString();
    }

    private static void block(StringBuilder sb, String name, String text, boolean truncated) {
        if (text.isEmpty()) {
            return;
        }
        sb.append("    ").append(name).append(truncated ? " (truncated)" : "").append(":\n");
        text.lines().forEach(l -> sb.append("      | ").append(l).append('\n'));
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append("    ").append(name).append(": ").append(value).append('\n');
        }
    }

    static ObjectNode json(HookDryRun.Report r, String origin, HookCatalog catalog, String notes) {
        ObjectNode root = Json.object();
        root.put("event", r.event().tomlName());
        root.put("matcherValue", r.matcherValue());
        root.put("cwd", r.cwd().toString());
        root.put("payloadSource", origin);
        try {
            root.set("payload", HookPayloads.parse(r.payload()));
        } catch (HookPayloads.InvalidPayloadException e) {
            root.put("payload", r.payload());
        }
        ArrayNode hooks = root.putArray("hooks");
        for (HookDryRun.HandlerRun run : r.runs()) {
            HookEntry e = run.entry();
            ObjectNode o = hooks.addObject();
            o.put("key", e.key());
            o.put("command", e.command());
            o.put("source", e.source());
            o.put("trustStatus", e.trustStatus().label());
            o.put("codexRunsIt", run.codexWouldSkip().isEmpty());
            o.put("timeoutSec", e.timeoutSec());
            o.put("async", e.async());
            if (!run.ran()) {
                o.put("skipped", run.skipped());
                continue;
            }
            HookRunResult res = run.result();
            if (res.exitCode() == null) {
                o.putNull("exitCode");
            } else {
                o.put("exitCode", res.exitCode());
            }
            o.put("durationMs", res.duration().toMillis());
            o.put("timedOut", res.timedOut());
            o.put("stdout", res.stdout());
            o.put("stdoutTruncated", res.stdoutTruncated());
            o.put("stderr", res.stderr());
            o.put("stderrTruncated", res.stderrTruncated());
            o.put("error", res.error());
            o.set("verdict", verdict(run.verdict()));
        }
        HookDryRun.Combined c = r.combined();
        ObjectNode outcome = root.putObject("outcome");
        outcome.put("outcome", c.outcome().label());
        outcome.put("summary", c.summary());
        outcome.put("reason", c.reason());
        ArrayNode contexts = outcome.putArray("contexts");
        c.contexts().forEach(contexts::add);
        outcome.put("ran", c.ran());
        outcome.put("failures", c.failures());
        ArrayNode errors = root.putArray("errors");
        catalog.errors().forEach(errors::add);
        ArrayNode n = root.putArray("notes");
        notes.lines().forEach(n::add);
        return root;
    }

    static JsonNode verdict(HookVerdict v) {
        ObjectNode o = Json.object();
        o.put("outcome", v.outcome().label());
        o.put("summary", v.summary());
        o.put("reason", v.reason());
        o.put("additionalContext", v.additionalContext());
        o.put("systemMessage", v.systemMessage());
        o.put("stopReason", v.stopReason());
        o.put("updatedInput", v.updatedInput());
        o.put("failure", v.failure());
        ArrayNode notes = o.putArray("notes");
        v.notes().forEach(notes::add);
        return o;
    }
}
