package org.policyexplorer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;

/** The rules a Chinese reader expects from Ctrl+F, on the seed report. */
class SearchServiceTest {
    @TempDir
    Path dir;
    private SearchTestStore store;
    private ReportDocument seed;
    private SearchScope inSeed;

    @BeforeEach
    void open() {
        store = new SearchTestStore(dir.resolve("s.db"));
        seed = store.importResource(TestReports.SEED, "seed.txt");
        inSeed = SearchScope.report(seed.report().id());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SearchResult search(String query) {
        return store.search.search(query, inSeed, 1000, SearchOrder.RANK);
    }

    private int count(String term) {
        return SearchPropertyTest.countOccurrences(seed.text(), term);
    }

    @Test
    void everyQueryLengthFromOneCharacterIsExact() {
        assertThat(search("绿").total()).isEqualTo(count("绿")).isPositive();
        assertThat(search("招商").total()).isEqualTo(count("招商")).isGreaterThan(10);
        assertThat(search("河长制").total()).isEqualTo(count("河长制")).isPositive();
        assertThat(search("高新技术企业").total()).isEqualTo(count("高新技术企业")).isPositive();
        assertThat(search("上海").sectionsWithHits()).isPositive();
    }

    @Test
    void hitsAreOnTheSmallestEnclosingSectionWithPlacedOccurrences() {
        SearchResult result = search("招商");
        SearchHit best = result.hits().get(0);
        Section section = seed.findSection(best.sectionId()).orElseThrow();
        assertThat(section.title()).isEqualTo("着力优化招商机制");
        assertThat(best.count()).isEqualTo(7);
        assertThat(best.snippet()).contains("【招商】");
        assertThat(best.occurrences()).allSatisfy(o -> assertThat(seed.text().substring(o.start(), o.end())).isEqualTo("招商"));
        // a heading hit belongs to the heading's own section
        SearchHit heading = search("内生动力持续增强").hits().get(0);
        assertThat(seed.findSection(heading.sectionId()).orElseThrow().title()).isEqualTo("坚持抓改革扩开放,内生动力持续增强");
    }

    @Test
    void fullWidthHalfWidthAndCaseMatchEachOther() {
        assertThat(search("ＰＰＰ").total()).isEqualTo(search("ppp").total()).isEqualTo(search("PPP").total()).isEqualTo(1);
        assertThat(search("２．６％").total()).isEqualTo(1);
        assertThat(search("ｇｄｐ").total()).isEqualTo(count("GDP"));
        // the seed writes the half-width comma; the full-width one a Chinese keyboard types finds it
        assertThat(search("坚持调结构快转型，").total()).isEqualTo(1);
    }

    @Test
    void punctuationDigitsAndDecimalsAreSearchedAsTyped() {
        assertThat(search("2.6%").total()).isEqualTo(1);
        assertThat(search("5215").total()).isEqualTo(1);
        assertThat(search("“两聚一高”").total()).isEqualTo(count("“两聚一高”")).isPositive();
        assertThat(search("。").total()).isEqualTo(count("。"));
    }

    @Test
    void wordsMustAllOccurPhrasesExclusionAndOr() {
        SearchResult both = search("项目 上海");
        assertThat(both.hits()).hasSize(2).allSatisfy(h -> assertThat(textOf(h)).contains("项目").contains("上海"));
        SearchResult without = search("项目 -上海");
        assertThat(without.hits()).isNotEmpty().allSatisfy(h -> assertThat(textOf(h)).contains("项目").doesNotContain("上海"));
        assertThat(both.sectionsWithHits() + without.sectionsWithHits()).isEqualTo(search("项目").sectionsWithHits());
        assertThat(search("招商 上海").total()).as("no section speaks of both").isZero();
        SearchResult either = search("河长制 OR 高标准农田");
        assertThat(either.total()).isEqualTo(count("河长制") + count("高标准农田"));
        assertThat(search("河长制 or").total()).as("lower-case or is a word").isZero();
        assertThat(search("\"全面 从严\"").total()).isZero();
        assertThat(search("\"从严治政\"").total()).isEqualTo(count("从严治政"));
    }

    @Test
    void scopeNarrowsToAPartRole() {
        int review = store.search.search("招商", inSeed.withRole(PartRole.REVIEW), 100, SearchOrder.RANK).total();
        int plan = store.search.search("招商", inSeed.withRole(PartRole.PLAN), 100, SearchOrder.RANK).total();
        int governance = store.search.search("招商", inSeed.withRole(PartRole.GOVERNANCE), 100, SearchOrder.RANK).total();
        assertThat(review).isPositive();
        assertThat(plan).isGreaterThan(review);
        // the seed's 招商 are all inside its three parts, none in the preamble before them
        assertThat(review + plan + governance).isEqualTo(count("招商"));
    }

    @Test
    void positionOrderFollowsTheReport() {
        List<SearchHit> hits = store.search.search("发展", inSeed, 1000, SearchOrder.POSITION).hits();
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).occurrences().get(0).start()).isGreaterThan(hits.get(i - 1).occurrences().get(0).start());
        }
    }

    @Test
    void searchSpansReportsAndTheIndexFollowsDeletes() {
        ReportDocument hailar = store.importResource("/corpus/report_hailar_2018.txt", "hailar.txt");
        SearchResult all = store.search.search("招商", SearchScope.all(), 1000, SearchOrder.RANK);
        assertThat(all.hits()).extracting(SearchHit::reportId).contains(seed.report().id(), hailar.report().id());
        assertThat(store.reports.delete(hailar.report().id())).isTrue();
        SearchResult after = store.search.search("招商", SearchScope.all(), 1000, SearchOrder.RANK);
        assertThat(after.total()).isEqualTo(count("招商"));
        assertThat(after.hits()).extracting(SearchHit::reportId).containsOnly(seed.report().id());
    }

    @Test
    void codePointOffsetsCountCharactersOutsideTheBmpOnce() throws Exception {
        long id = store.importer.importBytes("𠀀𠀀前言\n2017年工作回顾\n项目建设量质并举。𠀀招商引资。\n产业发展提质增效。招商。"
                .getBytes(StandardCharsets.UTF_8), "bmp.txt").report().id();
        SearchResult result = store.search.search("招商", SearchScope.report(id), 10, SearchOrder.POSITION);
        Occurrence first = result.hits().get(0).occurrences().get(0);
        String text = store.reports.load(id).orElseThrow().text();
        assertThat(text.substring(first.start(), first.end())).isEqualTo("招商");
        assertThat(first.codePointStart()).isEqualTo(text.codePointCount(0, first.start()));
        assertThat(first.codePointStart()).isEqualTo(first.start() - 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000", "\"", "\"招商", "招商\"", "AND", "NEAR(招商 上海)", "招*", "^招", "uni:招",
        "bi : \"x\"", "'", "%", "_", "\\", "' OR 1=1 --", "%_%", "OR", "-", "--", "-招商", "😀", "𠀀", "招商 OR",
        "OR 招商", "(招商", "{uni}: 招"})
    void oddQueriesNeverFail(String query) {
        SearchResult result = search(query);
        // whatever the query, what it finds is what it says: each occurrence is one of its words in the text,
        // and the total is the occurrences found
        List<String> words = SearchQuery.parse(query).positiveTerms();
        int occurrences = 0;
        for (SearchHit hit : result.hits()) {
            for (Occurrence o : hit.occurrences()) {
                String found = seed.text().substring(o.start(), o.end());
                assertThat(words).as("%s found %s", query, found).anySatisfy(w -> assertThat(
                        SearchFolding.fold(found)).isEqualTo(SearchFolding.fold(w)));
                occurrences++;
            }
        }
        assertThat(result.total()).isEqualTo(occurrences);
        assertThat(result.hits().size()).isLessThanOrEqualTo(result.sectionsWithHits());
    }

    @Test
    void aTenThousandCharacterQueryIsCutAndFindsNothing() {
        SearchResult result = search("招".repeat(10_000));
        assertThat(result.total()).isZero();
    }

    @Test
    void syntaxTypedLiterallyIsSearchedLiterally() {
        assertThat(search("招*").total()).isZero();
        assertThat(search("%").total()).isEqualTo(count("%"));
        assertThat(search("\"招商").total()).as("an unclosed quote runs to the end").isEqualTo(count("招商"));
        assertThat(search("OR 招商").total()).as("a leading OR is a word").isZero();
    }

    private String textOf(SearchHit hit) {
        Section s = seed.findSection(hit.sectionId()).orElseThrow();
        return seed.text().substring(s.start(), s.end());
    }
}
