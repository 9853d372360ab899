package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Section;

/** A report saved from a government web site: menus, header and footer around it, often in GB2312. */
class HtmlImportTest {
    private final TextDecoder decoder = new TextDecoder();

    static String page(String report, String charset) {
        String paragraphs = report.lines().map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
                .collect(Collectors.joining("\n"));
        return "<!DOCTYPE html><html><head><meta charset=\"" + charset + "\"><title>政府工作报告</title>"
                + "<script>var menu = '首页';</script><style>p{margin:0}</style></head><body>"
                + "<div class=\"header\"><a href=\"/\">首页</a> <a href=\"/zwgk\">政务公开</a> <a>互动交流</a></div>"
                + "<ul id=\"nav\"><li>网站首页</li><li>新闻中心</li><li>办事服务</li></ul>"
                + "<div class=\"breadcrumb\">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>"
                + "<div class=\"main\"><div class=\"article\"><h1>政府工作报告</h1>\n" + paragraphs + "</div>"
                + "<div class=\"share\">分享到：微信 微博</div></div>"
                + "<div class=\"footer\">版权所有：某某区人民政府办公室 备案号：蒙ICP备00000000号</div></body></html>";
    }

    @Test
    void readsTheArticleOfAGb2312PageWithoutItsMenus() throws Exception {
        String report = TestReports.corpus("report_hailar_2018.txt");
        byte[] bytes = page(report, "gb2312").getBytes(Charset.forName("GB18030"));
        DecodedText decoded = decoder.decode(bytes, "report.html");
        assertThat(decoded.encoding()).startsWith("HTML").containsIgnoringCase("GB");
        assertThat(decoded.text()).contains("2017年工作回顾").contains("海拉尔区人民政府")
                .doesNotContain("网站首页").doesNotContain("版权所有").doesNotContain("分享到").doesNotContain("var menu");
        ParsedReport parsed = new ReportParser().parse(decoded.text());
        assertThat(parsed.parts()).extracting(Section::role).contains(PartRole.REVIEW, PartRole.PLAN);
        assertThat(parsed.place()).isEqualTo("海拉尔区");
        assertThat(parsed.year()).isEqualTo(2018);
        // the same report as the text file: the same normalised text
        assertThat(parsed.text()).contains(new ReportParser().parse(report).parts().get(1).title());
    }

    @Test
    void aUtf8PageWorksToo() throws Exception {
        String report = TestReports.seed();
        DecodedText decoded = decoder.decode(page(report, "utf-8").getBytes(StandardCharsets.UTF_8), "tz.htm");
        assertThat(new ReportParser().parse(decoded.text()).title()).isEqualTo("通州区2018年政府工作报告");
    }

    @Test
    void aPageWithNoReportInItIsRefused() {
        byte[] portal = ("<html><head><meta charset=\"utf-8\"></head><body><div id=\"nav\">首页 新闻 服务</div>"
                + "<p>欢迎访问</p><div class=\"footer\">版权所有</div></body></html>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode(portal, "portal.html")).isInstanceOfSatisfying(
                ImportRejectedException.class, e -> assertThat(e.problem()).isEqualTo(ImportProblem.NO_TEXT));
    }
}
