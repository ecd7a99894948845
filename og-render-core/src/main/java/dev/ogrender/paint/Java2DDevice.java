package dev.ogrender.paint;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.function.Function;

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
        paint(list, dither, image, true);
        return image;
    }

    /**
     * Draws into a canvas of the list's size, such as one from {@link CanvasPool}, replacing every pixel
     * it had.
     *
     * @param list   what to draw
     * @param dither whether gradients get Chromium's ordered dither
     * @param canvas a TYPE_INT_ARGB_PRE image of the list's size
     * @throws IllegalArgumentException if the canvas has another size or type
     */
    public static void drawInto(DisplayList list, boolean dither, BufferedImage canvas) {
        if (canvas.getWidth() != list.width() || canvas.getHeight() != list.height()
                || canvas.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("canvas must be a " + list.width() + "x" + list.height()
                    + " TYPE_INT_ARGB_PRE image");
        }
        paint(list, dither, canvas, false);
    }

    /** @param fresh whether the image is new, so all transparent already */
    private static void paint(DisplayList list, boolean dither, BufferedImage image, boolean fresh) {
        Graphics2D g = image.createGraphics();
        configure(g);
        clear(image, g, list, fresh);
        new Run(g, image, dither).all(list);
        g.dispose();
    }

    /**
     * Fills the image with the list's background, unless the first op covers the whole canvas with
     * opaque pixels anyway (a body background gradient or colour) or the image is new and the background
     * transparent (as a new image is). A reused canvas is always cleared otherwise: it holds the last
     * image's pixels.
     */
    private static void clear(BufferedImage image, Graphics2D g, DisplayList list, boolean fresh) {
        int background = list.background();
        Rectangle canvas = new Rectangle(0, 0, list.width(), list.height());
        if (fresh && background == 0 || !list.ops().isEmpty() && coversOpaquely(list.ops().get(0), canvas)) {
            return;
        }
        if (background >>> 24 == 0xFF || background == 0) {
            Arrays.fill(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), background);
            return;
        }
        g.setColor(new Color(background, true));
        g.setComposite(AlphaComposite.Src);
        g.fillRect(0, 0, list.width(), list.height());
        g.setComposite(AlphaComposite.SrcOver);
    }

    /** @return whether an op drawn first, without clip or transform, overwrites every pixel of the canvas */
    private static boolean coversOpaquely(PaintOp op, Rectangle canvas) {
        if (op instanceof PaintOp.FillShape f) {
            return f.argb() >>> 24 == 0xFF && wholePixels(f.shape()) != null
                    && wholePixels(f.shape()).contains(canvas);
        }
        if (op instanceof PaintOp.FillLinearGradient f) {
            return GradientCache.linear(f, canvas, true) != null && wholePixels(f.shape()) != null
                    && wholePixels(f.shape()).contains(canvas);
        }
        return false;
    }

    /** @return the device pixels of a rectangle whose edges are on whole pixels, else null */
    static Rectangle wholePixels(Shape shape) {
        if (!(shape instanceof Rectangle2D r) || r.getX() != Math.rint(r.getX()) || r.getY() != Math.rint(r.getY())
                || r.getWidth() != Math.rint(r.getWidth()) || r.getHeight() != Math.rint(r.getHeight())) {
            return null;
        }
        return new Rectangle((int) r.getX(), (int) r.getY(), (int) r.getWidth(), (int) r.getHeight());
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
        private final Deque<AffineTransform> transforms = new ArrayDeque<>();
        /** How far past the canvas a filter group is kept, so blurs fade in from outside as in Chromium. */
        private static final int MAX_OVERHANG = 256;
        private final int canvasWidth;
        private final int canvasHeight;
        private final Deque<FilterLayer> filters = new ArrayDeque<>();
        private final boolean dither;

        Run(Graphics2D g, BufferedImage surface, boolean dither) {
            this.g = g;
            this.surface = surface;
            this.canvasWidth = surface.getWidth();
            this.canvasHeight = surface.getHeight();
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
                fillShape(f);
            } else if (op instanceof PaintOp.FillLinearGradient f) {
                fillGradient(f);
            } else if (op instanceof PaintOp.DrawGlyphs t) {
                GlyphRasterizer.draw(g, t, direct());
            } else if (op instanceof PaintOp.FillImage f) {
                fillImage(f);
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
            } else if (op instanceof PaintOp.FillRadialGradient f) {
                fillRadial(f);
            } else if (op instanceof PaintOp.PushTransform t) {
                transforms.push(g.getTransform());
                g.transform(t.transform());
            } else if (op instanceof PaintOp.PopTransform) {
                g.setTransform(transforms.pop());
            } else if (op instanceof PaintOp.PushFilter f) {
                pushFilter(f);
            } else if (op instanceof PaintOp.PopFilter) {
                popFilter();
            } else {
                throw new IllegalStateException("unknown paint op " + op);
            }
        }

        private void fillShape(PaintOp.FillShape f) {
            Rectangle box = wholePixels(f.shape());
            DirectPixels direct = direct();
            if (direct != null && box != null && f.argb() >>> 24 == 0xFF) {
                direct.fillOpaque(box, f.argb());
                return;
            }
            // Masks hold float outlines exactly. Java2D fills rectangles as parallelograms (coverage of its
            // own), and double outlines (Area) would be rounded to float in the mask's key.
            if (direct != null && f.shape() instanceof Path2D.Float && fillMasked(f, direct)) {
                return;
            }
            g.setColor(new Color(f.argb(), true));
            g.fill(f.shape());
        }

        /** @return whether the shape was filled from its cached coverage ({@link ShapeMasks}) */
        private static boolean fillMasked(PaintOp.FillShape f, DirectPixels direct) {
            Rectangle2D b = f.shape().getBounds2D();
            if (!(b.getWidth() * b.getHeight() <= ShapeMasks.MAX_AREA) || Math.abs(b.getX()) > 1e6
                    || Math.abs(b.getY()) > 1e6) {
                return false;
            }
            int x = (int) Math.floor(b.getX()) - 1;
            int y = (int) Math.floor(b.getY()) - 1;
            ShapeMasks.Mask mask = ShapeMasks.of(f.shape(), x, y);
            if (mask == null) {
                return false;
            }
            direct.fillMask(mask, x, y, f.argb());
            return true;
        }

        /**
         * @return the surface's pixels for drawing into directly, or null where only Graphics2D gives the
         *         right pixels (a transform beyond the surface offset, or a clip that is not whole pixels)
         */
        private DirectPixels direct() {
            if (!isPlain()) {
                return null;
            }
            Shape clip = g.getClip();
            Rectangle visible = new Rectangle(originX, originY, surface.getWidth(), surface.getHeight());
            if (clip != null) {
                Rectangle box = wholePixels(clip);
                if (box == null) {
                    return null;
                }
                visible = visible.intersection(box);
            }
            int[] pixels = ((DataBufferInt) surface.getRaster().getDataBuffer()).getData();
            return new DirectPixels(pixels, surface.getWidth(), originX, originY, visible);
        }

        private void fillGradient(PaintOp.FillLinearGradient f) {
            float dx = f.x2() - f.x1();
            float dy = f.y2() - f.y1();
            if (dx * dx + dy * dy < 1e-6f) {
                g.setColor(new Color(f.colors()[f.colors().length - 1], true));
                g.fill(f.shape());
                return;
            }
            fillRaster(f.shape(), (pixels, stride, ox, oy, area) ->
                    GradientRaster.fill(f, pixels, stride, ox, oy, area, dither),
                    area -> GradientCache.linear(f, area, dither));
        }

        /** A gradient raster: blends into {@code area} (device pixels) of a pixel array whose (0, 0) is (ox, oy). */
        @FunctionalInterface
        private interface Raster {
            void fill(int[] pixels, int stride, int ox, int oy, Rectangle area);
        }

        /**
         * Fills a shape with a directly rasterised gradient: straight into the target's pixels in the common
         * case (a pixel-aligned box under a plain offset), else through a texture tile clipped by the shape.
         * Direct fills go through {@link GradientCache} when {@code keys} gives the area a key.
         */
        private void fillRaster(Shape shape, Raster raster, Function<Rectangle, GradientCache.Key> keys) {
            Rectangle bounds = shape.getBounds();
            if (isPlain()) {
                bounds = bounds.intersection(new Rectangle(originX, originY, surface.getWidth(), surface.getHeight()));
            }
            Shape clip = g.getClip();
            if (clip != null) {
                bounds = bounds.intersection(clip.getBounds());
            }
            if (bounds.isEmpty()) {
                return;
            }
            if (wholePixels(shape) != null && (clip == null || wholePixels(clip) != null) && isPlain()) {
                int[] pixels = ((DataBufferInt) surface.getRaster().getDataBuffer()).getData();
                int stride = surface.getWidth();
                Rectangle area = bounds;
                GradientCache.Key key = keys.apply(area);
                if (key == null) {
                    raster.fill(pixels, stride, originX, originY, area);
                } else {
                    GradientCache.fill(key, pixels, stride, originX, originY,
                            () -> raster.fill(pixels, stride, originX, originY, area));
                }
                return;
            }
            BufferedImage tile = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] pixels = ((DataBufferInt) tile.getRaster().getDataBuffer()).getData();
            raster.fill(pixels, bounds.width, bounds.x, bounds.y, bounds);
            g.setPaint(new TexturePaint(tile, new Rectangle2D.Float(bounds.x, bounds.y, bounds.width, bounds.height)));
            g.fill(shape);
        }

        private void fillImage(PaintOp.FillImage f) {
            if (f.w() <= 0 || f.h() <= 0) {
                return;
            }
            BufferedImage img = ImageScaling.prescale(f.image(), f.w(), f.h());
            float px = f.w() / img.getWidth();
            float py = f.h() / img.getHeight();
            // TexturePaint samples texel centres at pixel corners; half a texel minus half a pixel aligns
            // them as Skia does (texel centre i at x + (i + 0.5) * scale).
            float x = f.x() + 0.5f * (px - 1);
            float y = f.y() + 0.5f * (py - 1);
            if (f.tiled()) {
                g.setPaint(new TexturePaint(img, new Rectangle2D.Float(x, y, f.w(), f.h())));
            } else {
                // One replicated pixel on each side: the texture's wrap-around then samples the edge itself.
                g.setPaint(new TexturePaint(ImageScaling.clampEdges(img),
                        new Rectangle2D.Float(x - px, y - py, f.w() + 2 * px, f.h() + 2 * py)));
            }
            g.fill(f.shape());
        }

        /** @return the whole device pixels covering b, at least 1x1 */
        private static Rectangle pixelBounds(Rectangle2D b) {
            int x = (int) Math.floor(b.getX());
            int y = (int) Math.floor(b.getY());
            return new Rectangle(x, y, Math.max(1, (int) Math.ceil(b.getMaxX()) - x),
                    Math.max(1, (int) Math.ceil(b.getMaxY()) - y));
        }

        /** @return configured graphics for a layer image whose pixel (0, 0) is device (x, y) */
        private static Graphics2D layerGraphics(BufferedImage img, int x, int y) {
            Graphics2D lg = img.createGraphics();
            configure(lg);
            lg.translate(-x, -y);
            return lg;
        }

        private void pushLayer(PaintOp.PushLayer l) {
            Rectangle r = pixelBounds(deviceBounds(l.bounds()));
            int x = r.x;
            int y = r.y;
            BufferedImage img = new BufferedImage(r.width, r.height, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D lg = layerGraphics(img, x, y);
            lg.transform(deviceTransform());
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
            drawInDeviceSpace(layer.image, layer.x, layer.y);
            g.setComposite(AlphaComposite.SrcOver);
        }

        // --- effects: transforms, filters, radial gradients ----------------------------------------

        /** @return whether g maps user space to the surface by the surface origin alone */
        private boolean isPlain() {
            AffineTransform t = g.getTransform();
            return (t.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0
                    && t.getTranslateX() == -originX && t.getTranslateY() == -originY;
        }

        /** @return the transform from user space to page (device) coordinates, without the surface origin */
        private AffineTransform deviceTransform() {
            AffineTransform t = AffineTransform.getTranslateInstance(originX, originY);
            t.concatenate(g.getTransform());
            return t;
        }

        private Rectangle2D deviceBounds(Rectangle2D user) {
            return deviceTransform().createTransformedShape(user).getBounds2D();
        }

        /** Draws a page-aligned image at page position (x, y), whatever the current transform. */
        private void drawInDeviceSpace(BufferedImage image, int x, int y) {
            AffineTransform saved = g.getTransform();
            g.setTransform(AffineTransform.getTranslateInstance(-originX, -originY));
            g.drawImage(image, x, y, null);
            g.setTransform(saved);
        }

        private void fillRadial(PaintOp.FillRadialGradient f) {
            fillRaster(f.shape(), (pixels, stride, ox, oy, area) ->
                    RadialRaster.fill(f, pixels, stride, ox, oy, area, dither),
                    area -> GradientCache.radial(f, area, dither));
        }

        /**
         * Starts a filter group on a page-aligned surface. Unlike opacity groups it starts unclipped: a blur
         * must see what the clip would cut, and the clip applies when the group is composited.
         */
        private void pushFilter(PaintOp.PushFilter f) {
            Rectangle2D b = deviceBounds(f.bounds()).createIntersection(
                    new Rectangle2D.Float(-MAX_OVERHANG, -MAX_OVERHANG, canvasWidth + 2 * MAX_OVERHANG,
                        canvasHeight + 2 * MAX_OVERHANG));
            Rectangle r = pixelBounds(b);
            int x = r.x;
            int y = r.y;
            BufferedImage img = new BufferedImage(r.width, r.height, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D lg = layerGraphics(img, x, y);
            AffineTransform user = deviceTransform();
            lg.transform(user);
            // A blur in user units scales with the transform.
            float scale = (float) Math.sqrt(Math.abs(user.getDeterminant()));
            filters.push(new FilterLayer(new Layer(g, surface, originX, originY, img, x, y, 1f), f, scale));
            g = lg;
            surface = img;
            originX = x;
            originY = y;
        }

        private void popFilter() {
            FilterLayer fl = filters.pop();
            Layer layer = fl.layer();
            AffineTransform user = deviceTransform();
            g.dispose();
            LayerEffects.filter(layer.image, fl.op().filters(), fl.scale());
            if (fl.op().mask() != null) {
                AffineTransform toLayer = AffineTransform.getTranslateInstance(-layer.x, -layer.y);
                toLayer.concatenate(user);
                LayerEffects.mask(layer.image, toLayer, fl.op().mask(), fl.op().keep());
            }
            g = layer.parent;
            surface = layer.parentSurface;
            originX = layer.parentX;
            originY = layer.parentY;
            drawInDeviceSpace(layer.image, layer.x, layer.y);
        }

        private record FilterLayer(Layer layer, PaintOp.PushFilter op, float scale) {
        }

        private static final Shape NO_CLIP = new Rectangle2D.Float();

        private record Layer(Graphics2D parent, BufferedImage parentSurface, int parentX, int parentY,
                BufferedImage image, int x, int y, float opacity) {
        }
    }
}
