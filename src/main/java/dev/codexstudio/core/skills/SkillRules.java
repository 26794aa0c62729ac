package dev.codexstudio.core.skills;

import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Edit;
import dev.codexstudio.core.model.Fix;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.skills.yaml.ScalarStyle;
import dev.codexstudio.core.skills.yaml.SerdeYaml;
import dev.codexstudio.core.skills.yaml.YamlNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks skills. {@link Severity#ERROR} exactly when Codex 0.169 does not load the skill (with Codex's own
 * message); WARNING or INFO for what Codex accepts but the Agent Skills specification or
 * {@code skills-ref validate} rejects, for what Codex silently ignores, and for deprecated locations.
 */
public final class SkillRules {

    /** Front-matter keys the Agent Skills specification defines. */
    public static final Set<String> SPEC_KEYS = Set.of("name", "description", "license", "allowed-tools", "metadata",
            "compatibility");
    /** Front-matter keys Claude Code understands but Codex and the specification do not. */
    public static final Set<String> CLAUDE_CODE_KEYS = Set.of("argument-hint", "disable-model-invocation",
            "user-invocable", "model", "context", "agent", "hooks", "version", "when_to_use", "mode");

    static final int SPEC_MAX_DESCRIPTION = 1024;
    static final int SPEC_MAX_COMPATIBILITY = 500;
    static final int OPENAI_MAX_DISPLAY_NAME = 64;
    static final int OPENAI_MAX_TEXT = 1024;
    static final int OPENAI_MAX_TOOL_TYPE = 64;

    private static final Pattern SPEC_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LINK = Pattern.compile(
            "!?\\[[^\\]\\n]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern FOLDER_PATH = Pattern.compile(
            "(?<![\\w./%-])((?:scripts|references|assets|agents)/[\\w./-]*[\\w-])(?![\\w%])");
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private SkillRules() {
    }

    // ------------------------------------------------------------------ catalogue

    /** Every rule over a whole catalogue, in position order. */
    public static List<Diagnostic> check(SkillCatalog catalog) {
        List<Diagnostic> out = new ArrayList<>();
        Path userAgents = catalog.roots().stream().filter(r -> r.kind() == SkillRootKind.USER_AGENTS)
                .map(SkillRoot::path).findFirst().orElse(null);
        for (Skill skill : catalog.skills()) {
            out.addAll(check(skill, userAgents));
        }
        for (SkillLoadError error : catalog.errors()) {
            out.addAll(check(error));
        }
        for (SkillScanFinding f : catalog.findings()) {
            out.addAll(check(f));
        }
        out.addAll(checkConfig(catalog));
        out.addAll(checkDuplicateNames(catalog));
        out.sort(Diagnostic.ORDER);
        return dedupe(out);
    }

