package dev.codexstudio.core.hooks;

import dev.codexstudio.core.config.keys.TomlPaths;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.hooks.HookReadResult.Failure;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.Fix;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlTable;

/**
 * Hook rules. Severity contract: {@link Severity#ERROR} exactly when Codex 0.169 skips the hooks file, group or
 * handler, or refuses the config; what Codex accepts but ignores, changes or will not run yet is a WARNING or INFO.
 */
public final class HookRules {


    private HookRules() {
    }

    /** All hook diagnostics for a stack (runs discovery). */
    public static List<Diagnostic> check(ConfigStack stack) {
        return check(stack, HookDiscovery.discover(stack));
    }

    /** All hook diagnostics for a stack and its discovered catalog, in file order. Never throws for bad input. */
    public static List<Diagnostic> check(ConfigStack stack, HookCatalog catalog) {
        List<Diagnostic> out = new ArrayList<>();
        try {
            new Run(stack, catalog, out).run();
        } catch (RuntimeException e) {
            out.add(Diagnostic.error("hooks/internal", SourcePosition.ofFile(stack.environment().codexHome()),
                    "The studio could not check hooks: " + e.getClass().getSimpleName() + "."));
        }
        out.sort(Diagnostic.ORDER);
        return List.copyOf(out);
    }

    /**
     * Findings for one hooks file being edited (not yet saved): its parse failure or, when it parses, its groups,
     * matchers and handlers. {@code text} is the in-memory text the read came from.
     */
    public static List<Diagnostic> checkEdited(ConfigStack stack, HookReadResult read, SourceText text) {
        List<Diagnostic> out = new ArrayList<>();
        try {
            Run run = new Run(stack, new HookCatalog(List.of(), List.of(), List.of(), List.of(read), true), out);
            run.texts.put(read.path(), Optional.of(text));
            read.optionalFailure().ifPresent(f -> run.failure(read.path(), f));
            read.optionalSource().ifPresent(run::source);
        } catch (RuntimeException e) {
            out.add(Diagnostic.error("hooks/internal", SourcePosition.ofFile(read.path()),
                    "The studio could not check this hooks file: " + e.getClass().getSimpleName() + "."));
        }
        out.sort(Diagnostic.ORDER);
        return List.copyOf(out);
    }

    private static final class Run {
        final ConfigStack stack;
        final HookCatalog catalog;
        final List<Diagnostic> out;
        final Map<Path, Optional<SourceText>> texts = new HashMap<>();

        Run(ConfigStack stack, HookCatalog catalog, List<Diagnostic> out) {
            this.stack = stack;
            this.catalog = catalog;
            this.out = out;
        }

        void add(String rule, Severity severity, SourcePosition at, String message, String hint, Fix fix) {
            out.add(new Diagnostic(rule, severity, at, message, hint, fix));
        }

        void run() {
            features();
            configTypeErrors();
            for (HookReadResult read : catalog.reads()) {
                read.optionalFailure().ifPresent(f -> failure(read.path(), f));
                read.optionalSource().ifPresent(this::source);
            }
            if (!catalog.hooksEnabled()) {
                return;
            }
            bothRepresentations();
            disabledProjects();
            managedOnly();
            entries();
            states();
        }

        // ---- features ----

        void features() {
            for (ConfigLayer layer : stack.layers()) {
                if (!layer.isParsed()) {
                    continue;
                }
                TomlDocument doc = layer.document();
                Object alias = TomlPaths.get(doc.table(), List.of("features", "codex_hooks")).orElse(null);
                Object canonical = TomlPaths.get(doc.table(), List.of("features", "hooks")).orElse(null);
                if (alias != null) {
                    SourcePosition at = doc.locate(List.of("features", "codex_hooks"));
                    Fix fix = canonical == null ? renameKey(doc.source(), at, "codex_hooks", "hooks") : null;
                    add("hooks/codex-hooks-alias", Severity.WARNING, at,
                            "`codex_hooks` is a deprecated alias of the `hooks` feature"
                                    + (canonical != null ? " and is overridden by `hooks` in the same file." : "."),
                            "Use `[features] hooks = …` instead.", fix);
                }
                if (Boolean.TRUE.equals(canonical)) {
                    SourcePosition at = doc.locate(List.of("features", "hooks"));
                    add("hooks/feature-flag-needless", Severity.INFO, at,
                            "`hooks = true` is needless: hooks are on by default since Codex 0.124.",
                            "Remove the line; set `hooks = false` only to turn hooks off.", deleteLine(doc.source(), at));
                }
                if (Boolean.FALSE.equals(canonical) || (canonical == null && Boolean.FALSE.equals(alias))) {
                    List<String> key = List.of("features", canonical != null ? "hooks" : "codex_hooks");
                    add("hooks/hooks-disabled", Severity.INFO, doc.locate(key),
                            "Hooks are turned off here" + (layer.enabled() ? "" : " (in a disabled layer)") + ".",
                            catalog.hooksEnabled() ? "A higher layer turns them back on."
                                    : "Codex loads no hook while the effective `[features] hooks` is false.", null);
                }
            }
        }

