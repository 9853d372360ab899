package org.policyexplorer.library;

import java.util.function.BooleanSupplier;

/**
 * An index derived from the library's reports (the search index), which the library can bring back in step
 * with the store after a crash, an upgrade or a damaged index folder. The store stays the one source of truth.
 */
public interface DerivedIndex {
    DerivedIndex NONE = new DerivedIndex() {
        @Override
        public int outOfStep() {
            return 0;
        }

        @Override
        public int bringInStep(Progress progress, BooleanSupplier stop) {
            return 0;
        }

        @Override
        public void compact() {
        }
    };

    /** How many reports the index lacks, holds stale, or holds though they are gone. */
    int outOfStep();

    /** Told, after each report indexed, how many are done of how many there are to do. */
    @FunctionalInterface
    interface Progress {
        void indexed(int done, int total);
    }

    /**
     * Indexes what is missing or stale and drops what is gone, telling how far it is; stops before the next
     * report once {@code stop} says so (what is done stays done).
     */
    int bringInStep(Progress progress, BooleanSupplier stop);

    /** After a batch of imports: puts the index back in one piece if the batch left it in many. */
    void compact();
}
