package dev.ogrender.paint;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Draws a display list with Java2D into a premultiplied ARGB image. The only place that sets
 * rendering hints, so every render uses the same ones.
 */
public final class Java2DDevice {

    private Java2DDevice() {
    }

    /**
     * Draws with Chromium's gradient dither.
     *
     * @param list what to draw
     * @return a new TYPE_INT_ARGB_PRE image of the list's size
     */
    public static BufferedImage draw(DisplayList list) {
        return draw(list, true);
    }

    /**
     * @param list   what to draw
     * @param dither whether gradients get Chromium's ordered dither (noisier, so larger and slower PNGs)
     * @return a new TYPE_INT_ARGB_PRE image of the list's size
     */
    public static BufferedImage draw(DisplayList list, boolean dither) {
        BufferedImage image = new BufferedImage(list.width(), list.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        configure(g);
        g.setColor(new Color(list.background(), true));
        g.setComposite(AlphaComposite.Src);
        g.fillRect(0, 0, list.width(), list.height());
        g.setComposite(AlphaComposite.SrcOver);
        new Run(g, image, dither).all(list);
        g.dispose();
        return image;
    }

    static void configure(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    /** The state of one drawing pass: the current target, saved clips, open layers. */
    private static final class Run {
        private Graphics2D g;
        private BufferedImage surface;
        private int originX;
        private int originY;
        private final Deque<Shape> clips = new ArrayDeque<>();
        private final Deque<Layer> layers = new ArrayDeque<>();
        private final boolean dither;

        Run(Graphics2D g, BufferedImage surface, boolean dither) {
            this.g = g;
            this.surface = surface;
            this.dither = dither;
        }

        void all(DisplayList list) {
            for (PaintOp op : list.ops()) {
                draw(op);
            }
        }

        private void draw(PaintOp op) {
            // Java 17 has no pattern switch; the interface is sealed, so this chain is exhaustive.
            if (op instanceof PaintOp.FillShape f) {
                g.setColor(new Color(f.argb(), true));
                g.fill(f.shape());
            } else if (op instanceof PaintOp.FillLinearGradient f) {
                fillGradient(f);
            } else if (op instanceof PaintOp.DrawGlyphs t) {
                GlyphRasterizer.draw(g, t);
            } else if (op instanceof PaintOp.PushClip c) {
                clips.push(g.getClip() == null ? NO_CLIP : g.getClip());
                g.clip(c.shape());
            } else if (op instanceof PaintOp.PopClip) {
                Shape saved = clips.pop();
                g.setClip(saved == NO_CLIP ? null : saved);
            } else if (op instanceof PaintOp.PushLayer l) {
                pushLayer(l);
            } else if (op instanceof PaintOp.PopLayer) {
                popLayer();
            } else {
                throw new IllegalStateException("unknown paint op " + op);
            }
        }

        private void fillGradient(PaintOp.FillLinearGradient f) {
            float dx = f.x2() - f.x1();
            float dy = f.y2() - f.y1();
            if (dx * dx + dy * dy < 1e-6f) {
                g.setColor(new Color(f.colors()[f.colors().length - 1], true));
                g.fill(f.shape());
                return;
            }
            Rectangle bounds = f.shape().getBounds()
                    .intersection(new Rectangle(originX, originY, surface.getWidth(), surface.getHeight()));
            Shape clip = g.getClip();
            if (clip != null) {
                bounds = bounds.intersection(clip.getBounds());
            }
            if (bounds.isEmpty()) {
                return;
            }
            if (isPixelAligned(f.shape()) && (clip == null || isPixelAligned(clip))) {
                // The common case (a page or box background): straight into the target's pixels.
                int[] pixels = ((DataBufferInt) surface.getRaster().getDataBuffer()).getData();
                GradientRaster.fill(f, pixels, surface.getWidth(), originX, originY, bounds, dither);
                return;
            }
            BufferedImage tile = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] pixels = ((DataBufferInt) tile.getRaster().getDataBuffer()).getData();
            GradientRaster.fill(f, pixels, bounds.width, bounds.x, bounds.y, bounds, dither);
            g.setPaint(new TexturePaint(tile, new Rectangle2D.Float(bounds.x, bounds.y, bounds.width, bounds.height)));
            g.fill(f.shape());
        }

        private static boolean isPixelAligned(Shape shape) {
            if (!(shape instanceof Rectangle2D r)) {
                return false;
            }
            return r.getX() == Math.rint(r.getX()) && r.getY() == Math.rint(r.getY())
                    && r.getWidth() == Math.rint(r.getWidth()) && r.getHeight() == Math.rint(r.getHeight());
        }

        private void pushLayer(PaintOp.PushLayer l) {
            Rectangle2D b = l.bounds();
            int x = (int) Math.floor(b.getX());
            int y = (int) Math.floor(b.getY());
            int w = Math.max(1, (int) Math.ceil(b.getMaxX()) - x);
            int h = Math.max(1, (int) Math.ceil(b.getMaxY()) - y);
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D lg = img.createGraphics();
            configure(lg);
            lg.translate(-x, -y);
            lg.setClip(g.getClip());
            layers.push(new Layer(g, surface, originX, originY, img, x, y, l.opacity()));
            g = lg;
            surface = img;
            originX = x;
            originY = y;
        }

        private void popLayer() {
            Layer layer = layers.pop();
            g.dispose();
            g = layer.parent;
            surface = layer.parentSurface;
            originX = layer.parentX;
            originY = layer.parentY;
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, layer.opacity));
            g.drawImage(layer.image, layer.x, layer.y, null);
            g.setComposite(AlphaComposite.SrcOver);
        }

        private static final Shape NO_CLIP = new Rectangle2D.Float();

        private record Layer(Graphics2D parent, BufferedImage parentSurface, int parentX, int parentY,
                BufferedImage image, int x, int y, float opacity) {
        }
    }
}
