package dev.ogrender.text;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Undoes the WOFF2 glyf/loca transform (WOFF2 section 5): seven streams (contour counts, point counts,
 * flags, coordinate triplets, composite data, bounding boxes, instructions) become TrueType glyph
 * records again, and loca is rebuilt from their offsets. Simple glyphs are written with 16-bit
 * coordinates and unpacked flags: larger than the original, but valid and quick to write.
 */
final class Woff2Glyf {

    private static final int ON_CURVE = 1;
    private static final int OVERLAP_SIMPLE = 0x40;
    private static final int ARG_WORDS = 1;
    private static final int HAVE_SCALE = 8;
    private static final int MORE_COMPONENTS = 0x20;
    private static final int HAVE_XY_SCALE = 0x40;
    private static final int HAVE_TWO_BY_TWO = 0x80;
    private static final int HAVE_INSTRUCTIONS = 0x100;

    private Woff2Glyf() {
    }

    /**
     * @param glyf  the rebuilt glyf table
     * @param loca  the rebuilt loca table (long offsets)
     * @param xMins each glyph's xMin, for the hmtx transform
     */
    record Result(byte[] glyf, byte[] loca, short[] xMins) {
    }

    /** The seven streams, each a view of its slice of the table. */
    private static final class Streams {
        ByteBuffer nContours;
        ByteBuffer nPoints;
        ByteBuffer flags;
        ByteBuffer glyphs;
        ByteBuffer composites;
        ByteBuffer bboxBitmap;
        ByteBuffer bboxes;
        ByteBuffer instructions;
        byte[] overlap;
    }

