package dev.ogrender.bench;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.api.Template;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does one warm render of the reference blog card take, from data to PNG bytes?
 *
 * <p>The template is compiled once in {@link #compile()}; each invocation binds data with a different
 * title (so text layout is not a repeat) and encodes the PNG at the default level 3.
 *
 * <p>Run (from the repository root):
 * <pre>
 * ./mvnw -q -pl og-render-bench -am package -DskipTests
 * java -jar og-render-bench/target/benchmarks.jar EndToEndBenchmark -f 1 -wi 5 -i 5
 * </pre>
 * Record the machine, JDK and flags beside any number you publish ({@code -prof gc} adds allocation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class EndToEndBenchmark {

    private Template template;
    private int next;

    /** Builds the renderer and compiles the card template, once per trial. */
    @Setup
    public void compile() {
        template = OgRenderer.builder().build().template(BenchInputs.cardTemplate());
    }

    /** @return the PNG of one card; returned so the JIT cannot drop the work */
    @Benchmark
    public byte[] renderPng() {
        String title = BenchInputs.TITLES[next++ & (BenchInputs.TITLES.length - 1)];
        return template.render(Map.of("category", "Engineering", "title", title, "author", "Jane Doe")).png();
    }
}
