package dev.ogrender.image;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * EXIF orientation of JPEG files (tag 0x0112 in the APP1 "Exif" segment). Chromium draws images turned
 * upright by default ({@code image-orientation: from-image}), so phone photos must be too.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** @return the orientation 1-8 of a JPEG, 1 when absent, unreadable or not a JPEG */
    static int read(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return 1;
        }
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            int len = u16(b, i + 2, true);
            if (marker == 0xDA || len < 2) {
                return 1; // image data starts: no EXIF before it
            }
            if (marker == 0xE1 && len > 14 && i + 2 + len <= b.length && b[i + 4] == 'E' && b[i + 5] == 'x'
                    && b[i + 6] == 'i' && b[i + 7] == 'f') {
                return tiff(b, i + 10, i + 2 + len);
            }
            i += 2 + len;
        }
        return 1;
    }

    private static int tiff(byte[] b, int start, int end) {
        boolean big = b[start] == 'M';
        if (start + 8 > end) {
            return 1;
        }
        int ifd = start + (int) u32(b, start + 4, big);
        if (ifd < start || ifd + 2 > end) {
            return 1;
        }
        int count = u16(b, ifd, big);
        for (int k = 0; k < count; k++) {
            int e = ifd + 2 + 12 * k;
            if (e + 12 > end) {
                return 1;
            }
            if (u16(b, e, big) == 0x0112) {
                int v = u16(b, e + 8, big);
                return v >= 1 && v <= 8 ? v : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int i, boolean big) {
        int a = b[i] & 0xFF;
        int c = b[i + 1] & 0xFF;
        return big ? (a << 8) | c : (c << 8) | a;
    }

    private static long u32(byte[] b, int i, boolean big) {
        long hi = u16(b, big ? i : i + 2, big);
        long lo = u16(b, big ? i + 2 : i, big);
        return (hi << 16) | lo;
    }

    /** @return the image turned upright (orientations 5-8 swap width and height) */
    static BufferedImage apply(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }
}
