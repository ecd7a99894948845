package dev.ogrender.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Fixed inputs shared by the benchmarks. */
final class BenchInputs {

    /** Titles of different lengths, so wrapping and text layout vary between invocations. */
    static final String[] TITLES = {
        "Building a pure-Java Open Graph image renderer",
        "Why flexbox is harder than it looks",
        "Ten things we learned shipping og-render to production in one weekend of work",
        "Short title",
        "Font fallback, ellipsis and line clamping without a browser",
        "PNG filters and deflate levels, measured",
        "Caching social cards at the edge",
        "A very long title that will certainly need to wrap across three lines or be clamped at the end",
    };

    private BenchInputs() {
    }

    /**
     * The benchmark templates by name, each with a {{title}} tag (and {{category}}, {{author}} where
     * the card shows them):
     * <ul>
     * <li>{@code reference}: the reference blog card (examples/blog-card.html): gradient, flex, 4 text runs;
     * <li>{@code text}: a text-heavy card, five paragraphs with bold, italic and light inline spans;
     * <li>{@code boxes}: 200 wrapped flex boxes with borders, radii and a label each;
     * <li>{@code image}: the reference card with a 64x64 PNG avatar as a data: URI in an {@code <img>}.
     * </ul>
     */
    static final String[] TEMPLATES = {"reference", "text", "boxes", "image"};

    /** Data for the templates' tags. */
    static final java.util.Map<String, String> DATA = java.util.Map.of(
            "category", "Guide", "title", "How to Generate OG Images Dynamically at Scale", "author", "Asad Ali");

    /** @return the template named in {@link #TEMPLATES} */
    static String template(String name) {
        return switch (name) {
            case "reference" -> resource("blog-card.html");
            case "text" -> resource("text-card.html");
            case "boxes" -> resource("boxes-card.html");
            case "image" -> imageCard();
            default -> throw new IllegalArgumentException("no benchmark template " + name);
        };
    }

    /** The reference card with its avatar circle replaced by an {@code <img>} of avatar.png as a data: URI. */
    private static String imageCard() {
        String avatar = "<div class=\"avatar\"></div>";
        String card = resource("blog-card.html");
        if (!card.contains(avatar)) {
            throw new IllegalStateException("blog-card.html has no " + avatar + " to replace");
        }
        String png = Base64.getEncoder().encodeToString(bytes("avatar.png"));
        return card.replace(avatar, "<img class=\"avatar\" src=\"data:image/png;base64," + png + "\">");
    }

    /** @return the reference blog card template, with {{category}}, {{title}} and {{author}} tags */
    static String cardTemplate() {
        return resource("blog-card.html");
    }

    private static String resource(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String file) {
        try (InputStream in = BenchInputs.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " missing from the benchmark resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return a 1200x630 premultiplied ARGB card drawn with Java2D (what the engine hands the encoders):
     *     the reference card's 135deg gradient, a translucent panel, a circle and anti-aliased text
     */
    static BufferedImage cardImage() {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // CSS 135deg on 1200x630: colour depends on x + y only; the gradient line is (1200 + 630) / sqrt 2 long
        g.setPaint(new LinearGradientPaint(0, 0, 915, 915, new float[] {0f, 1f},
                new Color[] {new Color(0x667eea), new Color(0x764ba2)}));
        g.fillRect(0, 0, 1200, 630);
        g.setColor(new Color(255, 255, 255, 60));
        g.fill(new RoundRectangle2D.Float(700, 80, 420, 200, 40, 40));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Float(60, 522, 48, 48));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString("Building a pure-Java Open Graph", 60, 220);
        g.drawString("image renderer in a weekend", 60, 297);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        g.drawString("ENGINEERING", 60, 90);
        g.drawString("Jane Doe", 124, 555);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
        g.drawString("YourSite", 1000, 560);
        g.dispose();
        return image;
    }
}
