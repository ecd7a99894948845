package dev.ogrender.bench;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.image.PngEncoder;
import dev.ogrender.image.PngOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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
 * What does encoding the finished reference card cost with each PNG coder, with and without the
 * gradient dither that Chromium adds? Coders: og-render's fast coder on the calling thread only
 * ({@code fast}), the same with idle cores taking bands ({@code fast-parallel}); both code every band,
 * since the card is the same every time and would otherwise be copied from the cache of coded bands:
 * {@code fast-reuse} times exactly that, the floor for a card that repeats an earlier one. Then zlib at
 * levels 1, 3 and 6 in our writer, and ImageIO's PNG writer
 * as the baseline ({@link JpegBenchmark} times JPEG). The setup prints each coder's PNG size.
 *
 * <p>Run (from the repository root):
 * <pre>
 * ./mvnw -q -pl og-render-bench -am package -DskipTests
 * java -jar og-render-bench/target/benchmarks.jar EncodeBenchmark -f 1 -wi 5 -i 5
 * </pre>
 * Record the machine, JDK and flags beside any number you publish.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class EncodeBenchmark {

    /** The PNG coder under test. */
    @Param({"fast", "fast-parallel", "fast-reuse", "zlib-1", "zlib-3", "zlib-6", "imageio"})
    public String coder;

    /** Whether the card's gradient is dithered (the default, as Chromium draws it). */
    @Param({"true", "false"})
    public boolean dither;

    private BufferedImage image;
    private PngOptions options;

    /** Renders the reference card once and prints the size each coder gives. */
    @Setup
    public void render() {
        image = OgRenderer.builder().gradientDither(dither).build()
                .template(BenchInputs.cardTemplate()).render(BenchInputs.DATA).image();
        options = switch (coder) {
            case "fast" -> PngOptions.DEFAULT.withParallel(false).withReuse(false);
            case "fast-parallel" -> PngOptions.DEFAULT.withReuse(false);
            case "fast-reuse" -> PngOptions.DEFAULT.withParallel(false);   // the same card again: every band copied
            case "imageio" -> null;
            default -> PngOptions.zlib(Integer.parseInt(coder.substring("zlib-".length())));
        };
        System.out.printf("%n[size] coder=%s dither=%s: %d bytes (ImageIO %d bytes)%n", coder, dither,
                png().length, imageIo().length);
    }

    /** @return the PNG bytes with the coder under test */
    @Benchmark
    public byte[] png() {
        return options == null ? imageIo() : PngEncoder.encode(image, options);
    }

    private byte[] imageIo() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
