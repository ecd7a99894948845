package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.layout.InlineBoxFragment;
import dev.ogrender.layout.TextFragment;
import dev.ogrender.layout.ImageSizer;
import dev.ogrender.style.BackgroundImage;
import dev.ogrender.style.BackgroundLayers;
import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Filter;
import dev.ogrender.style.ImageRef;
import dev.ogrender.style.Keywords.Overflow;
import dev.ogrender.style.LinearGradient;
import dev.ogrender.style.RadialGradient;
import dev.ogrender.text.TextShaper;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks the fragment tree in CSS painting order (CSS 2.2 appendix E, simplified: negative z-index
 * positioned children, then in-flow children in tree order, then positioned children by z-index) and
 * emits paint ops. The root's background, or the body's when the root has none, covers the canvas.
 */
public final class DisplayListBuilder {

    private final DisplayList out;
    private final ImageSource images;
    private BoxFragment canvasSource;
    private BoxFragment canvasRoot;

    private DisplayListBuilder(int width, int height, ImageSource images) {
        this.out = new DisplayList(width, height, 0xFFFFFFFF);
        this.images = images;
    }

    /**
     * @param root   the laid-out root element
     * @param width  canvas width, px
     * @param height canvas height, px
     * @return the display list
     */
    public static DisplayList build(BoxFragment root, int width, int height) {
        return build(root, width, height, ImageSource.NONE);
    }

    /**
     * @param root   the laid-out root element
     * @param width  canvas width, px
     * @param height canvas height, px
     * @param images pixels of url() backgrounds and replaced elements
     * @return the display list
     */
    public static DisplayList build(BoxFragment root, int width, int height, ImageSource images) {
        DisplayListBuilder b = new DisplayListBuilder(width, height, images);
        b.canvasRoot = root;
        b.paintCanvas(root);
        b.paintBox(root);
        return b.out;
    }

    private void paintCanvas(BoxFragment root) {
        canvasSource = root;
        if (!hasBackground(root.style()) && !root.children().isEmpty()
                && "body".equals(tagOf(root.children().get(0)))) {
            canvasSource = root.children().get(0);
        }
        ComputedStyle s = canvasSource.style();
        Rectangle2D.Float canvas = new Rectangle2D.Float(0, 0, out.width(), out.height());
        if ((s.backgroundColor >>> 24) != 0) {
            out.add(new PaintOp.FillShape(canvas, s.backgroundColor));
        }
        // The root background tiles from the root element's box across the whole canvas.
        float tw = root.width();
        float th = root.height();
        if (tw < 1 || th < 1) {
            return;
        }
        for (int i = s.backgroundImages.size() - 1; i >= 0; i--) {
            if (s.backgroundImages.get(i) instanceof ImageRef ref) {
                // images/fonts area: a url() layer on the canvas is positioned in the root's box
                ImageSizer.NaturalSize n = images.natural(ref);
                if (n != null) {
                    float[] area = {root.x(), root.y(), root.width(), root.height()};
                    BackgroundImagePainter.paintIn(area, canvas, n, ref, i, s, images, out);
                }
                continue;
            }
            BackgroundImage g = s.backgroundImages.get(i);
            for (float ty = root.y() - (float) Math.ceil(root.y() / th) * th; ty < out.height(); ty += th) {
                for (float tx = root.x() - (float) Math.ceil(root.x() / tw) * tw; tx < out.width(); tx += tw) {
                    Shape tile = new Rectangle2D.Float(tx, ty, tw, th).createIntersection(canvas);
                    out.add(layer(g, tile, tx, ty, tw, th));
                }
            }
        }
    }

    private static String tagOf(BoxFragment f) {
        int dot = f.name().indexOf('.');
        int hash = f.name().indexOf('#');
        int end = f.name().length();
        if (dot >= 0) {
            end = Math.min(end, dot);
        }
        if (hash >= 0) {
            end = Math.min(end, hash);
        }
        return f.name().substring(0, end);
    }

    private static boolean hasBackground(ComputedStyle s) {
        return (s.backgroundColor >>> 24) != 0 || !s.backgroundImages.isEmpty();
    }

