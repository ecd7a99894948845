package dev.ogrender.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pages scored against Chromium: each {@code <name>.html} below a root folder is a complete page,
 * {@code <name>.png} beside it is Chromium's rendering of it (made by {@code scripts/reference}).
 *
 * <p>A page declares its tolerance in its head, so that the bar stands beside the behaviour it tests:
 * <pre>
 * &lt;meta name="og-render:min-ssim" content="0.985"&gt;          (default {@value #DEFAULT_MIN_SSIM})
 * &lt;meta name="og-render:max-off-pixels" content="0.5%"&gt;      (default {@value #DEFAULT_MAX_OFF})
 * </pre>
 * "Off pixels" are those with a channel more than {@value #OFF_DELTA} away from the reference; the limit
 * is a share of all pixels. A page that lowers a default should say why in an HTML comment.
 */
final class FidelityCases {

    static final double DEFAULT_MIN_SSIM = 0.99;
    static final String DEFAULT_MAX_OFF = "1%";
    static final int OFF_DELTA = 32;

    private static final Pattern META = Pattern.compile(
            "<meta\\s+name=\"og-render:([a-z-]+)\"\\s+content=\"([^\"]*)\"\\s*/?>");

    /** One page: its name (path below the root, no extension), files, and the bar it must reach. */
    record Case(String name, Path html, Path reference, double minSsim, double maxOffShare) {
        boolean hasReference() {
            return Files.isRegularFile(reference);
        }
    }

    private final Path root;

    private FidelityCases(Path root) {
        this.root = root;
    }

    /** @return the pages below a folder of the test classpath, e.g. {@code fixtures} */
    static FidelityCases onClasspath(String folder) {
        URL url = FidelityCases.class.getResource("/" + folder);
        if (url == null) {
            throw new IllegalStateException("no " + folder + " folder on the test classpath");
        }
        try {
            return in(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FidelityCases in(Path root) {
        return new FidelityCases(root);
    }

    /** @return every page below the root, at any depth, sorted by name */
    List<Case> cases() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().map(this::toCase)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Case toCase(Path html) {
        String relative = root.relativize(html).toString().replace('\\', '/');
        String name = relative.substring(0, relative.length() - ".html".length());
        String stem = html.getFileName().toString().replaceFirst("\\.html$", "");
        String text;
        try {
            text = Files.readString(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double minSsim = parseSsim(name, meta(text, "min-ssim", Double.toString(DEFAULT_MIN_SSIM)));
        double maxOff = parseShare(name, meta(text, "max-off-pixels", DEFAULT_MAX_OFF));
        return new Case(name, html, html.resolveSibling(stem + ".png"), minSsim, maxOff);
    }

    private static String meta(String html, String key, String fallback) {
        Matcher m = META.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(key)) {
                return m.group(2).trim();
            }
        }
        return fallback;
    }

    static double parseSsim(String name, String value) {
        try {
            double min = Double.parseDouble(value);
            if (min > 0 && min <= 1) {
                return min;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException("Invalid og-render:min-ssim \"" + value + "\" in " + name
                + ". Allowed: a number in (0, 1]");
    }

    static double parseShare(String name, String value) {
        try {
            if (value.endsWith("%")) {
                double pct = Double.parseDouble(value.substring(0, value.length() - 1));
                if (pct >= 0 && pct <= 100) {
                    return pct / 100;
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException("Invalid og-render:max-off-pixels \"" + value + "\" in " + name
                + ". Allowed: a percentage from 0% to 100%, e.g. 0.5%");
    }
}
