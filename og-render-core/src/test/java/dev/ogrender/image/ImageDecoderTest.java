package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.internal.ResourceException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    private static final ImageLimits LIMITS = new ImageLimits(1 << 20, 4_000_000, 4096);

    private static String refused(byte[] bytes) {
        return assertThrows(ResourceException.class, () -> ImageDecoder.decode(bytes, "\"x\"", LIMITS).pixels(100, 100))
            .getMessage();
    }

    /** A valid PNG of grey pixels, all zero: it deflates ~1000:1. */
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0});
        chunk(d, "IHDR", ihdr.toByteArray());
        Deflater z = new Deflater(9);
        z.setInput(new byte[Math.min(width + 1, 1 << 16) * Math.min(height, 64)]);
        z.finish();
        byte[] buf = new byte[1 << 16];
        int n = z.deflate(buf);
        chunk(d, "IDAT", java.util.Arrays.copyOf(buf, n));
        chunk(d, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    @Test
    void decodesPngToPremultipliedArgb() throws IOException {
        BufferedImage src = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        src.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(src, "png", out);
        DecodedImage img = ImageDecoder.decode(out.toByteArray(), "\"x\"", LIMITS);
        assertEquals(3f, img.width());
        assertEquals(1.5f, img.ratio());
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, img.pixels(3, 2).getType());
        assertEquals(0xFF336699, img.pixels(3, 2).getRGB(1, 1));
    }

    @Test
    void decompressionBombIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = png(50_000, 50_000);
        assertTrue(bomb.length < 4000, "the bomb is small: " + bomb.length);
        assertEquals("image \"x\" is 50000x50000 pixels, more than the limit of 4000000 pixels and 4096 px a side"
            + " (refused before decoding)", refused(bomb));
    }

    @Test
    void tooManyBytesIsRefused() {
        assertEquals("image \"x\" is larger than the limit of 1048576 bytes", refused(new byte[(1 << 20) + 1]));
    }

    @Test
    void unknownFormatIsNamed() {
        assertEquals("image \"x\" is not a supported format. Allowed: PNG, JPEG, GIF, WebP, SVG",
            refused("hello".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void truncatedPngCannotBeDecoded() throws IOException {
        byte[] png = png(10, 10);
        String m = refused(java.util.Arrays.copyOf(png, 40));
        assertTrue(m.startsWith("image \"x\" cannot be decoded: "), m);
    }

    private static String svg(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void svgExternalEntityIsRefusedWithItsLine() {
        assertEquals("SVG \"x\" line 2: a DOCTYPE is not allowed in SVG images (entities are never expanded or"
            + " fetched)", svg("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"));
    }

    @Test
    void svgScriptIsRefusedWithItsLine() {
        assertEquals("SVG \"x\" line 3: <script> is not allowed in SVG images (scripts never run)",
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n<rect width=\"5\" height=\"5\"/>\n"
                + "<script>alert(1)</script></svg>"));
    }

    @Test
    void svgEventHandlerIsRefused() {
        assertEquals("SVG \"x\" line 1: event handler attribute onload is not allowed in SVG images (scripts never"
            + " run)", svg("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
    }

    @Test
    void svgExternalImageIsRefused() {
        assertEquals("SVG \"x\" line 2: external reference \"http://example.com/a.png\" in <image xlink:href> is not"
            + " allowed: SVG images load nothing from outside",
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
                + "<image xlink:href=\"http://example.com/a.png\" width=\"5\" height=\"5\"/></svg>"));
    }

    @Test
    void svgExternalStylesheetIsRefused() {
        assertEquals("SVG \"x\" line 1: external url() or @import in <style> is not allowed: SVG images load nothing"
            + " from outside", svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import 'a.css';</style></svg>"));
    }

    @Test
    void svgIsRasterisedAtTheRequestedSize() {
        DecodedImage img = ImageDecoder.decode(("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 1\">"
            + "<rect width=\"1\" height=\"1\" fill=\"#ff0000\"/></svg>").getBytes(StandardCharsets.UTF_8), "\"x\"", LIMITS);
        assertEquals(2f, img.ratio());
        assertTrue(Float.isNaN(img.width()));
        BufferedImage px = img.pixels(200, 100);
        assertEquals(200, px.getWidth());
        assertEquals(0xFFFF0000, px.getRGB(50, 50));
        assertEquals(0, px.getRGB(150, 50));
    }

    @Test
    void hugeSvgRasterIsRefused() {
        DecodedImage img = ImageDecoder.decode("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"
            .getBytes(StandardCharsets.UTF_8), "\"x\"", LIMITS);
        assertEquals("image \"x\" is 5000x5000 pixels, more than the limit of 4000000 pixels and 4096 px a side"
            + " (refused before decoding)", assertThrows(ResourceException.class, () -> img.pixels(5000, 5000)).getMessage());
    }

    @Test
    void truncatedFilesOfEveryFormatFailOnlyWithResourceExceptions() throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/fixtures/images/formats");
        for (String name : new String[] {"photo.png", "photo.jpg", "photo-cmyk.jpg", "photo.gif", "photo.webp"}) {
            byte[] full = java.nio.file.Files.readAllBytes(dir.resolve(name));
            for (int cut = 1; cut < full.length; cut += Math.max(1, full.length / 23)) {
                byte[] part = java.util.Arrays.copyOf(full, cut);
                try {
                    ImageDecoder.decode(part, "\"" + name + "\"", LIMITS).pixels(10, 10);
                } catch (ResourceException expected) {
                    assertTrue(expected.getMessage().startsWith("image \"" + name + "\""), expected.getMessage());
                }
            }
        }
    }

    @Test
    void svgWithAnEmbeddedDataImageIsDrawn() throws IOException {
        BufferedImage red = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 4; i++) {
            red.setRGB(i % 2, i / 2, 0xFF0000);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(red, "png", png);
        String uri = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png.toByteArray());
        DecodedImage img = ImageDecoder.decode(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\">"
            + "<image href=\"" + uri + "\" width=\"20\" height=\"20\"/></svg>").getBytes(StandardCharsets.UTF_8),
            "\"x\"", LIMITS);
        assertEquals(0xFFFF0000, img.pixels(20, 20).getRGB(10, 10));
    }

    @Test
    void batikItselfRefusesExternalFilesBehindTheCheck() {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
            + "<image xlink:href=\"file:///etc/hostname\" width=\"5\" height=\"5\"/></svg>").getBytes(StandardCharsets.UTF_8);
        String m = assertThrows(ResourceException.class, () -> SvgRasterizer.rasterize(svg, "\"x\"", 10, 10)).getMessage();
        assertEquals("SVG \"x\" cannot be drawn: The security settings do not allow any external resources to be"
            + " referenced from the document", m);
    }

    @Test
    void exifOrientationTurnsJpegsUprightAndSwapsTheirSize() throws IOException {
        byte[] jpeg = java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("src/test/resources/fixtures/images/formats/photo-exif6.jpg"));
        assertEquals(6, ExifOrientation.read(jpeg));
        DecodedImage img = ImageDecoder.decode(jpeg, "\"x\"", LIMITS);
        assertEquals(100f, img.width());
        assertEquals(160f, img.height());
        assertEquals(1, ExifOrientation.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 3}));
    }
}
