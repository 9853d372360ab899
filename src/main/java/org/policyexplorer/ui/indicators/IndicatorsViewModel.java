package org.policyexplorer.ui.indicators;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.indicators.IndicatorPair;
import org.policyexplorer.indicators.IndicatorReport;
import org.policyexplorer.indicators.IndicatorService;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.common.ErrorMessages;

/** The 指标 tab's state: the open report's figures, filtered by name, and export to CSV. */
public final class IndicatorsViewModel {
    private final BackgroundWork background;
    private final MainViewModel main;
    private final Messages messages;
    private final IndicatorService service = new IndicatorService();
    private final ObservableList<IndicatorPair> pairs = FXCollections.observableArrayList();
    private final FilteredList<IndicatorPair> shownPairs = new FilteredList<>(pairs);
    private final ObservableList<Indicator> mainTargets = FXCollections.observableArrayList();
    private final ObservableList<Indicator> all = FXCollections.observableArrayList();
    private final FilteredList<Indicator> shownAll = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ReportDocument> document = new SimpleObjectProperty<>();
    private final StringProperty resultHeader = new SimpleStringProperty();
    private final StringProperty targetHeader = new SimpleStringProperty();
    /** Nothing is computed until the tab is first shown: start-up stays fast. */
    private boolean active;

    public IndicatorsViewModel(AppContext context, BackgroundWork background, MainViewModel main) {
        this.background = background;
        this.main = main;
        this.messages = context.messages();
        resultHeader.set(messages.get("indicators.column.result"));
        targetHeader.set(messages.get("indicators.column.target"));
        main.documentProperty().addListener((obs, old, doc) -> {
            if (active) {
                load(doc);
            }
        });
        filter.addListener((obs, old, text) -> {
            String f = text == null ? "" : text.strip();
            shownPairs.setPredicate(p -> f.isEmpty() || p.name().contains(f) || p.result().name().contains(f));
            shownAll.setPredicate(i -> f.isEmpty() || i.name().contains(f) || i.text().contains(f));
        });
    }

    /** Called when the tab is shown; the first call reads the open report's figures. */
    public void activate() {
        if (!active) {
            active = true;
            load(main.documentProperty().get());
        }
    }

    public ObservableList<IndicatorPair> pairs() {
        return shownPairs;
    }

    public ObservableList<Indicator> mainTargets() {
        return mainTargets;
    }

    public ObservableList<Indicator> all() {
        return shownAll;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ReportDocument> documentProperty() {
        return document;
    }

    /** "2017年结果": the results column says which year it is. */
    public StringProperty resultHeaderProperty() {
        return resultHeader;
    }

    public StringProperty targetHeaderProperty() {
        return targetHeader;
    }

    /** Shows where a figure is said, highlighted, in the reader. */
    public void open(Indicator indicator) {
        main.showPassage(indicator.sectionId(), indicator.start(), indicator.end());
    }

    /**
     * A result with the other figures said of the same indicator in the same place: "完成710亿元, 增长10%".
     */
    public String resultText(IndicatorPair pair) {
        Indicator r = pair.result();
        List<String> figures = all.stream().filter(i -> i.kind() == Indicator.Kind.RESULT && i.sectionId() == r.sectionId()
                && i.name().equals(r.name())).map(IndicatorsViewModel::figureWithVerb).toList();
        return figures.size() > 1 ? String.join(", ", figures) : r.figure();
    }

    private static String figureWithVerb(Indicator i) {
        String figure = i.figure();
        return i.change() != null && !figure.startsWith(i.change()) && ("完成".equals(i.change())
                || "实现".equals(i.change()) || "达".equals(i.change()) || "达到".equals(i.change()))
                ? i.change() + figure : figure;
    }

    /** The path of titles to a figure's section. */
    public String where(Indicator indicator) {
        ReportDocument doc = document.get();
        if (doc == null) {
            return "";
        }
        return String.join(" › ", doc.pathTo(indicator.sectionId()).stream()
                .filter(s -> s.isTitled()).map(s -> s.title()).toList());
    }

    /**
     * Writes the shown pairs as CSV (UTF-8 with a BOM, so Excel reads the Chinese), to a temp file first and
     * then into place: a failed export leaves no partial file.
     */
    public void exportCsv(Path target, Runnable done, java.util.function.Consumer<String> failed) {
        List<IndicatorPair> rows = List.copyOf(shownPairs);
        background.run(() -> {
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".indicators", ".csv.part");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                     CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
                    out.write('\uFEFF');
                    csv.printRecord(header());
                    for (IndicatorPair p : rows) {
                        csv.printRecord(row(p));
                    }
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return null;
        }, ok -> done.run(), error -> failed.accept(messages.get("indicators.export.failed", target.getFileName(),
                ErrorMessages.describe(messages, error))));
    }

    /** The shown pairs as tab-separated lines, for the clipboard. */
    public String asTabSeparated(List<IndicatorPair> rows) {
        StringBuilder sb = new StringBuilder(String.join("\t", header())).append('\n');
        for (IndicatorPair p : rows) {
            sb.append(String.join("\t", row(p))).append('\n');
        }
        return sb.toString();
    }

    List<String> header() {
        return List.of(messages.get("indicators.column.name"), resultHeader.get(), targetHeader.get(),
                messages.get("indicators.column.change"),
                messages.get("indicators.column.where"));
    }

    List<String> row(IndicatorPair p) {
        return List.of(p.name(), resultText(p), p.target().figure(),
                p.difference() == null ? "" : signed(p.difference()), where(p.target()));
    }

    static String signed(double d) {
        String s = d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        return d > 0 ? "+" + s : s;
    }

    private void load(ReportDocument doc) {
        if (doc == null) {
            return;
        }
        background.run(() -> service.of(doc), (IndicatorReport report) -> {
            document.set(doc);
            Integer review = CompareService.reviewOf(doc).map(Section::year).orElse(null);
            Integer plan = CompareService.planOf(doc).map(Section::year).orElse(null);
            resultHeader.set(review == null ? messages.get("indicators.column.result")
                    : messages.get("indicators.column.resultOf", Integer.toString(review)));
            targetHeader.set(plan == null ? messages.get("indicators.column.target")
                    : messages.get("indicators.column.targetOf", Integer.toString(plan)));
            pairs.setAll(report.pairs());
            mainTargets.setAll(report.mainTargets());
            all.setAll(report.indicators());
        }, error -> { });
    }
}
