package dev.ogrender.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.fidelity.FidelityCards.Card;
import dev.ogrender.testing.ImageDiff;
import dev.ogrender.testing.Ssim;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every card in {@code fidelity/cards/} and scores it against its Chromium reference with SSIM
 * (ssim.js defaults). Every score is printed; a card under its minimum leaves expected | diff | actual
 * in {@code target/fidelity/<name>.png}. {@code -Dfidelity.triptych=always} writes the triptych for
 * every card.
 */
class FidelityTest {

    private static final Path OUT = Path.of(System.getProperty("basedir", "."), "target", "fidelity");
    private static final boolean ALWAYS_WRITE = "always".equals(System.getProperty("fidelity.triptych"));

    private static OgRenderer renderer;

    @TestFactory
    Stream<DynamicTest> cardsLookLikeChromium() {
        return FidelityCards.onClasspath().cards().stream()
                .map(card -> DynamicTest.dynamicTest(card.name(), card.html().toUri(), () -> check(card)));
    }

    @Test
    void everyThresholdNamesACard() {
        assertEquals(List.of(), FidelityCards.onClasspath().unknownThresholdNames(),
                "entries in " + FidelityCards.THRESHOLDS + " without a card");
    }

    @Test
    void thereAreCardsToCheck() {
        assertTrue(FidelityCards.onClasspath().cards().stream().filter(Card::hasReference).count() >= 5);
    }

    private static void check(Card card) throws IOException {
        Assumptions.assumeTrue(card.hasReference(), () -> card.name() + " has no reference "
                + card.reference().getFileName() + "; make it with scripts/reference/render.mjs");
        Path triptych = OUT.resolve(card.name() + ".png");
        Files.deleteIfExists(triptych);
        BufferedImage expected = ImageIO.read(card.reference().toFile());
        BufferedImage actual = renderer().render(Files.readString(card.html()), Map.of()).image();

        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            ImageDiff.writeTriptych(expected, actual, triptych);
            fail(card.name() + ": rendered " + actual.getWidth() + "x" + actual.getHeight() + ", reference is "
                    + expected.getWidth() + "x" + expected.getHeight() + "; see " + triptych.toAbsolutePath());
        }
        double ssim = Ssim.mssim(expected, actual);
        int maxDelta = ImageDiff.maxChannelDelta(expected, actual);
        System.out.printf("fidelity %-28s SSIM %.4f (min %.4f)  max channel delta %3d  pixels off by >32: %d%n",
                card.name(), ssim, card.minSsim(), maxDelta, ImageDiff.pixelsOver(expected, actual, 32));
        if (ALWAYS_WRITE || ssim < card.minSsim()) {
            ImageDiff.writeTriptych(expected, actual, triptych);
        }
        if (ssim < card.minSsim()) {
            fail(String.format("%s: SSIM %.4f is below %.4f; expected | diff | actual in %s",
                    card.name(), ssim, card.minSsim(), triptych.toAbsolutePath()));
        }
    }

    private static synchronized OgRenderer renderer() {
        if (renderer == null) {
            renderer = OgRenderer.builder().build();
        }
        return renderer;
    }
}