    static Result reconstruct(byte[] table, long maxBytes) {
        ByteBuffer in = ByteBuffer.wrap(table);
        int options = in.getShort(2) & 0xFFFF;
        int numGlyphs = in.getShort(4) & 0xFFFF;
        Streams s = streams(in, numGlyphs, (options & 1) != 0);
        ByteArrayOutputStream glyf = new ByteArrayOutputStream(table.length * 2);
        ByteBuffer loca = ByteBuffer.allocate(4 * (numGlyphs + 1));
        short[] xMins = new short[numGlyphs];
        try {
            DataOutputStream out = new DataOutputStream(glyf);
            for (int g = 0; g < numGlyphs; g++) {
                loca.putInt(4 * g, glyf.size());
                int contours = s.nContours.getShort();
                boolean hasBox = (s.bboxBitmap.get(g >> 3) & (0x80 >>> (g & 7))) != 0;
                if (contours == 0) {
                    continue;
                }
                short[] box = hasBox ? readBox(s.bboxes) : null;
                if (contours < 0) {
                    composite(s, box, out);
                } else {
                    box = simple(s, contours, box, overlaps(s, g), out);
                }
                xMins[g] = box[0];
                while (glyf.size() % 4 != 0) {
                    out.write(0);
                }
                if (glyf.size() > maxBytes) {
                    throw new IllegalArgumentException("WOFF2 glyf table is larger than the limit of " + maxBytes + " bytes");
                }
            }
            loca.putInt(4 * numGlyphs, glyf.size());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Result(glyf.toByteArray(), loca.array(), xMins);
    }

    private static Streams streams(ByteBuffer in, int numGlyphs, boolean hasOverlap) {
        int pos = 36;
        Streams s = new Streams();
        int[] sizes = new int[7];
        for (int i = 0; i < 7; i++) {
            sizes[i] = in.getInt(8 + 4 * i);
            if (sizes[i] < 0) {
                throw new IllegalArgumentException("WOFF2 glyf stream size is invalid");
            }
        }
        s.nContours = slice(in, pos, sizes[0]);
        s.nPoints = slice(in, pos += sizes[0], sizes[1]);
        s.flags = slice(in, pos += sizes[1], sizes[2]);
        s.glyphs = slice(in, pos += sizes[2], sizes[3]);
        s.composites = slice(in, pos += sizes[3], sizes[4]);
        int bitmap = ((numGlyphs + 31) >> 5) << 2;
        s.bboxBitmap = slice(in, pos += sizes[4], bitmap);
        s.bboxes = slice(in, pos + bitmap, sizes[5] - bitmap);
        s.instructions = slice(in, pos += sizes[5], sizes[6]);
        if (hasOverlap) {
            s.overlap = new byte[(numGlyphs + 7) >> 3];
            slice(in, pos + sizes[6], s.overlap.length).get(s.overlap);
        }
        return s;
    }

    private static ByteBuffer slice(ByteBuffer in, int offset, int length) {
        if (offset < 0 || length < 0 || offset + (long) length > in.capacity()) {
            throw new IllegalArgumentException("WOFF2 glyf stream lies outside the table");
        }
        return ByteBuffer.wrap(in.array(), offset, length).slice();
    }

    private static boolean overlaps(Streams s, int g) {
        return s.overlap != null && (s.overlap[g >> 3] & (0x80 >>> (g & 7))) != 0;
    }

    private static short[] readBox(ByteBuffer b) {
        return new short[] {b.getShort(), b.getShort(), b.getShort(), b.getShort()};
    }

    private static void composite(Streams s, short[] box, DataOutputStream out) throws IOException {
        if (box == null) {
            throw new IllegalArgumentException("WOFF2 composite glyph without a bounding box");
        }
        out.writeShort(-1);
        writeBox(box, out);
        boolean instructions = false;
        int flags;
        do {
            flags = s.composites.getShort() & 0xFFFF;
            out.writeShort(flags);
            int len = 2 + ((flags & ARG_WORDS) != 0 ? 4 : 2);
            if ((flags & HAVE_SCALE) != 0) {
                len += 2;
            } else if ((flags & HAVE_XY_SCALE) != 0) {
                len += 4;
            } else if ((flags & HAVE_TWO_BY_TWO) != 0) {
                len += 8;
            }
            byte[] rest = new byte[len];
            s.composites.get(rest);
            out.write(rest);
            instructions |= (flags & HAVE_INSTRUCTIONS) != 0;
        } while ((flags & MORE_COMPONENTS) != 0);
        if (instructions) {
            writeInstructions(s, out);
        }
    }

    private static short[] simple(Streams s, int contours, short[] box, boolean overlap, DataOutputStream out)
            throws IOException {
        int[] ends = new int[contours];
        int total = 0;
        for (int c = 0; c < contours; c++) {
            total += read255(s.nPoints);
            ends[c] = total - 1;
        }
        // Every point has a flag byte: a count beyond the flag stream is a lie, refused before allocating.
        if (total > s.flags.remaining()) {
            throw new IllegalArgumentException("WOFF2 glyph claims " + total + " points, more than its data holds");
        }
        int[] xs = new int[total];
        int[] ys = new int[total];
        boolean[] on = new boolean[total];
        Triplets.decode(s.flags, s.glyphs, xs, ys, on);
        if (box == null) {
            box = bounds(xs, ys);
        }
        out.writeShort(contours);
        writeBox(box, out);
        for (int e : ends) {
            out.writeShort(e);
        }
        writeInstructions(s, out);
        for (int i = 0; i < total; i++) {
            out.writeByte((on[i] ? ON_CURVE : 0) | (i == 0 && overlap ? OVERLAP_SIMPLE : 0));
        }
        int prev = 0;
        for (int x : xs) {
            out.writeShort(x - prev);
            prev = x;
        }
        prev = 0;
        for (int y : ys) {
            out.writeShort(y - prev);
            prev = y;
        }
        return box;
    }

    private static void writeInstructions(Streams s, DataOutputStream out) throws IOException {
        int n = read255(s.glyphs);
        byte[] code = new byte[n];
        s.instructions.get(code);
        out.writeShort(n);
        out.write(code);
    }

    private static short[] bounds(int[] xs, int[] ys) {
        if (xs.length == 0) {
            return new short[4];
        }
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (int i = 0; i < xs.length; i++) {
            x0 = Math.min(x0, xs[i]);
            x1 = Math.max(x1, xs[i]);
            y0 = Math.min(y0, ys[i]);
            y1 = Math.max(y1, ys[i]);
        }
        return new short[] {(short) x0, (short) y0, (short) x1, (short) y1};
    }

    private static void writeBox(short[] box, DataOutputStream out) throws IOException {
        for (short v : box) {
            out.writeShort(v);
        }
    }

    /** 255UInt16 (WOFF2 section 4.1). */
    static int read255(ByteBuffer b) {
        int code = b.get() & 0xFF;
        return switch (code) {
            case 253 -> b.getShort() & 0xFFFF;
            case 255 -> (b.get() & 0xFF) + 253;
            case 254 -> (b.get() & 0xFF) + 506;
            default -> code;
        };
    }
}
