package org.policyexplorer.indicators;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.export.ExcelCsv;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;

/**
 * Results beside targets as a table for other tools: one row per pair (indicator, result, target, change,
 * where the target is said), as CSV for Excel or tab-separated for pasting into a spreadsheet. Both go through
 * Commons CSV, so a name with a comma, a tab, a quote or a line break stays in its cell.
 */
public final class IndicatorTable {
    /** One pair as the table shows it. */
    public record Row(String name, String result, String target, String change, String where) {
        List<String> cells() {
            return List.of(name, result, target, change, where);
        }
    }

    private IndicatorTable() {
    }

    /** The row of a pair; its result with the other figures said of the same indicator in the same place. */
    public static Row rowOf(IndicatorPair pair, List<Indicator> all, ReportDocument doc) {
        return new Row(pair.name(), resultText(pair, all), pair.target().figure(),
                pair.difference() == null ? "" : signed(pair.difference()), where(pair.target(), doc));
    }

    /** "完成710亿元, 增长10%": a result with the other figures said of it in the same section. */
    public static String resultText(IndicatorPair pair, List<Indicator> all) {
        Indicator r = pair.result();
        List<String> figures = all.stream().filter(i -> i.kind() == Indicator.Kind.RESULT
                && i.sectionId() == r.sectionId() && i.name().equals(r.name()))
                .map(IndicatorTable::figureWithVerb).toList();
        return figures.size() > 1 ? String.join(", ", figures) : r.figure();
    }

    /** The titles from the part down to the section a figure is said in. */
    public static String where(Indicator indicator, ReportDocument doc) {
        return String.join(" › ", doc.pathTo(indicator.sectionId()).stream()
                .filter(s -> s.isTitled()).map(s -> s.title()).toList());
    }

    public static String signed(double d) {
        String s = d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        return d > 0 ? "+" + s : s;
    }

    private static String figureWithVerb(Indicator i) {
        String figure = i.figure();
        return i.change() != null && !figure.startsWith(i.change()) && ("完成".equals(i.change())
                || "实现".equals(i.change()) || "达".equals(i.change()) || "达到".equals(i.change()))
                ? i.change() + figure : figure;
    }

    /** Writes the table as CSV (UTF-8 with a BOM, so Excel reads the Chinese), whole or not at all. */
    public static void writeCsv(java.nio.file.Path target, List<String> header, List<Row> rows)
            throws AnnotationException {
        ExcelCsv.write(target, csv -> print(csv, header, rows));
    }

    /** The table as tab-separated lines, for the clipboard. */
    public static String tabSeparated(List<String> header, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        try {
            CSVPrinter csv = new CSVPrinter(sb, CSVFormat.TDF.builder().setRecordSeparator('\n').get());
            print(csv, header, rows);
            csv.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not fail
        }
        return sb.toString();
    }

    private static void print(CSVPrinter csv, List<String> header, List<Row> rows) throws IOException {
        csv.printRecord(header);
        for (Row row : rows) {
            csv.printRecord(row.cells());
        }
    }
}
