package dev.ogrender.paint;

import dev.ogrender.style.Filter;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;

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
    // --- effects: radial gradients, transforms, filters (blur, colour) -------------------------

    /**
     * Fills a shape with a radial gradient: t = 0 at the centre, 1 on the ellipse of radii (rx, ry).
     *
     * @param t0        t of the first stop
     * @param t1        t of the last stop (the fractions map [t0, t1] to [0, 1])
     * @param fractions strictly increasing, 0 to 1
     * @param colors    non-premultiplied ARGB, one per fraction
     * @param repeating whether the stops repeat outwards
     */
    record FillRadialGradient(Shape shape, float cx, float cy, float rx, float ry, float t0, float t1,
            float[] fractions, int[] colors, boolean repeating) implements PaintOp {
    }

    /** Concatenates a transform to the current one until the matching {@link PopTransform}. */
    record PushTransform(AffineTransform transform) implements PaintOp {
    }

    /** Restores the transform saved by the matching {@link PushTransform}. */
    record PopTransform() implements PaintOp {
    }

    /**
     * Starts a group drawn apart and then filtered (in order) before it is composited; the clip applies
     * only when compositing, so a blur sees all of the group.
     *
     * @param bounds  the area the filtered group can touch, absolute, blur margins included
     * @param filters blur amounts are the Gaussian's standard deviation in px
     * @param mask    after filtering, an anti-aliased shape that keeps ({@code keep}) or erases the
     *                group's pixels; null for none (box shadows are cut out of their box this way)
     * @param keep    whether the group is kept inside the mask rather than erased there
     */
    record PushFilter(Rectangle2D bounds, List<Filter> filters, Shape mask, boolean keep) implements PaintOp {
    }

    /** Filters and composites the group started by the matching {@link PushFilter}. */
    record PopFilter() implements PaintOp {
    }
}
