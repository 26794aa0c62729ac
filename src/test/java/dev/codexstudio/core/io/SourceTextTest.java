package dev.codexstudio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static final Path P = Path.of("/x/f.md");

    @Test
    void keepsBomAsideAndRestoresItOnEdit() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '=', '1', '\n'};
        SourceText t = SourceText.of(P, bytes);
        assertThat(t.hasBom()).isTrue();
        assertThat(t.text()).isEqualTo("a=1\n");
        assertThat(t.withText("a=2\n").bytes()).containsExactly(0xEF, 0xBB, 0xBF, 'a', '=', '2', '\n');
        assertThat(t.withText("a=1\n")).isSameAs(t);
    }

    @Test
    void decodesInvalidUtf8LikeRustAndPointsAtTheFirstBadByte() {
        byte[] bytes = "ok\nbad \u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 'z';
        SourceText t = SourceText.of(P, broken);
        assertThat(t.isValidUtf8()).isFalse();
        assertThat(t.text()).isEqualTo("ok\nbad \u00e9\uFFFDz");
        assertThat(t.firstMalformedPosition().line()).isEqualTo(2);
        assertThat(t.firstMalformedPosition().column()).isEqualTo(6);
    }

    @Test
    void mapsOffsetsToLinesAndColumnsWithCrlf() {
        SourceText t = SourceText.ofString(P, "ab\r\ncd\r\n\r\nef");
        assertThat(t.lineCount()).isEqualTo(4);
        assertThat(t.position(5)).extracting(p -> p.line() + ":" + p.column()).isEqualTo("2:2");
        assertThat(t.offset(4, 2)).isEqualTo(11);
        assertThat(t.lineText(2)).isEqualTo("cd");
        assertThat(t.lineSeparator()).isEqualTo("\r\n");
    }

    @Test
    void rustTrimDiffersFromJavaStrip() {
        assertThat(RustText.trim("\u00a0 x \u202f")).isEqualTo("x");
        assertThat(RustText.trim("\u001c x")).isEqualTo("\u001c x");
        assertThat("\u001c x".strip()).isEqualTo("x");
        assertThat(RustText.isBlank("\uFEFF")).isFalse();
    }
}
