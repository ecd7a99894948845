package dev.ogrender.bench;

import dev.ogrender.image.JpegEncoder;
import dev.ogrender.image.PngEncoder;
import java.awt.image.BufferedImage;
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
 * What does encoding a finished 1200x630 card cost: PNG at deflate levels 1, 3 and 6, and JPEG at 0.9?
 *
 * <p>The image is a premultiplied ARGB card drawn once with Java2D (gradient, shapes, text), the form
 * the paint stage produces.
 *
 * <p>Run (from the repository root):
 * <pre>
 * ./mvnw -q -pl og-render-bench -am package -DskipTests
 * java -jar og-render-bench/target/benchmarks.jar EncodeBenchmark -f 1 -wi 5 -i 5
 * </pre>
 * Record the machine, JDK and flags beside any number you publish.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class EncodeBenchmark {

    /** The card image, drawn once per trial. */
    @State(Scope.Benchmark)
    public static class Card {
        BufferedImage image;

        /** Draws the card. */
        @Setup
        public void draw() {
            image = BenchInputs.cardImage();
        }
    }

    /** The PNG deflate level under test. */
    @State(Scope.Benchmark)
    public static class Level {
        @Param({"1", "3", "6"})
        int level;
    }

    /** @return the PNG bytes at the level under test */
    @Benchmark
    public byte[] png(Card card, Level level) {
        return PngEncoder.encode(card.image, level.level);
    }

    /** @return the JPEG bytes at quality 0.9 */
    @Benchmark
    public byte[] jpeg(Card card) {
        return JpegEncoder.encode(card.image, 0.9f);
    }
}
