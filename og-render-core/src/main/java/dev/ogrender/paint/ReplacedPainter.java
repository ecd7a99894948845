package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.layout.ImageSizer;
import dev.ogrender.style.BackgroundLayers.ObjectFit;
import dev.ogrender.style.ComputedStyle;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Paints the image of a replaced element ({@code <img>}, inline {@code <svg>}) into its content box
 * with object-fit and object-position (CSS Images 3, 5.5 and 5.6), clipped to the content box with the
 * border radius (so {@code border-radius: 50%} makes a round avatar).
 */
final class ReplacedPainter {

    private ReplacedPainter() {
    }

    static void paint(BoxFragment f, ImageSource images, DisplayList out) {
        ComputedStyle s = f.style();
        ImageSizer.NaturalSize n = images.natural(s.replacedImage);
        float[] c = f.contentBox();
        if (n == null || c[2] <= 0 || c[3] <= 0) {
            return;
        }
        float[] size = fit(s.objectFit, n, c[2], c[3]);
        float dx = c[0] + s.objectPosition.offset(c[2], size[0], true);
        float dy = c[1] + s.objectPosition.offset(c[3], size[1], false);
        BufferedImage pixels = images.pixels(s.replacedImage, Math.round(size[0]), Math.round(size[1]));
        if (pixels == null) {
            return;
        }
        Area area = new Area(clip(f, c));
        area.intersect(new Area(new Rectangle2D.Float(dx, dy, size[0], size[1])));
        out.add(new PaintOp.FillImage(area, pixels, dx, dy, size[0], size[1], false));
    }

    /** The content box, with the padding box's rounded corners where the box has a radius. */
    private static Shape clip(BoxFragment f, float[] c) {
        Rectangle2D content = new Rectangle2D.Float(c[0], c[1], c[2], c[3]);
        Shape padding = BoxShapes.paddingBox(f);
        if (padding instanceof Rectangle2D) {
            return content;
        }
        Area a = new Area(padding);
        a.intersect(new Area(content));
        return a;
    }

    /** @return the drawn {width, height} of the image for an object-fit value */
    static float[] fit(ObjectFit fit, ImageSizer.NaturalSize n, float w, float h) {
        float nw = Float.isNaN(n.width()) ? w : n.width();
        float nh = Float.isNaN(n.height()) ? h : n.height();
        if (!Float.isNaN(n.ratio()) && (Float.isNaN(n.width()) || Float.isNaN(n.height()))) {
            // Only a ratio: the default object size is the box, contained (CSS Images 3, 5.2).
            float k = Math.min(w / n.ratio(), h);
            nw = k * n.ratio();
            nh = k;
        }
        if (nw <= 0 || nh <= 0) {
            return new float[] {0, 0};
        }
        float contain = Math.min(w / nw, h / nh);
        float scale = switch (fit) {
            case FILL -> Float.NaN;
            case CONTAIN -> contain;
            case COVER -> Math.max(w / nw, h / nh);
            case NONE -> 1f;
            case SCALE_DOWN -> Math.min(1f, contain);
        };
        return Float.isNaN(scale) ? new float[] {w, h} : new float[] {nw * scale, nh * scale};
    }
}
