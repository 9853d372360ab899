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
 * as {@link Task}s on app-owned daemon threads named {@code pe-worker-N}; results come back on the FX thread.
 */
public class BackgroundWork implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    private final ExecutorService executor;

    /**
     * Work done at once on the calling thread, callbacks included: for view-model tests, which need no
     * toolkit and no waiting. Never for the window.
     */
    public static BackgroundWork direct() {
        return new BackgroundWork() {
            @Override
            public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
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
            public void submit(Task<?> task) {
                task.run();
            }
        };
    }

    public BackgroundWork() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread t = new Thread(runnable, "pe-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.log(Level.SEVERE, "uncaught in " + thread.getName(), e));
            return t;
        };
        // one thread: store access is serialised anyway, and order of submission is then order of effect
        executor = Executors.newSingleThreadExecutor(factory);
    }

    /** Runs work in the background; exactly one of the callbacks then runs on the FX thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
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
        executor.execute(task);
        return task;
    }

    /** Runs a task built elsewhere (one that reports progress or can be cancelled) on the same thread. */
    public void submit(Task<?> task) {
        executor.execute(task);
    }

    /** Fire-and-forget work whose failure is only logged (saving window state, for instance). */
    public void runQuietly(Runnable work) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, ignored -> { });
    }

    /** Lets queued work (such as saving state on exit) finish, for at most the given time. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
