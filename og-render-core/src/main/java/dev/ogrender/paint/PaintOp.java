package dev.ogrender.paint;

import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;

/**
 * One drawing instruction. Everything is resolved: absolute float geometry, colours as
 * non-premultiplied ARGB, gradients as end points and stops. {@link Java2DDevice} is a flat switch
 * over these records.
 */
public sealed interface PaintOp {

    /** Fills a shape with a solid colour. */
    record FillShape(Shape shape, int argb) implements PaintOp {
    }

    /**
     * Fills a shape with a linear gradient along the line (x1, y1) to (x2, y2).
     *
     * @param fractions strictly increasing, 0 to 1
     * @param colors    non-premultiplied ARGB, one per fraction
     * @param repeating whether the gradient repeats beyond its end points
     */
    record FillLinearGradient(Shape shape, float x1, float y1, float x2, float y2, float[] fractions,
            int[] colors, boolean repeating) implements PaintOp {
    }

    /**
     * Draws glyphs with their origin at (x, baseline).
     *
     * @param hintZones heights above the baseline, in px, that the rasteriser aligns to whole pixels
     *                  (lowest first); empty for no hinting
     */
    record DrawGlyphs(GlyphVector glyphs, float x, float baseline, int argb, float[] hintZones) implements PaintOp {
    }

    /**
     * Fills a shape with an image, tiled from the rectangle (x, y, w, h) that one copy of the image covers.
     * Fills are antialiased where clips are not, so round avatars and rounded corners stay smooth.
     *
     * @param image premultiplied ARGB pixels, scaled to the rectangle when drawn
     * @param tiled whether the image repeats; if not, its edge pixels extend outwards when sampled (as
     *              Skia's clamp mode) instead of blending with the opposite edge
     */
    record FillImage(Shape shape, java.awt.image.BufferedImage image, float x, float y, float w, float h,
            boolean tiled) implements PaintOp {
    }

    /** Intersects the clip with a shape until the matching {@link PopClip}. */
    record PushClip(Shape shape) implements PaintOp {
    }

    /** Restores the clip saved by the matching {@link PushClip}. */
    record PopClip() implements PaintOp {
    }

    /**
     * Starts a transparency group: what follows until {@link PopLayer} is drawn apart, then composited
     * with the given opacity (CSS opacity is group opacity).
     *
     * @param bounds the area the group can touch, absolute
     */
    record PushLayer(float opacity, Rectangle2D bounds) implements PaintOp {
    }

    /** Composites the group started by the matching {@link PushLayer}. */
    record PopLayer() implements PaintOp {
    }
}
