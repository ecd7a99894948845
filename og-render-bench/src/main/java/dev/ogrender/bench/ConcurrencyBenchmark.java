package dev.ogrender.bench;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.api.Template;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Do concurrent renders scale with cores? The same shared renderer and template render the reference
 * card to PNG on one thread and on two; compare the throughputs (cards per second): two threads on a
 * 2-core machine should give at least 1.7x, which holds only if the render path has no global lock
 * (glyph caches, fonts and the PNG coder are all shared or per call).
 *
 * <p>Run (from the repository root), on an otherwise idle machine:
 * <pre>
 * ./mvnw -q -pl og-render-bench -am package -DskipTests
 * java -jar og-render-bench/target/benchmarks.jar ConcurrencyBenchmark -f 1 -wi 5 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ConcurrencyBenchmark {

    /**
     * One renderer and template shared by every thread, as a server would hold them; each PNG is coded on
     * its render thread (by default a lone render would borrow the idle core, which is not scaling).
     */
    @State(Scope.Benchmark)
    public static class Shared {
        Template template;

        /** Builds the renderer and compiles the reference card. */
        @Setup
        public void compile() {
            template = OgRenderer.builder().pngParallel(false).build().template(BenchInputs.cardTemplate());
        }
    }

    /**
     * Each thread's own titles, never seen before by any thread (one of eight titles with a running number
     * from the thread's own range), so no card's title bands come from the coded-band cache.
     */
    @State(Scope.Thread)
    public static class Titles {
        private static final AtomicInteger THREADS = new AtomicInteger();
        int next = THREADS.getAndIncrement() * 10_000_000;

        Map<String, String> data() {
            String title = BenchInputs.TITLES[next & (BenchInputs.TITLES.length - 1)] + " " + next++;
            return Map.of("category", "Engineering", "title", title, "author", "Jane Doe");
        }
    }

    /** @return one card's PNG, one thread rendering */
    @Benchmark
    @Threads(1)
    public byte[] oneThread(Shared shared, Titles titles) {
        return shared.template.render(titles.data()).png();
    }

    /** @return one card's PNG, two threads rendering at once */
    @Benchmark
    @Threads(2)
    public byte[] twoThreads(Shared shared, Titles titles) {
        return shared.template.render(titles.data()).png();
    }
}
