package dev.codexstudio.core.skills.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The YAML reader's verdicts and messages, checked against what Codex 0.169 (serde_yaml 0.9 on
 * unsafe-libyaml) printed for the same input (recorded from the binary's {@code skills/list}).
 */
class SerdeYamlTest {

    private static final SerdeYaml.Struct METADATA = new SerdeYaml.Struct("SkillFrontmatterMetadata",
            Map.of("short-description", new SerdeYaml.Opt(SerdeYaml.Str.STRING)));
    private static final SerdeYaml.Struct FRONT_MATTER;

    static {
        Map<String, SerdeYaml.Schema> fields = new LinkedHashMap<>();
        fields.put("name", new SerdeYaml.Opt(SerdeYaml.Str.STRING));
        fields.put("description", new SerdeYaml.Opt(SerdeYaml.Str.STRING));
        fields.put("metadata", METADATA);
        FRONT_MATTER = new SerdeYaml.Struct("SkillFrontmatter", fields);
    }

    private static String error(String yaml) {
        SerdeYaml.Result r = SerdeYaml.deserialize(yaml, FRONT_MATTER);
        assertThat(r.ok()).as("expected an error for %s", yaml).isFalse();
        return r.error();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> value(String yaml) {
        SerdeYaml.Result r = SerdeYaml.deserialize(yaml, FRONT_MATTER);
        assertThat(r.error()).as("error for %s", yaml).isNull();
        return (Map<String, Object>) r.value();
    }

    @Test
    void scalarsOfAnyKindReadAsTheirText() {
        assertThat(value("name: 123\ndescription: 4.5")).containsEntry("name", "123").containsEntry("description", "4.5");
        assertThat(value("name: true\ndescription: yes")).containsEntry("name", "true");
        assertThat(value("name: !!str 42\ndescription: !foo bar")).containsEntry("name", "42")
                .containsEntry("description", "bar");
        assertThat(value("name: &n anchor\ndescription: *n")).containsEntry("description", "anchor");
    }

    @Test
    void nullsAreMissingValues() {
        assertThat(value("name: ~\ndescription: null")).containsEntry("name", null).containsEntry("description", null);
        assertThat(value("name: ''\ndescription: 'null'")).containsEntry("name", "").containsEntry("description", "null");
        assertThat(value("description: d\nmetadata:")).containsEntry("metadata", Map.of());
        assertThat(value("")).isEmpty();
        assertThat(value("# only a comment")).isEmpty();
    }

    @Test
    void multiLineScalarsFoldAsLibyamlDoes() {
        assertThat(value("description: |\n  line one\n  line two\nname: x")).containsEntry("description",
                "line one\nline two\n");
        assertThat(value("description: >\n  line one\n  line two\nname: x")).containsEntry("description",
                "line one line two\n");
        assertThat(value("description: |\n  no final break")).containsEntry("description", "no final break");
        assertThat(value("description: line one\n  line two")).containsEntry("description", "line one line two");
        assertThat(value("description: 'a\n  b'")).containsEntry("description", "a b");
        assertThat(value("description: \"esc \\u00e9 \\x41\"")).containsEntry("description", "esc é A");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mapping values not allowed  | name: x\\n  description: d                | mapping values are not allowed in this context at line 2 column 14
            tab indentation             | name: t\\n\\tdescription: d               | found a tab character that violates indentation at line 2 column 1, while scanning a plain scalar at line 1 column 7
            unclosed quote              | name: "x\\ndescription: d                 | found unexpected end of stream at line 2 column 15, while scanning a quoted scalar at line 1 column 7
            sequence for string         | name: listdesc\\ndescription: [a, b]      | description: invalid type: sequence, expected a string at line 2 column 14
            map for string              | name: m\\ndescription:\\n  a: b           | description: invalid type: map, expected a string at line 3 column 3
            duplicate field             | name: d\\ndescription: a\\ndescription: b | duplicate field `description`
            top-level sequence          | - a\\n- b                                 | invalid type: sequence, expected struct SkillFrontmatter
            top-level string            | hello                                     | invalid type: string "hello", expected struct SkillFrontmatter
            metadata string             | description: d\\nmetadata: hello          | metadata: invalid type: string "hello", expected struct SkillFrontmatterMetadata at line 2 column 11
            metadata unit               | description: d\\nmetadata: ~              | metadata: invalid type: unit value, expected struct SkillFrontmatterMetadata at line 2 column 11
            metadata u128               | description: d\\nmetadata: 18446744073709551616 | metadata: invalid type: integer `18446744073709551616` as u128, expected struct SkillFrontmatterMetadata at line 2 column 11
            metadata float              | description: d\\nmetadata: 1e21          | metadata: invalid type: floating point `1000000000000000000000.0`, expected struct SkillFrontmatterMetadata at line 2 column 11
            metadata hex                | description: d\\nmetadata: 0x1F          | metadata: invalid type: integer `31`, expected struct SkillFrontmatterMetadata at line 2 column 11
            metadata leading zero       | description: d\\nmetadata: 007           | metadata: invalid type: string "007", expected struct SkillFrontmatterMetadata at line 2 column 11
            metadata duplicate field    | description: d\\nmetadata:\\n  short-description: a\\n  short-description: b | metadata: duplicate field `short-description` at line 3 column 3
            null tag with value         | name: !!null x\\ndescription: d          | invalid value: string "x", expected null
            unknown anchor              | description: *x                           | unknown anchor at line 1 column 14
            alias before its anchor     | name: *a\\ndescription: &a d              | unknown anchor at line 1 column 7
            alias to a map              | m: &m {a: 1}\\ndescription: *m           | description: invalid type: map, expected a string at line 1 column 4
            key is a sequence           | ? [a]\\n: b\\ndescription: d              | invalid type: sequence, expected field identifier at line 1 column 3
            second document             | description: d\\n--- x                    | deserializing from YAML containing more than one document is not supported
            unknown directive           | %FOO bar\\n--- \\ndescription: d          | found unknown directive name at line 1 column 5, while scanning a directive
            incompatible version        | %YAML 1.3\\n--- \\ndescription: d         | found incompatible YAML document
            block entry not allowed     | description: - a                          | block sequence entries are not allowed in this context at line 1 column 14
            unknown escape              | description: "\\q"                         | found unknown escape character at line 1 column 15, while parsing a quoted scalar at line 1 column 14
            bad hex escape              | description: "\\xZZ"                       | did not find expected hexadecimal number at line 1 column 17, while parsing a quoted scalar at line 1 column 14
            type error before syntax    | description: [a]\\nname: x\\n  bad: y     | description: invalid type: sequence, expected a string at line 1 column 14
            syntax error before type    | name: x\\n  bad: y\\ndescription: [a]     | mapping values are not allowed in this context at line 2 column 6
            line separator as a break   | description: a\\u2028b                    | could not find expected ':' at line 3 column 1, while scanning a simple key at line 2 column 1
            """)
    void errorsReadExactlyAsCodexPrintsThem(String label, String yaml, String expected) {
        assertThat(error(unescape(yaml))).isEqualTo(expected);
    }

    @Test
    void controlCharactersAreReaderErrorsWithByteOffsets() {
        assertThat(error("name: nul\ndescription: a\u0000b")).isEqualTo("control characters are not allowed at position 24");
    }

    @Test
    void aSimpleKeyLongerThan1024CharactersBecomesAScalarFirst() {
        String yaml = "k".repeat(1100) + ": v\ndescription: d";
        assertThat(error(yaml)).startsWith("invalid type: string \"kkkk").endsWith("\", expected struct SkillFrontmatter");
    }

    @Test
    void valueCheckRejectsWhatSerdeYamlValueRejects() {
        assertThat(SerdeYaml.isValidValue("[a, b]")).isTrue();
        assertThat(SerdeYaml.isValidValue("{a: 1}")).isTrue();
        assertThat(SerdeYaml.isValidValue("[a, b")).isFalse();
        assertThat(SerdeYaml.isValidValue("{a: 1, a: 2}")).isFalse();
        assertThat(SerdeYaml.isValidValue("@x")).isFalse();
        assertThat(SerdeYaml.isValidValue("`x`")).isFalse();
        assertThat(SerdeYaml.isValidValue("[a] tail")).isFalse();
        assertThat(SerdeYaml.isValidValue("[" .repeat(200) + "]".repeat(200))).isFalse();
    }

    @Test
    void rustFloatFormatting() {
        assertThat(SerdeYaml.rustFloat(1.5)).isEqualTo("1.5");
        assertThat(SerdeYaml.rustFloat(100.0)).isEqualTo("100.0");
        assertThat(SerdeYaml.rustFloat(1e-7)).isEqualTo("0.0000001");
        assertThat(SerdeYaml.rustFloat(-0.0)).isEqualTo("-0.0");
        assertThat(SerdeYaml.rustFloat(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }

    @Test
    void rustDebugEscapesLikeRust() {
        assertThat(SerdeYaml.rustDebug("a\"b\\c\n\t\u0001é")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u{1}é\"");
    }

    @Test
    void oneOfListsVariantsAsSerdeDoes() {
        assertThat(SerdeYaml.oneOf(List.of("a"))).isEqualTo("`a`");
        assertThat(SerdeYaml.oneOf(List.of("a", "b"))).isEqualTo("`a` or `b`");
        assertThat(SerdeYaml.oneOf(List.of("a", "b", "c"))).isEqualTo("one of `a`, `b`, `c`");
    }

    @Test
    void plainScalarsThatAreNotStrings() {
        assertThat(SerdeYaml.plainIsString("true")).isFalse();
        assertThat(SerdeYaml.plainIsString("~")).isFalse();
        assertThat(SerdeYaml.plainIsString("12")).isFalse();
        assertThat(SerdeYaml.plainIsString("1e3")).isFalse();
        assertThat(SerdeYaml.plainIsString("007")).isTrue();
        assertThat(SerdeYaml.plainIsString("yes")).isTrue();
        assertThat(SerdeYaml.plainIsString("my-skill")).isTrue();
    }

    @Test
    void composerKeepsPositionsAndPartialTreesOnErrors() {
        YamlComposer.Composed ok = YamlComposer.compose("name: x\ndescription: |\n  a\n");
        assertThat(ok.error()).isNull();
        YamlNode.Mapping m = (YamlNode.Mapping) ok.root();
        assertThat(m.get("description")).isPresent();
        assertThat(m.get("description").get().key().start()).isEqualTo(new YamlMark(8, 1, 0));

        YamlComposer.Composed bad = YamlComposer.compose("name: x\ndescription: [a\n");
        assertThat(bad.error()).isNotNull();
        assertThat(((YamlNode.Mapping) bad.root()).get("name")).isPresent();
        assertThat(YamlComposer.compose("a: 1\n--- x").moreDocuments()).isTrue();
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'n') {
                    sb.append('\n');
                    i++;
                    continue;
                }
                if (n == 't') {
                    sb.append('\t');
                    i++;
                    continue;
                }
                if (n == 'u' && i + 5 < s.length()) {
                    sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                if (n == '\\') {
                    sb.append('\\');
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
