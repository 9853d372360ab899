package org.policyexplorer.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.policyexplorer.domain.PartRole;

/**
 * The fields of one search row in the index: the text a section owns, as unigrams (frequencies only: a
 * character cannot overlap itself) and bigrams (with positions, for phrases and overlapping terms), the
 * report and part role to narrow by, and what a hit needs to be shown without reading the store.
 */
final class IndexFields {
    static final String UNI = "u";
    static final String BI = "b";
    /** The report id as a term: deleting or narrowing to one report reads one posting list. */
    static final String REPORT_TERM = "rid";
    static final String ROLE = "role";
    /** {@code id|version} of the report as indexed ({@code store.IndexShape}), one term per row. */
    static final String VERSION = "ver";
    /** The report id per document, to group counts by report. */
    static final String REPORT = "report";
    /** Report id and row start in one number: hits "in report order" and the index's own order. */
    static final String ORDER = "order";
    static final String SECTION = "section";
    static final String START = "start";
    static final String CODE_POINT_START = "cp";
    static final String TEXT = "text";

    static final Sort INDEX_ORDER = new Sort(new SortField(ORDER, SortField.Type.LONG));

    private static final FieldType UNIGRAMS = gramType(IndexOptions.DOCS_AND_FREQS);
    private static final FieldType BIGRAMS = gramType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private IndexFields() {
    }

    private static FieldType gramType(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    static Document row(long reportId, String version, long sectionId, PartRole role, int start, int cpStart,
                        String text) {
        String folded = SearchFolding.fold(text);
        Document doc = new Document();
        doc.add(new Field(UNI, Grams.stream(folded, 1), UNIGRAMS));
        doc.add(new Field(BI, Grams.stream(folded, 2), BIGRAMS));
        doc.add(new StringField(REPORT_TERM, Long.toString(reportId), Field.Store.NO));
        if (role != null) {
            doc.add(new StringField(ROLE, role.key(), Field.Store.NO));
        }
        doc.add(new StringField(VERSION, reportId + "|" + version, Field.Store.NO));
        doc.add(new NumericDocValuesField(REPORT, reportId));
        doc.add(new NumericDocValuesField(ORDER, order(reportId, start)));
        doc.add(new StoredField(REPORT, reportId));
        doc.add(new StoredField(SECTION, sectionId));
        doc.add(new StoredField(START, start));
        doc.add(new StoredField(CODE_POINT_START, cpStart));
        doc.add(new StoredField(TEXT, text));
        return doc;
    }

    static long order(long reportId, int start) {
        return (reportId << 32) | (start & 0xffffffffL);
    }
}
