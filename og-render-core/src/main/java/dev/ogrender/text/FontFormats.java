package dev.ogrender.text;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Turns font files into the sfnt bytes (TrueType or OpenType) that Java2D reads: sfnt passes through,
 * WOFF 1.0 is unpacked here (a table directory and zlib-compressed tables: small enough to do by hand),
 * WOFF2 by {@link Woff2}. Sizes are checked against the file before anything is allocated.
 */
public final class FontFormats {

    private static final int SFNT_TRUE = 0x00010000;
    private static final int SFNT_TRUE_MAC = 0x74727565; // 'true'
    private static final int SFNT_OTTO = 0x4F54544F; // 'OTTO'
    private static final int WOFF = 0x774F4646; // 'wOFF'
    private static final int WOFF2 = 0x774F4632; // 'wOF2'

    private FontFormats() {
    }

    /**
     * @param bytes    the file
     * @param maxBytes the largest unpacked font allowed
     * @return sfnt bytes
     * @throws IllegalArgumentException naming what is wrong
     */
    public static byte[] toSfnt(byte[] bytes, long maxBytes) {
        if (bytes.length < 12) {
            throw new IllegalArgumentException("not a font file (" + bytes.length + " bytes)");
        }
        int magic = ByteBuffer.wrap(bytes).getInt(0);
        return switch (magic) {
            case SFNT_TRUE, SFNT_TRUE_MAC, SFNT_OTTO -> bytes;
            case WOFF -> woff(bytes, maxBytes);
            case WOFF2 -> Woff2.decode(bytes, maxBytes);
            default -> throw new IllegalArgumentException("not a TrueType, OpenType, WOFF or WOFF2 font");
        };
    }

    /** WOFF 1.0 (W3C Recommendation 2012): header, table directory, zlib-compressed tables. */
    private static byte[] woff(byte[] file, long maxBytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(file);
            int flavor = in.getInt(4);
            int numTables = in.getShort(12) & 0xFFFF;
            long total = in.getInt(16) & 0xFFFFFFFFL;
            if (total > maxBytes || total < 12 + 16L * numTables) {
                throw new IllegalArgumentException("WOFF font claims " + total + " bytes unpacked, limit " + maxBytes);
            }
            ByteBuffer out = ByteBuffer.allocate((int) total);
            writeSfntHeader(out, flavor, numTables);
            int offset = 12 + 16 * numTables;
            for (int i = 0; i < numTables; i++) {
                int e = 44 + 20 * i;
                int tag = in.getInt(e);
                int compOffset = in.getInt(e + 4);
                int compLength = in.getInt(e + 8);
                int origLength = in.getInt(e + 12);
                int checksum = in.getInt(e + 16);
                if (origLength < 0 || offset + (long) origLength > total || compLength < 0
                        || compOffset < 0 || (long) compOffset + compLength > file.length) {
                    throw new IllegalArgumentException("WOFF table " + i + " lies outside the file");
                }
                out.putInt(12 + 16 * i, tag).putInt(16 + 16 * i, checksum).putInt(20 + 16 * i, offset)
                    .putInt(24 + 16 * i, origLength);
                byte[] table = compLength == origLength ? java.util.Arrays.copyOfRange(file, compOffset,
                    compOffset + compLength) : inflate(file, compOffset, compLength, origLength);
                out.put(offset, table);
                offset += (origLength + 3) & ~3;
            }
            return java.util.Arrays.copyOf(out.array(), (int) Math.min(total, offset));
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("WOFF font is truncated");
        }
    }

    static void writeSfntHeader(ByteBuffer out, int flavor, int numTables) {
        int pow = Integer.highestOneBit(Math.max(1, numTables));
        int log = Integer.numberOfTrailingZeros(pow);
        out.putInt(0, flavor).putShort(4, (short) numTables).putShort(6, (short) (pow * 16))
            .putShort(8, (short) log).putShort(10, (short) (numTables * 16 - pow * 16));
    }

    private static byte[] inflate(byte[] file, int offset, int length, int expected) {
        Inflater z = new Inflater();
        try {
            z.setInput(file, offset, length);
            byte[] out = new byte[expected];
            int n = 0;
            while (n < expected && !z.finished()) {
                int k = z.inflate(out, n, expected - n);
                if (k == 0 && (z.needsInput() || z.needsDictionary())) {
                    break;
                }
                n += k;
            }
            if (n != expected) {
                throw new IllegalArgumentException("WOFF table does not unpack to its declared size");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("WOFF table is not valid zlib data: " + e.getMessage());
        } finally {
            z.end();
        }
    }
}
