package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.Launcher;

/**
 * The parser's score on every labelled report (labels read by hand, see labelled/README.md): each is imported
 * as a user would import it and its outline compared with its label. Two labels disagree with labels of
 * reports of the very same shape; label-corrections.json says which and why, and with it every report is right.
 */
class LabelledOutlineTest {
    private static Map<String, OutlineExpectation> labels;
    private static Map<String, OutlineExpectation> corrections;
    private static List<OutlineCheck.Result> asLabelled;

    static Path resource(String name) {
        return org.policyexplorer.TestReports.path(name);
    }

    @BeforeAll
    static void checkAll() throws Exception {
        labels = OutlineExpectation.read(resource("/labelled/expected.json"));
        corrections = OutlineExpectation.read(resource("/labelled/label-corrections.json"));
        asLabelled = new OutlineCheck().run(resource("/corpus"), labels);
        asLabelled.forEach(r -> System.out.println((r.right() ? "ok    " : "WRONG ") + r.file() + " " + r.differences()));
    }

    @Test
    void everyLabelledReportIsRightOnceTheTwoInconsistentLabelsAreCorrected() throws Exception {
        assertThat(labels).hasSize(43);
        Map<String, OutlineExpectation> corrected = new LinkedHashMap<>(labels);
        corrected.putAll(corrections);
        List<OutlineCheck.Result> results = new OutlineCheck().run(resource("/corpus"), corrected);
        assertThat(results).hasSize(43).allSatisfy(r -> assertThat(r.differences()).as(r.file()).isEmpty());
    }

    @Test
    void asLabelledOnlyTheCorrectedReportsDiffer() {
        assertThat(asLabelled).filteredOn(r -> !r.right()).extracting(OutlineCheck.Result::file)
                .containsExactlyInAnyOrderElementsOf(corrections.keySet());
        assertThat(asLabelled).filteredOn(OutlineCheck.Result::right).hasSize(41);
    }

    @Test
    void theOriginalsGiveTheSameOutlineAsTheirCleanTwins() throws Exception {
        Map<String, OutlineExpectation> twins = new LinkedHashMap<>();
        Map<String, OutlineExpectation> all = new LinkedHashMap<>(labels);
        all.putAll(corrections);
        for (String raw : List.of("district_hailar_2012.gbk.txt", "district_hailar_2013.gbk.txt",
                "district_hailar_2015.gbk.txt", "district_hailar_2016.gbk.txt", "district_qingyuan_2022.cell.txt",
                "national_2008.gbk.txt", "national_2015.gov.cn.html", "national_2019.gov.cn.html")) {
            OutlineExpectation twin = all.get("report_" + raw.substring(0, raw.indexOf('.')) + ".txt");
            twins.put(raw, new OutlineExpectation(raw, twin.place(), twin.year(), twin.level(), twin.parts()));
        }
        List<OutlineCheck.Result> results = new OutlineCheck().run(resource("/labelled/raw"), twins);
        assertThat(results).hasSize(8).allSatisfy(r -> assertThat(r.differences()).as(r.file()).isEmpty());
    }

    @Test
    void checkOutlinePrintsTheSameTotal(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        int status = Launcher.run(new String[] {"--db", dir.resolve("x.db").toString(), "check-outline",
            resource("/corpus").toString(), "--expected", resource("/labelled/expected.json").toString()},
            new PrintWriter(out), new PrintWriter(new StringWriter()), options -> 1);
        assertThat(status).isZero();
        long right = asLabelled.stream().filter(OutlineCheck.Result::right).count();
        assertThat(out.toString()).contains(right + " of 43 right");
    }
}
