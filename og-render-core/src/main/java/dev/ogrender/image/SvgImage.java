package dev.ogrender.image;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An SVG image: checked by {@link SvgSafety} once, rasterised by {@link SvgRasterizer} at each size it is
 * drawn (the last few sizes are kept, so a template drawn again reuses its pixels).
 */
public final class SvgImage implements DecodedImage {

    private static final int KEPT_SIZES = 4;

    private final byte[] svg;
    private final String what;
    private final SvgSize size;
    private final ImageLimits limits;
    private final Map<Long, BufferedImage> rasters = new LinkedHashMap<>(8, 0.75f, true);

    private SvgImage(byte[] svg, String what, SvgSize size, ImageLimits limits) {
        this.svg = svg;
        this.what = what;
        this.size = size;
        this.limits = limits;
    }

    /**
     * @param bytes  the SVG document
     * @param what   its name, for messages
     * @param limits caps on the rasterised size
     * @return the checked image
     * @throws dev.ogrender.internal.ResourceException if it has a DOCTYPE, a script, an external reference
     *     or is not well-formed, naming the line
     */
    static SvgImage parse(byte[] bytes, String what, ImageLimits limits) {
        SvgSize.Builder sizes = new SvgSize.Builder();
        SvgSafety.check(bytes, what, sizes);
        return new SvgImage(bytes.clone(), what, sizes.build(), limits);
    }

    @Override
    public float width() {
        if (!Float.isNaN(size.width())) {
            return size.width();
        }
        return !Float.isNaN(size.height()) && !Float.isNaN(size.ratio()) ? size.height() * size.ratio() : Float.NaN;
    }

    @Override
    public float height() {
        if (!Float.isNaN(size.height())) {
            return size.height();
        }
        return !Float.isNaN(size.width()) && !Float.isNaN(size.ratio()) ? size.width() / size.ratio() : Float.NaN;
    }

    @Override
    public float ratio() {
        return size.ratio();
    }

    @Override
    public BufferedImage pixels(int width, int height) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        limits.check(what, w, h);
        long key = ((long) w << 32) | h;
        synchronized (rasters) {
            BufferedImage cached = rasters.get(key);
            if (cached != null) {
                return cached;
            }
        }
        BufferedImage image = SvgRasterizer.rasterize(svg, what, w, h);
        synchronized (rasters) {
            rasters.put(key, image);
            if (rasters.size() > KEPT_SIZES) {
                rasters.remove(rasters.keySet().iterator().next());
            }
        }
        return image;
    }
}
