package org.policyexplorer.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/**
 * Scores the parser on labelled reports: imports every file an {@link OutlineExpectation} names into a
 * fresh temporary store, exactly as a user's import would, and lists for each what differs from the label.
 * A report is right when nothing differs.
 */
public final class OutlineCheck {
    /** The State Council's reports are the nation's: a label naming 国务院 means the place 全国. */
    private static final Map<String, String> SAME_PLACE = Map.of("国务院", "全国");

    /** What differs in one report; empty when it is right. */
    public record Result(String file, List<String> differences) {
        public boolean right() {
            return differences.isEmpty();
        }
    }

    /** Imports each labelled file of {@code dir} into a temporary store and compares. */
    public List<Result> run(Path dir, Map<String, OutlineExpectation> expected) throws IOException {
        Path tempDir = Files.createTempDirectory("policy-explorer-check");
        Path dbFile = tempDir.resolve("check.db");
        List<Result> results = new ArrayList<>();
        try (Database db = Database.open(dbFile)) {
            ReportRepository reports = new ReportRepository(db);
            ReportImporter importer = new ReportImporter(reports);
            for (OutlineExpectation label : expected.values()) {
                Path file = dir.resolve(label.file());
                if (!Files.isRegularFile(file)) {
                    results.add(new Result(label.file(), List.of("file missing")));
                    continue;
                }
                try {
                    long id = importer.importFile(file).report().id();
                    results.add(new Result(label.file(), compare(label, reports.load(id).orElseThrow())));
                } catch (ImportRejectedException e) {
                    results.add(new Result(label.file(), List.of("refused: " + e.problem())));
                }
            }
        } finally {
            for (String name : new String[] {"check.db", "check.db-wal", "check.db-shm", "check.db.lock"}) {
                Files.deleteIfExists(tempDir.resolve(name));
            }
            Files.deleteIfExists(tempDir);
        }
        return results;
    }

    /** What differs between the label and the stored report; the preamble is not a labelled part. */
    public static List<String> compare(OutlineExpectation label, ReportDocument doc) {
        List<String> diffs = new ArrayList<>();
        String place = doc.report().place();
        String expectedPlace = SAME_PLACE.getOrDefault(label.place(), label.place());
        if (!Objects.equals(expectedPlace, place)) {
            diffs.add("place " + place + ", expected " + expectedPlace);
        }
        if (!Objects.equals(label.year(), doc.report().year())) {
            diffs.add("year " + doc.report().year() + ", expected " + label.year());
        }
        String level = doc.report().level() == null ? null : doc.report().level().key();
        if (!Objects.equals(label.level(), level)) {
            diffs.add("level " + level + ", expected " + label.level());
        }
        List<Section> parts = doc.parts().stream().filter(p -> p.role() != PartRole.PREAMBLE).toList();
        int n = Math.max(parts.size(), label.parts().size());
        for (int i = 0; i < n; i++) {
            if (i >= label.parts().size()) {
                // appendices and notes after the last labelled part are parts of their own, role other
                if (parts.get(i).role() != PartRole.OTHER) {
                    diffs.add("part " + (i + 1) + " " + describe(parts.get(i)) + " not expected");
                }
                continue;
            }
            OutlineExpectation.Part want = label.parts().get(i);
            if (i >= parts.size()) {
                diffs.add("part " + (i + 1) + " missing, expected " + describe(want));
                continue;
            }
            Section got = parts.get(i);
            long chapters = got.children().stream().filter(s -> s.kind() == SectionKind.CHAPTER).count();
            boolean same = want.role().equals(got.role().key()) && Objects.equals(want.year(), got.year())
                    && (want.chapters() == null || want.chapters() == chapters);
            if (!same) {
                diffs.add("part " + (i + 1) + " " + describe(got) + ", expected " + describe(want));
            }
        }
        return diffs;
    }

    private static String describe(Section part) {
        long chapters = part.children().stream().filter(s -> s.kind() == SectionKind.CHAPTER).count();
        return part.role().key() + (part.year() == null ? "" : "/" + part.year()) + "#" + chapters
                + " «" + abbreviate(part.title()) + "»";
    }

    private static String describe(OutlineExpectation.Part part) {
        return part.role() + (part.year() == null ? "" : "/" + part.year())
                + (part.chapters() == null ? "" : "#" + part.chapters())
                + (part.heading() == null ? "" : " «" + abbreviate(part.heading()) + "»");
    }

    private static String abbreviate(String title) {
        if (title == null) {
            return "";
        }
        return title.codePointCount(0, title.length()) <= 20 ? title
                : title.substring(0, title.offsetByCodePoints(0, 20)) + "…";
    }
}
