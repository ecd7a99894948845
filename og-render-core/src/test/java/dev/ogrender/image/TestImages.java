package dev.ogrender.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Images for encoder tests. */
final class TestImages {

    private TestImages() {
    }

    /** A 1200x630 card: diagonal gradient, translucent panel, circle and anti-aliased text. */
    static BufferedImage card(int type) {
        BufferedImage image = new BufferedImage(1200, 630, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new LinearGradientPaint(0, 0, 1200, 630, new float[] {0f, 1f},
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
        g.dispose();
        return image;
    }

    /** Random pixels, with every alpha value (0-255) present when {@code translucent}. */
    static BufferedImage random(int type, int width, int height, boolean translucent, long seed) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(seed);
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                int alpha = translucent ? (i < 256 ? i : random.nextInt(256)) : 255;
                image.setRGB(x, y, alpha << 24 | random.nextInt(1 << 24));
            }
        }
        return image;
    }
}
