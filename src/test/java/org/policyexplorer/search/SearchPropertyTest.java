package org.policyexplorer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.ReportDocument;

/**
 * For many random substrings of the real reports (1–8 characters, punctuation and digits included, never a
 * line break, which no one types into a search field), the index finds exactly as many occurrences as a
 * plain non-overlapping left-to-right count of the report text, and places every one of them.
 */
class SearchPropertyTest {
    @TempDir
    static Path dir;
    private static SearchTestStore store;
    private static final List<ReportDocument> DOCS = new ArrayList<>();

    @BeforeAll
    static void importAll() {
        store = new SearchTestStore(dir.resolve("search.db"));
        DOCS.add(store.importResource(TestReports.SEED, "seed.txt"));
        for (String name : TestReports.CORPUS) {
            DOCS.add(store.importResource("/corpus/" + name, name));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void totalEqualsTheTrueOccurrenceCountForRandomSubstrings() {
        Random random = new Random(2018_0116L);
        int checked = 0;
        while (checked < 1500) {
            ReportDocument doc = DOCS.get(random.nextInt(DOCS.size()));
            String text = doc.text();
            int length = 1 + random.nextInt(8);
            int start = random.nextInt(text.length() - length);
            String query = text.substring(start, start + length);
            if (query.contains("\n") || query.isBlank() || query.contains(" ") || query.contains("\"")
                    || query.startsWith("-") || Character.isLowSurrogate(query.charAt(0))) {
                continue; // not something a user types as one term
            }
            SearchResult result = store.search.search(query, SearchScope.report(doc.report().id()), 10_000,
                    SearchOrder.POSITION);
            String folded = SearchFolding.fold(text);
            String foldedQuery = SearchFolding.fold(query);
            assertThat(result.total()).as("total of %s in %s", query, doc.report().title())
                    .isEqualTo(countOccurrences(folded, foldedQuery));
            int placed = result.hits().stream().mapToInt(h -> h.occurrences().size()).sum();
            assertThat(placed).as("placed %s", query).isEqualTo(result.total());
            result.hits().forEach(h -> h.occurrences().forEach(o ->
                    assertThat(folded.substring(o.start(), o.end())).isEqualTo(foldedQuery)));
            checked++;
        }
    }

    @Test
    void totalsFromTheIndexStatisticsEqualTotalsCountedRowByRow() {
        SearchService split = new SearchService(store.index, true);
        SearchService whole = new SearchService(store.index, false);
        Random random = new Random(2026_0305L);
        for (int i = 0; i < 200; i++) {
            StringBuilder query = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(3); w++) {
                String text = DOCS.get(random.nextInt(DOCS.size())).text();
                int start = random.nextInt(text.length() - 4);
                String word = text.substring(start, start + 2 + random.nextInt(3)).replaceAll("[\\s\"-]", "");
                query.append(word.isEmpty() ? "发展" : word).append(' ');
            }
            SearchResult a = split.search(query.toString(), SearchScope.all(), 50, SearchOrder.RANK);
            SearchResult b = whole.search(query.toString(), SearchScope.all(), 50, SearchOrder.RANK);
            assertThat(a.total()).as("total of %s", query).isEqualTo(b.total());
            assertThat(a.sectionsWithHits()).as("sections of %s", query).isEqualTo(b.sectionsWithHits());
            assertThat(a.hits()).extracting(SearchHit::sectionId).isEqualTo(b.hits().stream()
                    .map(SearchHit::sectionId).toList());
        }
    }

    static int countOccurrences(String text, String term) {
        return org.policyexplorer.TestReports.occurrences(text, term);
    }
}
