package dev.ogrender.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SmallPoolTest {

    @Test
    void takesOnlyWhatFitsAndEachObjectOnce() {
        SmallPool<StringBuilder> pool = new SmallPool<>(2);
        StringBuilder small = new StringBuilder("a");
        StringBuilder large = new StringBuilder("abc");
        pool.give(small);
        pool.give(large);
        assertSame(large, pool.take(b -> b.length() == 3));
        assertNull(pool.take(b -> b.length() == 3), "already taken");
        assertSame(small, pool.take(b -> true));
        assertNull(pool.take(b -> true), "empty");
    }

    @Test
    void aFullPoolDropsWhatIsGiven() {
        SmallPool<Object> pool = new SmallPool<>(1);
        Object kept = new Object();
        pool.give(kept);
        pool.give(new Object());
        assertSame(kept, pool.take(o -> true));
        assertNull(pool.take(o -> true));
    }
}
