package org.rungs.matching.index.domain;

import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

/** One writer at a time; a reader waits for at most one write. */
final class IndexLock {

    private final StampedLock lock = new StampedLock();

    <T> T read(Supplier<T> reading) {
        long stamp = lock.readLock();
        try {
            return reading.get();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    <T> T write(Supplier<T> writing) {
        long stamp = lock.writeLock();
        try {
            return writing.get();
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    void write(Runnable writing) {
        write(() -> {
            writing.run();
            return null;
        });
    }
}
