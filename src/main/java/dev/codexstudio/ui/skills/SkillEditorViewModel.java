package dev.codexstudio.ui.skills;

import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.core.io.LineDiff;
import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.skills.FrontMatter;
import dev.codexstudio.core.skills.OpenAiYamlEdit;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.skills.SkillDocument;
import dev.codexstudio.core.skills.SkillFolders;
import dev.codexstudio.core.skills.SkillRules;
import dev.codexstudio.core.skills.SkillToggle;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The SKILL.md form's model: the front-matter fields read from the document's current text, the findings of
 * the core validator for this file (sorted to the field they are about), the description's length against the
 * limits, and the skill as the stack knows it (scope, enabled, its folder). Field edits become text edits on the
 * document, through its undo history, so one undo stack covers typing in the source and editing the form; the
 * keystrokes of one field edit are one undo step. Also the skill's file operations: enable/disable in the user
 * config, rename with the folder, the folder's files and {@code agents/openai.yaml}. No JavaFX controls.
 */
public final class SkillEditorViewModel {

    /** The front-matter fields of the form, in order. */
    public static final List<String> FIELDS = List.of("name", "description", "license", "compatibility",
            "allowed-tools", "metadata");
    /** Agent Skills limits (Codex itself limits only the name to 64, and cuts descriptions to 1024 for the model). */
    public static final int MAX_NAME = 64;
    public static final int MAX_DESCRIPTION = 1024;
    public static final int MAX_COMPATIBILITY = 500;

