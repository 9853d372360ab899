package org.policyexplorer.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.AnnotationRepository;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;
import org.policyexplorer.store.StoreException;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

class AnnotationServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private TagService tags;
    private ReportRepository reports;
    private AnnotationService service;
    private ReportDocument seed;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("a.db"));
        reports = new ReportRepository(db);
        service = new AnnotationService(new AnnotationRepository(db));
        tags = new TagService(new org.policyexplorer.store.TagRepository(db));
        seed = load(TestReports.seed());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReportDocument load(String text) throws Exception {
        long id = new ReportImporter(reports).importBytes(text.getBytes(StandardCharsets.UTF_8), "r.txt").report().id();
        return reports.load(id).orElseThrow();
    }

    @Test
    void createEditDeleteAndUndo() throws Exception {
        Annotation a = service.createByQuote(seed, "河长制", 1, "制度创新", List.of("生态", "制度", "生态"), null);
        assertThat(a.exact()).isEqualTo("河长制");
        assertThat(a.prefix()).endsWith("全面落实“").hasSizeLessThanOrEqualTo(Annotation.CONTEXT);
        assertThat(a.suffix()).startsWith("”“断面长制”");
        assertThat(a.tags()).containsExactly("制度", "生态");
        assertThat(a.color()).isEqualTo(AnnotationService.DEFAULT_COLOR);
        assertThat(seed.text().substring(a.start(), a.end())).isEqualTo("河长制");

        Annotation edited = service.update(a.id(), "河湖长制", List.of("生态"), "#81c784");
        assertThat(edited.note()).isEqualTo("河湖长制");
        assertThat(edited.tags()).containsExactly("生态");
        assertThat(edited.color()).isEqualTo("#81c784");

        service.delete(a.id());
        assertThat(service.list(seed.report().id(), null)).isEmpty();
        service.undoDelete(a.id());
        assertThat(service.list(seed.report().id(), null)).extracting(Annotation::note)
                .containsExactly("河湖长制");
        assertThat(service.list(null, "生态")).hasSize(1);
        assertThat(service.list(null, "制度")).isEmpty();
    }

    @Test
    void secondOccurrenceAndOverlapsAreAllowed() throws Exception {
        Annotation second = service.createByQuote(seed, "河长制", 2, "", List.of(), null);
        Annotation first = service.createByQuote(seed, "河长制", 1, "", List.of(), null);
        assertThat(second.start()).isGreaterThan(first.start());
        Annotation overlapping = service.create(seed, first.start() - 2, first.end() + 2, "更长", List.of(), null);
        assertThat(service.list(seed.report().id(), null)).hasSize(3);
        assertThat(overlapping.exact()).contains("河长制");
    }

    @Test
    void badRequestsFailClearlyAndWriteNothing() {
        assertThatThrownBy(() -> service.createByQuote(seed, "不存在的一句话", 1, "", List.of(), null))
                .isInstanceOfSatisfying(AnnotationException.class,
                        e -> assertThat(e.problem()).isEqualTo(AnnotationException.Problem.QUOTE_NOT_FOUND));
        assertThatThrownBy(() -> service.create(seed, 10, 10, "", List.of(), null))
                .isInstanceOfSatisfying(AnnotationException.class,
                        e -> assertThat(e.problem()).isEqualTo(AnnotationException.Problem.EMPTY_SELECTION));
        assertThatThrownBy(() -> service.create(seed, 10, seed.text().length() + 5, "", List.of(), null))
                .isInstanceOf(AnnotationException.class);
        assertThatThrownBy(() -> service.createByQuote(seed, "河长制", 3, "", List.of(), null))
                .isInstanceOf(AnnotationException.class);
        assertThat(service.list(null, null)).isEmpty();
    }

    @Test
    void tagsAreRenamedMergedAndDeleted() throws Exception {
        service.createByQuote(seed, "河长制", 1, "", List.of("生态"), null);
        service.createByQuote(seed, "招商", 1, "", List.of("招商引资", "经济"), null);
        service.createByQuote(seed, "上海", 1, "", List.of("区域合作"), null);
        tags.rename("招商引资", "招商");
        assertThat(tags.counts()).containsKey("招商").doesNotContainKey("招商引资");
        tags.rename("区域合作", "经济"); // onto an existing tag: merged
        assertThat(tags.counts()).containsEntry("经济", 2).doesNotContainKey("区域合作");
        tags.delete("经济");
        assertThat(tags.counts()).doesNotContainKey("经济");
        assertThat(service.list(null, null)).hasSize(3);
        assertThatThrownBy(() -> tags.delete("经济"))
                .isInstanceOfSatisfying(AnnotationException.class,
                        e -> assertThat(e.problem()).isEqualTo(AnnotationException.Problem.NO_SUCH_TAG));
    }

    @Test
    void reanchorsAfterAnInsertionAnEditAndADeletion() throws Exception {
        Annotation shanghai = service.createByQuote(seed, "开展系列专题活动100余场", 1, "对接上海", List.of("上海"), null);
        Annotation investment = service.createByQuote(seed, "完成固定资产投资710亿元,增长10%", 1, "投资", List.of(), null);
        Annotation doomed = service.createByQuote(seed, "获评国家节水型社会达标县", 1, "将被删除", List.of(), null);

        String changed = seed.text()
                .replace("2017年工作回顾\n", "2017年工作回顾\n这是新插入的一段文字,位于回顾部分的开头,用来检验批注能否找回原处。\n")
                .replace("完成固定资产投资710亿元,增长10%", "完成固定资产投资720亿元,增长11%")
                .replace("获评国家节水型社会达标县。", "");
        ReportDocument next = load(changed);
        AnnotationService.Reanchored result = service.reanchor(seed, next);
        assertThat(result.placed()).isEqualTo(2);
        assertThat(result.orphaned()).isEqualTo(1);

        List<Annotation> moved = service.list(next.report().id(), null);
        assertThat(moved).hasSize(3);
        Annotation s = byNote(moved, "对接上海");
        assertThat(next.text().substring(s.start(), s.end())).isEqualTo("开展系列专题活动100余场");
        assertThat(s.start()).isGreaterThan(shanghai.start());
        Annotation i = byNote(moved, "投资");
        assertThat(i.status()).isEqualTo(Annotation.Status.ANCHORED);
        assertThat(next.text().substring(i.start(), i.end())).contains("720亿元");
        Annotation d = byNote(moved, "将被删除");
        assertThat(d.status()).isEqualTo(Annotation.Status.ORPHANED);
        assertThat(d.exact()).isEqualTo(doomed.exact());
        assertThat(service.list(seed.report().id(), null)).isEmpty();
        assertThat(investment.id()).isEqualTo(i.id());
    }

    @Test
    void reanchoringWritesEveryAnnotationInOneTransaction() throws Exception {
        for (String quote : List.of("河长制", "招商", "上海", "获评国家节水型社会达标县")) {
            service.createByQuote(seed, quote, 1, quote, List.of(), null);
        }
        ReportDocument next = load(seed.text().replace("获评国家节水型社会达标县。", "")
                .replace("2017年工作回顾\n", "2017年工作回顾\n（修订稿增加的一段说明文字。）\n"));
        CommitCounter commits = new CommitCounter();
        db.read(c -> {
            c.unwrap(SQLiteConnection.class).addCommitListener(commits);
            return null;
        });
        // the driver's own bookkeeping around a transaction may commit too: measure what one write costs
        service.update(service.list(seed.report().id(), null).get(0).id(), "河长制", List.of(), "#81c784");
        int oneWrite = commits.reset();
        AnnotationService.Reanchored result = service.reanchor(seed, next);
        int reanchoring = commits.reset();
        db.read(c -> {
            c.unwrap(SQLiteConnection.class).removeCommitListener(commits);
            return null;
        });

        assertThat(result.placed()).isEqualTo(3);
        assertThat(result.orphaned()).isEqualTo(1);
        assertThat(service.list(next.report().id(), null)).hasSize(4);
        assertThat(oneWrite).isPositive();
        assertThat(reanchoring).as("four annotations moved as one write").isEqualTo(oneWrite);
        assertThat(commits.rollbacks).isZero();
    }

    /** Counts what SQLite's commit and rollback hooks report on the store's connection. */
    private static final class CommitCounter implements SQLiteCommitListener {
        private int commits;
        private int rollbacks;

        @Override
        public void onCommit() {
            commits++;
        }

        @Override
        public void onRollback() {
            rollbacks++;
        }

        int reset() {
            int n = commits;
            commits = 0;
            return n;
        }
    }

    @Test
    void aFailureMidwayLeavesEveryAnnotationOnTheOldVersion() throws Exception {
        service.createByQuote(seed, "招商", 1, "第一条", List.of(), null);
        service.createByQuote(seed, "上海", 1, "第二条", List.of(), null);
        service.createByQuote(seed, "河长制", 1, "第三条", List.of(), null);
        // moved in text order: the second is refused after the first is written
        assertThat(service.list(seed.report().id(), null)).extracting(Annotation::note)
                .containsExactly("第一条", "第二条", "第三条");
        ReportDocument next = load(seed.text().replace("2017年工作回顾\n", "2017年工作回顾\n（修订稿增加的一段说明文字。）\n"));
        // the store itself refuses to move the second: the first is moved by then, in the same transaction
        execute("CREATE TRIGGER refuse_second BEFORE UPDATE OF report_id ON annotation WHEN old.note = '第二条' "
                + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
        List<Annotation> before = service.list(seed.report().id(), null);

        assertThatThrownBy(() -> service.reanchor(seed, next)).isInstanceOf(StoreException.class)
                .hasMessageContaining("refused");
        assertThat(service.list(next.report().id(), null)).isEmpty();
        assertThat(service.list(seed.report().id(), null)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(before);

        execute("DROP TRIGGER refuse_second");
        assertThat(service.reanchor(seed, next).placed()).isEqualTo(3);
        assertThat(service.list(next.report().id(), null)).extracting(Annotation::note)
                .containsExactlyInAnyOrder("第一条", "第二条", "第三条");
    }

    private void execute(String sql) {
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(sql);
            }
            return null;
        });
    }

    private static Annotation byNote(List<Annotation> list, String note) {
        return list.stream().filter(a -> a.note().equals(note)).findFirst().orElseThrow();
    }
}
