package dev.ogrender.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.brotli.dec.BrotliInputStream;

/**
 * WOFF2 (W3C Recommendation, 2024): a table directory with known-tag indices and variable-length sizes,
 * one Brotli stream holding every table, and the glyf/loca and hmtx transforms, which are undone by
 * {@link Woff2Glyf}. Font collections are not supported. Every size is checked against the limit before
 * it is allocated.
 */
final class Woff2 {

    private static final String[] KNOWN_TAGS = ("cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  "
        + "VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR "
        + "CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop "
        + "trak Zapf Silf Glat Gloc Feat Sill").split("(?<=\\G.{5})");

    private Woff2() {
    }

    /** One entry of the table directory. */
    record Entry(String tag, int transform, long origLength, long length) {
        boolean transformed() {
            boolean glyfOrLoca = tag.equals("glyf") || tag.equals("loca");
            return glyfOrLoca ? transform == 0 : transform != 0;
        }
    }

    static byte[] decode(byte[] file, long maxBytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(file);
            int flavor = in.getInt(4);
            int numTables = in.getShort(12) & 0xFFFF;
            long totalCompressed = in.getInt(20) & 0xFFFFFFFFL;
            if (flavor == 0x74746366) {
                throw new IllegalArgumentException("WOFF2 font collections are not supported");
            }
            in.position(48);
            List<Entry> entries = new ArrayList<>(numTables);
            long streamSize = 0;
            for (int i = 0; i < numTables; i++) {
                Entry e = entry(in);
                entries.add(e);
                streamSize += e.length();
            }
            if (streamSize > maxBytes || in.position() + totalCompressed > file.length) {
                throw new IllegalArgumentException("WOFF2 font is larger than the limit of " + maxBytes
                    + " bytes or truncated");
            }
            byte[] stream = inflate(file, in.position(), (int) totalCompressed, (int) streamSize);
            return assemble(flavor, entries, stream, maxBytes);
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("WOFF2 font is truncated");
        }
    }

    private static Entry entry(ByteBuffer in) {
        int flags = in.get() & 0xFF;
        int index = flags & 0x3F;
        String tag;
        if (index == 63) {
            byte[] t = new byte[4];
            in.get(t);
            tag = new String(t, StandardCharsets.ISO_8859_1);
        } else {
            tag = KNOWN_TAGS[index].substring(0, 4);
        }
        int transform = flags >>> 6;
        long orig = base128(in);
        Entry probe = new Entry(tag, transform, orig, orig);
        long length = probe.transformed() ? base128(in) : orig;
        return new Entry(tag, transform, orig, length);
    }

    /** UIntBase128: big-endian 7-bit groups, high bit set on all but the last, at most 5 bytes. */
    static long base128(ByteBuffer in) {
        long v = 0;
        for (int i = 0; i < 5; i++) {
            int b = in.get() & 0xFF;
            if (i == 0 && b == 0x80) {
                throw new IllegalArgumentException("WOFF2 size has a leading zero");
            }
            v = (v << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (v > 0xFFFFFFFFL) {
                    break;
                }
                return v;
            }
        }
        throw new IllegalArgumentException("WOFF2 size is not a valid UIntBase128");
    }

    private static byte[] inflate(byte[] file, int offset, int length, int expected) {
        try (InputStream z = new BrotliInputStream(new ByteArrayInputStream(file, offset, length))) {
            byte[] out = z.readNBytes(expected);
            if (out.length != expected) {
                throw new IllegalArgumentException("WOFF2 data is shorter than its table directory says");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("WOFF2 data is not valid Brotli: " + e.getMessage());
        }
    }

    private static byte[] assemble(int flavor, List<Entry> entries, byte[] stream, long maxBytes) {
        List<byte[]> data = new ArrayList<>();
        int offset = 0;
        byte[] glyf = null;
        int glyfIndex = -1;
        int locaIndex = -1;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            data.add(java.util.Arrays.copyOfRange(stream, offset, offset + (int) e.length()));
            offset += (int) e.length();
            glyfIndex = e.tag().equals("glyf") ? i : glyfIndex;
            locaIndex = e.tag().equals("loca") ? i : locaIndex;
        }
        if (glyfIndex >= 0 && entries.get(glyfIndex).transformed()) {
            Woff2Glyf.Result r = Woff2Glyf.reconstruct(data.get(glyfIndex), maxBytes);
            data.set(glyfIndex, r.glyf());
            data.set(locaIndex, r.loca());
            glyf = r.glyf();
            int head = indexOf(entries, "head");
            data.get(head)[51] = 1; // indexToLocFormat: the rebuilt loca is always long
            int hmtx = indexOf(entries, "hmtx");
            if (hmtx >= 0 && entries.get(hmtx).transformed()) {
                data.set(hmtx, Woff2Hmtx.hmtx(data.get(hmtx), r.xMins(), data.get(indexOf(entries, "hhea"))));
            }
        } else if (indexOf(entries, "hmtx") >= 0 && entries.get(indexOf(entries, "hmtx")).transformed()) {
            throw new IllegalArgumentException("WOFF2 hmtx transform without a transformed glyf table");
        }
        return sfnt(flavor, entries, data);
    }

    private static int indexOf(List<Entry> entries, String tag) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).tag().equals(tag)) {
                return i;
            }
        }
        if (tag.equals("hmtx")) {
            return -1;
        }
        throw new IllegalArgumentException("WOFF2 font has no '" + tag + "' table");
    }

    /** Writes the sfnt: header, directory sorted by tag, 4-byte aligned tables with checksums. */
    private static byte[] sfnt(int flavor, List<Entry> entries, List<byte[]> data) {
        Integer[] order = new Integer[entries.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(i -> entries.get(i).tag()));
        int n = entries.size();
        long size = 12 + 16L * n;
        for (byte[] d : data) {
            size += (d.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        FontFormats.writeSfntHeader(out, flavor, n);
        int offset = 12 + 16 * n;
        for (int k = 0; k < n; k++) {
            byte[] d = data.get(order[k]);
            out.put(12 + 16 * k, entries.get(order[k]).tag().getBytes(StandardCharsets.ISO_8859_1));
            out.putInt(16 + 16 * k, checksum(d)).putInt(20 + 16 * k, offset).putInt(24 + 16 * k, d.length);
            out.put(offset, d);
            offset += (d.length + 3) & ~3;
        }
        return out.array();
    }

    private static int checksum(byte[] d) {
        int sum = 0;
        for (int i = 0; i < d.length; i += 4) {
            int v = 0;
            for (int j = 0; j < 4; j++) {
                v = (v << 8) | (i + j < d.length ? d[i + j] & 0xFF : 0);
            }
            sum += v;
        }
        return sum;
    }
}
