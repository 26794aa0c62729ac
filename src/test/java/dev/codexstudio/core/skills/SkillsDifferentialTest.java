package dev.codexstudio.core.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.model.CodexEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of SKILL.md front-matter handling against the real Codex 0.169 binary.
 *
 * <p>Generates several hundred {@code SKILL.md} variants (delimiters, line endings, byte-order marks,
 * quoting, {@code ": "} in values, multi-line scalars, lists and maps where strings are expected,
 * numbers and booleans, tabs, duplicate keys, anchors, tags, directives, invalid UTF-8, control
 * characters), puts each in its own skill folder of one repository, lists them with Codex's
 * {@code skills/list} and with {@link SkillDiscovery}, and compares name, description, short description,
 * path, scope and enabled for every skill and path and message for every error.
 *
 * <p>Runs only when the system property {@code studio.codex.bin} names the Codex binary (see
 * {@link CodexOracle}).
 */
public class SkillsDifferentialTest {

    /** A generated SKILL.md. */
    /** One generated SKILL.md. */
    public record Case(String label, byte[] bytes) {
    }

    @Test
    void frontMatterVariantsMatchCodex(@TempDir Path tmp) throws Exception {
        CodexOracle oracle = CodexOracle.require();
        List<Case> cases = generate(new Random(20261125L), 260);
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path userHome = Files.createDirectories(tmp.resolve("uh"));
        Path repo = Files.createDirectories(tmp.resolve("w"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Path skills = Files.createDirectories(repo.resolve(".agents/skills"));
        Map<String, Case> byFolder = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            String folder = String.format("c%03d", i);
            Path dir = Files.createDirectories(skills.resolve(folder));
            Files.write(dir.resolve("SKILL.md"), cases.get(i).bytes());
            byFolder.put(folder, cases.get(i));
        }

        CodexOracle.Listing codex = oracle.skillsList(home, userHome, repo);
        ConfigStack stack = ConfigStackLoader.load(new CodexEnvironment(home, userHome,
                CodexEnvironment.DEFAULT_SYSTEM_DIR, null), repo);
        SkillCatalog ours = SkillDiscovery.discover(stack);

        Map<String, List<String>> codexByFolder = outcomes(codex.skills().stream().map(SkillsDifferentialTest::line)
                .toList(), codex.errors().stream().map(e -> "ERROR " + e.path() + " :: " + e.message()).toList());
        Map<String, List<String>> oursByFolder = outcomes(ours.skills().stream().map(SkillsDifferentialTest::line)
                .toList(), ours.errors().stream().map(e -> "ERROR " + e.path() + " :: " + e.message()).toList());

        int agreed = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, Case> e : byFolder.entrySet()) {
            List<String> expected = codexByFolder.getOrDefault(e.getKey(), List.of());
            List<String> actual = oursByFolder.getOrDefault(e.getKey(), List.of());
            if (expected.equals(actual)) {
                agreed++;
            } else {
                report.append("\n--- ").append(e.getKey()).append(" [").append(e.getValue().label()).append("]\n")
                        .append(show(e.getValue().bytes())).append("\n  codex: ").append(expected)
                        .append("\n  ours:  ").append(actual);
            }
        }
        List<String> codexSystem = codexByFolder.getOrDefault("<other>", List.of());
        List<String> oursSystem = oursByFolder.getOrDefault("<other>", List.of());
        Files.writeString(Path.of(System.getProperty("studio.project.dir", "."), "target",
                "skills-differential-report.txt"), "cases: " + cases.size() + ", agreed: " + agreed + report + "\n");

        dev.codexstudio.conformance.ConformanceReport.record("module/skills-front-matter", cases.size(), agreed);
        assertThat(report.toString()).as("cases where the studio and Codex disagree").isEmpty();
        assertThat(oursSystem).as("system skills").isEqualTo(codexSystem);
        assertThat(agreed).isGreaterThanOrEqualTo(200);
    }

    private static String line(CodexOracle.ListedSkill s) {
        return "SKILL " + s.scope() + " " + s.enabled() + " " + s.path() + " name=" + s.name() + " description="
                + s.description() + " short=" + s.shortDescription();
    }

    private static String line(Skill s) {
        return "SKILL " + s.scope().label() + " " + s.enabled() + " " + s.skillFile() + " name=" + s.name()
                + " description=" + s.description() + " short=" + s.shortDescription();
    }

