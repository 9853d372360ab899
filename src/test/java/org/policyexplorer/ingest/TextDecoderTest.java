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

    /** Traditional characters written for this test: a Big5 file from Taiwan or Hong Kong, read right. */
    @Test
    void readsBig5() throws Exception {
        String traditional = "政府工作報告\n各位代表：\n過去一年，我們堅持穩中求進，經濟發展實現新突破。\n"
                + "一、過去一年的工作回顧\n全年地區生產總值增長百分之五，城鄉居民收入穩步增長，社會事業全面進步。\n"
                + "二、今年的工作安排\n今年要著力擴大內需，加快建設現代化產業體系，持續改善民生。";
        DecodedText decoded = decoder.decode(traditional.getBytes(Charset.forName("Big5")), "big5.txt");
        assertThat(decoded.encoding()).isEqualTo("Big5");
        assertThat(decoded.text()).isEqualTo(traditional);
    }

    @Test
    void readsUtf16WithoutBomInBothByteOrders() throws Exception {
        for (Charset order : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            DecodedText decoded = decoder.decode(seed.getBytes(order), "u16.txt");
            assertThat(decoded.text()).isEqualTo(seed);
            assertThat(decoded.encoding()).isEqualTo(order.name());
        }
    }

    @Test
    void randomBytesAreNotTextInAnyEncoding() {
        java.util.Random random = new java.util.Random(7);
        byte[] any = new byte[20_000];
        random.nextBytes(any);
        any[0] = 1;
        assertProblem(any, ImportProblem.BINARY);
        byte[] high = new byte[20_000];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + random.nextInt(0x80)); // every byte a possible GB18030 or Big5 lead byte
        }
        assertThatThrownBy(() -> decoder.decode(high, "high.bin")).isInstanceOf(ImportRejectedException.class);
    }

    @Test
    void aZipOrPdfRenamedTxtIsBinary() {
        assertProblem(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, ImportProblem.BINARY);
        assertProblem("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), ImportProblem.BINARY);
    }

    @Test
    void anHtmlPageWithoutAReportHasNoText() {
        byte[] page = "<!DOCTYPE html><html><body><nav>首页 新闻</nav><p>Hello</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(page, ImportProblem.NO_TEXT);
    }

    @Test
    void plausibilityTellsProseFromMojibake() {
        assertThat(TextPlausibility.plausible(seed, "GB18030")).isTrue();
        // the seed's GB18030 bytes read as Big5 scatter over rare characters
        String wrong = new String(seed.getBytes(Charset.forName("GB18030")), Charset.forName("Big5"));
        assertThat(TextPlausibility.plausible(wrong, "Big5")).isFalse();
    }

    private void assertProblem(byte[] bytes, ImportProblem problem) {
        assertThatThrownBy(() -> decoder.decode(bytes, "x.txt"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
