package org.policyexplorer.library;

import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.Report;
import org.policyexplorer.ingest.ImportProblem;
import org.policyexplorer.ingest.ImportRejectedException;

/**
 * Imports the whole sample library, one report per transaction, so a cancel or a failure leaves every report
 * either whole in the library or not there. A sample already in the library (same text) is skipped, not
 * doubled: importing the samples twice changes nothing.
 */
public final class SampleImport {
    private final SampleLibrary samples;
    private final ReportImporter importer;

    SampleImport(SampleLibrary samples, ReportImporter importer) {
        this.samples = samples;
        this.importer = importer;
    }

    Outcome run(SampleProgress progress) {
        List<SampleLibrary.Sample> all = samples.samples();
        Outcome outcome = Outcome.NONE;
        int done = 0;
        for (; done < all.size() && !progress.cancelled(); done++) {
            SampleLibrary.Sample sample = all.get(done);
            progress.report(sample, done, all.size(), outcome);
            try {
                ImportResult result = importer.importBytes(samples.open(sample), sample.file());
                outcome = outcome.with(sample, result);
            } catch (ImportRejectedException e) {
                outcome = outcome.failed(new Failure(sample.file(), e.problem()));
            }
        }
        Outcome end = done < all.size() ? outcome.cancel() : outcome;
        progress.report(null, done, all.size(), end);
        return end;
    }

    /** A sample the importer refused (a broken build; the tests import every one). */
    public record Failure(String file, ImportProblem problem) {
    }

    /** One sample as it is now in the library, and whether this import added it. */
    public record Imported(SampleLibrary.Sample sample, Report report, boolean created) {
    }

    /**
     * What an import of the samples did so far, or in all.
     *
     * @param cancelled the user stopped it before every sample was seen: the reports imported until then stay
     */
    public record Outcome(List<Imported> reports, List<Failure> failed, boolean cancelled) {
        static final Outcome NONE = new Outcome(List.of(), List.of(), false);

        public Outcome {
            reports = List.copyOf(reports);
            failed = List.copyOf(failed);
        }

        /** How many samples this import added. */
        public int imported() {
            return (int) reports.stream().filter(Imported::created).count();
        }

        /** How many were in the library already. */
        public int skipped() {
            return reports.size() - imported();
        }

        Outcome with(SampleLibrary.Sample sample, ImportResult result) {
            List<Imported> more = new ArrayList<>(reports);
            more.add(new Imported(sample, result.report(), result.created()));
            return new Outcome(more, failed, cancelled);
        }

        Outcome failed(Failure failure) {
            List<Failure> more = new ArrayList<>(failed);
            more.add(failure);
            return new Outcome(reports, more, cancelled);
        }

        Outcome cancel() {
            return new Outcome(reports, failed, true);
        }
    }
}
