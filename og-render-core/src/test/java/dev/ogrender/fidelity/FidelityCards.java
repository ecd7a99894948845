package dev.ogrender.fidelity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The cards under {@code fidelity/cards/} on the test classpath: each {@code <name>.html} is a bound page,
 * {@code <name>.png} beside it is Chromium's rendering of it (made by {@code scripts/reference}), and
 * {@code thresholds.properties} holds the per-card minimum SSIM where it is not {@value #DEFAULT_MIN_SSIM}.
 */
final class FidelityCards {

    static final double DEFAULT_MIN_SSIM = 0.99;
    static final String THRESHOLDS = "thresholds.properties";

    /** One card: its page, its reference image (which may not exist yet) and the score it must reach. */
    record Card(String name, Path html, Path reference, double minSsim) {
        boolean hasReference() {
            return Files.isRegularFile(reference);
        }
    }

    private final Path dir;
    private final Properties thresholds;

    private FidelityCards(Path dir, Properties thresholds) {
        this.dir = dir;
        this.thresholds = thresholds;
    }

    static FidelityCards onClasspath() {
        URL url = FidelityCards.class.getResource("/fidelity/cards");
        if (url == null) {
            throw new IllegalStateException("no fidelity/cards folder on the test classpath");
        }
        try {
            return in(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FidelityCards in(Path dir) {
        Properties thresholds = new Properties();
        Path file = dir.resolve(THRESHOLDS);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                thresholds.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FidelityCards(dir, thresholds);
    }

    /** @return every card, sorted by name */
    List<Card> cards() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().map(this::card).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return names in thresholds.properties that match no card, so a typo cannot lower nothing silently */
    List<String> unknownThresholdNames() {
        List<String> names = cards().stream().map(Card::name).toList();
        return thresholds.stringPropertyNames().stream().filter(n -> !names.contains(n)).sorted().toList();
    }

    private Card card(Path html) {
        String file = html.getFileName().toString();
        String name = file.substring(0, file.length() - ".html".length());
        return new Card(name, html, html.resolveSibling(name + ".png"), minSsim(name));
    }

    private double minSsim(String name) {
        String value = thresholds.getProperty(name);
        if (value == null) {
            return DEFAULT_MIN_SSIM;
        }
        try {
            double min = Double.parseDouble(value.trim());
            if (min > 0 && min <= 1) {
                return min;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException("Invalid minimum SSIM \"" + value + "\" for " + name + " in "
                + THRESHOLDS + ". Allowed: a number in (0, 1]");
    }
}
