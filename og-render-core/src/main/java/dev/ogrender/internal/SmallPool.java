package dev.ogrender.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * A few reusable objects (buffers, canvases) shared by all threads: a fixed number of slots, taken and
 * returned with one compare-and-set each, so no lock on a render path. When no pooled object fits, the
 * caller makes a new one; when every slot is full, a returned object is dropped for the collector.
 *
 * @param <T> what is pooled
 */
public final class SmallPool<T> {

    private final AtomicReferenceArray<T> slots;

    /** @param size how many objects are kept at most */
    public SmallPool(int size) {
        this.slots = new AtomicReferenceArray<>(size);
    }

    /** @return a pooled object that {@code fits}, now the caller's alone, or null if there is none */
    public T take(Predicate<T> fits) {
        for (int i = 0, n = slots.length(); i < n; i++) {
            T t = slots.get(i);
            if (t != null && fits.test(t) && slots.compareAndSet(i, t, null)) {
                return t;
            }
        }
        return null;
    }

    /** Keeps an object for a later {@link #take}; the caller must not use it afterwards. */
    public void give(T t) {
        for (int i = 0, n = slots.length(); i < n; i++) {
            if (slots.get(i) == null && slots.compareAndSet(i, null, t)) {
                return;
            }
        }
    }
}
