package dev.ogrender.bench;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.image.JpegEncoder;
import java.awt.image.BufferedImage;
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
 * What does encoding the finished reference card as JPEG (ImageIO, quality 0.9) cost?
 *
 * <p>Run (from the repository root):
 * <pre>
 * ./mvnw -q -pl og-render-bench -am package -DskipTests
 * java -jar og-render-bench/target/benchmarks.jar JpegBenchmark -f 1 -wi 5 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class JpegBenchmark {

    private BufferedImage image;

    /** Renders the reference card once. */
    @Setup
    public void render() {
        image = OgRenderer.builder().build().template(BenchInputs.cardTemplate()).render(BenchInputs.DATA).image();
    }

    /** @return the JPEG bytes at quality 0.9 */
    @Benchmark
    public byte[] jpeg() {
        return JpegEncoder.encode(image, 0.9f);
    }
}
