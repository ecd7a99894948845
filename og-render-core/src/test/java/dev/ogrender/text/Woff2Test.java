package dev.ogrender.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class Woff2Test {

    @Test
    void variableLengthNumbers() {
        assertEquals(63L, Woff2.base128(ByteBuffer.wrap(new byte[] {63})));
        assertEquals(200L, Woff2.base128(ByteBuffer.wrap(new byte[] {(byte) 0x81, 0x48})));
        assertEquals("WOFF2 size has a leading zero", assertThrows(IllegalArgumentException.class,
            () -> Woff2.base128(ByteBuffer.wrap(new byte[] {(byte) 0x80, 1}))).getMessage());
        assertEquals(100, Woff2Glyf.read255(ByteBuffer.wrap(new byte[] {100})));
        assertEquals(253 + 7, Woff2Glyf.read255(ByteBuffer.wrap(new byte[] {(byte) 255, 7})));
        assertEquals(506 + 7, Woff2Glyf.read255(ByteBuffer.wrap(new byte[] {(byte) 254, 7})));
        assertEquals(1000, Woff2Glyf.read255(ByteBuffer.wrap(new byte[] {(byte) 253, 0x03, (byte) 0xE8})));
    }

    @Test
    void tripletsDecodeDeltasSignsAndCurveFlags() {
        // flag 1: dx 0, dy +(0 + 5); flag 0x80|10: dx -(0 + 3), off curve; flag 21: b1=0x12 -> dx +(1+0+1), dy -(1+0+2)
        ByteBuffer flags = ByteBuffer.wrap(new byte[] {1, (byte) (0x80 | 10), 21});
        ByteBuffer data = ByteBuffer.wrap(new byte[] {5, 3, 0x12});
        int[] xs = new int[3];
        int[] ys = new int[3];
        boolean[] on = new boolean[3];
        Triplets.decode(flags, data, xs, ys, on);
        assertArrayEquals(new int[] {0, -3, -1}, xs);
        assertArrayEquals(new int[] {5, 5, 2}, ys);
        assertArrayEquals(new boolean[] {true, false, true}, on);
    }

    @Test
    void hmtxTransformTakesOmittedBearingsFromXMin() {
        byte[] hhea = new byte[36];
        hhea[35] = 2; // numberOfHMetrics
        byte[] table = ByteBuffer.allocate(1 + 4).put((byte) 3).putShort((short) 500).putShort((short) 600).array();
        byte[] out = Woff2Hmtx.hmtx(table, new short[] {10, 20, 30}, hhea);
        ByteBuffer b = ByteBuffer.wrap(out);
        assertEquals(500, b.getShort());
        assertEquals(10, b.getShort());
        assertEquals(600, b.getShort());
        assertEquals(20, b.getShort());
        assertEquals(30, b.getShort());
    }

    @Test
    void notAFontIsNamed() {
        assertEquals("not a TrueType, OpenType, WOFF or WOFF2 font", assertThrows(IllegalArgumentException.class,
            () -> FontFormats.toSfnt(new byte[20], 1000)).getMessage());
    }

    @Test
    void glyphClaimingMorePointsThanItsDataIsRefusedBeforeAllocating() {
        byte[] nContours = {0, 1};
        byte[] nPoints = {(byte) 253, (byte) 0xFF, (byte) 0xFF};
        byte[] flags = {1};
        byte[] glyphs = {5, 0};
        byte[] bbox = new byte[4];
        ByteBuffer t = ByteBuffer.allocate(36 + 2 + 3 + 1 + 2 + 4);
        t.putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 0);
        t.putInt(nContours.length).putInt(nPoints.length).putInt(flags.length).putInt(glyphs.length).putInt(0)
            .putInt(bbox.length).putInt(0);
        t.put(nContours).put(nPoints).put(flags).put(glyphs).put(bbox);
        assertEquals("WOFF2 glyph claims 65535 points, more than its data holds",
            assertThrows(IllegalArgumentException.class, () -> Woff2Glyf.reconstruct(t.array(), 1 << 20)).getMessage());
    }
}