    /**
     * What the form shows.
     *
     * @param document       the parsed current text
     * @param values         the scalar value of each field present (metadata excluded)
     * @param metadata       the {@code metadata} entries
     * @param editable       whether the form can edit this text (valid UTF-8, a readable front matter)
     * @param notEditable    why not, or ""
     * @param findings       every finding for this file
     * @param byField        findings about each field
     * @param general        findings about the file as a whole
     * @param skill          the skill as the last scan found it
     */
    public record State(SkillDocument document, Map<String, String> values, Map<String, String> metadata,
            boolean editable, String notEditable, List<Diagnostic> findings, Map<String, List<Diagnostic>> byField,
            List<Diagnostic> general, Optional<Skill> skill, boolean metadataEditable) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public List<Diagnostic> findings(String field) {
            return byField.getOrDefault(field, List.of());
        }
    }

    /** A change to the user config, shown as a diff before it is written. */
    public record ConfigChange(Path file, String before, String after, String diff, boolean enable) {
    }

    private final DocumentViewModel document;
    private final StudioViewModel studio;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>();
    private boolean applying;
    private boolean refreshing;
    private final javafx.beans.value.ChangeListener<String> textListener = (o, a, b) -> {
        if (!applying) {
            editingField = null;
            refresh(true);
        }
    };
    private final javafx.collections.ListChangeListener<Diagnostic> problemsListener = c -> {
        if (!refreshing && !applying) {
            refresh(false);
        }
    };
    private String editingField;
    private String lastProduced;

    public SkillEditorViewModel(DocumentViewModel document, StudioViewModel studio) {
        this.document = document;
        this.studio = studio;
        document.textProperty().addListener(textListener);
        // after a scan (the stack is set before its findings) and after live validation of other files
        studio.problems().addListener(problemsListener);
        refresh(false);
    }

    /** Stops following the document and the studio (its editor tab was closed). */
    public void dispose() {
        document.textProperty().removeListener(textListener);
        studio.problems().removeListener(problemsListener);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public DocumentViewModel document() {
        return document;
    }

    /** The skill's folder (the SKILL.md's parent). */
    public Path skillDir() {
        return document.path().getParent();
    }

    /** The folder name, which the Agent Skills specification wants the name to equal. */
    public String folderName() {
        return skillDir().getFileName().toString();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads the fields and findings again from the document's current text. After a change of the text
     * ({@code validate}) the file is validated at once, for the form and the Problems panel alike; otherwise (on
     * opening, after a scan) the findings are the scan's, which also cover what only the whole catalogue shows.
     */
    public void refresh(boolean validate) {
        SourceText src = document.currentSource();
        SkillDocument doc = SkillDocument.parse(src);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> metadata = Map.of();
        boolean editable = src.isValidUtf8();
        String why = editable ? "" : "The file is not valid UTF-8; fix it in the source editor.";
        Optional<FrontMatter> fm = doc.frontMatter();
        if (fm.isPresent()) {
            for (String f : FIELDS) {
                fm.get().string(f).ifPresent(v -> values.put(f, v));
            }
            metadata = doc.mapping("metadata");
            if (fm.get().hasSyntaxError()) {
                editable = false;
                why = "The front matter is not valid YAML; fix it in the source editor (see the finding above).";
            }
        }
        List<Diagnostic> findings;
        refreshing = true;
        try {
            findings = findings(src, doc, validate);
        } finally {
            refreshing = false;
        }
        Map<String, List<Diagnostic>> byField = new LinkedHashMap<>();
        List<Diagnostic> general = new ArrayList<>();
        for (Diagnostic d : findings) {
            String field = fieldOf(d, doc);
            if (field == null) {
                general.add(d);
            } else {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(d);
            }
        }
        state.set(new State(doc, values, metadata, editable, why, findings, byField, general, findSkill(),
                metadataIsStringMap(doc)));
    }

    private List<Diagnostic> findings(SourceText src, SkillDocument doc, boolean validate) {
        if (studio.stack().isPresent()) {
            // the same findings as the Problems panel, at once (not after the tab's debounce)
            if (validate) {
                studio.validateLive(src);
            }
            List<Diagnostic> mine = studio.problems().stream()
                    .filter(d -> document.path().equals(d.position().file())).toList();
            return List.copyOf(mine);
        }
        List<Diagnostic> out = new ArrayList<>(SkillRules.check(doc));
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /** Whether {@code metadata} is absent or a map of plain strings (anything else is edited in the source). */
    static boolean metadataIsStringMap(SkillDocument doc) {
        Optional<FrontMatter.Entry> e = doc.frontMatter().flatMap(f -> f.get("metadata"));
        if (e.isEmpty()) {
            return true;
        }
        if (!(e.get().value().resolved() instanceof dev.codexstudio.core.skills.yaml.YamlNode.Mapping m)) {
            return e.get().value().resolved() instanceof dev.codexstudio.core.skills.yaml.YamlNode.Scalar sc
                    && sc.value().isEmpty();
        }
        return m.entries().stream().allMatch(c -> c.key().resolved() instanceof dev.codexstudio.core.skills.yaml.YamlNode.Scalar
                && c.value().resolved() instanceof dev.codexstudio.core.skills.yaml.YamlNode.Scalar);
    }

    /** The field a finding is about: by its rule, else by the front-matter entry its line is in. */
    static String fieldOf(Diagnostic d, SkillDocument doc) {
        String r = d.rule();
        if (r.startsWith("skills/name-")) {
            return "name";
        }
        if (r.equals("skills/missing-description") || r.startsWith("skills/description-")) {
            return "description";
        }
        for (String f : List.of("compatibility", "license", "allowed-tools", "metadata")) {
            if (r.startsWith("skills/" + f + "-")) {
                return f;
            }
        }
        Optional<FrontMatter> fm = doc.frontMatter();
        if (fm.isEmpty() || d.position().isWholeFile()) {
            return null;
        }
        List<FrontMatter.Entry> entries = fm.get().entries();
        for (int i = 0; i < entries.size(); i++) {
            int from = entries.get(i).keyPosition().line();
            int to = i + 1 < entries.size() ? entries.get(i + 1).keyPosition().line() - 1 : from;
            if (i + 1 == entries.size()) {
                to = doc.block().map(b -> doc.position(b.contentEnd()).line() - 1).orElse(from);
            }
            if (d.position().line() >= from && d.position().line() <= to && FIELDS.contains(entries.get(i).key())) {
                return entries.get(i).key();
            }
        }
        return null;
    }

    /** The skill the last scan found at this file, in any working directory's catalogue. */
    public Optional<Skill> findSkill() {
        Optional<Stack> s = studio.stack();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Path file = document.path();
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            real = file;
        }
        for (CwdView v : s.get().views()) {
            for (Skill skill : v.skills().skills()) {
                if (skill.skillFile().equals(real) || skill.discoveredPath().equals(file)) {
                    return Optional.of(skill);
                }
            }
        }
        return Optional.empty();
    }

    /** "123 / 1024 characters" for the description (whitespace collapsed, as Codex counts it). */
    public static String counter(String value, int max) {
        int n = RustText.charCount(RustText.collapseWhitespace(value));
        return String.format("%,d / %,d characters", n, max);
    }

    public static boolean over(String value, int max) {
        return RustText.charCount(RustText.collapseWhitespace(value)) > max;
    }

    // ------------------------------------------------------------------ editing

    /**
     * Sets a front-matter field from the form. An empty value removes an optional field ({@code license},
     * {@code compatibility}, {@code allowed-tools}; an empty {@code name} too: Codex then uses the folder name);
     * an empty description is written as {@code ''} (Codex refuses it, and the finding says so). Consecutive edits
     * of the same field are one undo step until {@link #endEdit()}.
     */
    public void setField(String field, String value) {
        if (!FIELDS.contains(field) || field.equals("metadata")) {
            throw new IllegalArgumentException("not a text field: " + field);
        }
        edit(field, doc -> value.isEmpty() && !field.equals("description") ? doc.withoutField(field)
                : doc.withField(field, value));
    }

    /** Sets {@code metadata} from the form's entries (empty removes it). */
    public void setMetadata(Map<String, String> entries) {
        if (!state.get().metadataEditable()) {
            throw new IllegalStateException("`metadata` holds lists or nested maps; edit it in the source editor.");
        }
        edit("metadata", doc -> doc.withMapping("metadata", entries));
    }

    /** Parses the metadata box: one {@code key: value} per line; blank lines are skipped. */
    public static Map<String, String> parseMetadata(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                out.put(l, "");
            } else {
                out.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
            }
        }
        return out;
    }

    /** The metadata entries as the box shows them. */
    public static String formatMetadata(Map<String, String> entries) {
        StringBuilder sb = new StringBuilder();
        entries.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "\n").append(k).append(": ").append(v));
        return sb.toString();
    }

    /** Ends the current field edit: the next keystroke starts a new undo step. */
    public void endEdit() {
        editingField = null;
    }

    private void edit(String field, java.util.function.UnaryOperator<SkillDocument> change) {
        State s = state.get();
        if (!s.editable()) {
            throw new IllegalStateException(s.notEditable());
        }
        applying = true;
        try {
            var undo = document.undoManager();
            boolean merge = field.equals(editingField) && document.text().equals(lastProduced) && undo.canUndo()
                    && undo.undoDescription().get().equals("Undo " + description(field));
            String next = change.apply(SkillDocument.parse(document.currentSource())).render();
            if (merge) {
                undo.undo();
                next = change.apply(SkillDocument.parse(document.currentSource())).render();
            }
            document.replaceAll(next, description(field));
            editingField = field;
            lastProduced = document.text();
        } finally {
            applying = false;
        }
        refresh(true);
    }

    private static String description(String field) {
        return "Edit " + field;
    }

    // ------------------------------------------------------------------ the folder

    /** The files in the skill's folder (relative, sorted; SKILL.md and hidden files left out), read from disk. */
    public List<Path> folderFiles() {
        Path dir = skillDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, 6)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> !p.toString().equals("SKILL.md"))
                    .filter(p -> {
                        for (Path seg : p) {
                            if (seg.toString().startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted(Comparator.comparing(SkillEditorViewModel::folderRank).thenComparing(Path::toString))
                    .limit(2000).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private static int folderRank(Path p) {
        String top = p.getNameCount() > 1 ? p.getName(0).toString() : "";
        int i = List.of("scripts", "references", "assets", "agents").indexOf(top);
        return i < 0 ? 4 : i;
    }

    public Path addFile(String relative) throws IOException {
        return SkillFolders.addFile(skillDir(), relative);
    }

    public Path renameFile(String from, String to) throws IOException {
        return SkillFolders.renameFile(skillDir(), from, to);
    }

    public void removeFile(String relative) throws IOException {
        SkillFolders.removeFile(skillDir(), relative);
    }

    // ------------------------------------------------------------------ rename

    /**
     * Renames the skill and its folder (the document must be saved first: the file moves).
     *
     * @return the SKILL.md at its new place
     */
    public Path rename(String newName) throws IOException {
        if (document.isDirty()) {
            throw new IllegalStateException("Save or undo the changes to " + document.path().getFileName()
                    + " first: renaming moves the file.");
        }
        return SkillFolders.rename(document.path(), newName);
    }

    // ------------------------------------------------------------------ enable / disable

    /** The user config, where Codex reads {@code [[skills.config]]} from ($CODEX_HOME/config.toml). */
    public Path userConfig() {
        return studio.stack().map(s -> s.environment().userConfigFile()).orElse(studio.environment().userConfigFile());
    }

    /** Whether the last scan found the skill enabled (true when it is not loaded at all). */
    public boolean enabled() {
        return state.get().skill().map(Skill::enabled).orElse(true);
    }

    /** The change to the user config that sets the skill to {@code enable}, with its diff. */
    public ConfigChange planEnabled(boolean enable) throws IOException {
        Path skillFile = state.get().skill().map(Skill::skillFile).orElse(realPath(document.path()));
        return plan(userConfig(), skillFile, enable, studio.environment().userHome());
    }

    /** The change to {@code cfg} that sets the skill at {@code skillFile} (canonical) to {@code enable}. */
    public static ConfigChange plan(Path cfg, Path skillFile, boolean enable, Path home) throws IOException {
        SourceText before = Files.isRegularFile(cfg) ? FileReads.readText(cfg) : SourceText.ofString(cfg, "");
        String after = SkillToggle.withEnabled(before, skillFile, enable, home);
        String diff = LineDiff.unified(cfg.toString(), Files.isRegularFile(cfg) ? before.text() : null, after);
        return new ConfigChange(cfg, Files.isRegularFile(cfg) ? before.text() : null, after, diff, enable);
    }

    /** Writes a planned change (refused when the file changed since it was planned), then scans again. */
    public void apply(ConfigChange change) throws IOException {
        write(change);
        studio.rescan();
    }

    /** Writes a planned change, refused when the file changed since it was planned. */
    public static void write(ConfigChange change) throws IOException {
        Path cfg = change.file();
        SourceText now = Files.isRegularFile(cfg) ? FileReads.readText(cfg) : null;
        String nowText = now == null ? null : now.text();
        if (!java.util.Objects.equals(nowText, change.before())) {
            throw new IOException(cfg + " changed since the change was shown; try again.");
        }
        byte[] bytes = now == null ? change.after().getBytes(StandardCharsets.UTF_8) : now.withText(change.after()).bytes();
        if (now == null) {
            AtomicFiles.create(cfg, bytes);
        } else {
            AtomicFiles.write(cfg, bytes, FileSnapshot.of(cfg, now.bytes(), Files.getLastModifiedTime(cfg).toMillis()));
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    // ------------------------------------------------------------------ agents/openai.yaml

    public Path openAiYaml() {
        return skillDir().resolve("agents").resolve("openai.yaml");
    }

    /** Creates {@code agents/openai.yaml} with a display name and short description from the front matter. */
    public Path createOpenAiYaml() throws IOException {
        Path file = openAiYaml();
        String name = state.get().value("name").isEmpty() ? folderName() : state.get().value("name");
        String display = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
        if (display.codePointCount(0, display.length()) > MAX_NAME) {
            display = display.substring(0, display.offsetByCodePoints(0, MAX_NAME));
        }
        String desc = RustText.collapseWhitespace(state.get().value("description"));
        int stop = desc.indexOf(". ");
        String shortDesc = stop > 0 ? desc.substring(0, stop) : desc.replaceAll("\\.$", "");
        if (shortDesc.isEmpty()) {
            shortDesc = display;
        }
        if (shortDesc.codePointCount(0, shortDesc.length()) > MAX_DESCRIPTION) {
            shortDesc = shortDesc.substring(0, shortDesc.offsetByCodePoints(0, MAX_DESCRIPTION));
        }
        AtomicFiles.create(file, OpenAiYamlEdit.template(display, shortDesc).getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
