package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.app.JsonShape.assertFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/** {@code targets}: the JSON shape, {@code --indicator} through the synonyms, {@code --filter} and its errors. */
class TargetsCliTest {
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();

    private CliRun libraryOf(String lang, String... corpus) throws Exception {
        return CliRun.libraryOf(dir, lang, corpus);
    }

    @Test
    void printsEveryReportsTargetsInTheDocumentedShape() throws Exception {
        CliRun cli = libraryOf("zh", "report_anhui_2026.txt", "report_hailar_2018.txt");
        Files.writeString(dir.resolve("untitled.txt"), "一段没有标题、没有目标的文字。\n");
        cli.run("import", dir.resolve("untitled.txt").toString());
        JsonNode out = json.readTree(cli.run("targets", "--json"));
        assertThat(cli.exit).as(cli.err).isZero();
        assertFields(out, "indicators:arr rows:arr");
        assertThat(out.get("indicators").get(0).asText()).isEqualTo("地区生产总值");
        assertThat(out.get("rows")).hasSize(3);
        for (JsonNode row : out.get("rows")) {
            assertFields(row, "report:int place:str|null year:int|null level:str|null targets:obj");
            row.get("targets").properties().forEach(t -> {
                assertThat(out.get("indicators")).extracting(JsonNode::asText).contains(t.getKey());
                assertFields(t.getValue(), "text:str value:num|null unit:str|null qualifier:str|null");
            });
        }
        JsonNode anhui = out.get("rows").get(0);
        assertThat(anhui.get("place").asText()).isEqualTo("安徽省");
        assertThat(anhui.get("level").asText()).isEqualTo("province");
        // 安徽 l.41, read from the text: "全省地区生产总值增长5%—5.5%"
        JsonNode gdp = anhui.get("targets").get("地区生产总值");
        // the text runs from the name (全省 is where, not what) to the end of the figure
        assertThat(gdp.get("text").asText()).isEqualTo("地区生产总值增长5%—5.5%");
        assertThat(gdp.get("value").asDouble()).isEqualTo(5.0);
        assertThat(gdp.get("qualifier").asText()).isEqualTo("—5.5%");
        JsonNode untitled = out.get("rows").get(2);
        assertThat(untitled.get("place").isNull()).isTrue();
        assertThat(untitled.get("year").isNull()).isTrue();
        assertThat(untitled.get("targets").size()).isZero();

        String text = cli.run("targets");
        assertThat(text.lines().toList()).hasSize(4);
        assertThat(text.lines().skip(3).findFirst().orElseThrow()).startsWith("未知\t未知\t");
    }

    @Test
    void oneIndicatorByAnyOfItsNamesAndTheFilter() throws Exception {
        CliRun cli = libraryOf("zh", "report_anhui_2026.txt", "report_hailar_2018.txt", "report_jilin_2026.txt");
        JsonNode gdp = json.readTree(cli.run("targets", "--indicator", "GDP", "--filter", "level=province", "--json"));
        assertThat(cli.exit).as(cli.err).isZero();
        assertThat(gdp.get("indicators")).extracting(JsonNode::asText).containsExactly("地区生产总值");
        assertThat(gdp.get("rows")).extracting(r -> r.get("place").asText()).containsExactly("吉林省", "安徽省");
        for (JsonNode row : gdp.get("rows")) {
            assertThat(row.get("targets").fieldNames()).toIterable().containsExactly("地区生产总值");
        }
        JsonNode district = json.readTree(cli.run("targets", "--filter", "level=district,year=2018", "--json"));
        assertThat(district.get("rows")).singleElement().satisfies(r ->
                assertThat(r.get("place").asText()).isEqualTo("海拉尔区"));
    }

    @Test
    void aFilterThatCannotBeReadIsAUsageErrorInTheUsersLanguage() throws Exception {
        CliRun zh = libraryOf("zh", "report_jilin_2026.txt");
        String out = zh.run("targets", "--filter", "level=galaxy", "--json");
        assertThat(zh.exit).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(zh.err).contains("无法读取筛选条件", "level=galaxy").doesNotContain("Exception");
        CliRun en = new CliRun(dir.resolve("cli.db"), "en");
        en.run("targets", "--filter", "year=20x6");
        assertThat(en.exit).isEqualTo(2);
        assertThat(en.err).contains("Cannot read the filter", "year=20x6").doesNotContain("Exception");
    }
}
