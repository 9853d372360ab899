package org.policyexplorer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.store.IndexShape;
import org.policyexplorer.store.ReportIndexer;
import org.policyexplorer.store.ReportRepository;
import org.policyexplorer.store.TransactionPause;

/**
 * The search index, a Lucene index in a folder beside the store (see docs/search.md). The store is the one
 * source of truth and the index is derived from it: a report is indexed after its transaction commits, every
 * row carries the version of the report it was built from, and {@link #reconcile} — run at start — indexes
 * what is missing or stale and drops what the store no longer has. A crash between the store's commit and
 * the index's therefore costs a re-index at the next start, never a lost report or a hit pointing nowhere;
 * a damaged index folder is set aside and rebuilt.
 *
 * <p>Each row is the text one section owns: every line of the report belongs to the smallest section that
 * contains it whole, so a hit is reported on its topic or paragraph, or on the heading's own section.
 */
public final class SearchIndex implements ReportIndexer, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    /** Changes reach the disk within this long; a crash in between is made good by {@link #reconcile}. */
    private static final long COMMIT_DELAY_MS = 1000;
    /** {@link #compact} leaves an index of this many segments or fewer as it is. */
    static final int COMPACT_ABOVE_SEGMENTS = 4;

    private final Path folder;
    private final boolean readOnly;
    /** Opened on first use: start-up does not wait for Lucene, the first search or import opens it. */
    private volatile Opened opened;
    private boolean closed;
    /**
     * Held while a report's rows are replaced or removed. Reconcile reads a report from the store and indexes
     * it under it; a delete or correction commits first and then takes it, so the index ends as the store is.
     */
    private final Object indexing = new Object();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicBoolean commitScheduled = new AtomicBoolean();
    private volatile long lastCommit = System.nanoTime() - TimeUnit.SECONDS.toNanos(10);

    /** The index as open: its folder, the writer (none when read-only) and the searchers over it. */
    private record Opened(Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers,
                          boolean rebuilt, ScheduledThreadPoolExecutor committer) {
        Opened(Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers, boolean rebuilt) {
            this(directory, writer, searchers, rebuilt, writer == null ? null : committerThread());
        }

        private static ScheduledThreadPoolExecutor committerThread() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "pe-index-commit");
                t.setDaemon(true);
                return t;
            });
            // on close a commit waiting its turn is dropped: closing the writer commits anyway
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            return executor;
        }
    }

    private SearchIndex(Path folder, boolean readOnly) {
        this.folder = folder;
        this.readOnly = readOnly;
    }

    /**
     * The index in {@code folder}, opened when first used (for writing, or for reading only); see
     * {@link #open} for what opening does.
     */
    public static SearchIndex lazy(Path folder, boolean readOnly) {
        return new SearchIndex(folder, readOnly);
    }

    private Opened opened() {
        Opened o = opened;
        if (o != null && !(readOnly && o.searchers() instanceof FixedSearcher && hasIndex(folder))) {
            return o;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("search index closed");
            }
            o = opened;
            if (o == null || readOnly && o.searchers() instanceof FixedSearcher && hasIndex(folder)) {
                // a read-only window opened before the index existed looks again once it does
                closeQuietly(o);
                o = readOnly ? openReadOnlyParts(folder) : openParts(folder);
                opened = o;
            }
            return o;
        }
    }

    private static boolean hasIndex(Path folder) {
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(Opened o) {
        if (o != null && o.directory() != null) {
            try {
                o.directory().close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing an empty index folder", e);
            }
        }
    }

    /** The index folder that belongs to a store file. */
    public static Path folderFor(Path storeFile) {
        return storeFile.toAbsolutePath().resolveSibling(storeFile.getFileName() + ".index");
    }

    /**
     * Opens the index for writing, creating it if there is none. An index that cannot be read (damaged, from
     * another version, half deleted) is moved aside and started afresh; {@link #reconcile} then fills it.
     */
    public static SearchIndex open(Path folder) {
        SearchIndex index = new SearchIndex(folder, false);
        index.opened();
        return index;
    }

    private static Opened openParts(Path folder) {
        try {
            return openWriter(folder, false);
        } catch (IOException | RuntimeException damaged) {
            LOG.log(Level.WARNING, "search index unreadable, rebuilding it: " + folder, damaged);
            setAside(folder);
            try {
                return openWriter(folder, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Opened openWriter(Path folder, boolean rebuilt) throws IOException {
        Files.createDirectories(folder);
        Directory dir = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexSort(IndexFields.INDEX_ORDER)
                .setRAMBufferSizeMB(48)
                .setCommitOnClose(true);
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(dir, config);
            if (!rebuilt) {
                DirectoryReader.open(writer).close(); // reads every segment once: a damaged one fails here
            }
            return new Opened(dir, writer, new SearcherManager(writer, new SearcherFactory()), rebuilt);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                try {
                    writer.rollback(); // gives the write lock back, so a fresh index can take it
                } catch (IOException | RuntimeException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
            }
            dir.close();
            throw e;
        }
    }

    /** Opens the index for reading only (a second window on the same store); an absent index reads as empty. */
    public static SearchIndex openReadOnly(Path folder) {
        SearchIndex index = new SearchIndex(folder, true);
        index.opened();
        return index;
    }

    private static Opened openReadOnlyParts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new Opened(null, null, FixedSearcher.empty(), false); // opening would create the folder
        }
        try {
            Directory dir = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(dir)) {
                return new Opened(dir, null, FixedSearcher.empty(), false);
            }
            return new Opened(dir, null, new SearcherManager(dir, new SearcherFactory()), false);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "search index unreadable, searching nothing: " + folder, e);
            return new Opened(null, null, FixedSearcher.empty(), false);
        }
    }

    private static void setAside(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        Path aside = folder.resolveSibling(folder.getFileName() + ".damaged");
        try {
            deleteTree(aside);
            Files.move(folder, aside);
        } catch (IOException e) {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the folder could not be read and was started afresh on opening. */
    public boolean rebuilt() {
        return opened().rebuilt();
    }

    public boolean readOnly() {
        return opened().writer() == null;
    }

    /** (Re)indexes a report the store has just committed: its rows replace whatever the index had for it. */
    @Override
    public void indexed(ReportDocument doc) {
        IndexWriter writer = opened().writer();
        if (writer == null) {
            return;
        }
        try {
            synchronized (indexing) {
                writer.updateDocuments(reportTerm(doc.report().id()), rows(doc));
            }
            TransactionPause.afterCommit("indexed, not committed: report " + doc.report().id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changedNow();
    }

    @Override
    public void removed(long reportId) {
        IndexWriter writer = opened().writer();
        if (writer == null) {
            return;
        }
        try {
            synchronized (indexing) {
                writer.deleteDocuments(reportTerm(reportId));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changedNow();
    }

    private static Term reportTerm(long reportId) {
        return new Term(IndexFields.REPORT_TERM, Long.toString(reportId));
    }

    /**
     * A change is committed at once when the last commit is a while ago (one import in the window: a second
     * window or the next start sees it), otherwise with the next commit a moment later (a batch of imports
     * commits about once a second instead of once a report).
     */
    private void changedNow() {
        changed.set(true);
        Opened o = opened();
        if (System.nanoTime() - lastCommit > TimeUnit.MILLISECONDS.toNanos(COMMIT_DELAY_MS)) {
            commitQuietly(o);
        } else if (commitScheduled.compareAndSet(false, true)) {
            o.committer().schedule(() -> {
                commitScheduled.set(false);
                commitQuietly(o);
            }, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Commits through the writer it was given: never waits for the index's lock, which {@link #close} holds. */
    private void commitQuietly(Opened o) {
        try {
            commit(o.writer());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search index commit failed; the next start re-indexes", e);
        }
    }

    /** Writes what has changed to disk now. */
    public void commit() {
        commit(opened().writer());
    }

    private void commit(IndexWriter writer) {
        if (writer == null) {
            return;
        }
        try {
            writer.commit();
            lastCommit = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment when a batch (many imports, a rebuild) has left it in many: every query
     * looks each of its grams up once per segment, so a library imported report by report answers slower
     * than the same library in one piece. Costs about a second per 30 MB of index; run after batches only.
     *
     * @return whether it merged
     */
    public boolean compact() {
        IndexWriter writer = opened().writer();
        if (writer == null) {
            return false;
        }
        try {
            int segments = withSearcher(searcher -> searcher.getIndexReader().leaves().size());
            if (segments <= COMPACT_ABOVE_SEGMENTS) {
                return false;
            }
            writer.forceMerge(1);
            writer.commit();
            lastCommit = System.nanoTime();
            changed.set(true);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of a report: one per run of text a section owns. */
    static List<Document> rows(ReportDocument doc) {
        CodePointOffsets offsets = new CodePointOffsets(doc.text());
        String version = IndexShape.of(doc).version();
        List<Document> rows = new ArrayList<>();
        for (OwnedText owned : ownedTexts(doc)) {
            rows.add(IndexFields.row(doc.report().id(), version, owned.section().id(), owned.role(),
                    owned.start(), offsets.toCodePoints(owned.start()),
                    doc.text().substring(owned.start(), owned.end())));
        }
        return rows;
    }

    /** What bringing the index in step would do: reports to index (missing or stale), reports to drop. */
    private record Plan(List<Long> toIndex, List<Long> gone) {
        int size() {
            return toIndex.size() + gone.size();
        }
    }

    private Plan plan(ReportRepository reports) {
        Map<Long, String> present = indexedVersions();
        java.util.Set<Long> live = new java.util.HashSet<>();
        List<Long> toIndex = new ArrayList<>();
        for (IndexShape shape : reports.indexShapes()) {
            live.add(shape.reportId());
            if (!shape.version().equals(present.get(shape.reportId()))) {
                toIndex.add(shape.reportId());
            }
        }
        List<Long> gone = present.keySet().stream().filter(id -> !live.contains(id)).sorted().toList();
        return new Plan(toIndex, gone);
    }

    /** Told, after each report indexed, how many are done of how many there are to do. */
    @FunctionalInterface
    public interface Progress {
        void indexed(int done, int total);
    }

    /**
     * Brings the index in step with the store: indexes every live report whose version the index lacks
     * (missing, or built from an older text or outline) and drops reports the store no longer lists.
     *
     * @param stop asked before each report; what is indexed by then stays
     * @return how many reports were indexed or dropped
     */
    public int reconcile(ReportRepository reports, Progress progress, java.util.function.BooleanSupplier stop) {
        if (opened().writer() == null) {
            return 0;
        }
        Plan plan = plan(reports);
        plan.gone().forEach(this::removed);
        int indexed = 0;
        for (long id : plan.toIndex()) {
            if (stop.getAsBoolean()) {
                break;
            }
            // read and indexed under the lock a delete or correction also takes: the later one always wins
            synchronized (indexing) {
                reports.load(id).ifPresent(this::indexed);
            }
            progress.indexed(++indexed, plan.toIndex().size());
        }
        int done = plan.gone().size() + indexed;
        if (done > 0) {
            commit();
            compact();
        }
        return done;
    }

    /** How many live reports the index lacks or holds stale, and gone ones it holds, without changing anything. */
    public int outOfStep(ReportRepository reports) {
        return plan(reports).size();
    }

    /** Report id → version, for every version term with at least one live row. */
    private Map<Long, String> indexedVersions() {
        return withSearcher(searcher -> {
            Map<Long, String> versions = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(IndexFields.VERSION);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum te = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    postings = te.postings(postings, PostingsEnum.NONE);
                    if (hasLiveDoc(postings, live)) {
                        String value = term.utf8ToString();
                        int bar = value.indexOf('|');
                        versions.put(Long.parseLong(value.substring(0, bar)), value.substring(bar + 1));
                    }
                }
            }
            return versions;
        });
    }

    private static boolean hasLiveDoc(PostingsEnum postings, Bits live) throws IOException {
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                return true;
            }
        }
        return false;
    }

    /** Work on a searcher that sees every change made so far. */
    <T> T withSearcher(SearcherWork<T> work) {
        Opened o = opened();
        ReferenceManager<IndexSearcher> searchers = o.searchers();
        try {
            if (changed.getAndSet(false)) {
                searchers.maybeRefreshBlocking();
            } else if (o.writer() == null) {
                searchers.maybeRefresh(); // another process may have committed
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Bytes the index takes on disk. */
    public long sizeOnDisk() {
        Directory directory = opened().directory();
        if (directory == null) {
            return 0;
        }
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        Opened o = opened;
        opened = null;
        if (o == null) {
            return; // never used: nothing to write
        }
        try {
            if (o.committer() != null) {
                o.committer().shutdown(); // a commit under way finishes: interrupting it would fail it
                o.committer().awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Directory directory = o.directory(); IndexWriter writer = o.writer();
             ReferenceManager<IndexSearcher> searchers = o.searchers()) {
            // closed last to first: searchers, then the writer (which commits), then the folder
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher over a reader that never changes: the empty index of a read-only window. */
    private static final class FixedSearcher extends ReferenceManager<IndexSearcher> {
        FixedSearcher(IndexReader reader) {
            current = new IndexSearcher(reader);
        }

        static FixedSearcher empty() {
            try {
                return new FixedSearcher(new MultiReader());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // an empty reader reads nothing and cannot fail
            }
        }

        @Override
        protected void decRef(IndexSearcher reference) {
        }

        @Override
        protected IndexSearcher refreshIfNeeded(IndexSearcher referenceToRefresh) {
            return null;
        }

        @Override
        protected boolean tryIncRef(IndexSearcher reference) {
            return true;
        }

        @Override
        protected int getRefCount(IndexSearcher reference) {
            return 1;
        }
    }

    /** The text of each row the index holds for a report, in order: what a plain scan must read. */
    public static List<String> rowTexts(ReportDocument doc) {
        return ownedTexts(doc).stream().map(o -> doc.text().substring(o.start(), o.end())).toList();
    }

    /** The lines a section owns: a run of whole lines not inside any of its children. */
    record OwnedText(Section section, PartRole role, int start, int end) {
    }

    static List<OwnedText> ownedTexts(ReportDocument doc) {
        String text = doc.text();
        List<OwnedText> owned = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (lineEnd > lineStart) {
                addLine(owned, doc.parts(), lineStart, lineEnd);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return owned;
    }

    private static void addLine(List<OwnedText> owned, List<Section> parts, int start, int end) {
        Section owner = null;
        PartRole role = null;
        List<Section> level = parts;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section s : level) {
                if (s.start() <= start && end <= s.end()) {
                    owner = s;
                    role = role == null ? s.role() : role;
                    level = s.children();
                    descended = true;
                    break;
                }
            }
        }
        if (owner == null) {
            return; // a line outside every part cannot occur in a parsed report; nothing to attach it to
        }
        OwnedText last = owned.isEmpty() ? null : owned.get(owned.size() - 1);
        if (last != null && last.section().id() == owner.id()) {
            owned.set(owned.size() - 1, new OwnedText(owner, role, last.start(), end));
        } else {
            owned.add(new OwnedText(owner, role, start, end));
        }
    }
}
