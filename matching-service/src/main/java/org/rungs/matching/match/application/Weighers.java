package org.rungs.matching.match.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The threads that weigh a feed batch's participants in memory, side by side: the reverse query and the appraisals of
 * one participant need nothing of another's, no lock and no database. The calling thread takes a share of the work and
 * returns when every share is done; what the shares found is merged by the caller in a fixed order, so the outcome does
 * not depend on how the work was split. With one weigher everything runs on the calling thread.
 */
@ApplicationScoped
public class Weighers {

    /** Below this many items per weigher, splitting costs more than it saves. */
    private static final int LEAST_PER_SHARE = 16;

    private final int count;
    private final ExecutorService helpers;

    @Inject
    public Weighers(MatchingConfig config) {
        this(config.weighers().orElse(Runtime.getRuntime().availableProcessors()));
    }

    Weighers(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one weigher, not " + count);
        }
        this.count = count;
        AtomicInteger made = new AtomicInteger();
        this.helpers = count == 1 ? null : Executors.newFixedThreadPool(count - 1, work -> {
            Thread thread = new Thread(work, "weigher-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** How many threads weigh at once, the caller's included. */
    public int count() {
        return count;
    }

    /**
     * Runs {@code work} for every index from 0 to {@code items - 1}, each exactly once, spread over the weighers; a
     * failure of any share is thrown here (an error as itself) once every share has stopped.
     */
    public void each(int items, IntConsumer work) {
        int shares = Math.min(count, items / LEAST_PER_SHARE);
        if (shares <= 1) {
            for (int i = 0; i < items; i++) {
                work.accept(i);
            }
            return;
        }
        // several slices per weigher, taken in turn, even out participants with many vacancies and those with few
        int slices = shares * 4;
        AtomicInteger next = new AtomicInteger();
        Runnable share = () -> {
            for (int slice = next.getAndIncrement(); slice < slices; slice = next.getAndIncrement()) {
                for (int i = (int) ((long) items * slice / slices), end = (int) ((long) items * (slice + 1)
                        / slices); i < end; i++) {
                    work.accept(i);
                }
            }
        };
        List<Future<?>> others = new ArrayList<>(shares - 1);
        for (int i = 1; i < shares; i++) {
            others.add(helpers.submit(share));
        }
        Throwable failed = null;
        try {
            share.run();
        } catch (Throwable e) {
            failed = e;
            next.set(slices);
        }
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (ExecutionException e) {
                failed = first(failed, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = first(failed, e);
            }
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException("weighing was interrupted", failed);
        }
    }

    private static Throwable first(Throwable failed, Throwable another) {
        if (failed == null) {
            return another;
        }
        if (failed != another) {
            failed.addSuppressed(another);
        }
        return failed;
    }

    @PreDestroy
    void stop() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
