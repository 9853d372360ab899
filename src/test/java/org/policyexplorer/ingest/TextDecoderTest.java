package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();
    private final String seed = TestReports.seed();

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        assertThat(decoder.decode(seed.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(seed);
        byte[] body = seed.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DecodedText decoded = decoder.decode(withBom, "bom.txt");
        assertThat(decoded.text()).isEqualTo(seed);
        assertThat(decoded.encoding()).contains("UTF-8");
    }

    @Test
    void detectsGb18030AndGbk() throws Exception {
        DecodedText gb = decoder.decode(seed.getBytes(Charset.forName("GB18030")), "gb.txt");
        assertThat(gb.text()).isEqualTo(seed);
        assertThat(gb.encoding()).isEqualTo("GB18030");
        assertThat(decoder.decode(seed.getBytes(Charset.forName("GBK")), "gbk.txt").text()).isEqualTo(seed);
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] le = ("\uFEFF" + seed).getBytes(StandardCharsets.UTF_16LE);
        assertThat(decoder.decode(le, "le.txt").text()).isEqualTo(seed);
        byte[] be = ("\uFEFF" + seed).getBytes(StandardCharsets.UTF_16BE);
        assertThat(decoder.decode(be, "be.txt").text()).isEqualTo(seed);
    }

    @Test
    void rejectsEmptyAndBlankFiles() {
        assertProblem(new byte[0], ImportProblem.EMPTY);
        assertProblem(" \r\n\t".getBytes(StandardCharsets.UTF_8), ImportProblem.EMPTY);
    }

    @Test
    void rejectsBinaryFiles() {
        assertProblem("%PDF-1.7 binary".getBytes(StandardCharsets.ISO_8859_1), ImportProblem.BINARY);
        assertProblem(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, ImportProblem.BINARY);
        assertProblem(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, ImportProblem.BINARY);
        byte[] withNul = "项目建设\u0000量质并举".getBytes(StandardCharsets.UTF_8);
        assertProblem(withNul, ImportProblem.BINARY);
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        random[0] = 1; // no accidental BOM
        assertThatThrownBy(() -> decoder.decode(random, "random.bin")).isInstanceOf(ImportRejectedException.class);
    }

    private void assertProblem(byte[] bytes, ImportProblem problem) {
        assertThatThrownBy(() -> decoder.decode(bytes, "x.txt"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
