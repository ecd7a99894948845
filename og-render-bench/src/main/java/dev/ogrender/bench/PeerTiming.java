package dev.ogrender.bench;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.api.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * How long does og-render take per card, timed the same way as the peers in {@code og-render-bench/peers}?
 * Not a JMH benchmark: a plain loop with {@link System#nanoTime()} around each render, so the numbers sit
 * beside the Node peers' (which are timed the same way) in one table.
 *
 * <p>Run by {@code og-render-bench/peers/bench.mjs}; by hand:
 * <pre>
 * java -cp og-render-bench/target/benchmarks.jar dev.ogrender.bench.PeerTiming \
 *     examples/blog-card.html 100 20 2000 /tmp/og-render.png
 * </pre>
 * Arguments: template, measured images, warm-up images, warm-up milliseconds (at least), PNG output of
 * the reference card. Prints one JSON object: the per-image milliseconds, the PNG size and the JDK.
 * {@code -Dog-render.pngParallel=false} codes every PNG on the timing thread (the default lets idle cores
 * take bands of it); {@code -Dog-render.pngReuse=false} codes every band of every card (the default copies
 * the bands that came out the same in an earlier card).
 */
public final class PeerTiming {

    private PeerTiming() {
    }

    /**
     * @param args template, count, warm-up count, warm-up milliseconds, PNG path
     * @throws IOException if the template cannot be read or the PNG written
     */
    public static void main(String[] args) throws IOException {
        Path templateFile = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        long warmupNanos = Long.parseLong(args[3]) * 1_000_000L;
        boolean parallel = Boolean.parseBoolean(System.getProperty("og-render.pngParallel", "true"));
        boolean reuse = Boolean.parseBoolean(System.getProperty("og-render.pngReuse", "true"));
        Template card = OgRenderer.builder().baseDirectory(templateFile.toAbsolutePath().getParent())
                .pngParallel(parallel).pngReuse(reuse).build().template(Files.readString(templateFile));
        long start = System.nanoTime();
        for (int i = 0; i < warmups || System.nanoTime() - start < warmupNanos; i++) {
            card.render(vars(i, "Warm-up")).png();
        }
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            Map<String, String> data = vars(i, "Part");
            long t0 = System.nanoTime();
            card.render(data).png();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        byte[] png = card.render(Map.of("category", "Guide", "title", "How to Generate OG Images Dynamically at Scale",
                "author", "Asad Ali")).png();
        Files.write(Path.of(args[4]), png);
        System.out.println("{\"ms\": " + Arrays.toString(Arrays.stream(ms)
                .mapToObj(v -> String.format(Locale.ROOT, "%.3f", v)).toArray()) + ", \"bytes\": " + png.length
                + ", \"jdk\": \"" + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + "\", \"flags\": \"" + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                        .getInputArguments()).replace("\"", "'") + "\"}");
    }

    /** The same distinct titles the Node peers get (bench.mjs varsFor), so no renderer repeats a layout. */
    static Map<String, String> vars(int i, String prefix) {
        String[] topics = {"OG Images", "Social Cards", "Link Previews", "Twitter Cards", "Blog Banners",
            "Product Cards", "Event Tickets", "Docs Headers", "Release Notes", "Podcast Covers"};
        String[] categories = {"Guide", "Tutorial", "Deep Dive", "News", "Case Study"};
        String[] authors = {"Asad Ali", "Jane Doe", "Kim Lee", "Ravi Patel"};
        return Map.of("title", "How to Generate " + topics[i % topics.length] + " Dynamically at Scale, " + prefix
                + " " + (i + 1), "category", categories[i % categories.length], "author", authors[i % authors.length]);
    }
}