        // ---- read failures ----

        void failure(Path path, Failure f) {
            switch (f.kind()) {
                case READ -> add("hooks/unreadable-file", Severity.ERROR, f.position(),
                        "Codex cannot read this hooks file (" + f.detail() + "), so it skips it.",
                        "Save the file as UTF-8 text.", null);
                case STUDIO_LIMIT -> add("hooks/file-too-large", Severity.WARNING, f.position(),
                        "This hooks file is too large for the studio to check.", "", null);
                case CONFIG -> {
                    if (f.message().startsWith("failed to parse requirements layer")) {
                        configFailure(path, f.detail(), f.position(), true);
                    } else if (catalog.errors().stream().noneMatch(e -> e.startsWith(path + ":"))) {
                        add("hooks/inline-hooks-skipped", Severity.ERROR, f.position(),
                                "Codex skips the inline hooks of this file: " + f.detail() + ".",
                                "Fix the type of this value.", null);
                    }
                }
                case PARSE -> parseFailure(path, f);
                default -> {
                }
            }
        }

        void parseFailure(Path path, Failure f) {
            String d = f.detail();
            String message = "Codex skips this hooks file: " + d + ".";
            if (d.startsWith("unknown field `") && d.contains("expected `description` or `hooks`")) {
                String field = d.substring("unknown field `".length(), d.indexOf('`', "unknown field `".length()));
                if (HookEvent.fromTomlName(field).isPresent()) {
                    add("hooks/events-at-top-level", Severity.ERROR, f.position(),
                            "Events must be inside a top-level `hooks` object; Codex skips this file (" + d + ").",
                            "Wrap the events in `{\"hooks\": { … }}`.", wrapInHooks(path));
                    return;
                }
                add("hooks/unknown-top-level-field", Severity.ERROR, f.position(), message,
                        "Only `description` and `hooks` are allowed at the top level.", null);
                return;
            }
            String rule = d.startsWith("missing field `command`") ? "hooks/missing-command"
                    : d.startsWith("missing field") ? "hooks/missing-field"
                    : d.startsWith("unknown variant") ? "hooks/unknown-handler-type"
                    : d.startsWith("invalid type") || d.startsWith("invalid value") ? "hooks/wrong-type"
                    : d.startsWith("duplicate field") ? "hooks/duplicate-key"
                    : d.startsWith(HandlerBuilder.INPUT_NOT_TOML) ? "hooks/mcp-input-not-toml"
                    : "hooks/json-syntax";
            String hint = switch (rule) {
                case "hooks/missing-command" -> "Give every `command` handler a `command` string.";
                case "hooks/unknown-handler-type" -> "Use `type` `command` (or `mcp_tool`).";
                case "hooks/wrong-type" -> "Use the type Codex expects (timeouts are whole seconds).";
                case "hooks/duplicate-key" -> "Remove the repeated key.";
                case "hooks/mcp-input-not-toml" -> "Remove null values and integers above 9223372036854775807.";
                default -> "hooks.json must be strict JSON: no comments, no trailing commas, no byte-order mark.";
            };
            add(rule, Severity.ERROR, f.position(), message, hint, null);
        }