    /** Groups outcome lines by the case folder in their path ({@code .../c012/SKILL.md}). */
    private static Map<String, List<String>> outcomes(List<String> skills, List<String> errors) {
        Map<String, List<String>> out = new TreeMap<>();
        List<String> all = new ArrayList<>(skills);
        all.addAll(errors);
        for (String l : all) {
            int i = l.indexOf("/.agents/skills/c");
            String folder = i < 0 ? "<other>" : l.substring(i + "/.agents/skills/".length(), i + "/.agents/skills/".length() + 4);
            out.computeIfAbsent(folder, k -> new ArrayList<>()).add(l);
        }
        return out;
    }

    private static String show(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    // ------------------------------------------------------------------ the generator

    private static Case fm(String label, String yaml) {
        return text(label, "---\n" + yaml + "\n---\n# Body\n");
    }

    private static Case text(String label, String s) {
        return new Case(label, s.getBytes(StandardCharsets.UTF_8));
    }

    /** Hand-written cases for every rule that matters, then seeded random combinations. */
    public static List<Case> generate(Random random, int randomCount) {
        List<Case> cases = new ArrayList<>(curated());
        for (int i = 0; i < randomCount; i++) {
            cases.add(combination(random, i));
        }
        return cases;
    }

    private static final String[] NAMES = {
        null, "name: simple", "name: Simple Name", "name: 'quoted'", "name: \"double\"", "name: ''",
        "name: ~", "name: null", "name: 123", "name: true", "name: 1.5e3", "name: x: y",
        "name: " + "a".repeat(65), "name: " + "b".repeat(64), "name: [a, b]", "name: {a: 1}",
        "name:\n  nested: map", "name: |\n  block\n  name", "name: >-\n  folded", "name: \"  spaced \\t name \"",
        "name: ünïcödé", "name: emoji \uD83C\uDF89", "name: a#b", "name: a # comment", "name: 'it''s'",
        "name: &anc anchored", "name: !!str 42", "name: !!int 42", "name: !custom tagged", "name: -leading",
        "name: @at", "name: `tick`", "name: [unclosed", "name:\ttab", "name: *undefined",
        "name: '" + "a ".repeat(40) + "'", "name: " + "é".repeat(64), "name: " + "é".repeat(65),
        "name: Foo_Bar", "name: my--skill", "name: -x-", "name: \"\"", "name:", "name: \"a\\nb\"",
        "name: 0o17", "name: +5", "name: 007", "name: .nan", "name: NULL", "name: !!null ~", "name: !!null x",
    };

    private static final String[] DESCRIPTIONS = {
        null, "description: plain words", "description: with: colon inside", "description: 'single'",
        "description: \"\"", "description: '   '", "description: ~", "description: [a]", "description: {a: b}",
        "description: |\n  multi\n  line", "description: >\n  folded\n\n  para", "description: line one\n  continued",
        "description: " + "x".repeat(1500), "description: a # c", "description: \"esc \\u00e9 \\x41 \\n end\"",
        "description: \"bad \\q\"", "description: 'unclosed", "description: [a, b", "description: {a: 1, a: 2}",
        "description: @mention here", "description: `cmd`: run it", "description: -5", "description: 0x1F",
        "description: .inf", "description: yes", "description:", "description:\n  indented next line",
        "description: \"multi\n  line dq\"", "description: Use when: the user asks. Then: do it.",
        "description: [ok, list]: tail", "description: {ok: map}", "description: it's fine: really",
        "description: 'quoted': then", "description: |+\n  keep\n\n", "description: |-\n  strip",
        "description: >2\n   indented", "description: \"tab\there\"", "description: !!str", "description: &d the d",
        "description: \"unterminated", "description: trailing spaces   ", "description: a\tb: c",
    };

    private static final String[] METADATA = {
        null, "metadata:\n  short-description: short one", "metadata:\n  short-description: ''",
        "metadata:\n  short-description: 5", "metadata:\n  short-description: [a]", "metadata: str",
        "metadata: ~", "metadata:", "metadata: []", "metadata: {}", "metadata:\n  author: x\n  version: 1.0",
        "metadata:\n  short-description: a\n  short-description: b", "metadata:\n  short-description: with: colon",
        "metadata: {short-description: flow}", "metadata:\n  short-description: \"  spaced   out  \"",
        "metadata:\n  short-description: ~", "metadata:\n  short-description:\n    nested: 1",
    };

    private static final String[] EXTRAS = {
        null, "license: MIT", "allowed-tools: [Read, Write]", "allowed-tools: Bash(git:*) Read",
        "compatibility: linux only", "unknown-key: value", "# a comment line", "dup: 1\ndup: 2",
        "x: [unclosed", "  indented: bad", "\tname2: tab", "? complex\n: key", "argument-hint: <file: path>",
        "tags:\n  - a\n  - b", "ref: *nothing", "anchor: &a {k: v}\nuse: *a", "empty:", "'quoted key': v",
        "\"dq key\": v", "key with spaces: v", "k: v # trailing: comment", "list:\n- x\n- y",
    };

    private static Case combination(Random r, int i) {
        List<String> lines = new ArrayList<>();
        String name = NAMES[r.nextInt(NAMES.length)];
        String description = DESCRIPTIONS[r.nextInt(DESCRIPTIONS.length)];
        String metadata = r.nextInt(3) == 0 ? METADATA[r.nextInt(METADATA.length)] : null;
        String extra = r.nextInt(2) == 0 ? EXTRAS[r.nextInt(EXTRAS.length)] : null;
        for (String l : new String[] {name, description, metadata, extra}) {
            if (l != null) {
                lines.add(l);
            }
        }
        java.util.Collections.shuffle(lines, r);
        String yaml = String.join("\n", lines);
        String doc = "---\n" + yaml + "\n---\nBody " + i + "\n";
        int variant = r.nextInt(12);
        String label = "random " + i;
        if (variant == 0) {
            doc = doc.replace("\n", "\r\n");
            label += " crlf";
        } else if (variant == 1) {
            doc = doc.replaceFirst("---\n", "---  \n");
            label += " trailing-space";
        }
        return text(label, doc);
    }

    private static List<Case> curated() {
        List<Case> c = new ArrayList<>();
        c.add(fm("basic", "name: basic\ndescription: Does things."));
        c.add(new Case("bom", ("\uFEFF---\nname: bom\ndescription: d\n---\n").getBytes(StandardCharsets.UTF_8)));
        c.add(text("crlf", "---\r\nname: crlf\r\ndescription: d\r\n---\r\nbody"));
        c.add(text("trailing spaces on delimiters", "---  \nname: t\ndescription: d\n  ---  \n"));
        c.add(text("leading spaces on opening", "  ---\nname: lead\ndescription: d\n---\n"));
        c.add(text("empty block", "---\n---\nbody\n"));
        c.add(text("blank block", "---\n\n---\nbody\n"));
        c.add(text("comment-only block", "---\n# just a comment\n---\n"));
        c.add(text("no closing", "---\nname: x\ndescription: d\n"));
        c.add(text("four dashes", "----\nname: x\ndescription: d\n----\n"));
        c.add(text("blank first line", "\n---\nname: x\ndescription: d\n---\n"));
        c.add(text("no front matter", "# Title\n\nJust markdown.\n"));
        c.add(text("empty file", ""));
        c.add(text("only dashes", "---"));
        c.add(text("closing with dots", "---\nname: x\ndescription: d\n...\n"));
        c.add(text("document start with comment", "--- # c\nname: x\ndescription: d\n---\n"));
        c.add(text("second document line", "---\nname: x\ndescription: d\n--- more\n---\n"));
        c.add(text("cr only line endings", "---\rname: x\rdescription: d\r---\r"));
        c.add(text("tab before dashes", "\t---\nname: x\ndescription: d\n---\t\n"));
        c.add(text("nbsp after dashes", "---\u00A0\nname: nbsp\ndescription: d\n---\n"));
        c.add(text("closing inside block scalar", "---\ndescription: |\n  a\n  ---\n  b\n---\n"));
        c.add(fm("nodesc", "name: nodesc"));
        c.add(fm("empty description", "name: e\ndescription: \"\""));
        c.add(fm("whitespace description", "name: e\ndescription: \"  \\t \""));
        c.add(fm("null description", "name: e\ndescription: ~"));
        c.add(fm("no name", "description: d"));
        c.add(fm("long description 5000", "name: long\ndescription: " + "word ".repeat(1000)));
        c.add(fm("dup description", "name: dup\ndescription: a\ndescription: b"));
        c.add(fm("dup name", "name: a\nname: b\ndescription: d"));
        c.add(fm("dup unknown", "description: d\nlicense: a\nlicense: b"));
        c.add(fm("type before syntax", "description: [a]\nname: x\n  bad: y"));
        c.add(fm("syntax before type", "name: x\n  bad: y\ndescription: [a]"));
        c.add(fm("repair then type error", "name: a: b\ndescription: [x]"));
        c.add(fm("repair nested", "description: d\nmetadata:\n  short-description: A: B"));
        c.add(fm("repair with comment", "description: a: b # note"));
        c.add(fm("repair quote inside", "description: it's: here"));
        c.add(fm("repair block untouched", "description: |\n  a: b\n  c: d"));
        c.add(fm("repair after block", "description: |\n  text\nname: a: b"));
        c.add(fm("repair list item", "description: d\ntags:\n  - a: b: c"));
        c.add(fm("repair key only colon", "description: d\nk:v: w"));
        c.add(fm("long simple key", "k".repeat(1100) + ": v\ndescription: d"));
        c.add(fm("tab indentation", "name: t\n\tdescription: d"));
        c.add(fm("tab after colon", "description:\tfoo: bar"));
        c.add(fm("nul character", "name: nul\ndescription: a\u0000b"));
        c.add(fm("bell character", "name: bell\ndescription: a\u0007b"));
        c.add(fm("escape in quotes", "description: \"\\u0001 control\""));
        c.add(fm("nel", "description: a\u0085b"));
        c.add(fm("line separator", "description: a\u2028b"));
        c.add(fm("bom on second line", "\uFEFFdescription: d"));
        c.add(fm("deep flow", "description: d\nx: " + "[".repeat(200) + "]".repeat(200)));
        c.add(fm("deep block", "description: d\n" + deepBlock(140)));
        c.add(fm("alias billion laughs", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\ndescription: d"));
        c.add(fm("alias description", "x: &x hello\ndescription: *x"));
        c.add(fm("alias to map", "m: &m {a: 1}\ndescription: *m"));
        c.add(fm("alias before anchor", "name: *a\ndescription: &a d"));
        c.add(fm("anchor redefined", "a: &x one\nb: &x two\ndescription: *x"));
        c.add(fm("merge key", "base: &b {description: d}\n<<: *b"));
        c.add(fm("directive", "%YAML 1.2\n--- \ndescription: d"));
        c.add(fm("bad directive", "%FOO bar\n--- \ndescription: d"));
        c.add(fm("yaml 1.3", "%YAML 1.3\n--- \ndescription: d"));
        c.add(fm("tag directive", "%TAG !e! tag:example.com,2000:\n--- \ndescription: !e!x d"));
        c.add(fm("undefined tag handle", "description: !u!x d"));
        c.add(fm("verbatim tag", "description: !<tag:yaml.org,2002:str> d"));
        c.add(fm("null tag on name", "name: !!null x\ndescription: d"));
        c.add(fm("bool tag on metadata", "description: d\nmetadata: !!bool maybe"));
        c.add(fm("int tag on metadata", "description: d\nmetadata: !!int 12"));
        c.add(fm("float metadata", "description: d\nmetadata: 1e400"));
        c.add(fm("big int metadata", "description: d\nmetadata: 99999999999999999999999999999999999999999"));
        c.add(fm("u128 metadata", "description: d\nmetadata: 18446744073709551616"));
        c.add(fm("i128 metadata", "description: d\nmetadata: -9223372036854775809"));
        c.add(fm("negative zero metadata", "description: d\nmetadata: -0.0"));
        c.add(fm("small float metadata", "description: d\nmetadata: 0.0000001"));
        c.add(fm("string metadata with quote", "description: d\nmetadata: 'it''s \"q\"'"));
        c.add(fm("key sequence", "? [a]\n: b\ndescription: d"));
        c.add(fm("flow top", "{name: x, description: y}"));
        c.add(fm("top list", "- a\n- b"));
        c.add(fm("top scalar", "just text"));
        c.add(fm("key without value", "description"));
        c.add(fm("indicator dash value", "description: - a"));
        c.add(fm("block seq description", "description:\n  - a\n  - b"));
        c.add(fm("indentless seq", "description:\n- a"));
        c.add(fm("literal keep", "description: |+\n  a\n\n"));
        c.add(fm("folded with more indented", "description: >\n  a\n    b\n  c"));
        c.add(fm("block indicator zero", "description: |0\n  a"));
        c.add(fm("block bad header", "description: | x\n  a"));
        c.add(fm("tab in block indent", "description: |\n\ta"));
        c.add(fm("flow seq with colon", "description: [a:b, c]"));
        c.add(fm("flow unexpected colon", "description: d\nx: [a:, b]"));
        c.add(fm("flow map missing comma", "description: d\nx: {a: 1 b: 2}"));
        c.add(fm("flow seq missing comma", "description: d\nx: [a b]"));
        c.add(fm("flow seq key entry", "description: d\nx: [? a : b]"));
        c.add(fm("unclosed flow at end", "description: d\nx: [a"));
        c.add(fm("plain document marker in value", "description: a\n... b"));
        c.add(fm("mapping value not allowed", "description: a: b: c"));
        c.add(fm("block entry not allowed", "description: d\n  - x"));
        c.add(fm("anchor without name", "description: & x"));
        c.add(fm("alias without name", "description: * x"));
        c.add(fm("unknown escape", "description: \"\\z\""));
        c.add(fm("bad hex escape", "description: \"\\xZZ\""));
        c.add(fm("surrogate escape", "description: \"\\uD800\""));
        c.add(fm("single quote multiline", "description: 'a\n  b'"));
        c.add(fm("double quote continuation", "description: \"a\\\n  b\""));
        c.add(fm("comment right after value", "description: a#not comment"));
        c.add(fm("percent in value", "description: 100% sure"));
        c.add(fm("question mark start", "description: ?why"));
        c.add(fm("colon start", "description: :colon"));
        c.add(fm("exclamation value", "description: ! bang"));
        c.add(fm("ampersand value", "description: & amp"));
        c.add(fm("pipe in flow", "description: [|x]"));
        c.add(fm("unicode keys", "nämé: x\ndescription: d"));
        c.add(fm("emoji description", "description: \uD83D\uDE80 launch"));
        c.add(fm("name 64 multibyte", "name: " + "日".repeat(64) + "\ndescription: d"));
        c.add(fm("name 65 multibyte", "name: " + "日".repeat(65) + "\ndescription: d"));
        c.add(fm("name collapses to 64", "name: \"" + "ab ".repeat(21) + "c  \"\ndescription: d"));
        c.add(fm("name only whitespace", "name: \"   \"\ndescription: d"));
        c.add(fm("name newline escapes", "name: \"a\\n\\nb\"\ndescription: d"));
        c.add(fm("description nbsp collapse", "description: \"a\u00A0\u00A0b\u3000c\""));
        c.add(fm("description zero width", "description: \"a\u200Bb\""));
        c.add(fm("short description empty after collapse", "description: d\nmetadata:\n  short-description: \" \""));
        c.add(fm("metadata alias", "m: &m {short-description: s}\ndescription: d\nmetadata: *m"));
        c.add(fm("metadata sequence alias", "s: &s [a]\ndescription: d\nmetadata: *s"));
        c.add(fm("option alias null", "n: &n ~\ndescription: d\nname: *n"));
        c.add(new Case("invalid utf8", "---\nname: bad\u00ff\ndescription: d\n---\n".getBytes(StandardCharsets.ISO_8859_1)));
        c.add(new Case("truncated utf8", concat("---\nname: a\ndescription: d\n---\nbody ", new byte[] {(byte) 0xE2, (byte) 0x82})));
        c.add(new Case("overlong utf8", concat("---\ndescription: d\n---\n", new byte[] {(byte) 0xC0, (byte) 0x80})));
        c.add(new Case("surrogate utf8", concat("---\ndescription: d\n---\n", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
        c.add(new Case("binary", new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 10, 0}));
        c.add(fm("control char after 16k", "description: " + "x".repeat(17000) + "\nname: a\u0001b"));
        c.add(fm("large front matter", "description: d\n" + "k: value\n".repeat(3000) + "name: big"));
        return c;
    }

    private static String deepBlock(int levels) {
        StringBuilder sb = new StringBuilder("x:\n");
        for (int i = 1; i <= levels; i++) {
            sb.append(" ".repeat(i)).append("k:\n");
        }
        return sb.toString().stripTrailing() + " v";
    }

    private static byte[] concat(String head, byte[] tail) {
        byte[] a = head.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + tail.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(tail, 0, out, a.length, tail.length);
        return Objects.requireNonNull(out);
    }

    /** Keeps the generator honest: the label list has no accidental duplicates of whole files. */
    @Test
    void generatorProducesDistinctCases() {
        List<Case> cases = generate(new Random(20261125L), 260);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(cases.stream().map(c -> new String(c.bytes(), StandardCharsets.ISO_8859_1)).distinct().count())
                .isGreaterThanOrEqualTo(280);
    }
}
