package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/**
 * The facets as SQL keep exactly the reports {@link ReportFilter#matches} keeps, over the sample library and
 * one report whose place, year and level are not known: every single value of every facet, the unknown values,
 * ranges and combinations, each compared with the filter applied in Java to the whole list.
 */
class ReportFilterSqlTest {
    private static Path dir;
    private static Database db;
    private static LibraryService library;
    private static List<Report> all;

    @BeforeAll
    static void store() throws Exception {
        dir = Files.createTempDirectory("facets");
        db = Database.open(dir.resolve("store.db"));
        library = new LibraryService(new ReportRepository(db));
        library.importSamples(SampleProgress.QUIET);
        // no title lines: nothing says where or when it is from
        String untitled = "各位代表：\n现在，我代表人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
                + "过去一年，我们坚持稳中求进，招商引资取得新进展。\n二、今年工作安排\n今年要继续扩大有效投资。\n";
        library.importBytes(untitled.getBytes(StandardCharsets.UTF_8), "untitled.txt");
        all = library.list();
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Test
    void theStoreHoldsReportsWithAndWithoutPlaceYearAndLevel() {
        assertThat(all).hasSize(SampleLibrary.bundled().samples().size() + 1);
        assertThat(all).filteredOn(r -> r.place() == null && r.year() == null && r.level() == null).hasSize(1);
    }

    @Test
    void everyValueOfEveryFacetAndTheUnknownOnes() {
        FacetCounts counts = FacetCounts.of(all);
        List<ReportFilter> filters = new ArrayList<>();
        counts.levels().forEach(v -> filters.add(ReportFilter.all().withLevels(Arrays.asList(v.value()))));
        counts.places().forEach(v -> filters.add(ReportFilter.all().withPlaces(Arrays.asList(v.value()))));
        counts.years().forEach(v -> filters.add(ReportFilter.all().withYears(Arrays.asList(v.value()))));
        assertThat(counts.levels()).last().satisfies(v -> assertThat(v.value()).isNull());
        assertThat(counts.places()).last().satisfies(v -> assertThat(v.value()).isNull());
        assertThat(counts.years()).last().satisfies(v -> assertThat(v.value()).isNull());
        for (ReportFilter filter : filters) {
            assertSameAsInJava(filter);
        }
        // each value's count is what its filter keeps, and together the values cover the library once
        for (FacetCounts.Value<ReportLevel> v : counts.levels()) {
            assertThat(library.reportIds(ReportFilter.all().withLevels(Arrays.asList(v.value())))).hasSize(v.count());
        }
        assertThat(counts.years().stream().mapToInt(FacetCounts.Value::count).sum()).isEqualTo(all.size());
        long national = SampleLibrary.bundled().samples().stream().filter(s -> s.reportLevel() == ReportLevel.NATIONAL)
                .count();
        assertThat(library.reportIds(ReportFilter.parse("level=national"))).hasSize((int) national);
    }

    @Test
    void rangesCombinationsAndTheWholeLibrary() {
        for (String text : List.of("", "year=1980-2000", "year=2010-2020", "year=2026", "level=province,year=2026",
                "level=district,place=海拉尔区", "level=national,level=county", "place=unknown,year=unknown",
                "place=全国,year=unknown", "level=unknown", "level=unknown,level=city", "year=unknown,year=2012-2016",
                "place=上海市,place=unknown", "level=county,year=2026", "place=没有这个地方")) {
            assertSameAsInJava(ReportFilter.parse(text));
        }
        assertThat(library.reportIds(ReportFilter.parse("year=2012-2016"))).as("a range keeps every year in it")
                .hasSize((int) all.stream().filter(r -> r.year() != null && r.year() >= 2012 && r.year() <= 2016)
                        .count());
        assertThat(library.list(ReportFilter.parse("level=county,year=2026"))).isEmpty();
    }

    private static void assertSameAsInJava(ReportFilter filter) {
        List<Report> everything = library.list();
        List<Long> expected = everything.stream().filter(filter::matches).map(Report::id).toList();
        assertThat(library.reportIds(filter)).as(filter.toString()).isEqualTo(expected);
        assertThat(library.list(filter)).as(filter.toString()).extracting(Report::id).isEqualTo(expected);
        assertThat(library.entries(filter)).as(filter.toString()).extracting(e -> e.report().id()).isEqualTo(expected);
        if (!filter.isAll()) {
            assertThat(expected).as("a facet keeps a part: " + filter).hasSizeLessThan(everything.size());
        }
    }

    @Test
    void aFilterReadFromTextIsTheFilterBuiltFromChoices() {
        assertThat(ReportFilter.parse("level=unknown,level=city")).isEqualTo(ReportFilter.all()
                .withLevels(Arrays.asList(ReportLevel.CITY, null)));
        assertThat(ReportFilter.parse("place=unknown,year=2025-2026").years()).isEqualTo(Set.of(2025, 2026));
    }
}