    private static List<Diagnostic> dedupe(List<Diagnostic> in) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Diagnostic d : in) {
            if (seen.add(d.rule() + "|" + d.position() + "|" + d.message())) {
                out.add(d);
            }
        }
        return out;
    }

    /** Rules for a skill Codex loads: portability, references, {@code openai.yaml}, location, config. */
    public static List<Diagnostic> check(Skill skill) {
        return check(skill, null);
    }

    private static List<Diagnostic> check(Skill skill, Path userAgentsRoot) {
        List<Diagnostic> out = new ArrayList<>(portability(skill.document(), folderName(skill.dir())));
        Path file = skill.skillFile();
        if (skill.reading().repaired()) {
            out.add(autoQuoted(skill.document()));
        }
        out.addAll(references(skill.document(), skill.dir()));
        if (skill.openAi() != null) {
            out.addAll(check(skill.openAi(), skill.dir()));
        }
        out.addAll(misnamedOpenAi(skill.dir()));
        if (skill.root().kind() == SkillRootKind.CODEX_HOME_SKILLS) {
            out.add(deprecatedRoot(skill, userAgentsRoot));
        }
        if (!skill.enabled()) {
            out.add(Diagnostic.info("skills/disabled", SourcePosition.ofFile(file),
                    "Codex lists this skill as disabled because a [[skills.config]] rule turns it off.")
                    .withHint("Remove the rule or set `enabled = true` to use the skill."));
        }
        if (skill.openAi() != null && skill.openAi().implicitInvocationDisabled()) {
            out.add(Diagnostic.info("skills/implicit-invocation-disabled",
                    skill.openAi().policy().allowImplicitInvocation().position(),
                    "Codex keeps this skill out of the model's skill list (policy.allow_implicit_invocation is false); "
                            + "it runs only when invoked as `$" + skill.name() + "`.")
                    .withHint("Set `allow_implicit_invocation: true` or remove it to let Codex choose the skill."));
        }
        return out;
    }

    /** Rules for a skill file Codex did not load: Codex's error, plus portability when the file parses. */
    public static List<Diagnostic> check(SkillLoadError error) {
        List<Diagnostic> out = new ArrayList<>();
        if (error.root() == null) {
            out.add(Diagnostic.error("skills/config-invalid", SourcePosition.ofFile(error.path()),
                    "Codex lists no skills because its config does not load: " + error.message() + ".")
                    .withHint("Fix the config file named in the message."));
            return out;
        }
        if (error.document() == null) {
            out.add(Diagnostic.error("skills/unreadable", SourcePosition.ofFile(error.path()),
                    "Codex cannot load this skill: " + error.message() + ".")
                    .withHint("Make the file readable by the user running Codex."));
            return out;
        }
        out.addAll(check(error.document()));
        return out;
    }

    /**
     * Rules for a {@code SKILL.md} on its own (as in an editor): Codex's verdict ({@link Severity#ERROR} with
     * Codex's message when it would not load the file) and the portability rules. The folder name is the
     * file's parent folder.
     */
    public static List<Diagnostic> check(SkillDocument document) {
        Path file = document.source().path();
        Path dir = file.toAbsolutePath().getParent();
        String folder = folderName(dir);
        CodexReading reading = document.codexReading(folder);
        List<Diagnostic> out = new ArrayList<>();
        if (!reading.ok()) {
            out.add(codexError(document, reading));
        } else if (reading.repaired()) {
            out.add(autoQuoted(document));
        }
        if (document.frontMatter().map(f -> !f.hasSyntaxError()).orElse(false)) {
            out.addAll(portability(document, folder));
        }
        return out;
    }

    private static String folderName(Path dir) {
        return dir == null || dir.getFileName() == null ? "" : dir.getFileName().toString();
    }

    // ------------------------------------------------------------------ Codex's errors

    private static Diagnostic codexError(SkillDocument doc, CodexReading reading) {
        Path file = doc.source().path();
        String message = reading.error();
        String sentence = "Codex does not load this skill: " + message + ".";
        if (message.startsWith("failed to read file: invalid utf-8")
                || message.startsWith("failed to read file: incomplete utf-8")) {
            return Diagnostic.error("skills/invalid-utf8", doc.source().firstMalformedPosition(), sentence)
                    .withHint("Save the file as UTF-8.");
        }
        if (message.startsWith("failed to read file:")) {
            return Diagnostic.error("skills/unreadable", SourcePosition.ofFile(file), sentence)
                    .withHint("Make the file readable by the user running Codex.");
        }
        if (message.equals(CodexFrontMatter.MISSING_FRONT_MATTER)) {
            return missingFrontMatter(doc, sentence);
        }
        if (message.startsWith("invalid YAML: ")) {
            return Diagnostic.error("skills/invalid-yaml", doc.frontMatterPosition(reading.errorMark(),
                    reading.errorOffset()), sentence)
                    .withHint("Fix the YAML between the `---` lines; quote values that contain `: ` or start with "
                            + "a YAML indicator.");
        }
        if (message.equals(CodexFrontMatter.MISSING_DESCRIPTION)) {
            SourcePosition at = doc.frontMatter().flatMap(f -> f.get("description")).map(FrontMatter.Entry::keyPosition)
                    .orElse(doc.position(0));
            return Diagnostic.error("skills/missing-description", at, sentence)
                    .withHint("Add `description:` saying what the skill does and when to use it.");
        }
        if (message.equals(CodexFrontMatter.NAME_TOO_LONG)) {
            SourcePosition at = doc.frontMatter().flatMap(f -> f.get("name")).map(FrontMatter.Entry::valuePosition)
                    .orElse(doc.position(0));
            Diagnostic d = Diagnostic.error("skills/name-too-long", at, sentence)
                    .withHint("Use a name of at most 64 characters, such as the folder name.");
            String folder = folderName(doc.source().path().toAbsolutePath().getParent());
            if (!folder.isEmpty() && RustText.charCount(folder) <= CodexFrontMatter.MAX_NAME_LENGTH) {
                d = d.withFix(editFix("Set `name` to the folder name `" + folder + "`", doc,
                        () -> doc.withField("name", folder)));
            }
            return d;
        }
        return Diagnostic.error("skills/not-loaded", SourcePosition.ofFile(file), sentence);
    }

    private static Diagnostic missingFrontMatter(SkillDocument doc, String sentence) {
        Path file = doc.source().path();
        String text = doc.render();
        if (doc.source().hasBom()) {
            return Diagnostic.error("skills/missing-front-matter", SourcePosition.of(file, 1, 1), sentence)
                    .withHint("The file starts with a UTF-8 byte-order mark, which Codex does not skip; save it "
                            + "without the BOM.");
        }
        List<String> lines = RustText.lines(text);
        if (lines.isEmpty() || !RustText.trim(lines.get(0)).equals("---")) {
            int firstDashes = -1;
            for (int i = 0; i < lines.size() && i < 20; i++) {
                if (RustText.trim(lines.get(i)).equals("---")) {
                    firstDashes = i;
                    break;
                }
            }
            boolean blankBefore = firstDashes > 0
                    && lines.subList(0, firstDashes).stream().allMatch(l -> RustText.trim(l).isEmpty());
            Diagnostic d = Diagnostic.error("skills/missing-front-matter", SourcePosition.of(file, 1, 1), sentence);
            if (blankBefore) {
                int offset = doc.source().lineStart(firstDashes + 1);
                return d.withHint("Codex needs `---` on the very first line; remove the blank lines above it.")
                        .withFix(Fix.of("Remove the blank lines before `---`",
                                new Edit.ReplaceText(file, 0, offset, "")));
            }
            return d.withHint("Start the file with a `---` line, then `name:` and `description:`, then a closing "
                    + "`---` line.");
        }
        if (doc.block().isEmpty()) {
            return Diagnostic.error("skills/missing-front-matter", SourcePosition.of(file, 1, 1), sentence)
                    .withHint("Add a closing `---` line after the front matter.");
        }
        return Diagnostic.error("skills/missing-front-matter", SourcePosition.of(file, 1, 1), sentence)
                .withHint("Put at least a `description:` line between the two `---` lines.");
    }

    private static Diagnostic autoQuoted(SkillDocument doc) {
        Path file = doc.source().path();
        SourcePosition at = doc.position(0);
        Optional<SkillDocument.Block> found = doc.block();
        if (found.isPresent()) {
            String content = doc.render().substring(found.get().contentStart(), found.get().contentEnd());
            List<String> before = RustText.lines(content);
            List<String> after = CodexFrontMatter.repair(String.join("\n", before)).map(RustText::lines)
                    .orElse(before);
            for (int i = 0; i < before.size() && i < after.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    at = SourcePosition.of(file, i + 2, 1);
                    break;
                }
            }
        }
        Diagnostic d = Diagnostic.warning("skills/yaml-auto-quoted", at,
                "Codex reads this front matter only after quoting values that contain `: `, which strict YAML "
                        + "parsers and `skills-ref validate` reject.")
                .withHint("Quote the values that contain `: `.");
        Optional<SkillDocument.Block> block = doc.block();
        if (block.isPresent() && doc.source().isValidUtf8() && !doc.isTruncated()) {
            String text = doc.render();
            String content = text.substring(block.get().contentStart(), block.get().contentEnd());
            String sep = block.get().lineSeparator();
            List<String> lines = RustText.lines(content);
            Optional<String> repaired = CodexFrontMatter.repair(String.join("\n", lines));
            if (repaired.isPresent()) {
                String newContent = String.join(sep, RustText.lines(repaired.get())) + sep;
                d = d.withFix(minimalFix("Quote the values Codex had to quote", file, text,
                        text.substring(0, block.get().contentStart()) + newContent
                                + text.substring(block.get().contentEnd())));
            }
        }
        return d;
    }

    // ------------------------------------------------------------------ portability (Agent Skills spec)

    private static List<Diagnostic> portability(SkillDocument doc, String folder) {
        List<Diagnostic> out = new ArrayList<>();
        Optional<FrontMatter> fm = doc.frontMatter();
        if (fm.isEmpty() || fm.get().root() == null) {
            return out;
        }
        FrontMatter front = fm.get();
        Path file = doc.source().path();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FrontMatter.Entry e : front.entries()) {
            counts.merge(e.key(), 1, Integer::sum);
        }
        Set<String> unknownReported = new HashSet<>();
        for (FrontMatter.Entry e : front.entries()) {
            if (!SPEC_KEYS.contains(e.key()) && unknownReported.add(e.key())) {
                boolean claude = CLAUDE_CODE_KEYS.contains(e.key());
                out.add(new Diagnostic("skills/unknown-front-matter-key", claude ? Severity.INFO : Severity.WARNING,
                        e.keyPosition(), "`" + e.key() + "` is not an Agent Skills front-matter key"
                                + (claude ? " (Claude Code reads it)" : "")
                                + "; Codex ignores it and `skills-ref validate` rejects it.",
                        "Remove it, or move it under `metadata:` as a string.", null)
                        .withFix(editFix("Remove `" + e.key() + "`", doc, () -> doc.withoutField(e.key()))));
            }
        }
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            String key = c.getKey();
            if (c.getValue() > 1 && !key.equals("name") && !key.equals("description") && !key.equals("metadata")) {
                List<FrontMatter.Entry> all = front.entries().stream().filter(e -> e.key().equals(key)).toList();
                out.add(Diagnostic.warning("skills/duplicate-key", all.get(1).keyPosition(),
                        "`" + key + "` appears " + all.size() + " times; Codex ignores the key, but most YAML "
                                + "parsers reject duplicate keys.")
                        .withHint("Keep one `" + key + "` line."));
            }
        }
        Optional<FrontMatter.Entry> nameEntry = front.get("name");
        Optional<String> name = nameEntry.flatMap(FrontMatter.Entry::scalar).map(RustText::collapseWhitespace)
                .filter(n -> !n.isEmpty());
        if (name.isEmpty()) {
            Diagnostic d = Diagnostic.info("skills/name-missing",
                    nameEntry.map(FrontMatter.Entry::keyPosition).orElse(doc.position(0)),
                    "The front matter has no `name`, so Codex uses the folder name `" + folder
                            + "`; the Agent Skills specification requires `name`.")
                    .withHint("Add `name: " + folder + "`.");
            if (!folder.isEmpty()) {
                d = d.withFix(editFix("Add `name: " + folder + "`", doc, () -> doc.withField("name", folder)));
            }
            out.add(d);
        } else {
            String n = name.get();
            SourcePosition at = nameEntry.get().valuePosition();
            if (RustText.charCount(n) <= CodexFrontMatter.MAX_NAME_LENGTH && !SPEC_NAME.matcher(n).matches()) {
                String slug = slug(n);
                Diagnostic d = Diagnostic.warning("skills/name-format", at, "The name `" + n + "` is not portable: "
                        + nameProblem(n) + ".")
                        .withHint("Agent Skills names use lowercase letters, digits and single hyphens, such as `"
                                + (slug.isEmpty() ? "my-skill" : slug) + "`.");
                if (!slug.isEmpty()) {
                    d = d.withFix(editFix("Rename the skill to `" + slug + "`", doc,
                            () -> doc.withField("name", slug)));
                }
                out.add(d);
            }
            String nfkcName = Normalizer.normalize(n, Normalizer.Form.NFKC);
            String nfkcFolder = Normalizer.normalize(folder, Normalizer.Form.NFKC);
            if (!folder.isEmpty() && !nfkcName.equals(nfkcFolder)) {
                Diagnostic d = Diagnostic.warning("skills/name-folder-mismatch", at, "The name `" + n
                        + "` differs from the folder name `" + folder + "`, which the Agent Skills specification "
                        + "requires them to match.")
                        .withHint("Rename the folder to `" + n + "` or set `name: " + folder + "`.");
                if (SPEC_NAME.matcher(folder).matches() && folder.length() <= CodexFrontMatter.MAX_NAME_LENGTH) {
                    d = d.withFix(editFix("Set `name` to the folder name `" + folder + "`", doc,
                            () -> doc.withField("name", folder)));
                }
                out.add(d);
            }
        }
        front.get("description").ifPresent(e -> {
            Optional<String> desc = e.scalar().map(RustText::collapseWhitespace);
            if (desc.isPresent() && RustText.charCount(desc.get()) > SPEC_MAX_DESCRIPTION) {
                out.add(Diagnostic.warning("skills/description-too-long", e.valuePosition(),
                        "The description has " + RustText.charCount(desc.get()) + " characters; the Agent Skills "
                                + "specification allows 1024, and Codex cuts it to 1024 characters when it lists "
                                + "the skill for the model.")
                        .withHint("Shorten the description to 1024 characters and move details into the body."));
            }
        });
        front.get("compatibility").ifPresent(e -> {
            Optional<String> value = e.scalar();
            if (value.isEmpty()) {
                out.add(Diagnostic.warning("skills/compatibility-not-string", e.valuePosition(),
                        "`compatibility` should be a string (Agent Skills specification)."));
            } else if (RustText.charCount(value.get()) > SPEC_MAX_COMPATIBILITY) {
                out.add(Diagnostic.warning("skills/compatibility-too-long", e.valuePosition(),
                        "`compatibility` has " + RustText.charCount(value.get()) + " characters; the Agent Skills "
                                + "specification allows 500.")
                        .withHint("Shorten it to 500 characters."));
            }
        });
        front.get("metadata").ifPresent(e -> out.addAll(metadataShape(doc, e)));
        front.get("allowed-tools").ifPresent(e -> {
            if (e.scalar().isEmpty()) {
                out.add(Diagnostic.info("skills/allowed-tools-format", e.valuePosition(),
                        "`allowed-tools` should be one space-separated string (Agent Skills specification), "
                                + "not a YAML list.")
                        .withHint("Write the tools on one line, separated by spaces."));
            }
        });
        front.get("license").ifPresent(e -> {
            if (e.scalar().isEmpty()) {
                out.add(Diagnostic.warning("skills/license-not-string", e.valuePosition(),
                        "`license` should be a string (Agent Skills specification)."));
            }
        });
        return out;
    }

    private static List<Diagnostic> metadataShape(SkillDocument doc, FrontMatter.Entry e) {
        List<Diagnostic> out = new ArrayList<>();
        YamlNode value = e.value().resolved();
        if (value instanceof YamlNode.Scalar s && s.value().isEmpty()) {
            return out;
        }
        if (!(value instanceof YamlNode.Mapping map)) {
            out.add(Diagnostic.warning("skills/metadata-not-string-map", e.valuePosition(),
                    "`metadata` should map strings to strings (Agent Skills specification).")
                    .withHint("Write `metadata:` followed by indented `key: value` lines."));
            return out;
        }
        for (YamlNode.Entry m : map.entries()) {
            if (!(m.key().resolved() instanceof YamlNode.Scalar)
                    || !(m.value().resolved() instanceof YamlNode.Scalar v)
                    || (v.style() == ScalarStyle.PLAIN && !SerdeYaml.plainIsString(v.value())
                    && !v.value().isEmpty())) {
                String key = m.key().resolved() instanceof YamlNode.Scalar k ? k.value() : "?";
                out.add(Diagnostic.warning("skills/metadata-not-string-map", doc.position(m.key().start()),
                        "`metadata." + key + "` is not a string; the Agent Skills specification wants string values.")
                        .withHint("Quote the value, for example `" + key + ": \"1.0\"`."));
            }
        }
        return out;
    }

    private static String nameProblem(String n) {
        List<String> problems = new ArrayList<>();
        if (!n.equals(n.toLowerCase(Locale.ROOT))) {
            problems.add("it has uppercase letters");
        }
        if (n.chars().anyMatch(c -> !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')
                && c != '-')) {
            problems.add("it has characters other than letters, digits and hyphens");
        }
        if (n.startsWith("-") || n.endsWith("-")) {
            problems.add("it starts or ends with a hyphen");
        }
        if (n.contains("--")) {
            problems.add("it has two hyphens in a row");
        }
        return problems.isEmpty() ? "it does not match the Agent Skills name rule" : String.join(" and ", problems);
    }

    /** A portable name made from any text: lowercase ASCII letters and digits joined by single hyphens. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > CodexFrontMatter.MAX_NAME_LENGTH) {
            s = s.substring(0, CodexFrontMatter.MAX_NAME_LENGTH).replaceAll("-+$", "");
        }
        return s;
    }

    // ------------------------------------------------------------------ body references

    private static List<Diagnostic> references(SkillDocument doc, Path dir) {
        List<Diagnostic> out = new ArrayList<>();
        String text = doc.render();
        int bodyStart = doc.block().map(SkillDocument.Block::end).orElse(0);
        Set<String> reported = new HashSet<>();
        List<int[]> linkSpans = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        link.region(bodyStart, text.length());
        while (link.find()) {
            linkSpans.add(new int[] {link.start(), link.end()});
            checkReference(doc, dir, link.group(1), link.start(1), out, reported);
        }
        Matcher path = FOLDER_PATH.matcher(text);
        path.region(bodyStart, text.length());
        while (path.find()) {
            int at = path.start(1);
            if (linkSpans.stream().noneMatch(span -> at >= span[0] && at < span[1])) {
                checkReference(doc, dir, path.group(1), at, out, reported);
            }
        }
        return out;
    }

    private static void checkReference(SkillDocument doc, Path dir, String raw, int offset, List<Diagnostic> out,
            Set<String> reported) {
        String target = raw;
        int cut = target.indexOf('#');
        if (cut >= 0) {
            target = target.substring(0, cut);
        }
        cut = target.indexOf('?');
        if (cut >= 0) {
            target = target.substring(0, cut);
        }
        if (target.isEmpty() || target.startsWith("/") || target.startsWith("~") || target.contains("://")
                || target.startsWith("mailto:") || target.contains("{") || target.contains("$")
                || target.contains("*") || target.contains("<")) {
            return;
        }
        if (target.contains("%")) {
            try {
                target = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return;
            }
        }
        Path resolved;
        try {
            resolved = dir.resolve(target).normalize();
        } catch (RuntimeException e) {
            return;
        }
        if (!resolved.startsWith(dir.getParent() == null ? dir : dir.getParent())) {
            return;
        }
        if (Files.exists(resolved) || !reported.add(target)) {
            return;
        }
        out.add(Diagnostic.warning("skills/missing-reference", doc.position(offset),
                "The body refers to `" + target + "`, which does not exist in the skill folder.")
                .withHint("Add the file, or correct the path (it is relative to the folder holding SKILL.md)."));
    }

    // ------------------------------------------------------------------ agents/openai.yaml

    /** Rules for a skill's {@code agents/openai.yaml}. */
    public static List<Diagnostic> check(OpenAiYaml yaml, Path skillDir) {
        List<Diagnostic> out = new ArrayList<>();
        Path file = yaml.file();
        if (!yaml.usedByCodex()) {
            out.add(Diagnostic.warning("skills/openai-yaml-invalid", invalidPosition(yaml),
                    "Codex ignores agents/openai.yaml entirely (" + yaml.invalid() + "); the skill still loads.")
                    .withHint("Fix the file so that every field has the type Codex expects."));
        }
        if (yaml.root() != null && yaml.root().resolved() instanceof YamlNode.Mapping top) {
            unknownKeys(yaml, top, "", out);
        }
        OpenAiYaml.Interface ui = yaml.ui();
        String prefix = yaml.usedByCodex() ? "Codex ignores " : "Codex would ignore ";
        if (ui != null) {
            textField(out, prefix, ui.displayName(), "interface.display_name", OPENAI_MAX_DISPLAY_NAME);
            textField(out, prefix, ui.shortDescription(), "interface.short_description", OPENAI_MAX_TEXT);
            textField(out, prefix, ui.defaultPrompt(), "interface.default_prompt", OPENAI_MAX_TEXT);
            icon(out, prefix, file, ui.iconSmall(), "interface.icon_small", skillDir);
            icon(out, prefix, file, ui.iconLarge(), "interface.icon_large", skillDir);
            if (ui.brandColor() != null) {
                String v = ui.brandColor().value().strip();
                if (v.isEmpty()) {
                    out.add(Diagnostic.info("skills/openai-yaml-empty-value", ui.brandColor().position(),
                            prefix + "`interface.brand_color` because it is empty."));
                } else if (!HEX_COLOR.matcher(v).matches()) {
                    Diagnostic d = Diagnostic.warning("skills/openai-yaml-brand-color", ui.brandColor().position(),
                            prefix + "`interface.brand_color`: `" + v + "` is not a #RRGGBB colour.")
                            .withHint("Write the colour as `#` and six hex digits, such as `#1f6feb`.");
                    String fixed = v.matches("[0-9A-Fa-f]{6}") ? "#" + v
                            : v.matches("#[0-9A-Fa-f]{3}") ? "#" + v.substring(1).replaceAll("(.)", "$1$1") : null;
                    if (fixed != null) {
                        d = d.withFix(replaceValueFix(yaml, ui.brandColor(), "\"" + fixed + "\"",
                                "Use `" + fixed + "`"));
                    }
                    out.add(d);
                }
            }
        }
        for (OpenAiYaml.ToolDependency tool : yaml.tools()) {
            if (tool.type() == null || tool.value() == null) {
                out.add(Diagnostic.warning("skills/openai-yaml-dependency-incomplete", tool.position(),
                        prefix + "this dependency because it has no `" + (tool.type() == null ? "type" : "value")
                                + "`.")
                        .withHint("Give every tool dependency a `type` (mcp) and a `value`."));
                continue;
            }
            String type = RustText.collapseWhitespace(tool.type().value());
            if (!type.equals("mcp")) {
                out.add(Diagnostic.warning("skills/openai-yaml-dependency-type", tool.type().position(),
                        "The dependency type `" + type + "` is not supported; Codex only installs `mcp` "
                                + "dependencies.")
                        .withHint("Use `type: mcp` with the MCP server name as `value`."));
            }
            textField(out, prefix, tool.type(), "dependencies.tools.type", OPENAI_MAX_TOOL_TYPE);
            textField(out, prefix, tool.value(), "dependencies.tools.value", OPENAI_MAX_TEXT);
            textField(out, prefix, tool.description(), "dependencies.tools.description", OPENAI_MAX_TEXT);
            textField(out, prefix, tool.transport(), "dependencies.tools.transport", OPENAI_MAX_TOOL_TYPE);
            textField(out, prefix, tool.command(), "dependencies.tools.command", OPENAI_MAX_TEXT);
            textField(out, prefix, tool.url(), "dependencies.tools.url", OPENAI_MAX_TEXT);
        }
        if (yaml.usedByCodex() && SkillDiscovery.excludesCodex(yaml)) {
            out.add(Diagnostic.warning("skills/excluded-by-products", yaml.policy().position(),
                    "Codex hides this skill because `policy.products` does not list `codex`.")
                    .withHint("Add `codex` to `policy.products`, or remove `products` to offer the skill everywhere."));
        }
        return out;
    }

    private static SourcePosition invalidPosition(OpenAiYaml yaml) {
        Matcher m = Pattern.compile(" at line (\\d+) column (\\d+)").matcher(yaml.invalid());
        SourcePosition at = SourcePosition.ofFile(yaml.file());
        while (m.find()) {
            // YAML counts a lone \r as a line break too; the editor's lines break at \n only.
            String text = yaml.source().text();
            int offset = yamlLineStart(text, Integer.parseInt(m.group(1)));
            if (offset < 0) {
                continue;
            }
            int cp = Integer.parseInt(m.group(2)) - 1;
            int end = offset;
            while (cp > 0 && end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end += Character.charCount(text.codePointAt(end));
                cp--;
            }
            SourcePosition p = yaml.source().position(end);
            at = SourcePosition.of(yaml.file(), p.line(), p.column());
        }
        return at;
    }

    /** Offset of the start of a 1-based YAML line (breaks: \r\n, \r, \n), or -1 past the end. */
    private static int yamlLineStart(String text, int line) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int i = offset;
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            if (i >= text.length()) {
                return -1;
            }
            offset = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        return offset;
    }

    private static void unknownKeys(OpenAiYaml yaml, YamlNode.Mapping map, String table, List<Diagnostic> out) {
        List<String> known = OpenAiYaml.KNOWN_KEYS.get(table);
        OpenAiYaml.Reader reader = new OpenAiYaml.Reader(yaml.source());
        for (YamlNode.Entry e : map.entries()) {
            if (!(e.key().resolved() instanceof YamlNode.Scalar k)) {
                continue;
            }
            String key = k.value();
            if (known != null && !known.contains(key)) {
                out.add(Diagnostic.warning("skills/openai-yaml-unknown-key", reader.position(e.key().start()),
                        "Codex does not know `" + (table.isEmpty() ? "" : table + ".") + key
                                + "` in agents/openai.yaml and ignores it.")
                        .withHint("Check the spelling; known keys here: " + String.join(", ", known) + "."));
                continue;
            }
            String child = table.isEmpty() ? key : table + "." + key;
            YamlNode value = e.value().resolved();
            if (value instanceof YamlNode.Mapping m && OpenAiYaml.KNOWN_KEYS.containsKey(child)) {
                unknownKeys(yaml, m, child, out);
            } else if (value instanceof YamlNode.Sequence s && child.equals("dependencies.tools")) {
                for (YamlNode item : s.items()) {
                    if (item.resolved() instanceof YamlNode.Mapping m) {
                        unknownKeys(yaml, m, child, out);
                    }
                }
            }
        }
    }

    private static void textField(List<Diagnostic> out, String prefix, Located<String> field, String key, int max) {
        if (field == null) {
            return;
        }
        String v = RustText.collapseWhitespace(field.value());
        if (v.isEmpty()) {
            out.add(Diagnostic.info("skills/openai-yaml-empty-value", field.position(),
                    prefix + "`" + key + "` because it is empty."));
        } else if (RustText.charCount(v) > max) {
            out.add(Diagnostic.warning("skills/openai-yaml-field-too-long", field.position(),
                    prefix + "`" + key + "` because it has " + RustText.charCount(v) + " characters (at most " + max
                            + ").")
                    .withHint("Shorten it to " + max + " characters."));
        }
    }

    private static void icon(List<Diagnostic> out, String prefix, Path file, Located<String> icon, String key,
            Path skillDir) {
        if (icon == null || icon.value().isEmpty()) {
            return;
        }
        String v = icon.value();
        Path p;
        try {
            p = Path.of(v);
        } catch (RuntimeException e) {
            p = null;
        }
        String problem = null;
        if (p == null) {
            problem = "it is not a valid path";
        } else if (p.isAbsolute()) {
            problem = "it is absolute; it must be a relative path under assets/";
        } else {
            List<String> parts = new ArrayList<>();
            for (Path part : p) {
                String s = part.toString();
                if (s.equals("..")) {
                    problem = "it contains `..`; it must stay under assets/";
                    break;
                }
                if (!s.equals(".")) {
                    parts.add(s);
                }
            }
            if (problem == null && (parts.isEmpty() || !parts.get(0).equals("assets"))) {
                problem = "it is not under assets/";
            }
        }
        if (problem != null) {
            out.add(Diagnostic.warning("skills/openai-yaml-icon-path", icon.position(),
                    prefix + "`" + key + "` (`" + v + "`) because " + problem + ".")
                    .withHint("Put the icon in the skill's assets/ folder and write `assets/<file>`."));
        } else if (!Files.isRegularFile(skillDir.resolve(v).normalize())) {
            out.add(Diagnostic.warning("skills/openai-yaml-icon-missing", icon.position(),
                    "The icon `" + v + "` does not exist in the skill folder.")
                    .withHint("Add the file or correct the path."));
        }
    }

    private static List<Diagnostic> misnamedOpenAi(Path dir) {
        List<Diagnostic> out = new ArrayList<>();
        for (String other : List.of("openai.yml", "OpenAI.yaml", "openai.YAML")) {
            Path p = dir.resolve("agents").resolve(other);
            if (Files.isRegularFile(p) && !Files.isRegularFile(dir.resolve("agents").resolve("openai.yaml"))) {
                out.add(Diagnostic.warning("skills/openai-yaml-misnamed", SourcePosition.ofFile(p),
                        "Codex only reads agents/openai.yaml, so `agents/" + other + "` is ignored.")
                        .withFix(Fix.of("Rename to openai.yaml",
                                new Edit.MoveFile(p, dir.resolve("agents").resolve("openai.yaml")))));
            }
        }
        return out;
    }

    private static Fix replaceValueFix(OpenAiYaml yaml, Located<String> field, String replacement, String title) {
        int start = yaml.source().offset(field.position().line(), field.position().column());
        String line = yaml.source().lineText(field.position().line());
        int lineStart = yaml.source().lineStart(field.position().line());
        int end = start;
        String rest = line.substring(Math.min(line.length(), start - lineStart));
        int hash = rest.indexOf(" #");
        String value = (hash >= 0 ? rest.substring(0, hash) : rest).stripTrailing();
        end = start + value.length();
        return Fix.of(title, new Edit.ReplaceText(yaml.file(), start, end, replacement));
    }

    // ------------------------------------------------------------------ locations, findings, config

    private static Diagnostic deprecatedRoot(Skill skill, Path userAgentsRoot) {
        Diagnostic d = Diagnostic.warning("skills/deprecated-location", SourcePosition.ofFile(skill.skillFile()),
                "This skill is in $CODEX_HOME/skills, which Codex still reads but calls deprecated.")
                .withHint("Move the skill folder to ~/.agents/skills.");
        if (userAgentsRoot != null && skill.dir().getFileName() != null) {
            Path target = userAgentsRoot.resolve(skill.dir().getFileName().toString());
            if (!Files.exists(target)) {
                d = d.withFix(Fix.of("Move the skill to ~/.agents/skills", new Edit.MoveFile(skill.dir(), target)));
            }
        }
        return d;
    }

    /** Rules for what the scan noticed. */
    public static List<Diagnostic> check(SkillScanFinding f) {
        List<Diagnostic> out = new ArrayList<>();
        SourcePosition at = SourcePosition.ofFile(f.path());
        switch (f.kind()) {
            case HIDDEN_DIRECTORY -> out.add(Diagnostic.warning("skills/hidden-directory", at,
                    "Codex never loads this skill because it does not look inside folders whose names start with "
                            + "`.`.")
                    .withHint("Move the skill folder out of the hidden folder."));
            case TOO_DEEP -> out.add(Diagnostic.warning("skills/too-deep", at,
                    "Codex never loads this skill because it only scans " + SkillDiscovery.MAX_SCAN_DEPTH
                            + " folder levels below " + f.root().path() + ".")
                    .withHint("Move the skill folder closer to the skills root."));
            case SYMLINKED_SKILL_FILE -> out.add(Diagnostic.warning("skills/symlinked-skill-file", at,
                    "Codex never loads this skill because SKILL.md is a symbolic link to a file, and Codex skips "
                            + "those.")
                    .withHint("Replace the link with the file, or link the whole skill folder instead."));
            case MISNAMED_SKILL_FILE -> {
                Path target = f.path().resolveSibling(SkillDiscovery.SKILL_FILE);
                Diagnostic d = Diagnostic.warning("skills/misnamed-skill-file", at,
                        "Codex ignores `" + f.detail() + "` because it loads only files named exactly SKILL.md.")
                        .withHint("Rename the file to SKILL.md.");
                if (!Files.exists(target)) {
                    d = d.withFix(Fix.of("Rename to SKILL.md", new Edit.MoveFile(f.path(), target)));
                }
                out.add(d);
            }
            case SCAN_TRUNCATED -> out.add(Diagnostic.warning("skills/scan-truncated", at,
                    "Codex stops scanning this skills root after " + f.detail() + ", so skills beyond that are "
                            + "not loaded.")
                    .withHint("Keep skills roots small; move unrelated files elsewhere."));
            case UNREADABLE_DIRECTORY -> out.add(Diagnostic.warning("skills/unreadable-directory", at,
                    "Codex cannot read this folder (" + f.detail() + "), so skills inside it are not loaded."));
            case FILE_TOO_LARGE -> out.add(Diagnostic.info("skills/file-too-large", at,
                    "This SKILL.md is larger than the studio reads whole; only its first " + f.detail()
                            + " were analysed and it cannot be edited here."));
            case EXCLUDED_BY_PRODUCTS -> out.add(Diagnostic.warning("skills/excluded-by-products", at,
                    "Codex hides this skill because its agents/openai.yaml `policy.products` does not list `codex`.")
                    .withHint("Add `codex` to `policy.products`, or remove `products`."));
            default -> throw new IllegalStateException(f.kind().name());
        }
        return out;
    }

    private static List<Diagnostic> checkConfig(SkillCatalog catalog) {
        List<Diagnostic> out = new ArrayList<>();
        for (SkillConfigRules.EntryNote note : catalog.config().entries()) {
            SourcePosition at = note.position();
            switch (note.status()) {
                case IGNORED_LAYER -> out.add(Diagnostic.warning("skills/config-entry-ignored", at,
                        "Codex ignores this [[skills.config]] entry because it reads skill rules only from the user "
                                + "config and profile files, not from " + note.layer().label() + " config.")
                        .withHint("Move the entry to $CODEX_HOME/config.toml."));
                case IGNORED_BOTH_SELECTORS -> out.add(Diagnostic.warning("skills/config-entry-ignored", at,
                        "Codex ignores this [[skills.config]] entry because it has both `path` and `name`.")
                        .withHint("Keep either `path` or `name`."));
                case IGNORED_NO_SELECTOR -> out.add(Diagnostic.warning("skills/config-entry-ignored", at,
                        "Codex ignores this [[skills.config]] entry because it has neither `path` nor `name`.")
                        .withHint("Add `name = \"<skill name>\"` or `path = \"<absolute SKILL.md path>\"`."));
                case IGNORED_BLANK_NAME -> out.add(Diagnostic.warning("skills/config-entry-ignored", at,
                        "Codex ignores this [[skills.config]] entry because its `name` is blank."));
                case INVALID -> out.add(Diagnostic.error("skills/config-entry-invalid", at,
                        "Codex refuses this config file: " + note.detail() + " in [[skills.config]].")
                        .withHint("Give each [[skills.config]] entry `enabled = true|false` and a string "
                                + "`path` or `name`."));
                case SUPERSEDED -> out.add(Diagnostic.info("skills/config-entry-superseded", at,
                        "A later [[skills.config]] entry with the same selector replaces this one."));
                case APPLIED -> {
                    SkillConfigRules.Rule rule = note.rule();
                    boolean matches = catalog.skills().stream().anyMatch(s -> rule.byPath()
                            ? s.skillFile().equals(rule.path()) : s.name().equals(rule.name()));
                    if (!matches) {
                        out.add(Diagnostic.info("skills/config-rule-unmatched", at, rule.byPath()
                                ? "No skill file is at " + rule.path() + ", so this rule changes nothing."
                                : "No skill is named `" + rule.name() + "`, so this rule changes nothing.")
                                .withHint(rule.byPath() ? "Point `path` at a SKILL.md file, not at its folder."
                                        : "Check the skill name."));
                    }
                }
                default -> throw new IllegalStateException(note.status().name());
            }
        }
        return out;
    }

    private static List<Diagnostic> checkDuplicateNames(SkillCatalog catalog) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, List<Skill>> byName = new HashMap<>();
        for (Skill s : catalog.skills()) {
            byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
        }
        for (List<Skill> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Skill s : same) {
                List<String> others = same.stream().filter(o -> o != s).map(o -> o.skillFile().toString()).toList();
                SourcePosition at = s.document().frontMatter().flatMap(f -> f.get("name"))
                        .map(FrontMatter.Entry::valuePosition).orElse(SourcePosition.ofFile(s.skillFile()));
                out.add(Diagnostic.warning("skills/duplicate-name", at, "Codex loads " + same.size()
                        + " skills named `" + s.name() + "` (also " + String.join(", ", others) + "), so `$"
                        + s.name() + "` is ambiguous.")
                        .withHint("Give each skill a distinct name."));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ fixes

    private interface Edit0 {
        SkillDocument apply();
    }

    /** A fix that turns {@code before} into the result of an edit, as one minimal text replacement. */
    private static Fix editFix(String title, SkillDocument before, Edit0 edit) {
        if (!before.source().isValidUtf8() || before.isTruncated()) {
            return null;
        }
        SkillDocument after = edit.apply();
        if (after == before) {
            return null;
        }
        return minimalFix(title, before.source().path(), before.render(), after.render());
    }

    private static Fix minimalFix(String title, Path file, String a, String b) {
        int start = 0;
        int limit = Math.min(a.length(), b.length());
        while (start < limit && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (start > 0 && Character.isHighSurrogate(a.charAt(start - 1))) {
            start--;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        if (endA < a.length() && Character.isLowSurrogate(a.charAt(endA))) {
            endA++;
            endB++;
        }
        return Fix.of(title, new Edit.ReplaceText(file, start, endA, b.substring(start, endB)));
    }
}
