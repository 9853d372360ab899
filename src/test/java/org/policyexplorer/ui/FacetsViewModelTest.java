package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.library.FacetCounts;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.library.SampleLibrary;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.library.LibraryViewModel;

/**
 * 文库's facets and the sample library without a window: work done at once on the test's thread, the filter
 * held by the main view-model for every view, the list and its "显示 n / m" following it.
 */
class FacetsViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private MainViewModel main;
    private final List<String> notices = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final int samples = SampleLibrary.bundled().samples().size();

    @BeforeEach
    void open() {
        context = new AppContext(dir.resolve("vm.db"), new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private LibraryViewModel library(BackgroundWork background) {
        main = new MainViewModel(context.library(), context.annotations(), context.settings(), context.messages(),
                background);
        main.setMessageSinks(warnings::add, notices::add);
        LibraryViewModel library = new LibraryViewModel(context.library(), context.indicators(), context.messages(),
                background, main);
        library.activate();
        return library;
    }

    @Test
    void theFacetsNarrowTheListAndTheWindowsOneFilterHoldsThem() throws Exception {
        LibraryViewModel library = library(BackgroundWork.direct());
        library.importSamples();
        assertThat(notices).last().isEqualTo("示例文库：导入 " + samples + " 份报告，0 份已在文库中，0 份未能导入。");
        context.library().importBytes("一、过去一年工作回顾\n过去一年，招商引资取得新进展。\n二、今年工作安排\n今年要扩大有效投资。\n"
                .getBytes(StandardCharsets.UTF_8), "无题.txt");
        library.reload();
        int all = samples + 1;
        assertThat(library.rows()).hasSize(all);
        assertThat(library.shownProperty().get()).isEqualTo("显示 " + all + " / " + all + " 份报告");
        FacetCounts counts = library.facetCountsProperty().get();
        assertThat(counts.levels()).extracting(FacetCounts.Value::value).containsExactly(ReportLevel.NATIONAL,
                ReportLevel.PROVINCE, ReportLevel.CITY, ReportLevel.DISTRICT, ReportLevel.COUNTY, null);
        assertThat(counts.levels()).last().isEqualTo(new FacetCounts.Value<ReportLevel>(null, 1));
        assertThat(counts.places()).last().isEqualTo(new FacetCounts.Value<String>(null, 1));
        assertThat(counts.years()).last().isEqualTo(new FacetCounts.Value<Integer>(null, 1));

        library.chooseLevels(List.of(ReportLevel.NATIONAL));
        long national = SampleLibrary.bundled().samples().stream()
                .filter(s -> s.reportLevel() == ReportLevel.NATIONAL).count();
        assertThat(library.rows()).hasSize((int) national)
                .allSatisfy(r -> assertThat(r.report().level()).isEqualTo(ReportLevel.NATIONAL));
        assertThat(main.facets().filter().levels()).containsExactly(ReportLevel.NATIONAL);
        assertThat(library.shownProperty().get()).isEqualTo("显示 " + national + " / " + all + " 份报告");
        assertThat(library.facetCountsProperty().get()).as("the choices still offer every value").isEqualTo(counts);

        library.choosePlaces(Arrays.asList((String) null));
        assertThat(library.rows()).as("no national report lacks a place").isEmpty();
        library.chooseLevels(List.of());
        assertThat(library.rows()).singleElement().satisfies(r -> assertThat(r.report().place()).isNull());

        library.clearFilter();
        assertThat(main.facets().filter().isAll()).isTrue();
        assertThat(library.rows()).hasSize(all);

        // what another view (or the lead's binding) sets is what the library shows
        main.facets().filterProperty().set(ReportFilter.parse("year=2026,level=province"));
        assertThat(library.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.report().year()).isEqualTo(2026);
            assertThat(r.report().level()).isEqualTo(ReportLevel.PROVINCE);
        });
        assertThat(library.rows()).extracting(r -> r.report().id())
                .isEqualTo(context.library().reportIds(main.facets().filter()));

        library.importSamples();
        assertThat(notices).last().isEqualTo("示例文库：导入 0 份报告，" + samples + " 份已在文库中，0 份未能导入。");
        assertThat(context.library().list()).hasSize(all);
        assertThat(warnings).isEmpty();
    }

    @Test
    void cancellingTheSamplesKeepsThoseImportedAndSaysHowMany() {
        LibraryViewModel library = library(new CancelAfter(3));
        library.importSamples();
        assertThat(library.importingProperty().get()).isNull();
        assertThat(notices).last().isEqualTo("示例文库导入已取消；此前导入的 3 份报告已保留。");
        assertThat(library.rows()).extracting(r -> r.report().sourceName()).containsExactlyElementsOf(
                SampleLibrary.bundled().samples().stream().limit(3).map(SampleLibrary.Sample::file).toList());
        assertThat(context.library().list()).extracting(Report::sourceName).hasSize(3);
        assertThat(warnings).isEmpty();
    }

    /** Work at once on the test's thread; long work is cancelled by the user once it has told three steps. */
    private static final class CancelAfter extends BackgroundWork {
        private final int steps;

        CancelAfter(int steps) {
            this.steps = steps;
        }

        @Override
        public <T> Task<T> run(Lane lane, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            return BackgroundWork.direct().run(lane, work, onSuccess, onFailure);
        }

        @Override
        public <T> Task<T> runWithProgress(ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                           Runnable onCancelled) {
            AtomicInteger told = new AtomicInteger();
            try {
                work.run(new Progress() {
                    @Override
                    public void report(String message, long done, long total) {
                        told.incrementAndGet();
                    }

                    @Override
                    public boolean cancelled() {
                        return told.get() >= steps;
                    }
                });
            } catch (Exception e) {
                onFailure.accept(e);
                return null;
            }
            onCancelled.run(); // a cancelled task's result goes nowhere, as in the window
            return null;
        }
    }
}
