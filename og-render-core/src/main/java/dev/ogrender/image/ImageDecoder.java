package dev.ogrender.image;

import dev.ogrender.internal.ResourceException;
import dev.ogrender.internal.ResourceLoader;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes image bytes: PNG, JPEG (including CMYK and YCCK, through TwelveMonkeys), GIF (first frame),
 * WebP (TwelveMonkeys) and SVG ({@link SvgRasterizer}). The header is read first and the pixel limits
 * checked before a single row is decoded.
 */
public final class ImageDecoder {

    private ImageDecoder() {
    }

    /**
     * @param bytes  the encoded image
     * @param what   its URL, shortened, for messages
     * @param limits size caps
     * @return the decoded image
     * @throws ResourceException if the format is unknown, the data broken or a limit exceeded
     */
    public static DecodedImage decode(byte[] bytes, String what, ImageLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new ResourceException("image " + what + " is larger than the limit of " + limits.maxBytes()
                + " bytes");
        }
        if (looksLikeSvg(bytes)) {
            return SvgImage.parse(bytes, what, limits);
        }
        return new RasterImage(ExifOrientation.apply(raster(bytes, what, limits), ExifOrientation.read(bytes)));
    }

    private static BufferedImage raster(byte[] bytes, String what, ImageLimits limits) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ResourceException("image " + what + " is not a supported format."
                    + " Allowed: PNG, JPEG, GIF, WebP, SVG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                limits.check(what, reader.getWidth(0), reader.getHeight(0));
                return toPremultiplied(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ResourceException r) {
                throw r;
            }
            throw new ResourceException("image " + what + " cannot be decoded: " + message(e));
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Draws the decoded image once into premultiplied ARGB, the device's own format. */
    static BufferedImage toPremultiplied(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_INT_ARGB_PRE) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    /** SVG is XML text: it starts, after an optional BOM and white space, with {@code <}. */
    static boolean looksLikeSvg(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i >= bytes.length || bytes[i] != '<') {
            return false;
        }
        String head = new String(bytes, i, Math.min(bytes.length - i, 4096), StandardCharsets.UTF_8);
        return head.contains("<svg") || head.startsWith("<?xml") || head.startsWith("<!");
    }

    /** @return a URL shortened for messages */
    static String name(String url) {
        if (url.startsWith("data:image/svg+xml;og-render=inline;")) {
            return "inline <svg>";
        }
        return "\"" + ResourceLoader.shorten(url) + "\"";
    }
}