    private void paintBox(BoxFragment f) {
        ComputedStyle s = f.style();
        if (s.opacity <= 0f) {
            return;
        }
        // effects: the transform and filter wrap everything the box paints, opacity included
        AffineTransform transform = Transforms.of(f);
        if (transform != null) {
            out.add(new PaintOp.PushTransform(transform));
        }
        if (!s.filters.isEmpty()) {
            out.add(new PaintOp.PushFilter(filterBounds(f), s.filters, null, false));
        }
        paintBoxContent(f);
        if (!s.filters.isEmpty()) {
            out.add(new PaintOp.PopFilter());
        }
        if (transform != null) {
            out.add(new PaintOp.PopTransform());
        }
    }

    private static Rectangle2D filterBounds(BoxFragment f) {
        float reach = 0;
        for (Filter filter : f.style().filters) {
            if (filter.kind() == Filter.Kind.BLUR) {
                reach += 3 * filter.amount();
            }
        }
        Rectangle2D b = Bounds.of(f);
        return new Rectangle2D.Double(b.getX() - reach, b.getY() - reach, b.getWidth() + 2 * reach,
            b.getHeight() + 2 * reach);
    }

    private void paintBoxContent(BoxFragment f) {
        ComputedStyle s = f.style();
        int layerStart = -1;
        if (s.opacity < 1f) {
            layerStart = out.size();
            out.add(new PaintOp.PushLayer(s.opacity, Bounds.of(f)));
        }
        BoxFragment snapped = PixelSnap.of(f);
        if (f != canvasSource) {
            Shadows.outer(snapped, out);
            paintBackground(snapped);
            Shadows.inset(snapped, out);
        }
        Borders.paint(snapped, out);
        if (s.replacedImage != null) {
            ReplacedPainter.paint(snapped, images, out);
        }
        boolean clip = s.overflow == Overflow.HIDDEN;
        if (clip) {
            out.add(new PaintOp.PushClip(BoxShapes.paddingBox(snapped)));
        }
        // inline (wt/inline): inline box backgrounds and borders, below the block's text
        for (InlineBoxFragment box : f.inlineBoxes()) {
            InlineBoxPainter.paint(box, f.text(), out);
        }
        for (TextFragment t : f.text()) {
            int fill = t.style().textFill();
            PaintOp.DrawGlyphs glyphs = new PaintOp.DrawGlyphs(t.run().glyphs(t.start(), t.end(), TextShaper.FRC),
                    t.x(), t.baseline(), fill, zones(t));
            Shadows.text(t, glyphs, out);
            TextDecorations.before(t, out);
            if ((fill >>> 24) != 0) {
                out.add(glyphs);
            }
            TextDecorations.after(t, out);
        }
        paintChildren(f);
        if (clip) {
            out.add(new PaintOp.PopClip());
        }
        if (layerStart >= 0) {
            out.add(new PaintOp.PopLayer());
            foldSingleOpLayer(layerStart, s.opacity);
        }
    }

    private void paintChildren(BoxFragment f) {
        List<BoxFragment> positioned = new ArrayList<>();
        for (BoxFragment child : f.children()) {
            if (Stacking.isLayered(child.style())) {
                positioned.add(child);
            }
        }
        positioned.sort(Comparator.comparingInt(c -> c.style().zIndexAuto ? 0 : c.style().zIndex));
        if (f == canvasRoot || Stacking.isStackingContext(f.style())) {
            paintNegativeDescendants(f);
        }
        for (BoxFragment child : f.children()) {
            if (!Stacking.isLayered(child.style())) {
                paintBox(child);
            }
        }
        for (BoxFragment child : positioned) {
            if (child.style().zIndexAuto || child.style().zIndex >= 0) {
                paintBox(child);
            }
        }
    }

    // --- stacking: negative z-index descendants paint in their stacking context -------------------

