package dev.codexstudio.ui.hooks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookEntry.TrustStatus;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.hooks.HookFileEdits;
import dev.codexstudio.core.hooks.HookHandler;
import dev.codexstudio.core.hooks.HookHash;
import dev.codexstudio.core.hooks.HookKeys;
import dev.codexstudio.core.hooks.HookReadResult;
import dev.codexstudio.core.hooks.HookRules;
import dev.codexstudio.core.hooks.HookSource;
import dev.codexstudio.core.hooks.HookStates;
import dev.codexstudio.core.hooks.HookTrust;
import dev.codexstudio.core.hooks.HooksJsonReader;
import dev.codexstudio.core.hooks.InlineHooksReader;
import dev.codexstudio.core.hooks.MatcherGroup;
import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.LineDiff;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The hook editor's model for one open file: a {@code hooks.json} or the inline {@code [[hooks.<Event>]]} of a
 * {@code config.toml}. It reads the document's current (unsaved) text with core's readers, lists its matcher groups
 * and handlers, holds the selected one, and turns every form edit into one undoable text edit of the document
 * through core's format-preserving {@link HookFileEdits}. For the selection it shows the hook key, trust hash and
 * trust state exactly as core {@link HookKeys}, {@link HookHash} and the user config's {@code [hooks.state]}
 * give them, the findings of {@link HookRules} per field, and turns enabling or disabling into the edit Codex
 * reads: {@code [hooks.state."<key>"] enabled = false} in the user {@code config.toml} (removed to enable).
 */
