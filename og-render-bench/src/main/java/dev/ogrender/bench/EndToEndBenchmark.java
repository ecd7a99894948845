package dev.ogrender.bench;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.api.Template;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does one warm render of a card take through the public API, from data to PNG bytes
 * ({@link #renderPng}) and to pixels only ({@link #renderImage})?
 *
 * <p>The template is compiled once in {@link #compile()}; each invocation binds data with a title never
 * seen before (one of eight titles with a running number, so text layout is not a repeat and the
 * title's last line always changes) and, for PNG, encodes with the default options (og-render's fast
 * coder; idle cores may take bands; bands that came out the same in an earlier card are copied, unless
 * {@code reuse} is false). Templates: see {@link BenchInputs#TEMPLATES}; {@code image}
 * decodes its data: URI avatar once per renderer (the decoded image is cached, as in a server).
 *
 * <p>Run (from the repository root):
 * <pre>
 * ./mvnw -q -pl og-render-bench -am package -DskipTests
 * java -jar og-render-bench/target/benchmarks.jar EndToEndBenchmark -f 1 -wi 5 -i 5 -prof gc
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

    /** Which template: see {@link BenchInputs#TEMPLATES}. */
    @Param({"reference", "text", "boxes", "image"})
    public String template;

    /** Whether PNG bands that came out the same in an earlier card are copied (the default). */
    @Param({"true", "false"})
    public boolean reuse;

    private Template compiled;
    private int next;

    /** Builds the renderer and compiles the template, once per trial. */
    @Setup
    public void compile() {
        compiled = OgRenderer.builder().pngReuse(reuse).build().template(BenchInputs.template(template));
    }

    /** @return the PNG of one card; returned so the JIT cannot drop the work */
    @Benchmark
    public byte[] renderPng() {
        return compiled.render(data()).png();
    }

    /** @return the pixels of one card, without encoding */
    @Benchmark
    public BufferedImage renderImage() {
        return compiled.render(data()).image();
    }

    private Map<String, String> data() {
        String title = BenchInputs.TITLES[next & (BenchInputs.TITLES.length - 1)] + " " + next++;
        return Map.of("category", "Engineering", "title", title, "author", "Jane Doe");
    }
}
