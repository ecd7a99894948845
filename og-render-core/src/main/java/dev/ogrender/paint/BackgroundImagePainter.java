package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.layout.ImageSizer;
import dev.ogrender.style.BackgroundLayers;
import dev.ogrender.style.BackgroundLayers.Area;
import dev.ogrender.style.BackgroundLayers.Repeat;
import dev.ogrender.style.BackgroundLayers.RepeatStyle;
import dev.ogrender.style.BackgroundLayers.Size;
import dev.ogrender.style.BackgroundLayers.SizeKind;
import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.ImageRef;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Paints one url() background layer (CSS Backgrounds 3): the positioning area from background-origin,
 * the tile size from background-size, the first tile placed by background-position, tiles repeated by
 * background-repeat, everything clipped to the background-clip area (rounded by border-radius).
 */
final class BackgroundImagePainter {

    private BackgroundImagePainter() {
    }

    /**
     * @param f      the box
     * @param layer  the layer's index (for the per-layer property lists)
     * @param ref    the layer's image
     * @param images the image source
     * @param out    where ops go
     */
    static void paint(BoxFragment f, int layer, ImageRef ref, ImageSource images, DisplayList out) {
        ComputedStyle s = f.style();
        ImageSizer.NaturalSize n = images.natural(ref);
        if (n == null) {
            return;
        }
        float[] area = box(f, BackgroundLayers.at(s.backgroundOrigin, layer));
        Shape clip = clip(f, BackgroundLayers.at(s.backgroundClip, layer));
        paintIn(area, clip, n, ref, layer, s, images, out);
    }

    /** Paints a layer whose positioning area and clip are given (the canvas uses the root's box). */
    static void paintIn(float[] area, Shape clip, ImageSizer.NaturalSize n, ImageRef ref, int layer,
            ComputedStyle s, ImageSource images, DisplayList out) {
        float[] tile = tileSize(BackgroundLayers.at(s.backgroundSize, layer), n, area[2], area[3]);
        Repeat repeat = BackgroundLayers.at(s.backgroundRepeat, layer);
        tile = round(repeat, tile, area, BackgroundLayers.at(s.backgroundSize, layer));
        if (tile[0] <= 0 || tile[1] <= 0) {
            return;
        }
        BackgroundLayers.Position pos = BackgroundLayers.at(s.backgroundPosition, layer);
        float x = area[0] + pos.offset(area[2], tile[0], true);
        float y = area[1] + pos.offset(area[3], tile[1], false);
        BufferedImage pixels = images.pixels(ref, Math.max(1, Math.round(tile[0])), Math.max(1, Math.round(tile[1])));
        if (pixels == null) {
            return;
        }
        if (repeat.x() == RepeatStyle.SPACE || repeat.y() == RepeatStyle.SPACE) {
            if (Spacing.paint(area, clip, x, y, tile, repeat, pixels, out)) {
                return;
            }
            repeat = new Repeat(repeat.x() == RepeatStyle.SPACE ? RepeatStyle.REPEAT : repeat.x(),
                repeat.y() == RepeatStyle.SPACE ? RepeatStyle.REPEAT : repeat.y());
        }
        Rectangle2D clipBounds = clip.getBounds2D();
        float bx = repeat.x() == RepeatStyle.NO_REPEAT ? x : (float) clipBounds.getX();
        float bw = repeat.x() == RepeatStyle.NO_REPEAT ? tile[0] : (float) clipBounds.getWidth();
        float by = repeat.y() == RepeatStyle.NO_REPEAT ? y : (float) clipBounds.getY();
        float bh = repeat.y() == RepeatStyle.NO_REPEAT ? tile[1] : (float) clipBounds.getHeight();
        java.awt.geom.Area shape = new java.awt.geom.Area(clip);
        shape.intersect(new java.awt.geom.Area(new Rectangle2D.Float(bx, by, bw, bh)));
        if (!shape.isEmpty()) {
            boolean tiled = repeat.x() != RepeatStyle.NO_REPEAT || repeat.y() != RepeatStyle.NO_REPEAT;
            out.add(new PaintOp.FillImage(shape, pixels, x, y, tile[0], tile[1], tiled));
        }
    }

    /** background-size (CSS Backgrounds 3, 3.9) against the positioning area. */
    static float[] tileSize(Size size, ImageSizer.NaturalSize n, float aw, float ah) {
        float ratio = n.ratio();
        if (size.kind() != SizeKind.EXPLICIT) {
            if (Float.isNaN(ratio) || ratio <= 0) {
                return new float[] {aw, ah};
            }
            boolean cover = size.kind() == SizeKind.COVER;
            float byWidth = aw / ratio;
            boolean useWidth = cover ? byWidth >= ah : byWidth <= ah;
            return useWidth ? new float[] {aw, byWidth} : new float[] {ah * ratio, ah};
        }
        float w = size.width().resolve(aw);
        float h = size.height().resolve(ah);
        if (Float.isNaN(w) && Float.isNaN(h)) {
            if (!Float.isNaN(n.width()) && !Float.isNaN(n.height())) {
                return new float[] {n.width(), n.height()};
            }
            return tileSize(new Size(SizeKind.CONTAIN, null, null), n, aw, ah);
        }
        if (Float.isNaN(w)) {
            w = !Float.isNaN(ratio) ? h * ratio : Float.isNaN(n.width()) ? aw : n.width();
        } else if (Float.isNaN(h)) {
            h = !Float.isNaN(ratio) ? w / ratio : Float.isNaN(n.height()) ? ah : n.height();
        }
        return new float[] {w, h};
    }

    /** background-repeat: round rescales the tile so a whole number fits (keeping the ratio if the other is auto). */
    private static float[] round(Repeat r, float[] tile, float[] area, Size size) {
        float w = tile[0];
        float h = tile[1];
        if (r.x() == RepeatStyle.ROUND && w > 0) {
            w = area[2] / Math.max(1, Math.round(area[2] / w));
        }
        if (r.y() == RepeatStyle.ROUND && h > 0) {
            h = area[3] / Math.max(1, Math.round(area[3] / h));
        }
        boolean autoHeight = size.kind() == SizeKind.EXPLICIT && size.height().isAuto();
        if (r.x() == RepeatStyle.ROUND && r.y() != RepeatStyle.ROUND && autoHeight && tile[0] > 0) {
            h = tile[1] * w / tile[0];
        }
        return new float[] {w, h};
    }

    /** @return the border, padding or content box as {x, y, w, h} */
    static float[] box(BoxFragment f, Area which) {
        float[] b = f.border();
        return switch (which) {
            case BORDER_BOX -> new float[] {f.x(), f.y(), f.width(), f.height()};
            case PADDING_BOX -> new float[] {f.x() + b[3], f.y() + b[0], Math.max(0, f.width() - b[1] - b[3]),
                Math.max(0, f.height() - b[0] - b[2])};
            case CONTENT_BOX -> f.contentBox();
        };
    }

    private static Shape clip(BoxFragment f, Area which) {
        return switch (which) {
            case BORDER_BOX -> BoxShapes.borderBox(f);
            case PADDING_BOX -> BoxShapes.paddingBox(f);
            case CONTENT_BOX -> {
                float[] c = f.contentBox();
                java.awt.geom.Area a = new java.awt.geom.Area(BoxShapes.paddingBox(f));
                a.intersect(new java.awt.geom.Area(new Rectangle2D.Float(c[0], c[1], c[2], c[3])));
                yield a;
            }
        };
    }
}
