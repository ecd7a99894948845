package dev.ogrender.fidelity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.fidelity.FidelityCases.Case;
import dev.ogrender.testing.ImageDiff;
import dev.ogrender.testing.Ssim;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every complete card in {@code fidelity/cards/} and every one-behaviour fixture in
 * {@code fixtures/<area>/<feature>/<case>.html}, and scores each against its Chromium reference: SSIM
 * (ssim.js defaults) and the share of pixels off by more than {@value FidelityCases#OFF_DELTA} in a
 * channel, each against the page's declared tolerance ({@link FidelityCases}). Every score is printed;
 * a page outside its tolerance leaves expected | diff | actual in {@code target/fidelity/<name>.png}.
 * {@code -Dfidelity.triptych=always} writes the triptych for every page.
 *
 * <p>Relative URLs in a page resolve against the page's own folder, as they do in Chromium.
 */
class FidelityTest {

    static final String CARDS = "fidelity/cards";
    static final String FIXTURES = "fixtures";

    private static final Path OUT = Path.of(System.getProperty("basedir", "."), "target", "fidelity");
    private static final boolean ALWAYS_WRITE = "always".equals(System.getProperty("fidelity.triptych"));

    @TestFactory
    Stream<DynamicTest> cardsLookLikeChromium() {
        return tests(CARDS);
    }

    @TestFactory
    Stream<DynamicTest> fixturesLookLikeChromium() {
        return tests(FIXTURES);
    }

    @Test
    void everyPageHasAReference() {
        Stream.of(CARDS, FIXTURES).flatMap(root -> FidelityCases.onClasspath(root).cases().stream())
                .filter(c -> !c.hasReference())
                .forEach(c -> fail(c.name() + " has no reference " + c.reference().getFileName()
                        + "; make it with scripts/reference/render.mjs"));
    }

    @Test
    void thereArePagesToCheck() {
        assertTrue(FidelityCases.onClasspath(CARDS).cases().size() >= 5);
    }

    private static Stream<DynamicTest> tests(String root) {
        return FidelityCases.onClasspath(root).cases().stream().filter(Case::hasReference)
                .map(c -> DynamicTest.dynamicTest(c.name(), c.html().toUri(), () -> check(c)));
    }

    private static void check(Case page) throws IOException {
        Path triptych = OUT.resolve(page.name() + ".png");
        Files.deleteIfExists(triptych);
        BufferedImage expected = ImageIO.read(page.reference().toFile());
        OgRenderer renderer = OgRenderer.builder().size(expected.getWidth(), expected.getHeight())
                .baseDirectory(page.html().getParent()).build();
        BufferedImage actual = renderer.render(Files.readString(page.html()), Map.of()).image();

        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            ImageDiff.writeTriptych(expected, actual, triptych);
            fail(page.name() + ": rendered " + actual.getWidth() + "x" + actual.getHeight() + ", reference is "
                    + expected.getWidth() + "x" + expected.getHeight() + "; see " + triptych.toAbsolutePath());
        }
        double ssim = Ssim.mssim(expected, actual);
        int off = ImageDiff.pixelsOver(expected, actual, FidelityCases.OFF_DELTA);
        double offShare = off / (double) (expected.getWidth() * expected.getHeight());
        boolean pass = ssim >= page.minSsim() && offShare <= page.maxOffShare();
        System.out.printf("fidelity %-44s SSIM %.4f (min %.4f)  off pixels %.3f%% (max %.3f%%)  max delta %3d%n",
                page.name(), ssim, page.minSsim(), offShare * 100, page.maxOffShare() * 100,
                ImageDiff.maxChannelDelta(expected, actual));
        if (ALWAYS_WRITE || !pass) {
            ImageDiff.writeTriptych(expected, actual, triptych);
        }
        if (!pass) {
            fail(String.format("%s: SSIM %.4f (min %.4f), off pixels %.3f%% (max %.3f%%); expected | diff | actual in %s",
                    page.name(), ssim, page.minSsim(), offShare * 100, page.maxOffShare() * 100,
                    triptych.toAbsolutePath()));
        }
    }
}
