package dev.ogrender.approval;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.api.Template;
import dev.ogrender.testing.Ssim;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.core.VerifyResult;
import org.approvaltests.reporters.QuietReporter;
import org.approvaltests.writers.ImageApprovalWriter;
import org.junit.jupiter.api.Test;

/**
 * Approval snapshots of whole cards from the example template: the image (compared by decoded pixels
 * with a small SSIM tolerance, never by PNG bytes) and the layout as text. A failing run leaves a
 * {@code *.received.*} file beside the approved one; approve a deliberate change by renaming it.
 */
class CardApprovalTest {

    /** Same fonts and code give the same pixels; the tolerance absorbs JDK rasteriser drift only. */
    private static final double MIN_SSIM = 0.998;

    private static final OgRenderer RENDERER = OgRenderer.builder().build();

    private static Template example() throws IOException {
        return RENDERER.template(Files.readString(Path.of("../examples/blog-card.html")));
    }

    private static Map<String, String> data() {
        return Map.of("category", "Release notes", "title", "og-render 0.1: HTML to Open Graph images in pure Java",
                "author", "The og-render team");
    }

    @Test
    void exampleCardImage() throws IOException {
        BufferedImage image = example().render(data()).image();
        Options options = new Options().withReporter(new QuietReporter())
                .withComparator(CardApprovalTest::similarImages);
        Approvals.verify(new ImageApprovalWriter(image), options);
    }

    @Test
    void exampleCardLayout() throws Exception {
        Approvals.verify(LayoutSnapshot.of(RENDERER, Files.readString(Path.of("../examples/blog-card.html")), data()),
                new Options().withReporter(new QuietReporter()));
    }

    private static VerifyResult similarImages(File received, File approved) {
        try {
            BufferedImage a = ImageIO.read(approved);
            BufferedImage b = ImageIO.read(received);
            if (a == null || b == null || a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
                return VerifyResult.FAILURE;
            }
            double ssim = Ssim.mssim(a, b);
            System.out.printf("approval %s SSIM %.5f%n", approved.getName(), ssim);
            return VerifyResult.from(ssim >= MIN_SSIM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
