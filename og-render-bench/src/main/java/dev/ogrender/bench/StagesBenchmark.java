package dev.ogrender.bench;

import dev.ogrender.image.PngEncoder;
import dev.ogrender.image.PngOptions;
import dev.ogrender.internal.Diagnostics;
import dev.ogrender.layout.BoxFragment;
import dev.ogrender.layout.LayoutEngine;
import dev.ogrender.paint.DisplayList;
import dev.ogrender.paint.DisplayListBuilder;
import dev.ogrender.paint.Java2DDevice;
import dev.ogrender.style.StyleEngine;
import dev.ogrender.style.StyledNode;
import dev.ogrender.template.HtmlDocument;
import dev.ogrender.template.TemplateSource;
import dev.ogrender.text.FontRegistry;
import dev.ogrender.text.TextMeasurer;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
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
 * Where does the time of one card go? One benchmark per pipeline stage, each fed the finished output
 * of the stage before it (prepared once in {@link #prepare()}): bind + parse, style, layout, paint
 * (display list + Java2D), PNG encode (default options: og-render's fast coder, one thread).
 *
 * <p>Templates ({@link BenchInputs#TEMPLATES}): the reference card, a text-heavy card and a card of 200
 * flex boxes. The image card is measured end to end only ({@link EndToEndBenchmark}): image decoding
 * and caching live behind the public API, not in these stage calls.
 *
 * <p>These call the internal stage classes directly; they are not API.
 *
 * <p>Run (from the repository root):
 * <pre>
 * ./mvnw -q -pl og-render-bench -am package -DskipTests
 * java -jar og-render-bench/target/benchmarks.jar StagesBenchmark -f 1 -wi 5 -i 5 -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class StagesBenchmark {

    /** Which template: see {@link BenchInputs#TEMPLATES}. */
    @Param({"reference", "text", "boxes"})
    public String template;

    private TemplateSource source;
    private TextMeasurer measurer;
    private Document document;
    private StyledNode styled;
    private BoxFragment fragments;
    private BufferedImage image;

    /** Runs every stage once, keeping each output as the next stage's input. */
    @Setup
    public void prepare() {
        source = TemplateSource.compile(BenchInputs.template(template));
        measurer = TextMeasurer.of(FontRegistry.bundled());
        document = HtmlDocument.parse(source.bind(BenchInputs.DATA));
        styled = StyleEngine.style(document, new Diagnostics(false));
        fragments = LayoutEngine.compute(styled, 1200, 630, measurer);
        image = Java2DDevice.draw(DisplayListBuilder.build(fragments, 1200, 630));
    }

    /** @return the parsed document: Mustache binding and jsoup parsing */
    @Benchmark
    public Document bindAndParse() {
        return HtmlDocument.parse(source.bind(BenchInputs.DATA));
    }

    /** @return the styled tree: CSS parsing (cached per stylesheet text), matching, cascade */
    @Benchmark
    public StyledNode style() {
        return StyleEngine.style(document, new Diagnostics(false));
    }

    /** @return the fragment tree: box tree, flex, text shaping and line breaking */
    @Benchmark
    public BoxFragment layout() {
        return LayoutEngine.compute(styled, 1200, 630, measurer);
    }

    /** @return the pixels: display list and Java2D */
    @Benchmark
    public BufferedImage paint() {
        DisplayList list = DisplayListBuilder.build(fragments, 1200, 630);
        return Java2DDevice.draw(list);
    }

    /**
     * @return the PNG bytes with the default options (og-render's fast coder, idle cores may help), but
     *     every band coded: the same image again would otherwise be copied band for band
     */
    @Benchmark
    public byte[] encodePng() {
        return PngEncoder.encode(image, PngOptions.DEFAULT.withReuse(false));
    }
}
