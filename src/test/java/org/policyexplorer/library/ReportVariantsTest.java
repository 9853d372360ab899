package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/**
 * The labelled reports made over into shapes the corpus does not have — a whole report on one line, GB18030
 * bytes with CR LF, parts numbered 一． instead of 一、, chapters （1） instead of （一）, no title block — each
 * must keep its labelled outline. Reports nobody tuned to come in such shapes.
 */
class ReportVariantsTest {
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static Map<String, OutlineExpectation> labels;
    @TempDir
    Path dir;

    @BeforeAll
    static void labels() throws Exception {
        labels = new LinkedHashMap<>(OutlineExpectation.read(TestReports.path("/labelled/expected.json")));
        labels.putAll(OutlineExpectation.read(TestReports.path("/labelled/label-corrections.json")));
    }

    private List<OutlineCheck.Result> check(Function<String, byte[]> variant) throws Exception {
        for (String name : labels.keySet()) {
            Files.write(dir.resolve(name), variant.apply(TestReports.corpus(name)));
        }
        return new OutlineCheck().run(dir, labels);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWholeReportOnOneLine() throws Exception {
        assertThat(check(t -> utf8(String.join("\u3000\u3000", t.split("\n")))))
                .allSatisfy(r -> assertThat(r.differences()).as(r.file()).isEmpty());
    }

    @Test
    void gb18030WithCrLf() throws Exception {
        assertThat(check(t -> t.replace("\n", "\r\n").getBytes(Charset.forName("GB18030"))))
                .allSatisfy(r -> assertThat(r.differences()).as(r.file()).isEmpty());
    }

    @Test
    void partsNumberedWithAFullWidthStop() throws Exception {
        assertThat(check(t -> utf8(t.replaceAll("(?m)^([一二三四五六七八九十]{1,3})、", "$1．"))))
                .allSatisfy(r -> assertThat(r.differences()).as(r.file()).isEmpty());
    }

    @Test
    void chaptersNumberedInArabicDigits() throws Exception {
        Pattern chapter = Pattern.compile("(?m)^[（(]([一二三四五六七八九十]{1,3})[）)]");
        assertThat(check(t -> {
            Matcher m = chapter.matcher(t);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, "（" + value(m.group(1)) + "）");
            }
            m.appendTail(out);
            return utf8(out.toString());
        })).allSatisfy(r -> assertThat(r.differences()).as(r.file()).isEmpty());
    }

    @Test
    void withoutTheTitleBlockThePartsStayRight() throws Exception {
        List<OutlineCheck.Result> results = check(t -> {
            int at = t.indexOf("各位代表");
            return utf8(at > 0 && at < 600 ? t.substring(at) : t);
        });
        // place and year may go with the title block; the parts, their roles and years may not
        assertThat(results).allSatisfy(r -> assertThat(r.differences()).as(r.file())
                .allSatisfy(d -> assertThat(d).doesNotStartWith("part")));
    }

    private static int value(String numeral) {
        int tens = numeral.indexOf('十');
        if (tens < 0) {
            return List.of(DIGITS).indexOf(numeral);
        }
        int high = tens == 0 ? 1 : List.of(DIGITS).indexOf(numeral.substring(0, 1));
        int low = tens == numeral.length() - 1 ? 0 : List.of(DIGITS).indexOf(numeral.substring(tens + 1));
        return high * 10 + low;
    }
}
