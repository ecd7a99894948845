package dev.ogrender.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Reads an image one row at a time as PNG scanline bytes (RGB or straight-alpha RGBA). The three
 * {@code TYPE_INT_*} layouts are read from the backing int array; anything else through
 * {@link BufferedImage#getRGB}. One instance serves one encode call.
 */
abstract class PngRows {

    /** 1 opaque, 0 not, -1 not known yet. */
    private int opaque;

    private PngRows(int opaque) {
        this.opaque = opaque;
    }

    static PngRows of(BufferedImage image) {
        Raster raster = image.getRaster();
        int type = image.getType();
        boolean intLayout = (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                || type == BufferedImage.TYPE_INT_ARGB_PRE)
                && raster.getDataBuffer() instanceof DataBufferInt
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel;
        return intLayout ? new IntRows(image) : new GenericRows(image);
    }

    /** @return true when every pixel has alpha 255, so the PNG can be RGB; scans the image once if needed */
    final boolean opaque() {
        if (opaque < 0) {
            opaque = scanOpaque() ? 1 : 0;
        }
        return opaque == 1;
    }

    /** @return the image's own pixel array, if it has one (int layouts), else null */
    PixelRows pixels() {
        return null;
    }

    /** @return whether several threads may read rows at once (each its own rows) */
    boolean concurrentReads() {
        return false;
    }

    /** @return whether {@link #opaque()} may still be true, without scanning the image */
    final boolean mayBeOpaque() {
        return opaque != 0;
    }

    /** @return whether every pixel has alpha 255, read from the pixels */
    abstract boolean scanOpaque();

    /**
     * Writes row {@code y} as RGB and checks its alpha on the way, which spares a separate pass over
     * the pixels: on a card that pass cost about 0.2 ms.
     *
     * @return false if a pixel of the row is not opaque; the image is then known to be translucent and
     *     the bytes written are meaningless
     */
    boolean readRgbIfOpaque(int y, byte[] dst, int offset) {
        if (!opaque()) {
            return false;
        }
        read(y, dst, offset);
        return true;
    }

    /** Fills {@code dst} with row {@code y}: 3 bytes per pixel when opaque, else 4. */
    final void read(int y, byte[] dst) {
        read(y, dst, 0);
    }

    final void markTranslucent() {
        opaque = 0;
    }

    /** Writes row {@code y} into {@code dst} from {@code offset}: 3 bytes per pixel when opaque, else 4. */
    abstract void read(int y, byte[] dst, int offset);

    /** Reads packed ARGB ints from the image's own array, with no copy. */
    private static final class IntRows extends PngRows {
        private final int[] data;
        private final int base;
        private final int stride;
        private final int width;
        private final boolean premultiplied;
        private final BufferedImage image;

        IntRows(BufferedImage image) {
            this(image, (DataBufferInt) image.getRaster().getDataBuffer());
        }

        private IntRows(BufferedImage image, DataBufferInt buffer) {
            super(image.getType() == BufferedImage.TYPE_INT_RGB ? 1 : -1);
            this.data = buffer.getData();
            this.base = baseOf(image, buffer);
            this.stride = strideOf(image);
            this.width = image.getWidth();
            this.premultiplied = image.getType() == BufferedImage.TYPE_INT_ARGB_PRE;
            this.image = image;
        }

        @Override
        void read(int y, byte[] dst, int offset) {
            PixelPacking.unpack(data, base + y * stride, width, dst, offset, opaque(), premultiplied);
        }

        @Override
        boolean readRgbIfOpaque(int y, byte[] dst, int offset) {
            if (!mayBeOpaque()) {
                return false;
            }
            int alpha = PixelPacking.toRgbWithAlpha(data, base + y * stride, width, dst, offset);
            if (alpha != 0xff && image.getType() != BufferedImage.TYPE_INT_RGB) {
                markTranslucent();
                return false;
            }
            return true;
        }

        @Override
        boolean scanOpaque() {
            return isOpaque(image, data, base, stride);
        }

        @Override
        boolean concurrentReads() {
            return true;                 // reads the image's own array; no buffer of its own
        }

        @Override
        PixelRows pixels() {
            return new PixelRows(data, base, stride, width);
        }

        private static int strideOf(BufferedImage image) {
            return ((SinglePixelPackedSampleModel) image.getRaster().getSampleModel()).getScanlineStride();
        }

        /** Index of pixel (0,0): sub-images share their parent's array at an offset. */
        private static int baseOf(BufferedImage image, DataBufferInt buffer) {
            Raster r = image.getRaster();
            return buffer.getOffset() - r.getSampleModelTranslateY() * strideOf(image)
                    - r.getSampleModelTranslateX();
        }

        private static boolean isOpaque(BufferedImage image, int[] data, int base, int stride) {
            if (image.getType() == BufferedImage.TYPE_INT_RGB) {
                return true;          // the top byte of INT_RGB is undefined, never alpha
            }
            int all = 0xff000000;
            for (int y = 0, h = image.getHeight(), w = image.getWidth(); y < h && all == 0xff000000; y++) {
                for (int i = base + y * stride, end = i + w; i < end; i++) {
                    all &= data[i];
                }
                all &= 0xff000000;
            }
            return all == 0xff000000;
        }
    }

    /** Reads any image through getRGB, one row of straight ARGB at a time. */
    private static final class GenericRows extends PngRows {
        private final BufferedImage image;
        private final int[] row;

        GenericRows(BufferedImage image) {
            super(-1);
            this.image = image;
            this.row = new int[image.getWidth()];
        }

        @Override
        boolean scanOpaque() {
            return isOpaque(image);
        }

        @Override
        void read(int y, byte[] dst, int offset) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            PixelPacking.unpack(row, 0, row.length, dst, offset, opaque(), false);
        }

        private static boolean isOpaque(BufferedImage image) {
            if (!image.getColorModel().hasAlpha()) {
                return true;
            }
            int w = image.getWidth();
            int[] row = new int[w];
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int p : row) {
                    if (p >>> 24 != 0xff) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
