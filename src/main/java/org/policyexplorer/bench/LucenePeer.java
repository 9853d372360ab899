package org.policyexplorer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.policyexplorer.search.SearchFolding;
import org.policyexplorer.search.SearchQuery;

/**
 * The peer the app's search is measured against: Lucene used the way a careful engineer would, over the same
 * rows. One field holds every character and every pair of characters with positions; a query of one character
 * is a term, a longer one the phrase of all its consecutive pairs; the hits shown are the top BM25 documents
 * with their stored text, and occurrences are counted from the postings of every matching document.
 */
final class LucenePeer implements AutoCloseable {
    private static final String FIELD = "t";
    private static final FieldType GRAMS = new FieldType();

    static {
        GRAMS.setTokenized(true);
        GRAMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        GRAMS.freeze();
    }

    private final FSDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    final long buildMs;

    LucenePeer(Path folder, List<String> rows) {
        try {
            long t0 = System.nanoTime();
            dir = FSDirectory.open(folder);
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setRAMBufferSizeMB(64))) {
                for (String row : rows) {
                    Document doc = new Document();
                    doc.add(new Field(FIELD, new UniBigrams(SearchFolding.fold(row)), GRAMS));
                    doc.add(new StoredField("text", row));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            buildMs = (System.nanoTime() - t0) / 1_000_000;
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long bytes() throws IOException {
        long total = 0;
        for (String f : dir.listAll()) {
            total += dir.fileLength(f);
        }
        return total;
    }

    /** {total occurrences, matching rows}, after reading the top {@code limit} rows' text. */
    int[] search(String text, int limit) throws IOException {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            return new int[2];
        }
        BooleanQuery.Builder positive = new BooleanQuery.Builder();
        for (List<String> alternative : query.alternatives()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            alternative.forEach(t -> all.add(term(t), Occur.MUST));
            positive.add(all.build(), Occur.SHOULD);
        }
        BooleanQuery.Builder whole = new BooleanQuery.Builder().add(positive.build(), Occur.MUST);
        query.excluded().forEach(t -> whole.add(term(t), Occur.MUST_NOT));
        Query q = whole.build();
        for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
            searcher.storedFields().document(sd.doc).get("text");
        }
        Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int rows = 0;
        int total = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            List<Counter> counters = new ArrayList<>();
            for (String t : query.positiveTerms()) {
                counters.add(new Counter(leaf, t));
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                rows++;
                for (Counter c : counters) {
                    total += c.count(doc);
                }
            }
        }
        return new int[] {total, rows};
    }

    private static Query term(String folded) {
        int[] cps = folded.codePoints().toArray();
        if (cps.length == 1) {
            return new TermQuery(new Term(FIELD, folded));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < cps.length; i++) {
            phrase.add(new Term(FIELD, new String(cps, i, 2)), i);
        }
        return phrase.build();
    }

    /** Occurrences of one term in a document from the postings of its grams, left to right without overlap. */
    private static final class Counter {
        private final List<PostingsEnum> grams = new ArrayList<>();
        private final int length;

        Counter(LeafReaderContext leaf, String folded) throws IOException {
            int[] cps = folded.codePoints().toArray();
            length = cps.length;
            int n = cps.length == 1 ? 1 : 2;
            for (int i = 0; i + n <= cps.length; i++) {
                PostingsEnum p = leaf.reader().postings(new Term(FIELD, new String(cps, i, n)), PostingsEnum.POSITIONS);
                if (p == null) {
                    grams.clear();
                    return;
                }
                grams.add(p);
            }
        }

        int count(int doc) throws IOException {
            if (grams.isEmpty()) {
                return 0;
            }
            List<int[]> positions = new ArrayList<>();
            for (PostingsEnum p : grams) {
                if (p.docID() < doc) {
                    p.advance(doc);
                }
                if (p.docID() != doc) {
                    return 0;
                }
                int[] at = new int[p.freq()];
                for (int i = 0; i < at.length; i++) {
                    at[i] = p.nextPosition();
                }
                positions.add(at);
            }
            int found = 0;
            int nextAllowed = Integer.MIN_VALUE;
            for (int start : positions.get(0)) {
                boolean all = true;
                for (int k = 1; k < positions.size() && all; k++) {
                    all = java.util.Arrays.binarySearch(positions.get(k), start + k) >= 0;
                }
                if (all && start >= nextAllowed) {
                    found++;
                    nextAllowed = start + length;
                }
            }
            return found;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }

    /** Every character at its position, and the pair starting there at the same position. */
    private static final class UniBigrams extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final int[] cps;
        private int at;
        private boolean pairNext;

        UniBigrams(String folded) {
            cps = folded.codePoints().toArray();
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (pairNext) {
                pairNext = false;
                term.setEmpty().append(new String(cps, at - 1, 2));
                increment.setPositionIncrement(0);
                return true;
            }
            if (at >= cps.length) {
                return false;
            }
            term.setEmpty().append(new String(cps, at, 1));
            at++;
            pairNext = at < cps.length;
            return true;
        }

        @Override
        public void reset() {
            at = 0;
            pairNext = false;
        }
    }
}
