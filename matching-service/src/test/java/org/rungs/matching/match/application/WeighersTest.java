package org.rungs.matching.match.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WeighersTest {

    private final Weighers three = new Weighers(3);

    @AfterEach
    void stop() {
        three.stop();
    }

    @Test
    void every_item_is_weighed_exactly_once_whatever_the_count() {
        for (int items : new int[]{0, 1, 15, 47, 48, 49, 1000, 4001}) {
            AtomicIntegerArray times = new AtomicIntegerArray(items);
            three.each(items, times::incrementAndGet);
            for (int i = 0; i < items; i++) {
                assertThat(times.get(i)).as("item %d of %d", i, items).isEqualTo(1);
            }
        }
    }

    @Test
    void a_large_batch_is_shared_between_threads_and_the_caller_takes_part() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        three.each(10_000, i -> {
            threads.add(Thread.currentThread());
            // long enough that one thread cannot take every slice before the others start
            Thread.onSpinWait();
            if (i % 100 == 0) {
                waitForAnother(threads);
            }
        });
        assertThat(threads).contains(Thread.currentThread()).hasSizeGreaterThan(1);
    }

    @Test
    void a_small_batch_stays_on_the_calling_thread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        three.each(20, i -> threads.add(Thread.currentThread()));
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void a_failure_in_any_share_is_thrown_to_the_caller_as_itself() {
        assertThatThrownBy(() -> three.each(1000, i -> {
            if (i == 999) {
                throw new IllegalArgumentException("item 999");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 999");
        assertThatThrownBy(() -> three.each(1000, i -> {
            if (i == 0) {
                throw new OutOfMemoryError("no room");
            }
        })).isInstanceOf(OutOfMemoryError.class).hasMessage("no room");
        // the weighers still work after a failure
        AtomicIntegerArray times = new AtomicIntegerArray(500);
        three.each(500, times::incrementAndGet);
        assertThat(times.get(499)).isEqualTo(1);
    }

    @Test
    void one_weigher_runs_everything_on_the_calling_thread() {
        Weighers one = new Weighers(1);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        one.each(5000, i -> threads.add(Thread.currentThread()));
        assertThat(threads).containsExactly(Thread.currentThread());
        assertThatThrownBy(() -> new Weighers(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Waits (never for long) until a thread other than the caller's has taken an item. */
    private static void waitForAnother(Set<Thread> threads) {
        long until = System.nanoTime() + 2_000_000_000L;
        while (threads.size() < 2 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