        /** The {@code [hooks]} type errors that make Codex refuse the config. */
        void configTypeErrors() {
            java.util.regex.Pattern at = java.util.regex.Pattern.compile("^(.*):(\\d+):(\\d+): (.*)$",
                    java.util.regex.Pattern.DOTALL);
            for (String error : catalog.errors()) {
                java.util.regex.Matcher m = at.matcher(error);
                if (!m.matches()) {
                    continue;
                }
                Path path = Path.of(m.group(1));
                boolean hooksError = stack.enabledLayers().stream().anyMatch(l -> l.file().equals(path) && l.isParsed()
                        && InlineHooksReader.typeCheck(l.document()).filter(error::equals).isPresent());
                if (hooksError) {
                    configFailure(path, m.group(4), SourcePosition.of(path, Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))), false);
                }
            }
        }

        void configFailure(Path path, String d, SourcePosition position, boolean requirements) {
            String rule = requirements ? "hooks/requirements-type-error" : "hooks/config-type-error";
            String message = (requirements ? "Codex refuses to start with these requirements: " : "Codex refuses to load this config: ")
                    + d + ".";
            Fix fix = null;
            String hint = "Fix the type of this value.";
            Optional<SourceText> text = text(path);
            if (d.equals("invalid type: map, expected a sequence") && text.isPresent() && !requirements) {
                SourceText src = text.get();
                for (int line = 1; line <= src.lineCount(); line++) {
                    String raw = src.lineText(line);
                    String header = raw.strip();
                    if (!header.startsWith("[hooks.") || header.startsWith("[[") || !header.endsWith("]")
                            || HookEvent.fromTomlName(header.substring(7, header.length() - 1)).isEmpty()) {
                        continue;
                    }
                    rule = "hooks/event-table-not-array";
                    message = "Events are arrays of tables in TOML: `" + header + "` makes Codex refuse the whole config ("
                            + d + ").";
                    hint = "Write `[" + header + "]`.";
                    int start = src.lineStart(line) + raw.indexOf(header);
                    fix = Fix.of("Make it an array of tables", new Edit.ReplaceText(path, start, start + header.length(),
                            "[" + header + "]"));
                    add(rule, Severity.ERROR, SourcePosition.of(path, line, raw.indexOf(header) + 1), message, hint, fix);
                    return;
                }
            }
            add(rule, Severity.ERROR, position, message, hint, fix);
        }

        // ---- per source ----

        void source(HookSource source) {
            Path path = source.path();
            source.unknownEvents().forEach((name, at) -> {
                if (source.format() == HookSource.Format.REQUIREMENTS || name.equals("state")) {
                    return;
                }
                Optional<HookEvent> like = likelyEvent(name);
                Fix fix = like.flatMap(e -> renameAt(path, at, name, e.tomlName(), source.format())).orElse(null);
                add("hooks/unknown-event", Severity.WARNING, at,
                        "`" + name + "` is not a Codex hook event, so Codex silently ignores it.",
                        like.map(e -> "Did you mean `" + e.tomlName() + "`?").orElse("Events are: " + eventNames() + "."),
                        fix);
            });
            for (Map.Entry<HookEvent, List<MatcherGroup>> ev : source.events().entrySet()) {
                HookEvent event = ev.getKey();
                for (MatcherGroup group : ev.getValue()) {
                    group(source, event, group);
                }
            }
        }

        void group(HookSource source, HookEvent event, MatcherGroup group) {
            Path path = source.path();
            if (group.matcher() != null) {
                HookMatcher m = HookMatcher.of(group.matcher());
                if (event.ignoresMatcher()) {
                    if (!group.matcher().isEmpty() && !group.matcher().equals("*")) {
                        add("hooks/matcher-ignored", Severity.INFO, group.matcherPosition(),
                                event.tomlName() + " ignores matchers, so this group runs for every " + event.tomlName() + ".",
                                "Remove the matcher.", null);
                    }
                } else if (m.kind() == HookMatcher.Kind.INVALID) {
                    add("hooks/invalid-matcher", Severity.ERROR, group.matcherPosition(),
                            "Codex skips this group: the matcher is not a valid Rust regex ("
                                    + m.error().substring(m.error().lastIndexOf("error: ") + 7) + ").",
                            "Rust regexes have no look-around or backreferences; escape literal metacharacters.", null);
                    return;
                }
            }
            for (String unknown : group.unknownFields()) {
                add("hooks/unknown-field", Severity.INFO, group.fieldPositions().getOrDefault(unknown, group.position()),
                        "Codex ignores the group field `" + unknown + "`.", "Groups have only `matcher` and `hooks`.", null);
            }
            if (group.handlers().isEmpty()) {
                add("hooks/empty-group", Severity.INFO, group.position(), "This group has no handlers, so it does nothing.",
                        "Add a handler or remove the group.", null);
            }
            for (HookHandler handler : group.handlers()) {
                handler(source, event, handler);
            }
        }

        void handler(HookSource source, HookEvent event, HookHandler handler) {
            Path path = source.path();
            if (handler instanceof HookHandler.Unsupported u) {
                add("hooks/unsupported-handler", Severity.WARNING, handler.position(),
                        "Codex skips `" + u.type() + "` hooks: " + u.type() + " hooks are not supported yet.",
                        "Use a `command` handler.", null);
                return;
            }
            if (handler instanceof HookHandler.McpTool m) {
                if (event.rejectsMcpTool()) {
                    add("hooks/mcp-in-session-end", Severity.ERROR, handler.position(),
                            "Codex skips MCP tool hooks on SessionEnd.", "Use a `command` handler for SessionEnd.", null);
                    return;
                }
                for (String unknown : m.unknownFields()) {
                    boolean commandField = Set.of("async", "additionalContextLimit", "command", "commandWindows",
                            "command_windows").contains(unknown);
                    add(commandField ? "hooks/mcp-tool-fields" : "hooks/unknown-field",
                            commandField ? Severity.WARNING : Severity.INFO, m.positionOf(unknown),
                            "Codex ignores `" + unknown + "` on an `mcp_tool` handler.",
                            "MCP handlers take `server`, `tool`, `input`, `timeout` and `statusMessage`.", null);
                }
                timeout(event, m.timeout(), handler);
                return;
            }
            HookHandler.Command c = (HookHandler.Command) handler;
            if (RustText.isBlank(c.command())) {
                add("hooks/empty-command", Severity.ERROR, c.positionOf("command"), "Codex skips a hook with an empty command.",
                        "Give the handler a command.", null);
                return;
            }
            for (String unknown : c.unknownFields()) {
                if (unknown.equals("timeoutSec") || unknown.equals("timeout_sec")) {
                    Fix fix = c.fieldPositions().containsKey("timeout") ? null
                            : renameAt(source.path(), c.positionOf(unknown), unknown, "timeout", source.format()).orElse(null);
                    add("hooks/timeout-sec", Severity.WARNING, c.positionOf(unknown),
                            "Codex ignores `" + unknown + "` (the old name of `timeout`), so this hook gets the default timeout.",
                            "Rename it to `timeout`.", fix);
                } else {
                    add("hooks/unknown-field", Severity.INFO, c.positionOf(unknown),
                            "Codex ignores the handler field `" + unknown + "`.",
                            "Command handlers take `command`, `commandWindows`, `timeout`, `async`, `statusMessage` and "
                                    + "`additionalContextLimit`.", null);
                }
            }
            timeout(event, c.timeout(), handler);
            if (c.async()) {
                if (event.runsAsyncSynchronously()) {
                    add("hooks/async-ignored", Severity.WARNING, c.positionOf("async"),
                            "Codex runs async " + event.tomlName() + " hooks synchronously.", "Remove `async`.", null);
                } else if (Set.of(HookEvent.PRE_TOOL_USE, HookEvent.PERMISSION_REQUEST, HookEvent.USER_PROMPT_SUBMIT,
                        HookEvent.STOP, HookEvent.SUBAGENT_STOP).contains(event)) {
                    add("hooks/async-cannot-block", Severity.INFO, c.positionOf("async"),
                            "An async " + event.tomlName() + " hook cannot block or change what happens.",
                            "Drop `async` if the hook must be able to block.", null);
                }
            }
            if (c.additionalContextLimit() != null && !event.supportsAdditionalContext()) {
                add("hooks/additional-context-limit-ignored", Severity.WARNING, c.positionOf("additionalContextLimit"),
                        "Codex ignores `additionalContextLimit` on " + event.tomlName()
                                + ": this event cannot emit additionalContext.", "Remove it.", null);
            }
        }

        void timeout(HookEvent event, Long timeout, HookHandler handler) {
            if (timeout == null) {
                return;
            }
            SourcePosition at = handler.positionOf("timeout");
            if (timeout < 0) {
                add("hooks/timeout-too-large", Severity.ERROR, at,
                        "Codex 0.169 aborts hook discovery on a timeout above 9223372036854775807.", "Use a smaller timeout.", null);
            } else if (timeout == 0) {
                add("hooks/timeout-zero", Severity.WARNING, at, "Codex raises a timeout of 0 to 1 second.",
                        "Use a timeout of at least 1.", null);
            } else if (event.hasShortTimeout() && timeout > HookEvent.SHORT_EVENT_TIMEOUT_CAP) {
                add("hooks/timeout-clamped", Severity.WARNING, at,
                        "Codex caps " + event.tomlName() + " hook timeouts at 3 seconds.", "Use a timeout of at most 3.", null);
            } else if (timeout > 3600) {
                add("hooks/timeout-huge", Severity.INFO, at, "A timeout of " + timeout + " seconds lets a stuck hook stall "
                        + "Codex for over an hour.", "Use a shorter timeout (the default is 600).", null);
            }
        }

        // ---- across sources ----

        void bothRepresentations() {
            Map<Path, HookSource> json = new HashMap<>();
            for (HookSource s : catalog.sources()) {
                if (s.format() == HookSource.Format.JSON && !s.isEmpty()) {
                    json.put(s.path().getParent(), s);
                }
            }
            for (HookSource s : catalog.sources()) {
                if (s.format() == HookSource.Format.TOML_INLINE && !s.isEmpty() && json.containsKey(s.path().getParent())) {
                    add("hooks/both-representations", Severity.WARNING, s.position(),
                            "This layer has hooks both in " + json.get(s.path().getParent()).path()
                                    + " and inline here; Codex loads both and warns.",
                            "Keep one representation per layer.", null);
                }
            }
        }

        void disabledProjects() {
            for (ConfigLayer layer : stack.projectLayers()) {
                if (layer.enabled()) {
                    continue;
                }
                Path json = layer.folder().resolve("hooks.json");
                boolean inline = layer.isParsed() && layer.document().table().get(List.of("hooks")) instanceof TomlTable;
                SourcePosition at = Files.isRegularFile(json) ? SourcePosition.ofFile(json)
                        : inline ? layer.document().locate(List.of("hooks")) : null;
                if (at != null) {
                    add("hooks/untrusted-project", Severity.INFO, at,
                            "Codex does not load these hooks until the project is trusted.",
                            layer.disabledReason() == null ? "" : layer.disabledReason(), null);
                }
            }
        }

        void managedOnly() {
            if (!stack.requirements().allowManagedHooksOnly()) {
                return;
            }
            for (ConfigLayer layer : stack.enabledLayers()) {
                if (layer.kind().isManaged()) {
                    continue;
                }
                Path json = layer.folder().resolve("hooks.json");
                boolean inline = layer.isParsed() && layer.document().table().get(List.of("hooks")) instanceof TomlTable;
                if (Files.isRegularFile(json) || inline) {
                    add("hooks/managed-only", Severity.INFO, Files.isRegularFile(json) ? SourcePosition.ofFile(json)
                            : layer.document().locate(List.of("hooks")),
                            "`allow_managed_hooks_only` in requirements makes Codex ignore these hooks.",
                            "Ask your administrator to manage this hook.", null);
                }
            }
        }

        void entries() {
            for (HookEntry e : catalog.entries()) {
                SourcePosition at = e.handler().position();
                if (!e.enabled()) {
                    add("hooks/disabled-hook", Severity.INFO, at, "This hook is turned off in the user config.",
                            "Turn it on with `/hooks` in Codex.", null);
                } else if (e.trustStatus() == HookEntry.TrustStatus.UNTRUSTED) {
                    add("hooks/needs-review", Severity.INFO, at,
                            "Codex will not run this hook until it is trusted with `/hooks`.", "Review and trust it.", null);
                } else if (e.trustStatus() == HookEntry.TrustStatus.MODIFIED) {
                    add("hooks/modified-since-trusted", Severity.INFO, at,
                            "This hook changed since it was trusted; Codex will not run it until it is reviewed again with `/hooks`.",
                            "Review and trust it again.", null);
                }
            }
        }

        void states() {
            Set<String> keys = new HashSet<>();
            catalog.entries().forEach(e -> keys.add(e.key()));
            for (ConfigLayer layer : stack.layers()) {
                if (!layer.isParsed()) {
                    continue;
                }
                Object state = TomlPaths.get(layer.document().table(), List.of("hooks", "state")).orElse(null);
                if (!(state instanceof TomlTable t) || t.isEmpty()) {
                    continue;
                }
                if (layer.kind() != LayerKind.USER) {
                    add("hooks/state-outside-user-config", Severity.WARNING, layer.document().locate(List.of("hooks", "state")),
                            "Codex reads `[hooks.state]` only from the user config, so it ignores it here.",
                            "Trust hooks with `/hooks`, which writes the user config.", null);
                    continue;
                }
                for (HookStates.State s : HookStates.read(layer.document()).states().values()) {
                    if (!keys.contains(s.key())) {
                        add("hooks/stale-state", Severity.INFO, s.position(),
                                "No discovered hook has the key `" + s.key() + "`, so this state entry has no effect.",
                                "Remove it, or check that the hook's file, event and position are unchanged.", null);
                    }
                }
            }
        }

        // ---- helpers ----

        Optional<SourceText> text(Path path) {
            return texts.computeIfAbsent(path, p -> {
                for (ConfigLayer l : stack.layers()) {
                    if (l.file().equals(p) && l.document() != null) {
                        return Optional.of(l.document().source());
                    }
                }
                for (var f : stack.requirements().files()) {
                    if (f.path().equals(p) && f.document() != null) {
                        return Optional.of(f.document().source());
                    }
                }
                try {
                    return Files.isRegularFile(p) ? Optional.of(FileReads.readText(p)) : Optional.empty();
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            });
        }

        Optional<Fix> renameAt(Path path, SourcePosition at, String from, String to, HookSource.Format format) {
            Optional<SourceText> text = text(path);
            if (text.isEmpty() || at.line() == 0) {
                return Optional.empty();
            }
            int off = text.get().offset(at.line(), at.column());
            String t = text.get().text();
            String written = format == HookSource.Format.JSON ? "\"" + from + "\"" : from;
            String replacement = format == HookSource.Format.JSON ? "\"" + to + "\"" : to;
            if (!t.startsWith(written, off)) {
                return Optional.empty();
            }
            return Optional.of(Fix.of("Rename `" + from + "` to `" + to + "`",
                    new Edit.ReplaceText(path, off, off + written.length(), replacement)));
        }

        Fix renameKey(SourceText text, SourcePosition at, String from, String to) {
            if (at.line() == 0) {
                return null;
            }
            int off = text.offset(at.line(), at.column());
            if (!text.text().startsWith(from, off)) {
                return null;
            }
            return Fix.of("Rename `" + from + "` to `" + to + "`", new Edit.ReplaceText(text.path(), off, off + from.length(), to));
        }

        Fix deleteLine(SourceText text, SourcePosition at) {
            if (at.line() == 0) {
                return null;
            }
            return Fix.of("Remove the line", new Edit.ReplaceText(text.path(), text.lineStart(at.line()),
                    text.lineEndInclusive(at.line()), ""));
        }

        /** Rebuilds a hooks.json whose events sit at the top level as {@code {"description"?, "hooks": {…}}}. */
        Fix wrapInHooks(Path path) {
            Optional<SourceText> text = text(path);
            if (text.isEmpty()) {
                return null;
            }
            String before = text.get().text();
            return HooksJsonWriter.INSTANCE.wrapEventsInHooks(before)
                    .map(out -> Fix.of("Wrap the events in {\"hooks\": …}", new Edit.ReplaceText(path, 0, before.length(), out)))
                    .orElse(null);
        }

        static Optional<HookEvent> likelyEvent(String name) {
            String n = name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
            for (HookEvent e : HookEvent.values()) {
                if (e.tomlName().toLowerCase(Locale.ROOT).equals(n)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        static String eventNames() {
            List<String> names = new ArrayList<>();
            for (HookEvent e : HookEvent.values()) {
                names.add(e.tomlName());
            }
            return String.join(", ", names);
        }
    }
}
