package dev.ogrender.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Anti-aliased coverage of filled shapes, rasterised once per outline and position within a pixel, and
 * shared by all threads. A card of 200 rounded boxes fills the same two outlines 200 times at whole-pixel
 * offsets, and every render of a template fills them again; Java2D's rasteriser (Marlin) costs tens of
 * microseconds per call, a cached mask a few.
 *
 * <p>Masks come from Java2D itself, filled white on grey as {@link GlyphMasks} does, so they hold the
 * coverage Java2D would composite. The outline is moved to the mask's origin by whole pixels (exact in
 * float), which keeps every coordinate's fraction, so Marlin samples the same sub-pixel positions. Keys
 * hold float coordinates, so callers pass float outlines ({@code Path2D.Float}) only: a double outline
 * would be rounded. Every fixture renders bit-identically through these masks.
 *
 * <p>The cache is a {@link ConcurrentHashMap} (no global lock; masks are never written after they are
 * published) and is bounded by emptying it when it would hold more than {@value #MAX_BYTES} bytes of
 * coverage or {@value #MAX_ENTRIES} masks.
 */
final class ShapeMasks {

    /** Larger shapes are filled by Java2D each time: they are few per card and would crowd the cache. */
    static final int MAX_AREA = 512 * 512;
    private static final long MAX_BYTES = 8L << 20;
    private static final int MAX_ENTRIES = 4096;
    private static final ConcurrentHashMap<Key, Mask> CACHE = new ConcurrentHashMap<>();
    private static final AtomicLong BYTES = new AtomicLong();

    private ShapeMasks() {
    }

    /**
     * Coverage 0-255 of a shape, from the whole pixel its outline was moved from, with its rows cut into
     * runs so a fill touches only covered pixels and blends only the edges.
     *
     * @param rows  where the runs of each row start in {@code runs} (one more entry than rows)
     * @param runs  per run two ints: first column shifted left by one, plus 1 if every pixel is fully
     *              covered; then the column after the run
     */
    record Mask(int width, int height, byte[] coverage, int[] rows, int[] runs) {

        /** @return the mask of a coverage array, cut into runs */
        static Mask of(int width, int height, byte[] coverage) {
            int[] rows = new int[height + 1];
            int[] runs = new int[16];
            int n = 0;
            for (int y = 0; y < height; y++) {
                rows[y] = n;
                int x = 0;
                while (x < width) {
                    int c = coverage[y * width + x] & 0xFF;
                    if (c == 0) {
                        x++;
                        continue;
                    }
                    int end = x + 1;
                    while (end < width && kind(coverage[y * width + end] & 0xFF) == kind(c)) {
                        end++;
                    }
                    if (n + 2 > runs.length) {
                        runs = Arrays.copyOf(runs, runs.length * 2);
                    }
                    runs[n++] = x << 1 | (c == 0xFF ? 1 : 0);
                    runs[n++] = end;
                    x = end;
                }
            }
            rows[height] = n;
            return new Mask(width, height, coverage, rows, Arrays.copyOf(runs, n));
        }

        /** @return 0 for no coverage, 1 for partial, 2 for full */
        private static int kind(int coverage) {
            return coverage == 0 ? 0 : coverage == 0xFF ? 2 : 1;
        }
    }

    /**
     * An outline moved to its whole-pixel origin: segment types and coordinates, and the winding rule.
     * Each thread fills one scratch key per lookup; only a key that is stored is copied.
     */
    private static final class Key {
        private byte[] types = new byte[16];
        private float[] coords = new float[64];
        private final float[] segment = new float[6];
        private int typeCount;
        private int coordCount;
        private int winding;
        private int hash;

        void read(Shape shape, int originX, int originY) {
            PathIterator it = shape.getPathIterator(null);
            typeCount = 0;
            coordCount = 0;
            while (!it.isDone()) {
                int type = it.currentSegment(segment);
                int points = type == PathIterator.SEG_CUBICTO ? 3 : type == PathIterator.SEG_QUADTO ? 2
                        : type == PathIterator.SEG_CLOSE ? 0 : 1;
                if (typeCount == types.length) {
                    types = Arrays.copyOf(types, typeCount * 2);
                }
                if (coordCount + 2 * points > coords.length) {
                    coords = Arrays.copyOf(coords, coords.length * 2);
                }
                types[typeCount++] = (byte) type;
                for (int p = 0; p < points; p++) {
                    coords[coordCount++] = segment[2 * p] - originX;
                    coords[coordCount++] = segment[2 * p + 1] - originY;
                }
                it.next();
            }
            winding = it.getWindingRule();
            int h = winding;
            for (int i = 0; i < typeCount; i++) {
                h = h * 31 + types[i];
            }
            for (int i = 0; i < coordCount; i++) {
                h = h * 31 + Float.floatToIntBits(coords[i]);
            }
            hash = h;
        }

        Key copy() {
            Key k = new Key();
            k.types = Arrays.copyOf(types, typeCount);
            k.coords = Arrays.copyOf(coords, coordCount);
            k.typeCount = typeCount;
            k.coordCount = coordCount;
            k.winding = winding;
            k.hash = hash;
            return k;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && winding == k.winding
                    && Arrays.equals(types, 0, typeCount, k.types, 0, k.typeCount)
                    && Arrays.equals(coords, 0, coordCount, k.coords, 0, k.coordCount);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final ThreadLocal<Key> SCRATCH = ThreadLocal.withInitial(Key::new);

    /**
     * @param originX whole pixel x the shape is moved from: left of its bounds, with a pixel to spare
     * @param originY whole pixel y the shape is moved from: above its bounds, with a pixel to spare
     * @return the shape's coverage from (originX, originY), or null when it is too large to keep
     */
    static Mask of(Shape shape, int originX, int originY) {
        Key key = SCRATCH.get();
        key.read(shape, originX, originY);
        Mask mask = CACHE.get(key);
        if (mask == null) {
            mask = rasterise(key);
            if (mask == null) {
                return null;
            }
            long bytes = mask.coverage().length + 4L * mask.runs().length;
            if (BYTES.get() + bytes > MAX_BYTES || CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
                BYTES.set(0);
            }
            Mask raced = CACHE.putIfAbsent(key.copy(), mask);
            if (raced == null) {
                BYTES.addAndGet(bytes);
            } else {
                mask = raced;
            }
        }
        return mask;
    }

    private static Mask rasterise(Key key) {
        Path2D.Float outline = new Path2D.Float(key.winding, key.typeCount);
        float[] c = key.coords;
        int i = 0;
        for (int t = 0; t < key.typeCount; t++) {
            switch (key.types[t]) {
                case PathIterator.SEG_MOVETO -> outline.moveTo(c[i++], c[i++]);
                case PathIterator.SEG_LINETO -> outline.lineTo(c[i++], c[i++]);
                case PathIterator.SEG_QUADTO -> outline.quadTo(c[i++], c[i++], c[i++], c[i++]);
                case PathIterator.SEG_CUBICTO -> outline.curveTo(c[i++], c[i++], c[i++], c[i++], c[i++], c[i++]);
                default -> outline.closePath();
            }
        }
        Rectangle2D b = outline.getBounds2D();
        int width = (int) Math.ceil(b.getMaxX()) + 1;
        int height = (int) Math.ceil(b.getMaxY()) + 1;
        if (b.getMinX() < 0 || b.getMinY() < 0 || (long) width * height > MAX_AREA) {
            return null;
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        Java2DDevice.configure(g);
        g.setColor(Color.WHITE);
        g.fill(outline);
        g.dispose();
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = ((ComponentSampleModel) image.getSampleModel()).getScanlineStride();
        byte[] coverage = new byte[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(data, y * stride, coverage, y * width, width);
        }
        return Mask.of(width, height, coverage);
    }
}
