package dev.codexstudio.ui.config;

import dev.codexstudio.core.config.ConfigFields;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigOrigins;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.ProfileComparison;
import dev.codexstudio.core.config.ProfileFiles;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.keys.KeyCatalogue;
import dev.codexstudio.core.config.keys.RuntimeOverlay;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.FixApplier;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.validate.LiveValidator;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The configuration form's model, over one open {@code config.toml} or profile file: typed fields read from and
 * written to the document's text (each edit one undoable step in the document's history, changing only that
 * value's text), the standing of every value among Codex's layers, the known feature flags, the file's live
 * findings with the core's fixes, and profile files (list, create, compare with the base config).
 * Pure and synchronous; the view refreshes it when the text or the stack changes.
 */
public final class ConfigEditorViewModel {

    private final StudioViewModel studio;
    private final DocumentViewModel document;
    private final ConfigFields fields = ConfigFields.bundled();
    private final RuntimeOverlay overlay = KeyCatalogue.bundled().overlay();

    /** One feature flag: Codex's stage and default, this file's value and the effective one. */
    public record FeatureRow(String key, String stage, boolean defaultOn, Optional<Boolean> here, boolean effective,
            String standing) {
    }

    public ConfigEditorViewModel(StudioViewModel studio, DocumentViewModel document) {
        this.studio = studio;
        this.document = document;
    }

    public DocumentViewModel document() {
        return document;
    }

    public ConfigFields fields() {
        return fields;
    }

    public Path file() {
        return document.path();
    }

    /** The Codex home the studio reads (where profile files live). */
    public Path codexHome() {
        return studio.stack().map(s -> s.environment().codexHome()).orElse(studio.environment().codexHome());
    }

    private CodexEnvironment environment() {
        return studio.stack().map(Stack::environment).orElse(studio.environment());
    }

    /** The document's current text, parsed; empty when it has TOML syntax errors. */
    public Optional<TomlDocument> parsed() {
        TomlDocument doc = TomlDocument.parse(document.currentSource());
        return doc.hasSyntaxErrors() ? Optional.empty() : Optional.of(doc);
    }

    /** Why the form cannot edit the text right now (a TOML syntax error, with its line), or empty. */
    public Optional<String> syntaxProblem() {
        TomlDocument doc = TomlDocument.parse(document.currentSource());
        if (!doc.hasSyntaxErrors()) {
            return Optional.empty();
        }
        TomlDocument.SyntaxError e = doc.syntaxErrors().get(0);
        return Optional.of("Line " + e.position().line() + ", column " + e.position().column() + ": " + e.message()
                + ". Fix it in the text to use the form.");
    }

    /** Which layer this file is. */
    public LayerKind layerKind() {
        if (isProfile()) {
            return LayerKind.PROFILE;
        }
        return origins().map(o -> o.selfLayer().kind()).orElse(LayerKind.USER);
    }

    public boolean isProfile() {
        return ProfileFiles.isProfileFile(file(), codexHome());
    }

    public Optional<String> profileName() {
        return isProfile() ? ProfileFiles.name(file()) : Optional.empty();
    }

    private String cachedText;
    private Stack cachedStack;
    private Optional<ConfigOrigins> cachedOrigins = Optional.empty();
    private List<String> cachedFailures = List.of();

    /** Why Codex would refuse to start with this layering (for a profile: {@code codex --profile NAME}). */
    public List<String> loadFailures() {
        origins();
        return cachedFailures;
    }

    /**
     * The file's layering with its current text, from the view whose layers include it (else the root view). A
     * profile file is layered as {@code codex --profile NAME} does: the stack is loaded with that profile selected,
     * so trust entries and the legacy-profile check see it too.
     */
    public Optional<ConfigOrigins> origins() {
        Optional<Stack> s = studio.stack();
        if (s.isEmpty() || s.get().views().isEmpty()) {
            return Optional.empty();
        }
        String text = document.text();
        if (text.equals(cachedText) && s.get() == cachedStack) {
            return cachedOrigins;
        }
        CwdView view = viewFor(s.get());
        ConfigStack cs = view.config();
        Optional<String> profile = profileName();
        if (profile.isPresent() && !profile.equals(cs.environment().profileName())) {
            cs = ConfigStackLoader.load(cs.environment().withProfile(profile.get()), view.cwd());
        }
        cachedFailures = cs.loadFailures().stream().map(ConfigStack.LoadFailure::message).toList();
        cachedOrigins = Optional.of(ConfigOrigins.of(cs, file(), parsed().orElse(null)));
        cachedText = text;
        cachedStack = s.get();
        return cachedOrigins;
    }

