package org.policyexplorer.library;

/** What an import of the sample library tells while it runs, and asks: whether the user cancelled it. */
public interface SampleProgress {
    /** For the command line, which waits for the end. */
    SampleProgress QUIET = new SampleProgress() {
        @Override
        public void report(SampleLibrary.Sample next, int done, int total, SampleImport.Outcome soFar) {
            // nobody to tell
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * Told before each sample and once at the end, cancelled or not.
     *
     * @param next  the sample about to be imported; null at the end
     * @param soFar what the samples before it gave; at the end, what the import did (and a cancel kept)
     */
    void report(SampleLibrary.Sample next, int done, int total, SampleImport.Outcome soFar);

    /** Checked between samples: a sample's import, once started, finishes (or fails) whole. */
    boolean cancelled();
}
