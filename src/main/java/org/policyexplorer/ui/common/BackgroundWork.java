package org.policyexplorer.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * The one place the window runs work off the FX thread: JDBC, files and the index never run on it. Work runs
 * as {@link Task}s on app-owned daemon threads; results come back on the FX thread; every failure is logged
 * here, with its stack trace, before the caller turns it into words.
 *
 * <p>Two lanes, each one thread so that work in a lane takes effect in the order it was asked for:
 * <ul>
 * <li>{@link Lane#INTERACTIVE} ({@code pe-interactive}): what the user waits on while looking at the window —
 * search as they type, opening a report, 对照, 指标, small writes such as an annotation or a setting;</li>
 * <li>{@link Lane#LONG} ({@code pe-long}): imports, exports, re-anchoring, re-indexing — work that may take
 * seconds, reports progress and can be cancelled. A search typed during an import does not queue behind it.</li>
 * </ul>
 */
public class BackgroundWork implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    /** Which thread a piece of work runs on. */
    public enum Lane { INTERACTIVE, LONG }

    /**
     * For work whose failure the user need not hear of (suggestions, a remembered list): the failure is
     * logged, as every failure is, and nothing more.
     */
    public static final Consumer<Throwable> LOGGED_ONLY = error -> { };

    /** What long work is told and asks while it runs: how far it is, and whether the user cancelled it. */
    public interface Progress {
        void report(String message, long done, long total);

        boolean cancelled();
    }

    /** Long work that reports its progress and stops when cancelled. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T run(Progress progress) throws Exception;
    }

    private final ExecutorService interactive;
    private final ExecutorService slow;

    /**
     * Work done at once on the calling thread, callbacks included: for view-model tests, which need no
     * toolkit and no waiting. Never for the window.
     */
    public static BackgroundWork direct() {
        return new BackgroundWork(null, null) {
            @Override
            public <T> Task<T> run(Lane lane, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    LOG.log(Level.WARNING, "background work failed", e);
                    onFailure.accept(e);
                    return null;
                }
                onSuccess.accept(result);
                return null;
            }

            @Override
            public <T> Task<T> runWithProgress(ProgressWork<T> work, Consumer<T> onSuccess,
                                               Consumer<Throwable> onFailure, Runnable onCancelled) {
                Progress none = new Progress() {
                    @Override
                    public void report(String message, long done, long total) {
                        // no status bar to tell
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                };
                return run(Lane.LONG, () -> work.run(none), onSuccess, onFailure);
            }

            @Override
            public void close() {
                // nothing runs in the background
            }
        };
    }

    public BackgroundWork() {
        this(Executors.newSingleThreadExecutor(threads("pe-interactive")),
                Executors.newSingleThreadExecutor(threads("pe-long")));
    }

    private BackgroundWork(ExecutorService interactive, ExecutorService slow) {
        this.interactive = interactive;
        this.slow = slow;
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.log(Level.SEVERE, "uncaught in " + thread.getName(), e));
            return t;
        };
    }

    /** Runs work on the interactive lane; exactly one of the callbacks then runs on the FX thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(Lane.INTERACTIVE, work, onSuccess, onFailure);
    }

    /** Runs work on the given lane; exactly one of the callbacks then runs on the FX thread. */
    public <T> Task<T> run(Lane lane, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.log(Level.WARNING, "background work failed", error);
            onFailure.accept(error);
        });
        executor(lane).execute(task);
        return task;
    }

    /**
     * Runs long work on the long lane with progress and cancellation. The task returned is for the status bar
     * (its message and progress) and its cancel button; exactly one of the callbacks runs on the FX thread.
     */
    public <T> Task<T> runWithProgress(ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                       Runnable onCancelled) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void report(String message, long done, long total) {
                        updateMessage(message);
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnCancelled(e -> onCancelled.run());
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        slow.execute(task);
        return task;
    }

    /** Fire-and-forget work whose failure is only logged (saving window state, for instance). */
    public void runQuietly(Runnable work) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, LOGGED_ONLY);
    }

    private ExecutorService executor(Lane lane) {
        return lane == Lane.LONG ? slow : interactive;
    }

    /** Lets queued work (such as saving state on exit) finish, for at most a few seconds. */
    @Override
    public void close() {
        interactive.shutdown();
        slow.shutdown();
        try {
            interactive.awaitTermination(3, TimeUnit.SECONDS);
            slow.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