public final class HookEditorViewModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A line of the list: a group ({@code handler == -1}) or a handler. */
    public record Row(HookEvent event, int group, int handler, String text, String detail, int line) {
        public boolean isGroup() {
            return handler < 0;
        }

        public Selection selection() {
            return new Selection(event, group, handler);
        }
    }

    /** What is selected: a handler, or a group when {@code handler == -1}. */
    public record Selection(HookEvent event, int group, int handler) {
    }

    /** The trust facts of the selected handler. */
    public record TrustInfo(String key, String hash, TrustStatus status, boolean enabled, boolean managed,
            String trustedHash, String explanation) {
    }

    /** An edit of another file (the user config), to confirm with its diff before it is written. */
    public record Pending(Path file, String before, String after, String diff, String description) {
    }

    private final DocumentViewModel document;
    private final StudioViewModel studio;
    private final HookSource.Format format;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private HookReadResult read;
    private List<Diagnostic> findings = List.of();

    public HookEditorViewModel(DocumentViewModel document, StudioViewModel studio) {
        this.document = document;
        this.studio = studio;
        String name = document.path().getFileName() == null ? "" : document.path().getFileName().toString();
        this.format = name.endsWith(".toml") ? HookSource.Format.TOML_INLINE : HookSource.Format.JSON;
        document.textProperty().addListener((o, a, b) -> refresh());
        studio.stackProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public DocumentViewModel document() {
        return document;
    }

    public HookSource.Format format() {
        return format;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** The last refused edit or parse failure, or "". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the document's text again (called on every change). */
    public void refresh() {
        SourceText text = document.currentSource();
        Scope scope = scope();
        if (format == HookSource.Format.JSON) {
            read = text.text().isBlank() ? HookReadResult.absent(document.path())
                    : HooksJsonReader.parse(text, scope.label, scope.managed);
        } else {
            read = InlineHooksReader.readConfig(TomlDocument.parse(text), scope.label, scope.managed);
        }
        findings = studio.stack().map(s -> HookRules.checkEdited(s.rootView().config(), read, text)).orElse(List.of());
        List<Row> out = new ArrayList<>();
        read.optionalSource().ifPresent(src -> {
            for (HookEvent e : HookEvent.values()) {
                for (MatcherGroup g : src.groups(e)) {
                    String m = e.ignoresMatcher() ? "(matcher ignored)"
                            : g.matcher() == null || g.matcher().isEmpty() ? "* (every " + e.matcherTarget().label() + ")"
                            : g.matcher();
                    out.add(new Row(e, g.index(), -1, e.tomlName() + "  " + m, "group " + g.index(), g.position().line()));
                    for (HookHandler h : g.handlers()) {
                        out.add(new Row(e, g.index(), h.index(), action(h), h.type() + " · line " + h.position().line(),
                                h.position().line()));
                    }
                }
            }
        });
        rows.setAll(out);
        Selection sel = selection.get();
        if (sel != null && rows.stream().noneMatch(r -> r.selection().equals(sel))) {
            selection.set(rows.stream().filter(r -> !r.isGroup()).findFirst().map(Row::selection).orElse(null));
        } else if (sel == null) {
            selection.set(rows.stream().filter(r -> !r.isGroup()).findFirst().map(Row::selection).orElse(null));
        }
        if (read.optionalFailure().isPresent()) {
            var f = read.optionalFailure().get();
            status.set("Codex cannot read this file: " + f.message() + " (line " + f.position().line() + "). Fix it in the "
                    + "source; the form edits again once it parses.");
        } else if (status.get().startsWith("Codex cannot read")) {
            status.set("");
        }
    }

    private static String action(HookHandler h) {
        if (h instanceof HookHandler.Command c) {
            return c.command();
        }
        if (h instanceof HookHandler.McpTool m) {
            return "mcp " + m.server() + " / " + m.tool();
        }
        return h.type() + " (not supported by Codex yet)";
    }

    public Optional<HookSource> source() {
        return read.optionalSource();
    }

    /** The parse failure, if the text cannot be read as Codex reads it. */
    public Optional<HookReadResult.Failure> failure() {
        return read.optionalFailure();
    }

    public Optional<MatcherGroup> group() {
        Selection s = selection.get();
        if (s == null || source().isEmpty()) {
            return Optional.empty();
        }
        List<MatcherGroup> gs = source().get().groups(s.event());
        return s.group() < gs.size() ? Optional.of(gs.get(s.group())) : Optional.empty();
    }

    public Optional<HookHandler> handler() {
        Selection s = selection.get();
        return group().filter(g -> s.handler() >= 0 && s.handler() < g.handlers().size())
                .map(g -> g.handlers().get(s.handler()));
    }

    public Optional<HookEvent> event() {
        return Optional.ofNullable(selection.get()).map(Selection::event);
    }

    /** Selects the handler (or group) written at or before a 1-based line. */
    public void selectLine(int line) {
        Row best = null;
        for (Row r : rows) {
            if (r.line() <= line && (best == null || r.line() >= best.line())) {
                best = r;
            }
        }
        if (best != null) {
            if (best.isGroup()) {
                // a caret on a group's lines before its handlers: its first handler
                Row b = best;
                best = rows.stream().filter(r -> r.event() == b.event() && r.group() == b.group() && !r.isGroup())
                        .findFirst().orElse(best);
            }
            selection.set(best.selection());
        }
    }

    // ---- where it lives ----

    private record Scope(String label, boolean managed) {
    }

    private CodexEnvironment environment() {
        return studio.stack().map(Stack::environment).orElseGet(studio::environment);
    }

    private Scope scope() {
        Optional<HookSource> known = knownSource();
        if (known.isPresent()) {
            return new Scope(known.get().source(), known.get().managed());
        }
        CodexEnvironment env = environment();
        Path p = document.path();
        if (p.startsWith(env.systemDir())) {
            return new Scope("system", true);
        }
        if (p.startsWith(env.codexHome())) {
            return new Scope("user", false);
        }
        return new Scope("project", false);
    }

    private Optional<HookSource> knownSource() {
        Optional<Stack> s = studio.stack();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (CwdView v : s.get().views()) {
            for (HookReadResult r : v.hooks().reads()) {
                if (r.path().toAbsolutePath().normalize().equals(document.path()) && r.optionalSource().isPresent()
                        && r.source().format() == format) {
                    return r.optionalSource();
                }
            }
        }
        return Optional.empty();
    }

    /** "Project hooks.json", "User config.toml (inline hooks)", … with the file. */
    public String location() {
        Scope s = scope();
        String kind = format == HookSource.Format.JSON ? "hooks.json" : "inline [[hooks.<Event>]] in config.toml";
        String who = s.managed ? "Managed (" + s.label + ")" : Character.toUpperCase(s.label.charAt(0)) + s.label.substring(1);
        return who + " scope · " + kind + " · " + document.path();
    }

    public boolean managed() {
        return scope().managed;
    }

    /** The path Codex puts in this file's hook keys. */
    public Path keyPath() {
        return knownSource().map(HookSource::path).orElse(document.path());
    }

    // ---- trust ----

    private Path userConfigPath() {
        return environment().codexHome().resolve("config.toml");
    }

    private String userConfigText() {
        Path p = userConfigPath();
        if (p.equals(document.path())) {
            return document.text();
        }
        try {
            return Files.isRegularFile(p) ? FileReads.readText(p).text() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private HookStates states() {
        return HookStates.read(TomlDocument.parse(SourceText.ofString(userConfigPath(), userConfigText())));
    }

    /** The key, hash and trust state of the selected handler (empty for a group or an unsupported handler). */
    public Optional<TrustInfo> trust() {
        Optional<HookHandler> h = handler();
        Optional<MatcherGroup> g = group();
        if (h.isEmpty() || g.isEmpty()) {
            return Optional.empty();
        }
        HookEvent e = selection.get().event();
        String key = HookKeys.key(keyPath(), e, g.get().index(), h.get().index());
        if (!(h.get() instanceof HookHandler.Command || h.get() instanceof HookHandler.McpTool)) {
            return Optional.of(new TrustInfo(key, "", TrustStatus.UNTRUSTED, true, managed(), null,
                    "Codex skips " + h.get().type() + " hooks (not supported yet): they have no trust hash."));
        }
        String hash = HookHash.of(e, HookDiscovery.effectiveMatcher(e, g.get()), h.get());
        if (managed()) {
            return Optional.of(new TrustInfo(key, hash, TrustStatus.MANAGED, true, true, null,
                    "Managed hooks are trusted automatically and cannot be turned off."));
        }
        HookStates.State st = states().get(key).orElse(null);
        String trusted = st == null ? null : st.trustedHash();
        boolean enabled = st == null || !Boolean.FALSE.equals(st.enabled());
        TrustStatus status = trusted == null ? TrustStatus.UNTRUSTED : trusted.equals(hash) ? TrustStatus.TRUSTED
                : TrustStatus.MODIFIED;
        String why = switch (status) {
            case TRUSTED -> "The user config trusts exactly this hash: Codex runs the hook.";
            case MODIFIED -> "The user config trusts an older version (" + trusted + "): Codex will not run it until "
                    + "it is reviewed again.";
            case UNTRUSTED -> "No trusted_hash for this key in the user config: Codex will not run it until it is trusted "
                    + "(/hooks in the TUI).";
            case MANAGED -> "";
        };
        if (!enabled) {
            why = "Disabled in the user config ([hooks.state] enabled = false). " + why;
        }
        return Optional.of(new TrustInfo(key, hash, status, enabled, false, trusted, why));
    }

    /**
     * The user-config edit that turns the selected hook off ({@code enabled = false}) or back on (the key is
     * removed), or empty when nothing changes or the user config cannot be edited.
     */
    public Optional<Pending> enabledChange(boolean enabled) {
        Optional<TrustInfo> t = trust();
        if (t.isEmpty() || t.get().managed() || t.get().enabled() == enabled) {
            return Optional.empty();
        }
        Path file = userConfigPath();
        String before = userConfigText();
        TomlDocument doc = TomlDocument.parse(SourceText.ofString(file, before));
        Optional<TomlDocument> edited = HookTrust.setEnabled(doc, entry(t.get()), enabled);
        if (edited.isEmpty()) {
            status.set("The user config " + file + " cannot be edited (it does not parse, or hooks.state is not a table).");
            return Optional.empty();
        }
        String after = edited.get().toSourceText().text();
        if (after.equals(before)) {
            return Optional.empty();
        }
        return Optional.of(new Pending(file, before, after, LineDiff.unified(file.toString(), before, after),
                (enabled ? "Enable" : "Disable") + " hook " + t.get().key()));
    }

    /**
     * Writes a confirmed user-config edit: into the document when it is the one being edited (an undoable step),
     * else atomically to disk (refused when the file changed since it was read), then scans again.
     */
    public boolean apply(Pending p) {
        if (p.file().equals(document.path())) {
            document.replaceAll(p.after(), p.description());
            return true;
        }
        try {
            byte[] disk = Files.isRegularFile(p.file()) ? Files.readAllBytes(p.file()) : null;
            String now = disk == null ? "" : SourceText.of(p.file(), disk).text();
            if (!now.equals(p.before())) {
                status.set(p.file() + " changed on disk: nothing was written.");
                return false;
            }
            SourceText base = disk == null ? SourceText.ofString(p.file(), "") : SourceText.of(p.file(), disk);
            FileSnapshot snap = disk == null ? FileSnapshot.absent(p.file())
                    : FileSnapshot.of(p.file(), disk, Files.getLastModifiedTime(p.file()).toMillis());
            AtomicFiles.write(p.file(), base.withText(p.after()).bytes(), snap);
        } catch (IOException e) {
            status.set("Could not write " + p.file() + ": " + e.getMessage());
            return false;
        }
        studio.rescan();
        refresh();
        return true;
    }

    private HookEntry entry(TrustInfo t) {
        HookEvent e = selection.get().event();
        HookHandler h = handler().orElseThrow();
        MatcherGroup g = group().orElseThrow();
        String type = h instanceof HookHandler.McpTool ? "mcpTool" : "command";
        return new HookEntry(t.key(), e, type, HookDiscovery.effectiveMatcher(e, g), null, null, null, 0, null, false,
                null, keyPath(), scope().label, t.enabled(), t.managed(), t.hash(), t.status(), 0, source().orElseThrow(), g, h);
    }

    // ---- findings ----

    /** Every finding of core's hook rules on the current text. */
    public List<Diagnostic> findings() {
        return findings;
    }

    /**
     * The findings of the selection by field: {@code matcher} for the group's, each handler field's under its name,
     * and {@code handler} for the rest written on the handler's lines.
     */
    public Map<String, List<Diagnostic>> fieldFindings() {
        Map<String, List<Diagnostic>> out = new LinkedHashMap<>();
        Optional<MatcherGroup> g = group();
        if (g.isEmpty()) {
            return out;
        }
        Map<Integer, String> lineField = new LinkedHashMap<>();
        g.get().fieldPositions().forEach((k, p) -> {
            if (k.equals("matcher")) {
                lineField.put(p.line(), "matcher");
            }
        });
        Optional<HookHandler> h = handler();
        int first = h.map(x -> x.position().line()).orElse(Integer.MAX_VALUE);
        int last = first;
        if (h.isPresent()) {
            for (Map.Entry<String, SourcePosition> f : h.get().fieldPositions().entrySet()) {
                lineField.put(f.getValue().line(), f.getKey().equals("command_windows") ? "commandWindows" : f.getKey());
                last = Math.max(last, f.getValue().line());
            }
        }
        for (Diagnostic d : findings) {
            if (!Objects.equals(d.position().file(), document.path()) && d.position().file() != null
                    && !d.position().file().toAbsolutePath().normalize().equals(document.path())) {
                continue;
            }
            int line = d.position().line();
            String field = lineField.get(line);
            if (field == null && line >= first && line <= last) {
                field = "handler";
            }
            if (field != null) {
                out.computeIfAbsent(field, k -> new ArrayList<>()).add(d);
            }
        }
        return out;
    }

    // ---- edits (each one undoable step of the document) ----

    private HookFileEdits edits() {
        return HookFileEdits.forFormat(format);
    }

    private boolean commit(Optional<String> edited, String description) {
        if (edited.isEmpty()) {
            status.set("The studio cannot make this edit safely here (" + description.toLowerCase(java.util.Locale.ROOT)
                    + "): edit it in the source.");
            return false;
        }
        status.set("");
        document.replaceAll(edited.get(), description);
        return true;
    }

    /** Sets the selected group's matcher ("" or null removes it). */
    public boolean setMatcher(String matcher) {
        Selection s = selection.get();
        Optional<MatcherGroup> g = group();
        if (s == null || g.isEmpty()) {
            return false;
        }
        String m = matcher == null || matcher.isEmpty() ? null : matcher;
        if (Objects.equals(m, g.get().matcher())) {
            return false;
        }
        return commit(edits().setMatcher(document.text(), s.event(), s.group(), m), "Set matcher");
    }

    /** Sets (or, with null, removes) a field of the selected handler. */
    public boolean setField(String field, Object value) {
        Selection s = selection.get();
        if (s == null || handler().isEmpty()) {
            return false;
        }
        Object current = fieldValue(handler().get(), field);
        if (Objects.equals(current, value)) {
            return false;
        }
        return commit(edits().setField(document.text(), s.event(), s.group(), s.handler(), field, value), "Set " + field);
    }

    /**
     * Sets a whole-number field from text: "" removes it, digits set it; anything else is refused with a message.
     */
    public boolean setNumber(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return setField(field, null);
        }
        if (!t.matches("\\d{1,18}")) {
            status.set(field + " must be a whole number (" + t + " is not).");
            return false;
        }
        return setField(field, Long.parseLong(t));
    }

    /** Sets an MCP handler's {@code input} from JSON object text ("" removes it). */
    public boolean setInput(String json) {
        String t = json == null ? "" : json.strip();
        if (t.isEmpty()) {
            return setField("input", null);
        }
        try {
            Map<String, Object> m = JSON.readValue(t, new TypeReference<LinkedHashMap<String, Object>>() { });
            return commit(edits().setField(document.text(), selection.get().event(), selection.get().group(),
                    selection.get().handler(), "input", m), "Set input");
        } catch (IOException | RuntimeException e) {
            status.set("input must be a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
            return false;
        }
    }

    /** A handler field's value as the form shows it (null when not written). */
    public static Object fieldValue(HookHandler h, String field) {
        if (h instanceof HookHandler.Command c) {
            return switch (field) {
                case "command" -> c.command();
                case "commandWindows" -> c.commandWindows();
                case "timeout" -> c.timeout();
                case "async" -> c.fieldPositions().containsKey("async") ? (Object) c.async() : null;
                case "statusMessage" -> c.statusMessage();
                case "additionalContextLimit" -> c.additionalContextLimit();
                default -> null;
            };
        }
        if (h instanceof HookHandler.McpTool m) {
            return switch (field) {
                case "server" -> m.server();
                case "tool" -> m.tool();
                case "timeout" -> m.timeout();
                case "statusMessage" -> m.statusMessage();
                default -> null;
            };
        }
        return null;
    }

    /**
     * Adds a hook: a new matcher group with one handler, {@code command} (or, for {@code mcp_tool}, the server and
     * tool), and selects it.
     */
    public boolean addHook(HookEvent event, String matcher, String type, String commandOrServer, String tool) {
        Map<String, Object> h = new LinkedHashMap<>();
        if ("mcp_tool".equals(type)) {
            if (blank(commandOrServer) || blank(tool)) {
                status.set("An mcp_tool hook needs a server and a tool.");
                return false;
            }
            h.put("type", "mcp_tool");
            h.put("server", commandOrServer.strip());
            h.put("tool", tool.strip());
        } else {
            if (blank(commandOrServer)) {
                status.set("A command hook needs a command.");
                return false;
            }
            h.put("type", "command");
            h.put("command", commandOrServer);
        }
        int index = source().map(s -> s.groups(event).size()).orElse(0);
        String m = blank(matcher) || event.ignoresMatcher() ? null : matcher;
        if (commit(edits().addGroup(document.text(), event, m, h), "Add " + event.tomlName() + " hook")) {
            selection.set(new Selection(event, index, 0));
            return true;
        }
        return false;
    }

    /** Removes the selected handler (its group too when it was the only one) or the selected group. */
    public boolean removeSelected() {
        Selection s = selection.get();
        if (s == null) {
            return false;
        }
        Optional<String> out = s.handler() < 0 ? edits().removeGroup(document.text(), s.event(), s.group())
                : edits().removeHandler(document.text(), s.event(), s.group(), s.handler());
        return commit(out, s.handler() < 0 ? "Remove group" : "Remove hook");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---- move ----

    /** A file a hook can be moved to. */
    public record MoveTarget(Path file, HookSource.Format format, String label) {
    }

    /** A planned move: this document's edit and the target file's, with the combined diff of both. */
    public record MovePlan(MoveTarget target, Pending here, Pending there, String newKey, List<String> dropped,
            String diff) {
    }

    /**
     * Where the selected hook can go: the user's hooks.json and config.toml, the project root's
     * {@code .codex/hooks.json} and {@code .codex/config.toml}, and the other file of this file's folder.
     */
    public List<MoveTarget> moveTargets() {
        List<MoveTarget> out = new ArrayList<>();
        Path home = environment().codexHome();
        List<Path> dirs = new ArrayList<>();
        dirs.add(home);
        studio.stack().ifPresent(s -> dirs.add(s.root().resolve(".codex").toAbsolutePath().normalize()));
        if (document.path().getParent() != null) {
            dirs.add(document.path().getParent());
        }
        for (Path dir : dirs) {
            String scope = dir.equals(home) ? "User" : dir.startsWith(environment().systemDir()) ? "System" : "Project";
            for (HookSource.Format f : List.of(HookSource.Format.JSON, HookSource.Format.TOML_INLINE)) {
                Path file = dir.resolve(f == HookSource.Format.JSON ? "hooks.json" : "config.toml");
                if (file.equals(document.path()) || out.stream().anyMatch(t -> t.file().equals(file))) {
                    continue;
                }
                String what = f == HookSource.Format.JSON ? "hooks.json" : "config.toml (inline)";
                out.add(new MoveTarget(file, f, scope + " " + what + " · " + file));
            }
        }
        return out;
    }

    /** Plans moving the selected handler to {@code target}, or empty (with a message) when it cannot be done safely. */
    public Optional<MovePlan> planMove(MoveTarget target) {
        Selection s = selection.get();
        if (s == null || s.handler() < 0) {
            status.set("Select a handler to move.");
            return Optional.empty();
        }
        String there;
        try {
            there = Files.isRegularFile(target.file()) ? FileReads.readText(target.file()).text() : "";
        } catch (IOException e) {
            status.set("Could not read " + target.file() + ": " + e.getMessage());
            return Optional.empty();
        }
        Optional<dev.codexstudio.core.hooks.HookMove.Plan> plan = dev.codexstudio.core.hooks.HookMove.plan(document.path(),
                document.text(), format, s.event(), s.group(), s.handler(), target.file(), there, target.format());
        if (plan.isEmpty()) {
            status.set("The studio cannot move this hook to " + target.file() + " safely (the file does not parse, or "
                    + "writes its hooks in a form the studio does not edit).");
            return Optional.empty();
        }
        status.set("");
        var p = plan.get();
        String desc = "Move hook to " + target.file();
        Pending here = new Pending(document.path(), document.text(), p.sourceText(),
                LineDiff.unified(document.path().toString(), document.text(), p.sourceText()), desc);
        Pending away = new Pending(target.file(), there, p.targetText(),
                LineDiff.unified(target.file().toString(), Files.exists(target.file()) ? there : null, p.targetText()), desc);
        String diff = "The hook's key becomes " + p.newKey() + ": Codex will ask to trust it again.\n"
                + (p.dropped().isEmpty() ? "" : "Not carried over (Codex ignores them): " + String.join(", ", p.dropped()) + "\n")
                + "\n" + here.diff() + "\n" + away.diff();
        return Optional.of(new MovePlan(target, here, away, p.newKey(), p.dropped(), diff));
    }

    /**
     * Carries out a confirmed move: writes the target file atomically (refused when it changed since the plan),
     * then removes the hook from this document as one undoable step (saved with the document), and scans again.
     */
    public boolean applyMove(MovePlan plan) {
        Pending there = plan.there();
        try {
            byte[] disk = Files.isRegularFile(there.file()) ? Files.readAllBytes(there.file()) : null;
            String now = disk == null ? "" : SourceText.of(there.file(), disk).text();
            if (!now.equals(there.before())) {
                status.set(there.file() + " changed on disk: nothing was moved.");
                return false;
            }
            SourceText base = disk == null ? SourceText.ofString(there.file(), "") : SourceText.of(there.file(), disk);
            FileSnapshot snap = disk == null ? FileSnapshot.absent(there.file())
                    : FileSnapshot.of(there.file(), disk, Files.getLastModifiedTime(there.file()).toMillis());
            AtomicFiles.write(there.file(), base.withText(there.after()).bytes(), snap);
        } catch (IOException e) {
            status.set("Could not write " + there.file() + ": " + e.getMessage());
            return false;
        }
        document.replaceAll(plan.here().after(), plan.here().description());
        studio.rescan();
        return true;
    }

    /** The catalog entry Codex lists for the selection from the last scan (after a save), if any. */
    public Optional<HookEntry> scannedEntry() {
        Optional<TrustInfo> t = trust();
        return t.flatMap(x -> studio.stack().flatMap(s -> s.views().stream().map(CwdView::hooks)
                .map((HookCatalog c) -> c.entry(x.key())).flatMap(Optional::stream).findFirst()));
    }
}
