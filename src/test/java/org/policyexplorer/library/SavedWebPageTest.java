package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.ingest.DocumentReader;
import org.policyexplorer.ingest.ReportParser;

/**
 * A whole page saved from a county portal (formats/report_county_xushui_2012.page.html: top bar, header with a
 * search box, menu, breadcrumb, side menu, title and information line, the report, share bar, print links,
 * related articles, footer) gives the report's outline and text, and keeps giving them when nothing in the page
 * is named as the extractor might expect: every class and id removed, or the article's own container named
 * with the words of page chrome ("share", "print"), or the related list moved inside the article's container.
 */
class SavedWebPageTest {
    private static final String PAGE = "/formats/report_county_xushui_2012.page.html";
    private static final String TWIN = "report_county_xushui_2012";

    @TempDir
    Path dir;

    private static String page() {
        return new String(TestReports.bytes(PAGE), StandardCharsets.UTF_8);
    }

    private static Map<String, UnaryOperator<String>> variants() {
        Map<String, UnaryOperator<String>> variants = new LinkedHashMap<>();
        variants.put("as-saved.html", p -> p);
        variants.put("no-names.html", p -> p.replaceAll(" (?:class|id)=\"[^\"]*\"", ""));
        variants.put("chrome-names.html", p -> p.replace("<div class=\"zw\" id=\"zoom\">",
                "<div class=\"share-print-content\" id=\"printArea\">"));
        variants.put("related-inside.html", p -> {
            int from = p.indexOf("<div class=\"xgwz\">");
            int to = p.indexOf("</div>", from) + "</div>".length();
            String related = p.substring(from, to);
            String without = p.substring(0, from) + p.substring(to);
            int articleEnd = without.indexOf("</div>", without.indexOf("<div class=\"zw\""));
            return without.substring(0, articleEnd) + related + without.substring(articleEnd);
        });
        return variants;
    }

    @Test
    void theArticleIsFoundByMeasureNotByName() throws Exception {
        String twinText = new ReportParser().parse(TestReports.corpus(TWIN + ".txt")).text();
        OutlineExpectation label = OutlineExpectation.read(TestReports.path("/labelled/expected.json")).get(TWIN + ".txt");
        Map<String, OutlineExpectation> expected = new LinkedHashMap<>();
        for (Map.Entry<String, UnaryOperator<String>> v : variants().entrySet()) {
            String html = v.getValue().apply(page());
            if (!v.getKey().equals("as-saved.html")) {
                assertThat(html).as(v.getKey() + " is made over").isNotEqualTo(page());
            }
            Files.writeString(dir.resolve(v.getKey()), html);
            expected.put(v.getKey(), new OutlineExpectation(v.getKey(), label.place(), label.year(), label.level(),
                    label.parts()));
            String text = new ReportParser().parse(new DocumentReader().read(html.getBytes(StandardCharsets.UTF_8),
                    v.getKey()).text()).text();
            assertThat(text).as(v.getKey()).isEqualTo(twinText)
                    .doesNotContain("相关文章", "分享到", "当前位置", "打印本页", "网站标识码", "政府信息公开指南");
        }
        List<OutlineCheck.Result> results = new OutlineCheck().run(dir, expected);
        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r.differences()).as(r.file()).isEmpty());
    }
}