    private CwdView viewFor(Stack s) {
        for (CwdView v : s.views()) {
            for (ConfigLayer l : v.config().layers()) {
                if (l.file().equals(file())) {
                    return v;
                }
            }
        }
        return s.rootView();
    }

    /** A subtitle: which layer this is and where it stands. */
    public String subtitle() {
        String where = ConfigOrigins.shortPath(file(), studio.stack().map(Stack::root).orElse(null), environment());
        Optional<ConfigOrigins> o = origins();
        String layer = o.map(x -> x.describe(x.selfLayer())).orElse(where);
        String order = "Layers, lowest first: system < user < profile (--profile) < project .codex/config.toml "
                + "(project root → working directory).";
        if (isProfile()) {
            return capitalise(layer) + ": applies only with codex --profile " + profileName().orElse("") + ". " + order;
        }
        return capitalise(layer) + ". " + order;
    }

    /** Why Codex does not apply this file, if it does not (an untrusted project). */
    public Optional<String> notApplied() {
        return origins().flatMap(ConfigOrigins::selfDisabledReason);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- fields

    /** This file's value of a field, as the form shows it ("" when not set here). */
    public String text(ConfigFields.Field f) {
        return parsed().map(d -> {
            Object v = d.table().get(f.path());
            return v instanceof org.tomlj.TomlTable ? "(a table: edit it in the text)" : ConfigFields.display(v);
        }).orElse("");
    }

    /** Whether this file sets the field's value in a form the field cannot show (a table, a wrong type). */
    public boolean editableInForm(ConfigFields.Field f) {
        Optional<TomlDocument> d = parsed();
        if (d.isEmpty()) {
            return false;
        }
        Object v = d.get().table().get(f.path());
        if (v == null) {
            return true;
        }
        return switch (f.type()) {
            case TEXT, SUGGEST, CHOICE -> v instanceof String;
            case INTEGER -> v instanceof Long;
            case BOOLEAN -> v instanceof Boolean;
            case STRING_LIST -> v instanceof org.tomlj.TomlArray a && a.toList().stream().allMatch(String.class::isInstance);
        };
    }

    /** What is wrong with {@code input} for the field, or empty when it can be written. */
    public Optional<String> check(ConfigFields.Field f, String input) {
        return ConfigFields.parse(f, input).error();
    }

    /**
     * Writes the field's value into the text as one undoable step (only that value's text changes); blank input
     * removes the key. Returns the problem instead when the input is not a value Codex accepts, or the text has
     * syntax errors.
     */
    public Optional<String> commit(ConfigFields.Field f, String input) {
        ConfigFields.Parsed p = ConfigFields.parse(f, input);
        if (p.error().isPresent()) {
            return p.error();
        }
        if (p.isRemove()) {
            return edit(d -> d.remove(f.path()), "Clear " + f.key());
        }
        Object value = p.value().get();
        Optional<TomlDocument> current = parsed();
        if (current.isPresent() && same(current.get().table().get(f.path()), value)) {
            return Optional.empty();
        }
        return edit(d -> d.set(f.path(), value), "Set " + f.key());
    }

    private static boolean same(Object existing, Object value) {
        if (existing == null) {
            return false;
        }
        if (existing instanceof org.tomlj.TomlArray a && value instanceof org.tomlj.TomlArray b) {
            return a.toList().equals(b.toList());
        }
        return existing.equals(value);
    }

    /** Sets (true/false) or removes (null) {@code [features] key}, as one undoable step. */
    public Optional<String> setFeature(String key, Boolean value) {
        List<String> path = List.of("features", key);
        if (value == null) {
            return edit(d -> d.remove(path), "Clear feature " + key);
        }
        if (parsed().map(d -> value.equals(d.table().get(path))).orElse(false)) {
            return Optional.empty();
        }
        return edit(d -> d.set(path, value), (value ? "Enable" : "Disable") + " feature " + key);
    }

    private Optional<String> edit(Consumer<TomlDocument> change, String description) {
        TomlDocument doc = TomlDocument.parse(document.currentSource());
        if (doc.hasSyntaxErrors()) {
            return syntaxProblem();
        }
        try {
            change.accept(doc);
        } catch (RuntimeException e) {
            return Optional.of("Could not edit the text: " + e.getMessage());
        }
        document.replaceAll(doc.render(), description);
        return Optional.empty();
    }

    /** Where the field's value comes from, as one sentence. */
    public Optional<ConfigOrigins.Standing> standing(List<String> path) {
        return origins().map(o -> o.standing(path));
    }

    // ---- features

    /** Every feature flag Codex 0.169 knows (removed ones left out), those set here first, then by name. */
    public List<FeatureRow> features(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        Optional<ConfigOrigins> o = origins();
        Optional<TomlDocument> d = parsed();
        List<FeatureRow> out = new ArrayList<>();
        for (RuntimeOverlay.Feature feat : overlay.features().values()) {
            if (feat.isRemoved() || !f.isEmpty() && !feat.name().toLowerCase(Locale.ROOT).contains(f)) {
                continue;
            }
            List<String> path = List.of("features", feat.name());
            Optional<Boolean> here = d.map(x -> x.table().get(path)).filter(Boolean.class::isInstance)
                    .map(Boolean.class::cast);
            Optional<ConfigOrigins.Standing> s = o.map(x -> x.standing(path));
            boolean effective = s.flatMap(ConfigOrigins.Standing::effective).filter(Boolean.class::isInstance)
                    .map(Boolean.class::cast).orElse(feat.enabledByDefault());
            String standing = s.map(ConfigOrigins.Standing::sentence).orElse("");
            if (standing.startsWith("Not set in any layer")) {
                standing = "Not set in any layer: " + (feat.enabledByDefault() ? "on" : "off") + " by default.";
            }
            out.add(new FeatureRow(feat.name(), feat.stage(), feat.enabledByDefault(), here, effective, standing));
        }
        out.sort(Comparator.comparing((FeatureRow r) -> r.here().isEmpty()).thenComparing(FeatureRow::key));
        return out;
    }

    // ---- findings

    /** The live findings of this file's current text (the same the Problems panel shows). */
    public List<Diagnostic> findings() {
        Optional<Stack> s = studio.stack();
        if (s.isEmpty()) {
            return List.of();
        }
        return LiveValidator.validate(s.get(), document.currentSource()).stream()
                .filter(x -> x.position().file().equals(file())).sorted(Diagnostic.ORDER).toList();
    }

    /** Applies a finding's fix to the text as one undoable step. */
    public Optional<String> applyFix(Diagnostic d) {
        if (d.fix() == null) {
            return Optional.of("This finding has no automatic fix.");
        }
        try {
            document.replaceAll(FixApplier.applyTo(document.text(), file(), d.fix()), d.fix().title());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    // ---- profiles

    /** The profile files in the Codex home. */
    public List<Path> profiles() {
        return ProfileFiles.list(codexHome());
    }

    /** Why a new profile cannot have this name, or empty. */
    public Optional<String> profileNameProblem(String name) {
        return ProfileFiles.nameProblem(name == null ? "" : name.strip(), codexHome());
    }

    /**
     * Creates {@code <name>.config.toml} in the Codex home (never over an existing file), empty or with the base
     * config's settings (read from disk), and scans again.
     */
    public Path createProfile(String name, boolean fromBase) throws IOException {
        Path base = environment().userConfigFile();
        SourceText baseText = fromBase && Files.isRegularFile(base) ? FileReads.readText(base) : null;
        Path created = ProfileFiles.create(codexHome(), name.strip(), baseText);
        studio.rescan();
        return created;
    }

    /** This profile beside the base config (empty for a file that is not a profile). */
    public List<ProfileComparison.Row> comparison() {
        if (!isProfile()) {
            return List.of();
        }
        return origins().map(ProfileComparison::compare).orElse(List.of());
    }
}
