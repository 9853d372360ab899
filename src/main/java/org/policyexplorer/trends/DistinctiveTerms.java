package org.policyexplorer.trends;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyexplorer.domain.Report;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.search.SearchFolding;
import org.policyexplorer.search.SearchQuery;
import org.policyexplorer.search.SearchScope;
import org.policyexplorer.search.SearchService;

/**
 * The terms that set a report (or a selection of reports) apart from the rest of the library: runs of 2–8
 * Chinese characters, scored by Dunning's log-likelihood (G²) of their count in the selection against the
 * rest, over-represented ones only. Candidates are the selection's frequent runs, boilerplate every report
 * uses is left out (a bundled list: 加强, 推进, 坚持…), and a run inside a longer one that nearly always
 * carries it gives way to the longer one (乡村振 to 乡村振兴). Counts come from the search index, so each
 * term's count is what a search for it shows.
 */
public final class DistinctiveTerms {
    /** How many of the selection's most frequent runs of each length are scored. */
    static final int CANDIDATES_PER_LENGTH = 80;
    /** The longest run counted: long enough for a set phrase (取得决定性进展), which then replaces its pieces. */
    static final int LONGEST = 8;
    /** Above this many characters selected, runs are counted up to 4 characters only, to bound the memory. */
    static final long LONG_RUNS_UP_TO = 300_000;
    /** A run seen fewer times than this in the selection says too little to be scored. */
    static final int MIN_COUNT = 3;
    /** A shorter run gives way to a longer one holding it at least this share of its occurrences. */
    static final double NESTED_SHARE = 0.75;
    private static final Set<String> BOILERPLATE = readBoilerplate();

    private final LibraryService library;
    private final SearchService search;

    public DistinctiveTerms(LibraryService library, SearchService search) {
        this.library = library;
        this.search = search;
    }

    /**
     * One distinctive term.
     *
     * @param count occurrences in the selection (as search counts them)
     * @param rest  occurrences in the rest of the library
     * @param g2    log-likelihood of the difference; above 10.83 it would arise by chance less than once in 1,000
     */
    public record Term(String term, long count, long rest, double per10k, double restPer10k, double g2) {
    }

    public List<Term> of(Set<Long> selection, int top) {
        List<Report> all = library.list();
        long selectionChars = 0;
        long libraryChars = 0;
        Map<String, Integer> runs = new HashMap<>();
        List<Report> selected = all.stream().filter(r -> selection.contains(r.id())).toList();
        for (Report r : all) {
            libraryChars += r.length();
        }
        for (Report r : selected) {
            selectionChars += r.length();
        }
        if (selectionChars == 0) {
            return List.of();
        }
        int longest = selectionChars > LONG_RUNS_UP_TO ? 4 : LONGEST;
        for (Report r : selected) {
            countRuns(SearchFolding.fold(library.document(r.id()).text()), runs, longest);
        }
        List<String> candidates = new ArrayList<>();
        for (int length = 2; length <= longest; length++) {
            int len = length;
            runs.entrySet().stream().filter(e -> e.getKey().length() == len && e.getValue() >= MIN_COUNT)
                    .filter(e -> !BOILERPLATE.contains(e.getKey()))
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(CANDIDATES_PER_LENGTH).map(Map.Entry::getKey).forEach(candidates::add);
        }
        SearchScope inSelection = SearchScope.reports(selection);
        long restChars = libraryChars - selectionChars;
        List<Term> scored = new ArrayList<>();
        for (String candidate : candidates) {
            SearchQuery query = SearchQuery.literal(candidate);
            long a = search.totals(query, inSelection)[1];
            long b = Math.max(0, search.totals(query, SearchScope.all())[1] - a);
            if (a == 0 || restChars > 0 && (double) a / selectionChars <= (double) b / restChars) {
                continue; // not over-represented
            }
            scored.add(new Term(candidate, a, b, a * 10_000.0 / selectionChars,
                    restChars == 0 ? 0 : b * 10_000.0 / restChars, g2(a, b, selectionChars, restChars)));
        }
        List<Term> whole = dropNested(joinOverlapping(dropNested(scored), inSelection, selectionChars, restChars));
        return whole.stream().sorted(Comparator.comparingDouble(Term::g2).reversed()
                .thenComparing(Term::term)).limit(Math.max(0, top)).toList();
    }

    /** Runs of 2 to {@code longest} Han characters, overlapping, with their counts. */
    static void countRuns(String folded, Map<String, Integer> runs, int longest) {
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            for (int len = 2; len <= longest && i + len <= n; len++) {
                if (!isHan(folded.charAt(i + len - 1)) || !isHan(folded.charAt(i))) {
                    break;
                }
                runs.merge(folded.substring(i, i + len), 1, Integer::sum);
            }
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Dunning's G² for a count a of c characters against b of d. */
    static double g2(long a, long b, long c, long d) {
        double total = (double) c + d;
        double e1 = c * (a + b) / total;
        double e2 = d * (a + b) / total;
        double g = 0;
        if (a > 0) {
            g += a * Math.log(a / e1);
        }
        if (b > 0) {
            g += b * Math.log(b / e2);
        }
        return 2 * g;
    }

    /**
     * Pieces of one longer phrase (近平总书记考察云, 平总书记考察云南…) overlap and occur equally often: joined
     * while the joined run is found as often as both, they become that phrase.
     */
    private List<Term> joinOverlapping(List<Term> scored, SearchScope inSelection, long selectionChars,
                                       long restChars) {
        List<Term> terms = new ArrayList<>(scored);
        boolean joined = true;
        for (int round = 0; joined && round < 500; round++) {
            joined = false;
            outer:
            for (Term a : terms) {
                for (Term b : terms) {
                    if (a == b || a.count() != b.count() || a.term().length() < 3) {
                        continue;
                    }
                    String ab = join(a.term(), b.term());
                    if (ab == null || terms.stream().anyMatch(t -> t.term().contains(ab))) {
                        continue;
                    }
                    SearchQuery query = SearchQuery.literal(ab);
                    long count = search.totals(query, inSelection)[1];
                    if (count == a.count()) {
                        long rest = Math.max(0, search.totals(query, SearchScope.all())[1] - count);
                        terms.remove(a);
                        terms.remove(b);
                        terms.add(new Term(ab, count, rest, count * 10_000.0 / selectionChars,
                                restChars == 0 ? 0 : rest * 10_000.0 / restChars,
                                g2(count, rest, selectionChars, restChars)));
                        joined = true;
                        break outer;
                    }
                }
            }
        }
        return terms;
    }

    /** {@code a} followed by what {@code b} adds, when b begins with a long enough end of a; else null. */
    private static String join(String a, String b) {
        for (int overlap = Math.min(a.length(), b.length()) - 1; overlap >= 3; overlap--) {
            if (a.endsWith(b.substring(0, overlap))) {
                return a + b.substring(overlap);
            }
        }
        return null;
    }

    private static List<Term> dropNested(List<Term> scored) {
        List<Term> kept = new ArrayList<>();
        for (Term t : scored) {
            boolean carried = scored.stream().anyMatch(longer -> longer.term().length() > t.term().length()
                    && longer.term().contains(t.term()) && longer.count() >= NESTED_SHARE * t.count());
            if (!carried) {
                kept.add(t);
            }
        }
        return kept;
    }

    private static Set<String> readBoilerplate() {
        Set<String> words = new HashSet<>();
        try (var in = DistinctiveTerms.class.getResourceAsStream("/org/policyexplorer/trends/boilerplate.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