    /**
     * Paints the negative z-index descendants of a stacking context (CSS 2.2 appendix E step 3) above
     * its background and below everything else, even when they sit inside boxes that are not stacking
     * contexts themselves (whose backgrounds therefore cover them).
     */
    private void paintNegativeDescendants(BoxFragment context) {
        List<Stacking.Hoisted> found = new ArrayList<>();
        Stacking.collectNegative(context, List.of(), found);
        found.sort(Comparator.comparingInt(h -> h.box().style().zIndex));
        for (Stacking.Hoisted h : found) {
            for (Shape c : h.clips()) {
                out.add(new PaintOp.PushClip(c));
            }
            paintBox(h.box());
            for (int i = 0; i < h.clips().size(); i++) {
                out.add(new PaintOp.PopClip());
            }
        }
    }

    private void paintBackground(BoxFragment f) {
        ComputedStyle s = f.style();
        if (!hasBackground(s)) {
            return;
        }
        boolean text = s.backgroundClipText;
        Shape area = BoxShapes.borderBox(f);
        if (text) {
            out.add(new PaintOp.PushFilter(Bounds.of(f), List.of(), TextClip.of(f), true));
        }
        if ((s.backgroundColor >>> 24) != 0) {
            out.add(new PaintOp.FillShape(colorArea(f, area), s.backgroundColor));
        }
        float[] b = f.border();
        for (int i = s.backgroundImages.size() - 1; i >= 0; i--) {
            if (s.backgroundImages.get(i) instanceof ImageRef ref) {
                BackgroundImagePainter.paint(f, i, ref, images, out);
                continue;
            }
            out.add(layer(s.backgroundImages.get(i), area, f.x() + b[3], f.y() + b[0],
                    f.width() - b[1] - b[3], f.height() - b[0] - b[2]));
        }
        if (text) {
            out.add(new PaintOp.PopFilter());
        }
    }

    /** @return the op that paints one background layer over its positioning area (x, y, w, h) */
    private static PaintOp layer(BackgroundImage layer, Shape area, float x, float y, float w, float h) {
        if (layer instanceof RadialGradient r) {
            return RadialGradients.radial(r, area, x, y, w, h);
        }
        return Gradients.linear((LinearGradient) layer, area, x, y, w, h);
    }

    /** The background colour is clipped like the bottom layer (CSS Backgrounds 3, 3.2). */
    private static Shape colorArea(BoxFragment f, Shape borderBox) {
        ComputedStyle s = f.style();
        int bottom = Math.max(0, s.backgroundImages.size() - 1);
        BackgroundLayers.Area clip = BackgroundLayers.at(s.backgroundClip, bottom);
        if (clip == BackgroundLayers.Area.BORDER_BOX) {
            return borderBox;
        }
        if (clip == BackgroundLayers.Area.PADDING_BOX) {
            return BoxShapes.paddingBox(f);
        }
        float[] c = f.contentBox();
        java.awt.geom.Area a = new java.awt.geom.Area(BoxShapes.paddingBox(f));
        a.intersect(new java.awt.geom.Area(new Rectangle2D.Float(c[0], c[1], c[2], c[3])));
        return a;
    }

    /**
     * A group holding a single solid fill or text run looks the same with its alpha folded into the
     * colour, and that saves an offscreen layer.
     */
    private void foldSingleOpLayer(int start, float opacity) {
        if (out.size() != start + 3) {
            return;
        }
        PaintOp only = out.get(start + 1);
        PaintOp folded = null;
        if (only instanceof PaintOp.DrawGlyphs g) {
            folded = new PaintOp.DrawGlyphs(g.glyphs(), g.x(), g.baseline(), fade(g.argb(), opacity), g.hintZones());
        } else if (only instanceof PaintOp.FillShape fill) {
            folded = new PaintOp.FillShape(fill.shape(), fade(fill.argb(), opacity));
        }
        if (folded != null) {
            out.removeFrom(start);
            out.add(folded);
        }
    }

    private static float[] zones(TextFragment t) {
        float[] em = t.run().face().hintZones();
        float[] px = new float[em.length];
        for (int i = 0; i < em.length; i++) {
            px[i] = em[i] * t.run().size();
        }
        return px;
    }

    private static int fade(int argb, float opacity) {
        int a = Math.round((argb >>> 24) * opacity);
        return (a << 24) | (argb & 0xFFFFFF);
    }
}
