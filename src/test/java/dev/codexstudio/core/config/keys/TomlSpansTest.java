package dev.codexstudio.core.config.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomlSpansTest {

    private static final String TEXT = """
            a.b = 1
            "q k" = { x = 2, y = [1, { z = 3 }] }
            [t]
              k  =  "v" # comment
            [[arr]]
            m = 'lit'
            [[arr]]
            m = \"\"\"
            multi ] } "
            \"\"\"
            [arr.sub]
            n = [
              "a", # c
              "b",
            ]
            """;

    @Test
    void recordsKeysAndValuesByPath() {
        TomlSpans spans = TomlSpans.of(TEXT);
        assertThat(spans.span(List.of("a", "b")).orElseThrow()).isEqualTo(new TomlSpans.Span(2, 6));
        assertThat(spans.span(List.of("a")).orElseThrow().keyOffset()).isZero();
        int line2 = TEXT.indexOf("\"q k\"");
        assertThat(spans.span(List.of("q k")).orElseThrow()).isEqualTo(new TomlSpans.Span(line2, line2 + 8));
        assertThat(spans.valueOffset(List.of("q k", "y", "1", "z"))).isEqualTo(TEXT.indexOf("3 }"));
        assertThat(spans.valueOffset(List.of("t", "k"))).isEqualTo(TEXT.indexOf("\"v\""));
        assertThat(spans.span(List.of("t")).orElseThrow().valueOffset()).isEqualTo(TEXT.indexOf("[t]"));
    }

    @Test
    void arraysOfTablesAreIndexedAndSubTablesAttachToTheLastElement() {
        TomlSpans spans = TomlSpans.of(TEXT);
        int first = TEXT.indexOf("[[arr]]");
        int second = TEXT.indexOf("[[arr]]", first + 1);
        assertThat(spans.span(List.of("arr")).orElseThrow().valueOffset()).isEqualTo(first);
        assertThat(spans.span(List.of("arr", "1")).orElseThrow().valueOffset()).isEqualTo(second);
        assertThat(spans.valueOffset(List.of("arr", "1", "m"))).isEqualTo(TEXT.indexOf("\"\"\""));
        assertThat(spans.valueOffset(List.of("arr", "1", "sub", "n", "1"))).isEqualTo(TEXT.indexOf("\"b\""));
    }

    @Test
    void unknownPathsFallBackToTheNearestAncestorAndMalformedTextDoesNotThrow() {
        TomlSpans spans = TomlSpans.of(TEXT);
        assertThat(spans.valueOffset(List.of("t", "missing"))).isEqualTo(TEXT.indexOf("[t]"));
        assertThat(spans.valueOffset(List.of("nothing"))).isZero();
        TomlSpans broken = TomlSpans.of("a = 1\n[b\nc = \"unterminated\n= = =");
        assertThat(broken.span(List.of("a"))).isPresent();
    }
}
