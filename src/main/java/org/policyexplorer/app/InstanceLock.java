package org.policyexplorer.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells a second window on the same store from the first: the first holds an OS lock on {@code <store>.lock}
 * while it runs (released by the OS even if it crashes); a second one finds it held.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another window holds it. */
    public static InstanceLock tryAcquire(Path database) {
        Path file = database.toAbsolutePath().resolveSibling(database.getFileName() + ".lock");
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process: a second window in one JVM (tests)
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            // a folder where no lock can be made: behave as the only window, as before locks existed
            return new InstanceLock(null, null);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // the OS drops the lock when the process ends anyway
        }
    }
}
