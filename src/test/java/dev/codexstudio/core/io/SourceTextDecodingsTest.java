package dev.codexstudio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Decodings are kept by the bytes decoded: the same bytes find the same text, and nothing else ever does. */
class SourceTextDecodingsTest {

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String LONG = "# Guidance — Руководство 指南 🚀\n".repeat(40);

    @Test
    void theSameBytesReadAgainFindTheSameText() {
        SourceText a = SourceText.of(Path.of("/a/AGENTS.md"), text(LONG));
        SourceText b = SourceText.of(Path.of("/b/AGENTS.md"), text(LONG));
        assertThat(b.text()).isSameAs(a.text()).isEqualTo(LONG);
        assertThat(RustText.fromUtf8Lossy(text(LONG), text(LONG).length)).isSameAs(a.text());
        // a short text is decoded every time
        assertThat(SourceText.of(Path.of("/s"), text("short")).text()).isEqualTo("short");
    }

    @Test
    void aCallerThatChangesItsArrayAfterwardsChangesNoKeptDecoding() {
        byte[] mine = text(LONG.replace("Guidance", "Guidanse"));
        String first = SourceText.of(Path.of("/m"), mine).text();
        Arrays.fill(mine, (byte) 'x');
        assertThat(SourceText.of(Path.of("/m"), mine).text()).isEqualTo("x".repeat(mine.length));
        assertThat(SourceText.of(Path.of("/m"), text(LONG.replace("Guidance", "Guidanse"))).text()).isSameAs(first);
    }

    @Test
    void bytesTheSampledHashCannotTellApartAreDecodedApart() {
        byte[] a = text("a".repeat(6_400) + "xy\n");
        byte[] b = text("a".repeat(6_400) + "xz\n");
        // 64 samples over 6,403 bytes look at every 100th byte and the last: index 6,401 is not one of them
        assertThat(SourceText.Bytes.of(a, 0).hashCode()).isEqualTo(SourceText.Bytes.of(b, 0).hashCode());
        assertThat(SourceText.of(Path.of("/a"), a).text()).endsWith("xy\n");
        assertThat(SourceText.of(Path.of("/b"), b).text()).endsWith("xz\n");
    }

    @Test
    void aKeptDecodingOfInvalidUtf8KeepsItsFirstBadByteAndTheBomIsNotPartOfTheKey() {
        byte[] body = text(LONG);
        byte[] broken = Arrays.copyOf(body, body.length + 1);
        broken[body.length] = (byte) 0xC3;
        for (int i = 0; i < 2; i++) {
            SourceText t = SourceText.of(Path.of("/bad"), broken);
            assertThat(t.isValidUtf8()).isFalse();
            assertThat(t.firstMalformedByte()).hasValue(body.length);
            assertThat(t.text()).endsWith("\uFFFD");
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        SourceText bom = SourceText.of(Path.of("/bom"), withBom);
        assertThat(bom.hasBom()).isTrue();
        assertThat(bom.text()).isEqualTo(LONG);
        // the same broken body after a byte-order mark: its first bad byte counts the mark
        byte[] brokenWithBom = Arrays.copyOf(withBom, withBom.length + 1);
        brokenWithBom[withBom.length] = (byte) 0xC3;
        assertThat(SourceText.of(Path.of("/bad-bom"), brokenWithBom).firstMalformedByte()).hasValue(body.length + 3);
        assertThat(SourceText.of(Path.of("/bad"), broken).firstMalformedByte()).hasValue(body.length);
    }
}
